// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthetic/generatedsoreness.h"

#include "synthetic/seededrandom.h"

#include <algorithm>
#include <cmath>

namespace spotter {

namespace {

using G = GenLift;

/// An instant @p hours after @p from, to the minute, with the machine's offset at that instant.
QDateTime hoursAfter(const QDateTime &from, double hours)
{
    const qint64 minutes = std::llround(hours * 60.0);
    return withLocalOffset(QDateTime::fromSecsSinceEpoch(from.toSecsSinceEpoch() + minutes * 60));
}

SorenessReport report(const Session &session, Region region, Character character, int intensity,
                      double onsetHours, std::optional<double> durationHours, std::optional<Trend> trend)
{
    SorenessReport r;
    r.region = region;
    r.character = character;
    r.intensity = intensity;
    r.noticedAt = hoursAfter(session.end(), onsetHours);
    if (durationHours)
        r.resolvedAt = hoursAfter(r.noticedAt, *durationHours);
    r.trend = trend;
    return r;
}

Character dullCharacter(SeededRandom &rng)
{
    static const QList<Character> dull{Character::Ache, Character::Dull, Character::Stiff, Character::Tight};
    return rng.pick(dull);
}

/// Where soreness after @p lift is felt: its muscle, and the lower back for a share of hinges
/// and squats.
Region regionAfter(SeededRandom &rng, G lift, double lowerBackShare)
{
    const bool loadsBack =
        lift == G::Deadlift || lift == G::Squat || lift == G::Rdl || lift == G::GoodMorning || lift == G::Row;
    if (loadsBack && rng.chance(lowerBackShare))
        return Region::LowerBack;
    return GeneratorCatalogue::exercise(lift).soreRegion;
}

bool twoSidedMain(G lift)
{
    return lift == G::Squat || lift == G::Deadlift || lift == G::Bench || lift == G::Press
           || lift == G::FrontSquat || lift == G::Rdl;
}

} // namespace

QList<SorenessReport> drawSoreness(SeededRandom &rng, const AthleteProfile &profile,
                                   const SessionFacts &facts)
{
    QList<SorenessReport> out;
    const Session &s = facts.session;
    if (facts.lifts.isEmpty())
        return out;
    const double rate = profile.sorenessRate;
    const auto chance = [&](double p) { return rng.chance(std::min(1.0, p * rate)); };

    // DOMS a day or two after a lift the muscles are not used to (SEED-1, SEED-4); now and then
    // strong enough to be a watch (SR-20).
    bool doms = false;
    if (!facts.fresh.isEmpty() && chance(0.6)) {
        const G lift = facts.fresh.first();
        const int intensity = rng.chance(0.1) ? rng.between(7, 8) : rng.between(3, 6);
        out.append(report(s, regionAfter(rng, lift, 0.3), dullCharacter(rng), intensity,
                          rng.uniform(10.0, 40.0), rng.uniform(24.0, 90.0), Trend::Improving));
        doms = true;
    }
    if (!doms && chance(0.05)) {
        const G lift = rng.pick(facts.lifts);
        out.append(report(s, regionAfter(rng, lift, 0.2), dullCharacter(rng), rng.between(2, 5),
                          rng.uniform(12.0, 36.0), rng.uniform(20.0, 70.0), Trend::Improving));
    }
    // Tight or stiff right after the session, gone within hours (SR-26).
    if (chance(0.04)) {
        static const QList<Character> acute{Character::Tight, Character::Stiff};
        out.append(report(s, regionAfter(rng, facts.lifts.first(), 0.3), rng.pick(acute), rng.between(2, 4),
                          rng.uniform(0.0, 0.5), rng.uniform(1.0, 5.0), Trend::Improving));
    }
    if (!facts.tested.isEmpty()) {
        const G lift = rng.pick(facts.tested);
        // Sore after a max test: likely too heavy too soon (SR-23).
        if (chance(0.3))
            out.append(report(s, regionAfter(rng, lift, 0.5), dullCharacter(rng), rng.between(3, 6),
                              rng.uniform(12.0, 30.0), rng.uniform(24.0, 72.0), Trend::Improving));
        // Sharp pain felt during a heavy single (SR-12, SR-13), sometimes at one spot (SR-14).
        if (chance(0.05)) {
            SorenessReport r = report(s, regionAfter(rng, lift, 0.6), Character::Sharp, rng.between(5, 7),
                                      0.0, rng.uniform(72.0, 192.0), Trend::Improving);
            if (rng.chance(0.4))
                r.signs.insert(Sign::Pinpoint);
            r.notes = QStringLiteral("Felt it on the last single.");
            out.append(r);
        }
    }
    // One side only after a two-sided lift (SR-21).
    const auto twoSided = std::find_if(facts.lifts.cbegin(), facts.lifts.cend(), twoSidedMain);
    if (twoSided != facts.lifts.cend() && chance(0.01)) {
        SorenessReport r = report(s, regionAfter(rng, *twoSided, 0.2), Character::Ache, rng.between(3, 5),
                                  rng.uniform(12.0, 36.0), rng.uniform(24.0, 72.0), Trend::Improving);
        r.side = rng.chance(0.5) ? Side::Left : Side::Right;
        out.append(r);
    }
    // Occasionally something that is not DOMS: sharp, pinpoint or in a joint (SR-13, SR-14, SR-16).
    if (chance(0.004)) {
        static const QList<Region> where{Region::Knees, Region::Shoulders, Region::LowerBack, Region::Elbows};
        const Region region = rng.pick(where);
        const double kind = rng.uniform();
        SorenessReport r = report(s, region, kind < 0.4 ? Character::Sharp : Character::Ache,
                                  rng.between(4, 7), rng.uniform(0.0, 24.0), rng.uniform(48.0, 240.0),
                                  rng.chance(0.7) ? Trend::Improving : Trend::Stable);
        if (kind >= 0.4)
            r.signs.insert(kind < 0.7 ? Sign::Pinpoint : Sign::Joint);
        out.append(r);
    }
    // Rarely a red flag: nerve pain down one leg (SR-09), night pain (SR-05) or leg weakness (SR-08).
    if (chance(0.0003)) {
        static const QList<RedFlag> flags{RedFlag::OneLegNerve, RedFlag::NightPain, RedFlag::LegWeakness};
        SorenessReport r = report(s, Region::LowerBack, Character::Ache, rng.between(5, 8),
                                  rng.uniform(6.0, 48.0), rng.uniform(120.0, 336.0), Trend::Stable);
        r.redFlags.insert(rng.pick(flags));
        out.append(r);
    }
    return out;
}

SorenessReport scriptedReport(const ScriptedSoreness &script, const Session &session)
{
    SorenessReport r = report(session, script.region, script.character, script.intensity, script.onsetHours,
                              script.durationHours, script.trend);
    r.side = script.side;
    r.signs = script.signs;
    r.redFlags = script.redFlags;
    r.notes = script.notes;
    return r;
}

} // namespace spotter
