// SPDX-License-Identifier: GPL-3.0-or-later
// Valid quick-entry lines and the sets they produce (docs/quick-entry.md has the same examples).
#include "quickentry/quickentry.h"
#include "quickentrytestutil.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

using test::context;
using test::numbered;
using test::Set;
using test::times;
using K = SetKind;

constexpr qint64 k225lb = 102'058; // 225 × 453.59237 g, rounded to the gram
constexpr qint64 k135lb = 61'235;
constexpr qint64 k150lb = 68'039;

void expectSets(const QString &line, const QList<WorkoutSet> &expected,
                const QuickEntryContext &ctx = context())
{
    SCOPED_TRACE(line.toStdString());
    const QuickEntryResult r = QuickEntry::parse(line, ctx);
    ASSERT_TRUE(r.ok()) << r.error->toString().toStdString();
    EXPECT_EQ(r.sets, numbered(expected));
}

TEST(QuickEntry, ReadsTheIssueExamples)
{
    const QuickEntryResult r = QuickEntry::parse(u"Deadlift 100x5, 120x5, 140x5@8 rest 3m"_s, context());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.exercise, u"Deadlift"_s);
    EXPECT_TRUE(r.exerciseInLine);
    EXPECT_EQ(r.exerciseColumn, 1);
    EXPECT_EQ(r.sets, numbered({Set().g(100'000).reps(5), Set().g(120'000).reps(5),
                                Set().g(140'000).reps(5).rpe(8).rest(180)}));
    expectSets(u"Squat 3x5 120kg @7.5"_s, times(3, Set().g(120'000).reps(5).rpe(7.5)));
}

TEST(QuickEntry, ReadsLoadsRepsAndSetCounts)
{
    expectSets(u"Bench Press 100x5"_s, {Set().g(100'000).reps(5)});
    expectSets(u"Bench Press 100x5x3"_s, times(3, Set().g(100'000).reps(5)));
    expectSets(u"Bench Press 102.5x3"_s, {Set().g(102'500).reps(3)});
    expectSets(u"Bench Press 100 x 5 x 3"_s, times(3, Set().g(100'000).reps(5)));
    expectSets(u"Bench Press 100×5"_s, {Set().g(100'000).reps(5)});
    expectSets(u"Bench Press 100*5"_s, {Set().g(100'000).reps(5)});
    expectSets(u"Bench Press 100X5"_s, {Set().g(100'000).reps(5)});
    expectSets(u"Squat 3x5 120"_s, times(3, Set().g(120'000).reps(5)));
    expectSets(u"Squat 3x5x120kg"_s, times(3, Set().g(120'000).reps(5)));
    expectSets(u"Squat 5 120kg"_s, {Set().g(120'000).reps(5)});
    expectSets(u"Squat 5x5 @ 120kg"_s, times(5, Set().g(120'000).reps(5)));
    expectSets(u"Squat 5x5 @120kg @8"_s, times(5, Set().g(120'000).reps(5).rpe(8)));
    expectSets(u"Squat 100x5/5/4"_s,
               {Set().g(100'000).reps(5), Set().g(100'000).reps(5), Set().g(100'000).reps(4)});
    expectSets(u"Squat 5/5/4 100kg"_s,
               {Set().g(100'000).reps(5), Set().g(100'000).reps(5), Set().g(100'000).reps(4)});
}

TEST(QuickEntry, ReadsUnits)
{
    expectSets(u"Bench Press 100kgx5"_s, {Set().g(100'000).reps(5)}, context(WeightUnit::Lb));
    expectSets(u"Bench Press 225lbx5"_s, {Set().g(k225lb).reps(5)});
    expectSets(u"Bench Press 225lbs x 5"_s, {Set().g(k225lb).reps(5)});
    expectSets(u"Bench Press 225 lb x 5"_s, {Set().g(k225lb).reps(5)});
    expectSets(u"Bench Press 100 KG x 5"_s, {Set().g(100'000).reps(5)}, context(WeightUnit::Lb));
    expectSets(u"Bench Press 225x5"_s, {Set().g(k225lb).reps(5)}, context(WeightUnit::Lb));
    expectSets(u"Squat 3x5 225lbs"_s, times(3, Set().g(k225lb).reps(5)));
}

TEST(QuickEntry, CarriesAWrittenUnitToLaterLoads)
{
    expectSets(u"Bench Press 100x5, 135lbx5, 150x5"_s,
               {Set().g(100'000).reps(5), Set().g(k135lb).reps(5), Set().g(k150lb).reps(5)});
    expectSets(u"Bench Press 60kgx5, 100x5"_s, {Set().g(60'000).reps(5), Set().g(100'000).reps(5)},
               context(WeightUnit::Lb));
}

TEST(QuickEntry, ReadsBodyweight)
{
    expectSets(u"Dip bwx10"_s, {Set().reps(10)});
    expectSets(u"Dip bw x 10"_s, {Set().reps(10)});
    expectSets(u"Pull Up bw+10x5"_s, {Set().g(10'000).reps(5)});
    expectSets(u"Pull Up BW+10kgx5"_s, {Set().g(10'000).reps(5)}, context(WeightUnit::Lb));
    expectSets(u"Pull Up 3x5 bw+20lb"_s, times(3, Set().g(9'072).reps(5)));
    expectSets(u"Pull Up 3x8xbw"_s, times(3, Set().reps(8)));
}

// An assisted exercise's load is the help the machine or band gives, stored negative; an
// ordinary exercise's negative load stays an error (quickentryerrors_test.cpp).
TEST(QuickEntry, ReadsTheHelpOfAnAssistedExercise)
{
    const QString assisted = u"\"Pull Up (Assisted)\" "_s;
    expectSets(assisted + u"bw-25x8"_s, {Set().g(-25'000).reps(8)});
    expectSets(assisted + u"25kgx8"_s, {Set().g(-25'000).reps(8)});
    expectSets(assisted + u"3x8 bw-50lb"_s, times(3, Set().g(-22'680).reps(8)));
    expectSets(assisted + u"3x8"_s, times(3, Set().reps(8))); // no help logged
    expectSets(assisted + u"bwx8"_s, {Set().reps(8)});
}

// A set to failure with 0 reps is a failed attempt: a missed max, which is data.
TEST(QuickEntry, ReadsAFailedAttempt)
{
    expectSets(u"Squat 140x0f"_s, {Set().g(140'000).reps(0).kind(K::Failure)});
    expectSets(u"Squat 120x3, 140x0 failure"_s,
               {Set().g(120'000).reps(3), Set().g(140'000).reps(0).kind(K::Failure)});
}

TEST(QuickEntry, ReadsBareNumbersByTheExercisesKind)
{
    // Bodyweight: sets x reps, and a lone number is reps.
    expectSets(u"Pull Up 3x8"_s, times(3, Set().reps(8)));
    expectSets(u"\"Pull Up (Assisted)\" 3x8"_s, times(3, Set().reps(8)));
    expectSets(u"Push Up 20"_s, {Set().reps(20)});
    expectSets(u"Pull Up 8/8/6"_s, {Set().reps(8), Set().reps(8), Set().reps(6)});
    expectSets(u"Pull Up 10kgx8"_s, {Set().g(10'000).reps(8)});
    // A list always follows a load.
    expectSets(u"Pull Up 10x8/6"_s, {Set().g(10'000).reps(8), Set().g(10'000).reps(6)});
    // Timed: sets x seconds, and a lone number is seconds.
    expectSets(u"Plank 3x45"_s, times(3, Set().secs(45)));
    expectSets(u"Plank 60"_s, {Set().secs(60)});
    // Unknown or loaded exercises: weight x reps.
    expectSets(u"Lateral Raise 3x15"_s, {Set().g(3'000).reps(15)});
    QuickEntryContext noLookup;
    expectSets(u"Pull Up 3x8"_s, {Set().g(3'000).reps(8)}, noLookup);
}

TEST(QuickEntry, ReadsTimedAndDistanceSets)
{
    expectSets(u"Plank 60s"_s, {Set().secs(60)});
    expectSets(u"Plank 3x45s"_s, times(3, Set().secs(45)));
    expectSets(u"Plank 1:00"_s, {Set().secs(60)});
    expectSets(u"Plank 1:00:05"_s, {Set().secs(3605)});
    expectSets(u"Plank 2min"_s, {Set().secs(120)});
    expectSets(u"Plank 1.5 min"_s, {Set().secs(90)});
    expectSets(u"Plank 60 sec, 45s/40s"_s, {Set().secs(60), Set().secs(45), Set().secs(40)});
    expectSets(u"Plank 60s 20kg"_s, {Set().g(20'000).secs(60)});
    expectSets(u"Plank 20kgx60s"_s, {Set().g(20'000).secs(60)});
    expectSets(u"Farmer's Walk 3x40m 32kg"_s, times(3, Set().g(32'000).cm(4'000)));
    expectSets(u"Rowing 2km"_s, {Set().cm(200'000)});
}

TEST(QuickEntry, ReadsRpeAndRir)
{
    expectSets(u"Squat 100x5@8"_s, {Set().g(100'000).reps(5).rpe(8)});
    expectSets(u"Squat 100x5 @ 8.5"_s, {Set().g(100'000).reps(5).rpe(8.5)});
    expectSets(u"Squat 100x5 rpe 9"_s, {Set().g(100'000).reps(5).rpe(9)});
    expectSets(u"Squat 100x5 rir2"_s, {Set().g(100'000).reps(5).rir(2)});
    expectSets(u"Squat 100x5 2rir"_s, {Set().g(100'000).reps(5).rir(2)});
    expectSets(u"Squat 100x5 RIR 1.5"_s, {Set().g(100'000).reps(5).rir(1.5)});
    expectSets(u"Squat 100x5@8 rir2"_s, {Set().g(100'000).reps(5).rpe(8).rir(2)});
    expectSets(u"Squat 100x5@8,120x3@9"_s,
               {Set().g(100'000).reps(5).rpe(8), Set().g(120'000).reps(3).rpe(9)});
}

TEST(QuickEntry, ReadsKindMarkers)
{
    const WorkoutSet warmup = Set().g(60'000).reps(5).kind(K::Warmup);
    expectSets(u"Squat w60x5"_s, {warmup});
    expectSets(u"Squat 60x5w"_s, {warmup});
    expectSets(u"Squat 60x5 w"_s, {warmup});
    expectSets(u"Squat warmup 60x5"_s, {warmup});
    expectSets(u"Squat Warm-up 60x5x2"_s, {warmup, warmup});
    expectSets(u"Squat w 60x5, 100x5"_s, {warmup, Set().g(100'000).reps(5)});
    expectSets(u"Squat 60X5W"_s, {warmup});
    const WorkoutSet amrap = Set().g(100'000).reps(5).kind(K::Amrap);
    expectSets(u"Squat 100x5+"_s, {amrap});
    expectSets(u"Squat 100x5 +"_s, {amrap});
    expectSets(u"Squat 100x5 amrap"_s, {amrap});
    expectSets(u"Squat amrap 100x5"_s, {amrap});
    expectSets(u"Squat 3x5+ 100kg"_s, times(3, amrap));
    expectSets(u"Squat 100x5/5/5+"_s, {Set().g(100'000).reps(5), Set().g(100'000).reps(5), amrap});
    const WorkoutSet failure = Set().g(100'000).reps(8).kind(K::Failure);
    expectSets(u"Squat 100x8f"_s, {failure});
    expectSets(u"Squat 100x8 fail"_s, {failure});
    expectSets(u"Squat f100x8"_s, {failure});
    const WorkoutSet drop = Set().g(20'000).reps(10).kind(K::Drop);
    expectSets(u"Bicep Curl 20x10d"_s, {drop});
    expectSets(u"Bicep Curl 20x10 dropset"_s, {drop});
    expectSets(u"Bicep Curl drop 20x10"_s, {drop});
    // The same marker twice is harmless.
    expectSets(u"Squat w60x5w"_s, {warmup});
}

TEST(QuickEntry, ReadsRest)
{
    const auto rested = [](int seconds) { return QList<WorkoutSet>{Set().g(100'000).reps(5).rest(seconds)}; };
    expectSets(u"Squat 100x5 rest 3m"_s, rested(180));
    expectSets(u"Squat 100x5 rest 90s"_s, rested(90));
    expectSets(u"Squat 100x5 rest 2:30"_s, rested(150));
    expectSets(u"Squat 100x5 rest 90"_s, rested(90));
    expectSets(u"Squat 100x5 rest 3 min"_s, rested(180));
    expectSets(u"Squat 100x5 rest 1.5m"_s, rested(90));
    expectSets(u"Squat 100x5 r90"_s, rested(90));
    expectSets(u"Squat 100x5r3m"_s, rested(180));
    expectSets(u"Squat 100x5 r 2:00"_s, rested(120));
    expectSets(u"Squat 100x5 rest 2.5 min"_s, rested(150));
    expectSets(u"Squat 100x5 r150"_s, rested(150));
    // Rest belongs to the sets of its comma group, each of them.
    expectSets(u"Squat 100x5, 3x3 120kg rest 3m"_s,
               {Set().g(100'000).reps(5), Set().g(120'000).reps(3).rest(180),
                Set().g(120'000).reps(3).rest(180), Set().g(120'000).reps(3).rest(180)});
}

TEST(QuickEntry, ReadsNames)
{
    const auto nameOf = [](const QString &line) { return QuickEntry::parse(line, context()).exercise; };
    EXPECT_EQ(nameOf(u"  Back   Squat  100x5"_s), u"Back Squat"_s);
    EXPECT_EQ(nameOf(u"Squat: 3x5 100"_s), u"Squat"_s);
    EXPECT_EQ(nameOf(u"Squat - 3x5 100"_s), u"Squat"_s);
    EXPECT_EQ(nameOf(u"\"45 Degree Back Extension\" 3x10 20kg"_s), u"45 Degree Back Extension"_s);
    EXPECT_EQ(nameOf(u"“Pull Up (Assisted)”: 3x8"_s), u"Pull Up (Assisted)"_s);
    // A name holding one kind of quote is written in the other kind.
    EXPECT_EQ(nameOf(u"“O'Brien \"The Tank\"” 3x5"_s), u"O'Brien \"The Tank\""_s);
    EXPECT_EQ(nameOf(u"\"The “Tank” Row\" 3x5"_s), u"The “Tank” Row"_s);
    EXPECT_EQ(nameOf(u"„Kniebeuge“ 3x5"_s), u"Kniebeuge"_s);
    EXPECT_EQ(nameOf(u"Overhead Press (Each Side, Dumbbells) 3x10 12.5kg"_s),
              u"Overhead Press (Each Side, Dumbbells)"_s);
    EXPECT_EQ(nameOf(u"Trap-Bar Deadlift 140x5"_s), u"Trap-Bar Deadlift"_s);
    EXPECT_EQ(nameOf(u"Drop Curl 20x10"_s), u"Drop Curl"_s);
    EXPECT_EQ(nameOf(u"Squat 💪 100x5"_s), u"Squat 💪"_s);
    EXPECT_EQ(QuickEntry::parse(u"Squat 100x5"_s, context()).exerciseColumn, 1);
    EXPECT_EQ(QuickEntry::parse(u"  Squat 100x5"_s, context()).exerciseColumn, 3);
}

TEST(QuickEntry, UsesTheContextsExerciseWhenTheLineNamesNone)
{
    const QuickEntryResult r = QuickEntry::parse(u"140x5@8"_s, context(WeightUnit::Kg, u"Bench Press"_s));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.exercise, u"Bench Press"_s);
    EXPECT_FALSE(r.exerciseInLine);
    EXPECT_EQ(r.exerciseColumn, 0);
    EXPECT_EQ(r.sets, numbered({Set().g(140'000).reps(5).rpe(8)}));
    // The context's kind applies too: "3x8" under Pull Up is three sets of eight.
    expectSets(u"w 3x5, 3x8 rest 2m"_s,
               {Set().reps(5).kind(K::Warmup), Set().reps(5).kind(K::Warmup), Set().reps(5).kind(K::Warmup),
                Set().reps(8).rest(120), Set().reps(8).rest(120), Set().reps(8).rest(120)},
               context(WeightUnit::Kg, u"Pull Up"_s));
    // A name in the line wins over the context's.
    EXPECT_EQ(QuickEntry::parse(u"Squat 100x5"_s, context(WeightUnit::Kg, u"Bench Press"_s)).exercise,
              u"Squat"_s);
}

TEST(QuickEntry, AsksTheLookupForTheExerciseTheLineIsAbout)
{
    QStringList asked;
    QuickEntryContext c;
    c.exercise = u"Plank"_s;
    c.kindOf = [&asked](const QString &name) -> std::optional<ExerciseKind> {
        asked.append(name);
        return ExerciseKind::Timed;
    };
    ASSERT_TRUE(QuickEntry::parse(u"Side Plank 30"_s, c).ok());
    ASSERT_TRUE(QuickEntry::parse(u"30"_s, c).ok());
    EXPECT_EQ(asked, (QStringList{u"Side Plank"_s, u"Plank"_s}));
}

TEST(QuickEntry, ParsesLoadsOnTheirOwn)
{
    EXPECT_EQ(QuickEntry::parseLoad(u"82.5"_s, WeightUnit::Kg), Weight::fromGrams(82'500));
    EXPECT_EQ(QuickEntry::parseLoad(u" 82.5kg "_s, WeightUnit::Lb), Weight::fromGrams(82'500));
    EXPECT_EQ(QuickEntry::parseLoad(u"180 lbs"_s, WeightUnit::Kg), Weight::fromLb(180));
    EXPECT_EQ(QuickEntry::parseLoad(u"180"_s, WeightUnit::Lb), Weight::fromLb(180));
    for (const QString &bad :
         {u""_s, u"kg"_s, u"82,5"_s, u"82.5 st"_s, u"82.5kgx"_s, u"-80"_s, u"12345678"_s})
        EXPECT_EQ(QuickEntry::parseLoad(bad, WeightUnit::Kg), std::nullopt) << bad.toStdString();
}

} // namespace
} // namespace spotter
