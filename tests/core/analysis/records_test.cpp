// SPDX-License-Identifier: GPL-3.0-or-later
// Personal records: the best e1RM ever and more reps at a load than ever, decided in one place.
#include "analysis/records.h"
#include "analysistestutil.h"

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

SessionIntensity classify(const Session &s, const QHash<qint64, RecordBaseline> &before)
{
    Baselines b;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        b[it.key()] = {it->bestE1rm ? std::optional(it->bestE1rm->value) : std::nullopt,
                       it->bestE1rm ? std::optional(it->bestE1rm->value) : std::nullopt,
                       it->bestE1rm ? std::optional(it->bestE1rm->method) : std::nullopt};
    return classifySession(s, testExercises(), b);
}

TEST(Records, TheOneE1rmRule)
{
    const E1rmEstimate candidate{Weight::fromKg(151), E1rmMethod::Rts};
    EXPECT_TRUE(isE1rmRecord(candidate, E1rmEstimate{Weight::fromKg(150), E1rmMethod::Rts}));
    EXPECT_FALSE(isE1rmRecord(candidate, E1rmEstimate{Weight::fromKg(151), E1rmMethod::Rts}));
    EXPECT_FALSE(isE1rmRecord(candidate, std::nullopt)); // nothing to beat yet
    EXPECT_TRUE(isE1rmRecord(Weight::fromKg(151), std::optional(Weight::fromKg(150))));
    EXPECT_FALSE(isE1rmRecord(Weight::fromKg(151), std::nullopt));
}

// Issue 17, defect 7: "Bench Press 60x8" with no RPE (Epley, as if to failure: 76 kg) after a
// best of 66.8 kg from rated sets claimed a PR.
TEST(Records, AnE1rmFromRepsAloneNeedsAClearMarginOverARatedBest)
{
    const E1rmEstimate repsAlone{Weight::fromKg(76), E1rmMethod::Epley};
    const E1rmEstimate rated{Weight::fromGrams(66'800), E1rmMethod::Rts};
    EXPECT_FALSE(isE1rmRecord(repsAlone, rated));
    // Over a best that was itself from reps alone, more is more.
    EXPECT_TRUE(isE1rmRecord(repsAlone, E1rmEstimate{Weight::fromGrams(66'800), E1rmMethod::Epley}));
    // A clear margin (more than e1rm.reps_only_pr_pct, 15%) is a record.
    EXPECT_TRUE(isE1rmRecord(E1rmEstimate{Weight::fromKg(77), E1rmMethod::Epley}, rated));
    // A rated candidate needs no margin.
    EXPECT_TRUE(isE1rmRecord(E1rmEstimate{Weight::fromKg(67), E1rmMethod::Rts}, rated));

    QHash<qint64, RecordBaseline> before;
    before[kBench].bestE1rm = rated;
    const Session s = makeSession(7, 0, {makeSet(kBench, 60, 8, std::nullopt)});
    const SessionIntensity intensity = classify(s, before);
    const LiftIntensity *bench = intensity.lift(kBench);
    ASSERT_NE(bench, nullptr);
    ASSERT_TRUE(bench->bestE1rm);
    EXPECT_EQ(bench->bestE1rm->grams(), 76'000);
    EXPECT_EQ(bench->bestE1rmMethod, E1rmMethod::Epley) << "marked as an estimate from reps alone";
    EXPECT_FALSE(bench->pr);
    EXPECT_TRUE(detectRecords(s, intensity, before).isEmpty());
}

TEST(Records, E1rmRecordIsTheBestSetAndMarkedTesting)
{
    QHash<qint64, RecordBaseline> before;
    before[kSquat].bestE1rm = E1rmEstimate{Weight::fromKg(140), E1rmMethod::Rts};
    Session s =
        makeSession(7, 0,
                    {makeSet(kSquat, 60, 5, std::nullopt, SetKind::Warmup), makeSet(kSquat, 120, 5, 8),
                     makeSet(kSquat, 140, 1, 10), makeSet(kBench, 100, 5, 8)});
    s.sets[2].id = 42;
    const QList<PersonalRecord> records = detectRecords(s, classify(s, before), before);
    // 120 × 5 @ 8 is 148 kg (RTS 81.1%); the max single at RPE 10 is 140 (no record) but testing.
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].kind, RecordKind::E1rm);
    EXPECT_EQ(records[0].setIndex, 1);
    EXPECT_EQ(records[0].sessionId, 7);
    EXPECT_EQ(records[0].e1rm, Weight::fromKg(120.0 / 0.811));
    EXPECT_EQ(records[0].previousE1rm, Weight::fromKg(140));
    EXPECT_FALSE(records[0].testing);
    // No baseline for the bench press: its first time is not a record.

    // A heavier single at RPE 10 is a record from a testing set.
    Session test = makeSession(8, 0, {makeSet(kSquat, 150, 1, 10)});
    const QList<PersonalRecord> tested = detectRecords(test, classify(test, before), before);
    ASSERT_EQ(tested.size(), 1);
    EXPECT_TRUE(tested[0].testing);
    EXPECT_EQ(tested[0].e1rm, Weight::fromKg(150));
}

TEST(Records, RepRecords)
{
    QHash<qint64, RecordBaseline> before;
    before[kBench].repBests = {{Weight::fromKg(100), 5}, {Weight::fromKg(80), 8}, {Weight::fromKg(60), 12}};
    before[kBench].bestE1rm = E1rmEstimate{Weight::fromKg(200), E1rmMethod::Epley}; // out of reach
    const Session s = makeSession(
        1, 0,
        {makeSet(kBench, 80, 8), makeSet(kBench, 90, 6), makeSet(kBench, 70, 9), makeSet(kBench, 110, 2)});
    const QList<PersonalRecord> records = detectRecords(s, classify(s, before), before);
    // 90 × 6 beats the 5 done at 100 (the most at 90 or heavier) and is heavier than 70 × 9
    // (which beats the 8 at 80); 80 × 8 only equals; 110 × 2 has nothing that heavy before it.
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].kind, RecordKind::Reps);
    EXPECT_EQ(records[0].setIndex, 1);
    EXPECT_EQ(records[0].previousReps, 5);
    EXPECT_EQ(mostRepsAtOrAbove(before[kBench].repBests, Weight::fromKg(70)), 8);
    EXPECT_EQ(mostRepsAtOrAbove(before[kBench].repBests, Weight::fromKg(110)), std::nullopt);
    // Bodyweight work: no load counts as zero.
    EXPECT_EQ(mostRepsAtOrAbove({{std::nullopt, 12}}, std::nullopt), 12);
}

TEST(Records, WarmupsAndTimedSetsSetNone)
{
    QHash<qint64, RecordBaseline> before;
    before[kSquat].repBests = {{Weight::fromKg(60), 5}};
    before[kSquat].bestE1rm = E1rmEstimate{Weight::fromKg(50), E1rmMethod::Rts};
    WorkoutSet timed = makeSet(kSquat, 60, 10);
    timed.seconds = 30;
    const Session s = makeSession(1, 0, {makeSet(kSquat, 100, 10, std::nullopt, SetKind::Warmup), timed});
    EXPECT_TRUE(detectRecords(s, classify(s, before), before).isEmpty());
}

} // namespace
} // namespace spotter::test
