// SPDX-License-Identifier: GPL-3.0-or-later
// e1RM (rules reference §2.2, §2.3) and the intensity rules IR-01..07, IS-01..03, TP-01 (§5.4).
#include "analysis/e1rm.h"
#include "analysis/intensity.h"
#include "analysistestutil.h"
#include "testutil.h"

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

using namespace Qt::StringLiterals;
using IC = IntensityClass;

double e1rmKg(const WorkoutSet &s)
{
    const auto e = estimateE1rm(s);
    return e ? e->value.kg() : -1.0;
}

TEST(E1rm, WorkedExamplesOfTheReference)
{
    // 100 kg × 5 @ RPE 8 → 81.1% → 123.3 kg, whether the effort is logged as RPE or as RIR.
    WorkoutSet s = makeSet(kSquat, 100, 5, 8.0);
    EXPECT_NEAR(e1rmKg(s), 123.3, 0.05);
    EXPECT_EQ(estimateE1rm(s)->method, E1rmMethod::Rts);
    s.rpe.reset();
    s.rir = 2.0;
    EXPECT_NEAR(e1rmKg(s), 123.3, 0.05);
    // Epley on reps + RIR gives the same number (JUDGEMENT in §2.3).
    EXPECT_NEAR(epleyKg(100, 7), 123.3, 0.05);
    // 100 kg × 5: Epley 116.7, RTS at RPE 10 115.9.
    EXPECT_NEAR(e1rmKg(makeSet(kSquat, 100, 5)), 116.7, 0.05);
    EXPECT_EQ(estimateE1rm(makeSet(kSquat, 100, 5))->method, E1rmMethod::Epley);
    EXPECT_NEAR(e1rmKg(makeSet(kSquat, 100, 5, 10.0)), 115.9, 0.05);
}

TEST(E1rm, RtsChart)
{
    EXPECT_DOUBLE_EQ(*rtsFraction(1), 1.0);
    EXPECT_DOUBLE_EQ(*rtsFraction(1.5), 0.978);
    EXPECT_DOUBLE_EQ(*rtsFraction(7), 0.811);  // 5 @ 8
    EXPECT_DOUBLE_EQ(*rtsFraction(14), 0.626); // 10 @ 6
    EXPECT_DOUBLE_EQ(*rtsFraction(15), 0.599);
    EXPECT_FALSE(rtsFraction(15.5));
    EXPECT_FALSE(rtsFraction(0.5));
    EXPECT_FALSE(rtsFraction(2.25));
    EXPECT_DOUBLE_EQ(*rtsFraction(3 + 2), 0.863); // 3 @ 8
    EXPECT_DOUBLE_EQ(*rtsFraction(8 + 0), 0.786); // 8 @ 10
}

TEST(E1rm, SinglesAndLimits)
{
    EXPECT_DOUBLE_EQ(e1rmKg(makeSet(kSquat, 150, 1)), 150.0); // the load itself, not Epley's 1.033
    EXPECT_EQ(estimateE1rm(makeSet(kSquat, 150, 1))->method, E1rmMethod::Single);
    EXPECT_DOUBLE_EQ(e1rmKg(makeSet(kSquat, 150, 1, 10.0)), 150.0);
    EXPECT_NEAR(e1rmKg(makeSet(kSquat, 100, 1, 9.0)), 104.7, 0.05);
    EXPECT_NEAR(e1rmKg(makeSet(kSquat, 100, 10)), 133.3, 0.05);
    EXPECT_LT(e1rmKg(makeSet(kSquat, 100, 11)), 0); // more than 10 reps
    EXPECT_NEAR(e1rmKg(makeSet(kSquat, 100, 10, 6.0)), 159.7, 0.05);
    EXPECT_LT(e1rmKg(makeSet(kSquat, 100, 5, 5.5)), 0); // below RPE 6
    EXPECT_LT(e1rmKg(makeSet(kSquat, 100, 5, 8.0, SetKind::Warmup)), 0);
    WorkoutSet noLoad = makeSet(kSquat, 0, 5);
    EXPECT_LT(e1rmKg(noLoad), 0);
    noLoad.weight.reset();
    EXPECT_LT(e1rmKg(noLoad), 0);
    const auto best =
        bestE1rm({makeSet(kSquat, 100, 5, 8.0), makeSet(kSquat, 110, 3, 9.0), makeSet(kSquat, 90, 12)});
    ASSERT_TRUE(best);
    EXPECT_NEAR(best->kg(), 110.0 / 0.892, 0.01); // 3 @ 9: reps + RIR 4
    const auto byExercise =
        bestE1rmByExercise({makeSet(kSquat, 100, 1), makeSet(kBench, 80, 1), makeSet(kSquat, 90, 1)});
    EXPECT_DOUBLE_EQ(byExercise.value(kSquat).kg(), 100.0);
    EXPECT_DOUBLE_EQ(byExercise.value(kBench).kg(), 80.0);
}

class SetRules : public ::testing::Test
{
protected:
    SetIntensity classify(const WorkoutSet &s, std::optional<double> bestKg = std::nullopt)
    {
        const auto ex = m_exercises.constFind(s.exerciseId);
        return classifySet(s, &*ex, bestKg ? std::optional<Weight>(Weight::fromKg(*bestKg)) : std::nullopt);
    }
    ExerciseMap m_exercises = testExercises();
};

TEST_F(SetRules, Ir01MaxEffort)
{
    SetIntensity r = classify(makeSet(kSquat, 140, 5, 10.0));
    EXPECT_EQ(r.cls, IC::Testing);
    EXPECT_EQ(r.rules.first(), u"IR-01"_s);
    r = classify(makeSet(kSquat, 140, 5, std::nullopt, SetKind::Failure));
    EXPECT_EQ(r.cls, IC::Testing);
    EXPECT_TRUE(r.rules.contains(u"IR-01"_s));
}

TEST_F(SetRules, Ir02HeavySinglesAndTriples)
{
    EXPECT_EQ(classify(makeSet(kSquat, 190, 3), 200).cls, IC::Testing); // 95%
    EXPECT_TRUE(classify(makeSet(kSquat, 190, 3), 200).rules.contains(u"IR-02"_s));
    EXPECT_EQ(classify(makeSet(kSquat, 189, 3), 200).cls, IC::Hard); // 94.5%: IR-05
    EXPECT_EQ(classify(makeSet(kSquat, 190, 4), 200).cls, IC::Hard); // four reps are not IR-02
    EXPECT_EQ(classify(makeSet(kSquat, 150, 1, 9.5)).cls, IC::Testing);
    EXPECT_EQ(classify(makeSet(kSquat, 150, 1, 9.0)).cls, IC::Hard);
    EXPECT_NEAR(*classify(makeSet(kSquat, 190, 3), 200).pctE1rm, 95.0, 1e-9);
}

TEST_F(SetRules, Ir03PrAttempt)
{
    const SetIntensity r = classify(makeSet(kDeadlift, 201, 1), 200);
    EXPECT_EQ(r.cls, IC::Testing);
    EXPECT_TRUE(r.rules.contains(u"IR-03"_s));
    EXPECT_FALSE(classify(makeSet(kDeadlift, 200, 1), 200).rules.contains(u"IR-03"_s));
}

TEST_F(SetRules, Ir04RepOuts)
{
    EXPECT_EQ(classify(makeSet(kSquat, 100, 12, 9.5, SetKind::Amrap)).cls, IC::Testing);
    EXPECT_EQ(classify(makeSet(kSquat, 100, 12, std::nullopt, SetKind::Amrap)).cls, IC::Testing);
    const SetIntensity oneShort = classify(makeSet(kSquat, 100, 10, 9.0, SetKind::Amrap));
    EXPECT_EQ(oneShort.cls, IC::Hard);
    EXPECT_EQ(oneShort.rules.first(), u"IR-04"_s);
    EXPECT_EQ(classify(makeSet(kSquat, 100, 8, 8.0, SetKind::Amrap)).cls, IC::Hard);
}

TEST_F(SetRules, Ir05AndIr06)
{
    EXPECT_EQ(classify(makeSet(kSquat, 100, 5, 8.5)).cls, IC::Hard);
    EXPECT_EQ(classify(makeSet(kSquat, 100, 5, 9.5)).cls, IC::Hard);
    const SetIntensity easy = classify(makeSet(kSquat, 178, 5, 8.0), 200); // 89%
    EXPECT_EQ(easy.cls, IC::Training);
    EXPECT_EQ(easy.rules, QStringList{u"IR-06"_s});
    EXPECT_EQ(classify(makeSet(kSquat, 180, 5, 8.0), 200).cls, IC::Hard); // 90%
    EXPECT_TRUE(classify(makeSet(kSquat, 100, 5)).rules.isEmpty());       // nothing known: training
}

TEST_F(SetRules, Ir07IsolationNeverTesting)
{
    for (const WorkoutSet &s :
         {makeSet(kCurl, 20, 12, 10.0), makeSet(kCurl, 20, 12, std::nullopt, SetKind::Failure),
          makeSet(kCurl, 30, 1, 10.0)}) {
        const SetIntensity r = classify(s, 25);
        EXPECT_EQ(r.cls, IC::Hard);
        EXPECT_EQ(r.rules.first(), u"IR-07"_s);
    }
}

TEST_F(SetRules, WarmupsNeverCount)
{
    const SetIntensity r = classify(makeSet(kSquat, 250, 1, 10.0, SetKind::Warmup), 200);
    EXPECT_EQ(r.cls, IC::Training);
    EXPECT_TRUE(r.rules.isEmpty());
    EXPECT_FALSE(r.e1rm);
}

TEST(SessionRules, Is01TopSetTesting)
{
    const Session s = makeSession(1, 0,
                                  {makeSet(kDeadlift, 60, 5, std::nullopt, SetKind::Warmup),
                                   makeSet(kDeadlift, 200, 1, 9.5), makeSet(kDeadlift, 160, 5, 7.0),
                                   makeSet(kDeadlift, 160, 5, 7.0)});
    const SessionIntensity r = classifySession(s, testExercises(), {});
    EXPECT_EQ(r.cls, IC::Testing);
    EXPECT_EQ(r.rules.first(), u"IS-01"_s);
    EXPECT_TRUE(r.rules.contains(u"IR-02"_s));
    ASSERT_EQ(r.lifts.size(), 1);
    EXPECT_EQ(r.lifts.first().topSet, 1);
    EXPECT_EQ(r.lifts.first().cls, IC::Testing);
    EXPECT_EQ(r.sets.size(), s.sets.size());
}

TEST(SessionRules, TopSetAmongEqualLoadsIsTheHardestOne)
{
    const Session s = makeSession(
        1, 0, {makeSet(kSquat, 100, 5, 8.0), makeSet(kSquat, 100, 5, 8.5), makeSet(kSquat, 100, 5, 10.0)});
    const SessionIntensity r = classifySession(s, testExercises(), {});
    EXPECT_EQ(r.lifts.first().topSet, 2);
    EXPECT_EQ(r.cls, IC::Testing);
}

TEST(SessionRules, Is01HalfOfTheSetsNearFailure)
{
    Session s = makeSession(1, 0,
                            {makeSet(kSquat, 100, 3, 9.5), makeSet(kSquat, 105, 3, 8.0),
                             makeSet(kBench, 80, 3, 9.5), makeSet(kBench, 82.5, 3, 8.0)});
    // The top sets are at RPE 8, but 2 of 4 main-lift sets are at 9.5.
    EXPECT_EQ(classifySession(s, testExercises(), {}).cls, IC::Testing);
    s.sets.append(makeSet(kBench, 70, 8, 7.0));
    const SessionIntensity r = classifySession(s, testExercises(), {});
    EXPECT_EQ(r.cls, IC::Hard); // 2 of 5
    EXPECT_EQ(r.rules.first(), u"IS-02"_s);
}

TEST(SessionRules, Is02AndIs03)
{
    EXPECT_EQ(classifySession(makeSession(1, 0, {makeSet(kSquat, 120, 3, 9.0)}), testExercises(), {}).cls,
              IC::Hard);
    const SessionIntensity easy = classifySession(
        makeSession(1, 0, {makeSet(kSquat, 100, 5, 7.0), makeSet(kCurl, 20, 12, 10.0)}), testExercises(), {});
    EXPECT_EQ(easy.cls, IC::Training); // an isolation max never makes the session hard
    EXPECT_EQ(easy.rules.first(), u"IS-03"_s);
    EXPECT_EQ(classifySession(makeSession(1, 0, {}), testExercises(), {}).cls, IC::Training);
}

TEST(SessionRules, PercentOfBestAndPrs)
{
    Baselines baselines;
    baselines[kSquat] = {Weight::fromKg(120), Weight::fromKg(122), std::nullopt};
    const SessionIntensity r =
        classifySession(makeSession(1, 0, {makeSet(kSquat, 100, 5, 8.0)}), testExercises(), baselines);
    ASSERT_TRUE(r.sets.first().pctE1rm);
    EXPECT_NEAR(*r.sets.first().pctE1rm, 83.33, 0.01);
    EXPECT_TRUE(r.lifts.first().pr); // 123.3 > 122
    baselines[kSquat].bestEver = Weight::fromKg(130);
    EXPECT_FALSE(
        classifySession(makeSession(1, 0, {makeSet(kSquat, 100, 5, 8.0)}), testExercises(), baselines)
            .lifts.first()
            .pr);
}

TEST(SessionRules, Tp01ShortRestBeforeHeavySets)
{
    WorkoutSet heavy = makeSet(kSquat, 140, 3, 8.0);
    heavy.restSeconds = 179;
    EXPECT_EQ(classifySession(makeSession(1, 0, {heavy}), testExercises(), {}).tips.size(), 1);
    heavy.restSeconds = 180;
    EXPECT_TRUE(classifySession(makeSession(1, 0, {heavy}), testExercises(), {}).tips.isEmpty());
    heavy.restSeconds.reset();
    EXPECT_TRUE(classifySession(makeSession(1, 0, {heavy}), testExercises(), {}).tips.isEmpty());
    WorkoutSet six = makeSet(kSquat, 100, 6, 7.0);
    six.restSeconds = 90;
    EXPECT_EQ(classifySession(makeSession(1, 0, {six}), testExercises(), {}).tips.size(), 1);
    six.reps = 7;
    EXPECT_TRUE(classifySession(makeSession(1, 0, {six}), testExercises(), {}).tips.isEmpty());
    WorkoutSet light = makeSet(kSquat, 100, 8, 7.0);
    light.restSeconds = 60;
    Baselines b;
    b[kSquat].recentBest = Weight::fromKg(150);
    EXPECT_TRUE(
        classifySession(makeSession(1, 0, {light}), testExercises(), b).tips.isEmpty()); // 67%, 8 reps
    light.weight = Weight::fromKg(128);                                                  // 85%
    EXPECT_EQ(classifySession(makeSession(1, 0, {light}), testExercises(), b).tips.first().id, u"TP-01"_s);
}

} // namespace
} // namespace spotter::test
