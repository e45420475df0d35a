// SPDX-License-Identifier: GPL-3.0-or-later
// Flags that need the sessions around one: IF-01..04, and the rolling 12-week e1RM baseline.
#include "analysis/sessionanalysis.h"
#include "analysistestutil.h"
#include "testutil.h"

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

using namespace Qt::StringLiterals;

QList<SessionAnalysis> analyze(const QList<Session> &sessions, const QList<SorenessEvent> &soreness = {})
{
    return analyzeSessions(sessions, testExercises(), {}, soreness);
}

Session maxOut(qint64 id, int day, qint64 exercise = kDeadlift)
{
    return makeSession(id, day, {makeSet(exercise, 200, 1, 10.0)});
}

TEST(SessionFlags, If01TestingTooOften)
{
    auto r = analyze({maxOut(1, 0), maxOut(2, 27)});
    EXPECT_FALSE(r[0].hasFlag(u"testing_too_often"));
    EXPECT_TRUE(r[1].hasFlag(u"testing_too_often", kDeadlift));
    EXPECT_EQ(r[1].flagKeys(), QStringList{u"testing_too_often"_s});
    r = analyze({maxOut(1, 0), maxOut(2, 28)});
    EXPECT_FALSE(r[1].hasFlag(u"testing_too_often"));
    r = analyze({maxOut(1, 0), maxOut(2, 10, kBench)}); // another lift
    EXPECT_FALSE(r[1].hasFlag(u"testing_too_often"));
}

TEST(SessionFlags, If02NoEasyDays)
{
    const auto hard = [](qint64 id, int day) { return makeSession(id, day, {makeSet(kSquat, 120, 3, 9.0)}); };
    const auto easy = [](qint64 id, int day) { return makeSession(id, day, {makeSet(kSquat, 100, 5, 7.0)}); };
    auto r = analyze({hard(1, 0), hard(2, 2), makeSession(3, 3, {makeSet(kBench, 60, 5, 7.0)}), hard(4, 4)});
    EXPECT_FALSE(r[1].hasFlag(u"no_easy_days"));
    EXPECT_TRUE(r[3].hasFlag(u"no_easy_days", kSquat)); // the bench session is not a squat session
    r = analyze({hard(1, 0), easy(2, 2), hard(3, 4), hard(4, 6)});
    EXPECT_FALSE(r[3].hasFlag(u"no_easy_days"));
}

TEST(SessionFlags, If03LoadJump)
{
    const auto top = [](qint64 id, int day, double kg) {
        return makeSession(id, day, {makeSet(kSquat, kg, 5, 7.0)});
    };
    auto r = analyze({top(1, 0, 100), top(2, 5, 111)});
    ASSERT_TRUE(r[1].hasFlag(u"load_jump", kSquat));
    EXPECT_EQ(r[1].flags.first().level, FlagLevel::Caution);
    EXPECT_EQ(r[1].flags.first().ruleId, u"IF-03"_s);
    r = analyze({top(1, 0, 100), top(2, 5, 110)}); // exactly 10%
    EXPECT_FALSE(r[1].hasFlag(u"load_jump"));
    r = analyze({top(1, 0, 100), top(2, 13, 131)});
    ASSERT_TRUE(r[1].hasFlag(u"load_jump"));
    EXPECT_EQ(r[1].flags.first().level, FlagLevel::High);
    r = analyze({top(1, 0, 100), top(2, 13, 129)}); // nothing in the last 7 days, under 30% on 14
    EXPECT_FALSE(r[1].hasFlag(u"load_jump"));
    r = analyze({top(1, 0, 100), top(2, 7, 111)}); // last week, same weekday
    EXPECT_EQ(r[1].flags.first().level, FlagLevel::Caution);
    r = analyze({top(1, 0, 100), top(2, 14, 131)}); // two weeks ago, same weekday
    EXPECT_EQ(r[1].flags.first().level, FlagLevel::High);
    r = analyze({top(1, 0, 100), top(2, 15, 200)}); // nothing in the last 14 days to compare with
    EXPECT_FALSE(r[1].hasFlag(u"load_jump"));
    // Warm-ups are not the top load.
    r = analyze({top(1, 0, 100), makeSession(2, 3,
                                             {makeSet(kSquat, 140, 1, std::nullopt, SetKind::Warmup),
                                              makeSet(kSquat, 105, 5, 7.0)})});
    EXPECT_FALSE(r[1].hasFlag(u"load_jump"));
}

TEST(SessionFlags, If04PostponeTestWhenStillSore)
{
    const Session test = maxOut(1, 10);
    SorenessEvent sore{
        test.start.addSecs(-24 * 3600), std::nullopt, Region::LowerBack, {SorenessClass::Doms, std::nullopt}};
    EXPECT_TRUE(analyze({test}, {sore})[0].hasFlag(u"postpone_test", kDeadlift));
    sore.noticedAt = test.start.addSecs(-49 * 3600);
    EXPECT_FALSE(analyze({test}, {sore})[0].hasFlag(u"postpone_test"));
    sore.resolvedAt = test.start.addSecs(-10 * 3600); // still there inside the 48 h
    EXPECT_TRUE(analyze({test}, {sore})[0].hasFlag(u"postpone_test"));
    sore = {test.start.addSecs(-24 * 3600),
            std::nullopt,
            Region::LowerBack,
            {SorenessClass::Fatigue, std::nullopt}};
    EXPECT_FALSE(analyze({test}, {sore})[0].hasFlag(u"postpone_test"));
    sore.severity = {SorenessClass::Warning, std::nullopt};
    sore.region = Region::Chest; // the deadlift does not load the chest
    EXPECT_FALSE(analyze({test}, {sore})[0].hasFlag(u"postpone_test"));
}

TEST(SessionFlags, RollingTwelveWeekBaseline)
{
    // 100 × 5 @ 8 sets an e1RM of 123.3; a later 125 single is a PR attempt against it (IR-03),
    // unless the 123.3 is more than 12 weeks old.
    const Session base = makeSession(1, 0, {makeSet(kSquat, 100, 5, 8.0)});
    auto r = analyze({base, makeSession(2, 7, {makeSet(kSquat, 125, 1)})});
    EXPECT_EQ(r[1].intensity.cls, IntensityClass::Testing);
    EXPECT_TRUE(r[1].intensity.rules.contains(u"IR-03"_s));
    EXPECT_TRUE(r[1].intensity.lifts.first().pr);
    r = analyze({base, makeSession(2, 84, {makeSet(kSquat, 125, 1)})});
    EXPECT_EQ(r[1].intensity.cls, IntensityClass::Training);
    EXPECT_TRUE(r[1].intensity.lifts.first().pr); // still a best ever
    EXPECT_FALSE(r[1].intensity.lifts.first().baseline.recentBest);
    EXPECT_TRUE(r[0].srpeLoad == std::nullopt);
}

TEST(SessionFlags, LoadedRegions)
{
    const ExerciseMap ex = testExercises();
    EXPECT_TRUE(loadedRegions(ex[kDeadlift]).contains(Region::LowerBack));
    EXPECT_FALSE(loadedRegions(ex[kBench]).contains(Region::LowerBack));
}

} // namespace
} // namespace spotter::test
