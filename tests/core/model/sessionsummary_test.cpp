// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/sessionsummary.h"

#include <gtest/gtest.h>

using namespace spotter;

TEST(SessionSummary, TonnageSkipsWarmupsAndTopSetPrefersMainLifts)
{
    ExerciseIndex index;
    Exercise squat;
    squat.id = 1;
    squat.name = QStringLiteral("Back Squat");
    squat.kind = ExerciseKind::Main;
    Exercise press;
    press.id = 2;
    press.name = QStringLiteral("Leg Press");
    press.kind = ExerciseKind::Accessory;
    index.insert(1, squat);
    index.insert(2, press);

    Session s;
    auto add = [&](qint64 exercise, SetKind kind, double kg, int reps) {
        WorkoutSet w;
        w.exerciseId = exercise;
        w.kind = kind;
        w.weight = Weight::fromKg(kg);
        w.reps = reps;
        s.sets.append(w);
    };
    add(1, SetKind::Warmup, 60, 5);
    add(1, SetKind::Working, 140, 5);
    add(1, SetKind::Working, 150, 3);
    add(2, SetKind::Working, 250, 10);
    const SessionSummary sum = summarize(s, index);
    EXPECT_EQ(sum.exercises, (QStringList{QStringLiteral("Back Squat"), QStringLiteral("Leg Press")}));
    EXPECT_EQ(sum.workingSets, 3);
    EXPECT_EQ(sum.tonnageGrams, 140'000LL * 5 + 150'000LL * 3 + 250'000LL * 10);
    ASSERT_TRUE(sum.topSet);
    EXPECT_EQ(sum.topSet->weight, Weight::fromKg(150)) << "the main lift's heaviest, not the leg press";

    const SessionSummary empty = summarize(Session(), index);
    EXPECT_TRUE(empty.exercises.isEmpty());
    EXPECT_FALSE(empty.topSet);
}
