// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthetic/demodata.h"

#include "store/database.h"
#include "store/storeerror.h"
#include "synthetic/generator.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace spotter {

namespace {

constexpr quint64 kDemoSeed = 20261121;
constexpr int kDemoWeeks = 26;

AthleteProfile steadyLifter()
{
    AthleteProfile p;
    p.athlete.name = QStringLiteral("Maya Lindqvist");
    p.athlete.unit = WeightUnit::Kg;
    p.athlete.birthYear = 1994;
    p.bodyweightKg = 68.0;
    p.bodyweightDriftKg = 0.02;
    p.trainingDays = {0, 2, 4};
    p.startMinute = 18 * 60;
    p.startMaxKg = {105.0, 62.5, 125.0, 42.5};
    p.weeklyGain = 0.004;
    p.workingSets = 4;
    p.testEveryWeeks = 12;
    p.restMainSeconds = 210;
    p.layoffRate = 0.0;
    p.missRate = 0.02;
    p.sorenessRate = 1.0;
    return p;
}

AthleteProfile frequentTester()
{
    AthleteProfile p;
    p.athlete.name = QStringLiteral("Tom Becker");
    p.athlete.unit = WeightUnit::Lb;
    p.athlete.birthYear = 1979;
    p.athlete.health.priorBackInjury = true;
    p.athlete.notes = QStringLiteral("Herniated disc in 2019; physio cleared him for lifting in 2021.");
    p.bodyweightKg = 92.0;
    p.trainingDays = {0, 1, 3, 4};
    p.startMinute = 6 * 60 + 30;
    p.startMaxKg = {160.0, 115.0, 200.0, 70.0};
    p.weeklyGain = 0.002;
    p.workingSets = 5;
    p.testEveryWeeks = 3;
    p.testsWhenDue = true;
    p.rpe = RpeLogging::MainLifts;
    p.restMainSeconds = 120;
    p.layoffRate = 0.0;
    p.missRate = 0.03;
    p.sorenessRate = 0.8;
    // The last deadlift test: sharp lower-back pain on the top single (SR-12, SR-13; TP-02).
    ScriptedSoreness sharp;
    sharp.week = kDemoWeeks - 3;
    sharp.lift = GenLift::Deadlift;
    sharp.region = Region::LowerBack;
    sharp.character = Character::Sharp;
    sharp.intensity = 6;
    sharp.onsetHours = 0.0;
    sharp.durationHours = 120.0;
    sharp.trend = Trend::Improving;
    sharp.notes = QStringLiteral("Felt a sharp twinge on the last single; stopped there.");
    p.scripted.append(sharp);
    return p;
}

AthleteProfile returningLifter()
{
    AthleteProfile p;
    p.athlete.name = QStringLiteral("Rita Okafor");
    p.athlete.unit = WeightUnit::Kg;
    p.athlete.birthYear = 1988;
    p.athlete.notes = QStringLiteral("Back to the gym after five years off.");
    p.bodyweightKg = 74.0;
    p.bodyweightDriftKg = -0.05;
    p.trainingDays = {0, 2, 4};
    p.startMinute = 12 * 60 + 15;
    p.startMaxKg = {70.0, 45.0, 90.0, 30.0};
    p.weeklyGain = 0.015; // muscle memory: strength comes back fast
    p.workingSets = 3;
    p.testEveryWeeks = 10;
    p.restMainSeconds = 150;
    p.layoffRate = 0.0;
    p.missRate = 0.04;
    p.sorenessRate = 1.3;
    p.layoffWeeks = {13, 14, 15};
    return p;
}

} // namespace

void addDemoData(const Database &db, const QDateTime &now)
{
    GeneratorOptions options;
    options.seed = kDemoSeed;
    options.weeks = kDemoWeeks;
    options.end = now;
    options.profiles = {steadyLifter(), frequentTester(), returningLifter()};
    Generator(db).run(options);
}

void createDemoDatabase(const QString &path, const QDateTime &now)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0)
        throw StoreError(StoreError::Kind::Io,
                         QCoreApplication::translate(
                             "spotter::Generator", "'%1' already exists; the demo data goes into a new file")
                             .arg(path));
    const Database db(path);
    addDemoData(db, now);
}

} // namespace spotter
