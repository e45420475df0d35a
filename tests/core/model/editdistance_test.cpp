// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/builtincatalogue.h"
#include "model/editdistance.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

TEST(EditDistance, CountsEdits)
{
    EXPECT_EQ(editDistance(u"", u""), 0);
    EXPECT_EQ(editDistance(u"", u"abc"), 3);
    EXPECT_EQ(editDistance(u"abc", u""), 3);
    EXPECT_EQ(editDistance(u"squat", u"squat"), 0);
    EXPECT_EQ(editDistance(u"kitten", u"sitting"), 3);
    EXPECT_EQ(editDistance(u"sitting", u"kitten"), 3);
    EXPECT_EQ(editDistance(u"deadlift", u"dedlift"), 1);
    EXPECT_EQ(editDistance(u"bench press", u"benchpress"), 1);
    EXPECT_EQ(editDistance(u"Squat", u"squat"), 1); // compares as given: fold case first
}

TEST(EditDistance, CountsASwapOfNeighboursAsOneEdit)
{
    EXPECT_EQ(editDistance(u"squat", u"sqaut"), 1);
    EXPECT_EQ(editDistance(u"ab", u"ba"), 1);
    EXPECT_EQ(editDistance(u"abcd", u"badc"), 2);
}

TEST(EditDistance, StopsAtTheLimit)
{
    EXPECT_EQ(editDistance(u"abcdef", u"zzzzzz", 2), 3);
    EXPECT_EQ(editDistance(u"a", u"abcdefgh", 2), 3);
    EXPECT_EQ(editDistance(u"squat", u"sqaut", 1), 1);
    EXPECT_EQ(editDistance(u"squat", u"squat", 0), 0);
    EXPECT_EQ(editDistance(u"squat", u"squad", 0), 1);
    EXPECT_EQ(editDistance(u"x", u"y", -5), 1);
}

TEST(ClosestExerciseNames, SuggestsNearSpellingsBestFirst)
{
    const QList<Exercise> catalogue = builtinCatalogue();
    EXPECT_EQ(closestExerciseNames(u"Sqaut", catalogue).value(0), u"Squat"_s);
    EXPECT_EQ(closestExerciseNames(u"dedlift", catalogue).value(0), u"Deadlift"_s);
    EXPECT_EQ(closestExerciseNames(u"  benchpress ", catalogue).value(0), u"Bench Press"_s);
    EXPECT_EQ(closestExerciseNames(u"Overhed Press", catalogue).value(0), u"Overhead Press"_s);
}

TEST(ClosestExerciseNames, FindsNamesThatContainTheQuery)
{
    const QStringList names = closestExerciseNames(u"bench", builtinCatalogue(), 10);
    ASSERT_FALSE(names.isEmpty());
    EXPECT_EQ(names.first(), u"Bench"_s); // Bench Press's own short name comes first
    EXPECT_TRUE(names.contains(u"Incline Bench Press"_s));
    for (const QString &name : names)
        EXPECT_TRUE(name.contains(u"bench"_s, Qt::CaseInsensitive)) << name.toStdString();
}

TEST(ClosestExerciseNames, GivesOneSpellingPerExerciseAndAtMostTheLimit)
{
    Exercise squat;
    squat.id = 1;
    squat.name = u"Back Squat"_s;
    squat.aliases = {u"Squat"_s, u"Squat (Barbell)"_s};
    Exercise front;
    front.id = 2;
    front.name = u"Front Squat"_s;
    EXPECT_EQ(closestExerciseNames(u"squat", {squat, front}), (QStringList{u"Squat"_s, u"Front Squat"_s}));
    EXPECT_EQ(closestExerciseNames(u"squat", {squat, front}, 1), QStringList{u"Squat"_s});
    EXPECT_TRUE(closestExerciseNames(u"squat", {squat, front}, 0).isEmpty());
}

TEST(ClosestExerciseNames, SuggestsNothingForUnrelatedOrEmptyNames)
{
    EXPECT_TRUE(closestExerciseNames(u"zzzzqqq", builtinCatalogue()).isEmpty());
    EXPECT_TRUE(closestExerciseNames(u"   ", builtinCatalogue()).isEmpty());
    EXPECT_TRUE(closestExerciseNames(u"Squat", {}).isEmpty());
}

} // namespace
} // namespace spotter
