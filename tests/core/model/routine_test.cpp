// SPDX-License-Identifier: GPL-3.0-or-later
// A routine from a session's sets, and what makes a routine valid.
#include "model/routine.h"
#include "setbuilder.h"

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

TEST(Routine, FromASessionGroupsEqualSets)
{
    const QList<WorkoutSet> sets{
        Set().exercise(1).g(60'000).reps(5).kind(SetKind::Warmup),
        Set().exercise(1).g(60'000).reps(5).kind(SetKind::Warmup),
        Set().exercise(1).g(120'000).reps(5).rpe(8).rest(180),
        Set().exercise(1).g(122'500).reps(5).rpe(8).rest(180), // another load, the same target
        Set().exercise(1).g(120'000).reps(5).rir(2).rest(180), // RIR 2 is RPE 8
        Set().exercise(2).g(20'000).reps(12),
        Set().exercise(1).g(100'000).reps(8).rpe(7),
    };
    const QList<RoutineItem> items = routineItemsFrom(sets);
    ASSERT_EQ(items.size(), 4);
    EXPECT_EQ(items[0].kind, SetKind::Warmup);
    EXPECT_EQ(items[0].sets, 2);
    EXPECT_EQ(items[0].weight, Weight::fromKg(60)); // no effort: the load is the target
    EXPECT_EQ(items[1].sets, 3);
    EXPECT_EQ(items[1].rpe, 8);
    EXPECT_FALSE(items[1].weight); // with an effort the load follows the e1RM
    EXPECT_EQ(items[1].restSeconds, 180);
    EXPECT_EQ(items[2].exerciseId, 2);
    EXPECT_EQ(items[3].reps, 8);
    EXPECT_EQ(items[1].plannedSet().rpe, 8);
    EXPECT_EQ(items[1].plannedSet().reps, 5);
}

TEST(Routine, Validation)
{
    Routine r;
    r.name = QStringLiteral("Heavy lower");
    EXPECT_EQ(joinMessages(validate(r)), QStringLiteral("A routine needs at least one exercise"));
    RoutineItem ok;
    ok.exerciseId = 1;
    ok.sets = 3;
    ok.reps = 5;
    ok.rpe = 8;
    r.items = {ok};
    EXPECT_TRUE(validate(r).isEmpty());
    RoutineItem bad = ok;
    bad.sets = 0;
    bad.pctE1rm = 120;
    bad.restSeconds = -1;
    r.items = {ok, bad};
    r.name = QStringLiteral("  ");
    const ValidationIssues issues = validate(r);
    QStringList messages;
    for (const ValidationIssue &i : issues)
        messages.append(i.message);
    EXPECT_EQ(
        messages,
        (QStringList{
            QStringLiteral("The routine's name must not be empty"),
            QStringLiteral("item 2: the number of sets must be from 1 to 100; got 0"),
            QStringLiteral("item 2: a share of the e1RM must be more than 0% and at most 100%; got 120%"),
            QStringLiteral("item 2: give either a target RPE or a share of the e1RM, not both"),
            QStringLiteral("item 2: Rest must be between 0 s and 4 h; got -1 s")}));
    RoutineItem timed;
    timed.exerciseId = 3;
    timed.seconds = 45;
    r.name = QStringLiteral("Core");
    r.items = {timed};
    EXPECT_TRUE(validate(r).isEmpty());
    timed.seconds.reset();
    r.items = {timed};
    EXPECT_EQ(joinMessages(validate(r)), QStringLiteral("item 1: an item needs reps or a duration"));
}

} // namespace
} // namespace spotter::test
