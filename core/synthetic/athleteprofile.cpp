// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthetic/athleteprofile.h"

#include "synthetic/seededrandom.h"

#include <algorithm>
#include <cmath>

namespace spotter {

namespace {

constexpr std::array<const char16_t *, 40> kFirstNames{
    u"Ava",   u"Ben",   u"Chloe", u"Dev",    u"Elena", u"Farid", u"Grace", u"Hugo",  u"Ines",  u"Jonas",
    u"Kira",  u"Liam",  u"Mia",   u"Noah",   u"Olga",  u"Pavel", u"Quinn", u"Rosa",  u"Sami",  u"Tara",
    u"Umar",  u"Vera",  u"Wen",   u"Ximena", u"Yusuf", u"Zoe",   u"Aiko",  u"Bruno", u"Carla", u"Dmitri",
    u"Emeka", u"Freya", u"Gabor", u"Hana",   u"Ivan",  u"Jade",  u"Kofi",  u"Leila", u"Mateo", u"Nora"};
constexpr std::array<const char16_t *, 40> kLastNames{
    u"Novak",   u"Okafor",  u"Silva",  u"Berg",     u"Kowalski", u"Haddad",  u"Moreau",  u"Tanaka",
    u"Nguyen",  u"Fischer", u"Rossi",  u"Jensen",   u"Ibrahim",  u"Garcia",  u"Petrov",  u"Walsh",
    u"Kim",     u"Larsen",  u"Mensah", u"Dubois",   u"Costa",    u"Yilmaz",  u"Schmidt", u"Brennan",
    u"Sato",    u"Lopez",   u"Varga",  u"Andersen", u"Chen",     u"Eriksen", u"Mwangi",  u"Ortiz",
    u"Popescu", u"Quist",   u"Reyes",  u"Stone",    u"Torres",   u"Ueda",    u"Vidal",   u"Weber"};

double roundTo(double value, double step)
{
    return std::round(value / step) * step;
}

} // namespace

QString generatedAthleteName(int index)
{
    // 17 and 23 are prime to 40: neighbouring athletes get different first and last names, and
    // (index % 40, index / 40) still identifies each of the first 1600.
    const int r = index % 40;
    const int q = (index / 40) % 40;
    QString name = QString::fromUtf16(kFirstNames[static_cast<std::size_t>((17 * r) % 40)]) + u' '
                   + QString::fromUtf16(kLastNames[static_cast<std::size_t>((23 * q + r) % 40)]);
    if (index >= 1600)
        name += u' ' + QString::number(index / 1600 + 1);
    return name;
}

AthleteProfile randomProfile(SeededRandom &rng, int index, int currentYear)
{
    AthleteProfile p;
    Athlete &a = p.athlete;
    a.name = generatedAthleteName(index);
    a.unit = rng.chance(0.3) ? WeightUnit::Lb : WeightUnit::Kg;
    const int age = rng.between(16, 62);
    if (!rng.chance(0.05))
        a.birthYear = currentYear - age;
    a.health.priorBackInjury = rng.chance(0.12);
    a.health.steroidsOrOsteoporosis = age > 45 && rng.chance(0.04);
    a.health.cancerHistory = rng.chance(0.015);
    if (a.health.priorBackInjury)
        a.notes = QStringLiteral("Disc bulge some years ago; keeps an eye on the lower back.");

    p.bodyweightKg = roundTo(rng.uniform(55.0, 115.0), 0.1);
    p.bodyweightDriftKg = rng.normal(0.0, 0.04);
    if (rng.chance(0.4))
        p.trainingDays = {0, 1, 3, 4};
    else
        p.trainingDays = rng.chance(0.5) ? QList<int>{0, 2, 4} : QList<int>{1, 3, 5};
    p.startMinute = rng.between(24, 80) * 15; // 06:00 to 20:00

    // Strength relative to body weight, from a beginner's (u = 0) to an advanced lifter's (u = 1).
    const double u = rng.uniform();
    const double bw = p.bodyweightKg;
    const double squat = bw * (0.9 + 1.2 * u) * (1.0 + rng.normal(0.0, 0.05));
    const double bench = bw * (0.65 + 0.75 * u) * (1.0 + rng.normal(0.0, 0.05));
    const double deadlift = bw * (1.2 + 1.3 * u) * (1.0 + rng.normal(0.0, 0.05));
    p.startMaxKg = {squat, bench, deadlift, bench * rng.uniform(0.55, 0.7)};
    p.weeklyGain = 0.012 * (1.0 - u) + 0.002;

    p.workingSets = rng.between(3, 5);
    p.testEveryWeeks = rng.between(8, 12);
    if (rng.chance(0.1)) {
        p.testEveryWeeks = rng.between(2, 4);
        p.testsWhenDue = true;
    }
    p.amrap = rng.chance(0.35);
    p.dropSets = rng.chance(0.2);
    const double logging = rng.uniform();
    p.rpe = logging < 0.6 ? RpeLogging::All : logging < 0.85 ? RpeLogging::MainLifts : RpeLogging::None;
    p.logsRest = rng.chance(0.75);
    p.logsSessionRpe = rng.chance(0.75);
    p.logsBodyweight = rng.chance(0.6);
    p.restMainSeconds = rng.between(6, 20) * 15;
    p.layoffRate = rng.uniform(0.005, 0.025);
    p.missRate = rng.uniform(0.01, 0.06);
    p.sorenessRate = rng.uniform(0.5, 1.5);
    return p;
}

AthleteProfile heavyVolumeProfile(AthleteProfile profile)
{
    profile.trainingDays = {0, 1, 2, 3, 4, 5};
    profile.sessionsPerDay = 2;
    // Early enough that a long morning session is over well before the evening one.
    profile.startMinute = std::min(profile.startMinute, 8 * 60);
    profile.secondStartMinute = 17 * 60 + 30;
    // Volume work: ten sets across of the main lift, six of the secondary, five of each accessory.
    profile.workingSets = 10;
    profile.secondarySets = 6;
    profile.accessorySets = 5;
    return profile;
}

} // namespace spotter
