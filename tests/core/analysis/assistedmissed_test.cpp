// SPDX-License-Identifier: GPL-3.0-or-later
// Two kinds of set whose load is not simply "weight × reps": an assisted exercise, whose stored
// weight is the help (negative) and whose load is the bodyweight less it, and a failed attempt
// (to failure, 0 reps), a max effort that lifted nothing. The testing analysis counts the miss;
// no e1RM, tonnage or set count of work does (model/liftedload.h, WorkoutSet::isMissedAttempt()).
#include "analysis/e1rm.h"
#include "analysis/intensity.h"
#include "analysis/sessionanalyzer.h"
#include "analysistestutil.h"
#include "model/liftedload.h"
#include "model/sessionsummary.h"
#include "testutil.h"

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

constexpr qint64 kAssistedPullUp = 6;

ExerciseMap exercisesWithAssisted()
{
    ExerciseMap m = testExercises();
    Exercise e;
    e.id = kAssistedPullUp;
    e.name = QStringLiteral("Assisted Pull Up");
    e.kind = ExerciseKind::Bodyweight;
    e.assisted = true;
    e.regions = {Region::UpperBack, Region::Arms};
    m.insert(e.id, e);
    return m;
}

/// 8 reps with 25 kg of help, stored as -25 kg.
WorkoutSet assistedSet(double helpKg = 25, int reps = 8)
{
    return makeSet(kAssistedPullUp, -helpKg, reps);
}

WorkoutSet missedAttempt(double kg)
{
    return makeSet(kSquat, kg, 0, std::nullopt, SetKind::Failure);
}

TEST(LiftedLoad, IsTheBodyweightLessTheHelpForAssistedExercisesOnly)
{
    const Weight bw = Weight::fromKg(80);
    EXPECT_EQ(liftedLoad(assistedSet(), true, bw), Weight::fromKg(55));
    EXPECT_EQ(liftedLoad(assistedSet(), true, std::nullopt), std::nullopt);
    // No help logged: the whole bodyweight; more help than bodyweight lifts nothing.
    WorkoutSet noHelp = assistedSet();
    noHelp.weight.reset();
    EXPECT_EQ(liftedLoad(noHelp, true, bw), bw);
    EXPECT_EQ(liftedLoad(assistedSet(90), true, bw), Weight::fromKg(0));
    // An ordinary set's load is its weight, bodyweight or not.
    EXPECT_EQ(liftedLoad(makeSet(kSquat, 100, 5), false, bw), Weight::fromKg(100));
    EXPECT_EQ(liftedLoad(makeSet(kSquat, 100, 5), false, std::nullopt), Weight::fromKg(100));
}

TEST(LiftedLoad, SetsOfASessionWithoutAssistanceAreTheSameList)
{
    const Session s = makeSession(1, 0, {makeSet(kSquat, 100, 5), makeSet(kBench, 80, 5)});
    const QList<WorkoutSet> lifted = liftedSets(s, exercisesWithAssisted());
    EXPECT_EQ(lifted, s.sets);
    EXPECT_TRUE(lifted.isSharedWith(s.sets)); // nothing copied for the common case
    EXPECT_FALSE(lacksBodyweightForAssistance(s, exercisesWithAssisted()));
}

TEST(Assisted, E1rmCountsTheBodyweightLessTheHelpAndNothingWithoutIt)
{
    const ExerciseMap exercises = exercisesWithAssisted();
    Session s = makeSession(1, 0, {assistedSet(), makeSet(kSquat, 100, 5)});
    s.bodyweight = Weight::fromKg(80);
    const SessionIntensity withBw = classifySession(s, exercises, {});
    ASSERT_TRUE(withBw.sets[0].e1rm);
    EXPECT_NEAR(withBw.sets[0].e1rm->kg(), epleyKg(55, 8), 0.001); // 55 kg × 8, not -25 kg
    EXPECT_EQ(withBw.lift(kAssistedPullUp)->topLoad, Weight::fromKg(55));

    s.bodyweight.reset();
    const SessionIntensity without = classifySession(s, exercises, {});
    EXPECT_FALSE(without.sets[0].e1rm);
    EXPECT_FALSE(without.lift(kAssistedPullUp)->bestE1rm);
    EXPECT_FALSE(without.lift(kAssistedPullUp)->topLoad);
    EXPECT_TRUE(without.sets[1].e1rm); // the squat is not affected
    EXPECT_TRUE(lacksBodyweightForAssistance(s, exercises));
}

TEST(Assisted, TonnageCountsTheLoadLiftedAndSkipsWhatIsUnknown)
{
    const ExerciseMap exercises = exercisesWithAssisted();
    Session s = makeSession(1, 0, {assistedSet(), makeSet(kSquat, 100, 5)});
    s.bodyweight = Weight::fromKg(80);
    SessionSummary sum = summarize(s, exercises);
    EXPECT_EQ(sum.tonnageGrams, 55'000 * 8 + 100'000 * 5);
    EXPECT_EQ(sum.workingSets, 2);
    s.bodyweight.reset();
    sum = summarize(s, exercises);
    EXPECT_EQ(sum.tonnageGrams, 100'000 * 5); // never the help counted as negative load
    EXPECT_EQ(sum.workingSets, 2);
    // The top set is shown as logged: its weight is the help.
    s.sets = {assistedSet()};
    s.bodyweight = Weight::fromKg(80);
    ASSERT_TRUE(summarize(s, exercises).topSet);
    EXPECT_EQ(summarize(s, exercises).topSet->weight, Weight::fromKg(-25));
}

TEST(MissedAttempt, IsATestingSetWithNoE1rm)
{
    const WorkoutSet miss = missedAttempt(140);
    EXPECT_TRUE(miss.isMissedAttempt());
    EXPECT_FALSE(estimateE1rm(miss));
    // A timed set to failure with 0 reps did work: it is no missed attempt.
    WorkoutSet plank = miss;
    plank.seconds = 60;
    EXPECT_FALSE(plank.isMissedAttempt());
    EXPECT_FALSE(makeSet(kSquat, 140, 0).isMissedAttempt()); // not to failure

    const SetIntensity si = classifySet(miss, &testExercises()[kSquat], Weight::fromKg(130));
    EXPECT_EQ(si.cls, IntensityClass::Testing);
    EXPECT_TRUE(si.rules.contains(QStringLiteral("IR-01"))) << si.rules.join(u' ').toStdString();
    EXPECT_TRUE(si.rules.contains(QStringLiteral("IR-03"))) << si.rules.join(u' ').toStdString();
    EXPECT_FALSE(si.e1rm);
}

TEST(MissedAttempt, MakesTheSessionTestingButIsInNoVolumeOrE1rm)
{
    const ExerciseMap exercises = testExercises();
    // Three working sets at 100 kg (RPE 7), then a miss at 140 kg.
    const Session s = makeSession(1, 0,
                                  {makeSet(kSquat, 100, 5, 7.0), makeSet(kSquat, 100, 5, 7.0),
                                   makeSet(kSquat, 100, 5, 7.0), missedAttempt(140)});
    Baselines baselines;
    baselines[kSquat] = {Weight::fromKg(130), Weight::fromKg(150), std::nullopt};
    const SessionIntensity a = classifySession(s, exercises, baselines);
    EXPECT_EQ(a.cls, IntensityClass::Testing);
    const LiftIntensity *squat = a.lift(kSquat);
    ASSERT_TRUE(squat);
    EXPECT_EQ(squat->cls, IntensityClass::Testing);
    EXPECT_EQ(squat->topSet, 3); // the heaviest attempt is the top set, missed or not
    EXPECT_NEAR(squat->bestE1rm->kg(), estimateE1rm(s.sets[0])->value.kg(), 0.001);
    EXPECT_FALSE(squat->pr);

    const SessionSummary sum = summarize(s, exercises);
    EXPECT_EQ(sum.workingSets, 3);
    EXPECT_EQ(sum.tonnageGrams, 3 * 100'000 * 5);
    EXPECT_EQ(sum.topSet->weight, Weight::fromKg(100));

    // The next session's baseline comes from what was lifted, not from the miss.
    SessionAnalyzer analyzer(exercises);
    (void)analyzer.add(s);
    const Session next = makeSession(2, 3, {makeSet(kSquat, 120, 1)});
    const SessionAnalysis b = analyzer.add(next);
    EXPECT_EQ(b.intensity.lift(kSquat)->baseline.recentBest, squat->bestE1rm);
}

} // namespace
} // namespace spotter::test
