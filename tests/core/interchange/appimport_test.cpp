// SPDX-License-Identifier: GPL-3.0-or-later
// Hevy and FitNotes exports read by their parsers alone.
#include "importtestutil.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

using test::grams;
using test::parseFixture;

TEST(HevyImport, KilogramsNewestFirstWithSupersetsAndSetTypes)
{
    const auto p = parseFixture(u"hevy_kg.csv"_s);
    EXPECT_EQ(p->format, ImportFormat::Hevy);
    EXPECT_EQ(p->unit, WeightUnit::Kg);
    EXPECT_EQ(p->diagnostics.errorCount(), 0) << p->messages().toStdString();
    ASSERT_EQ(p->sessions.size(), 2);

    const ImportedSession &pull = p->sessions[0]; // newest first, as the file has it
    EXPECT_EQ(pull.groupKey, u"hevy:2025-04-09T17:18|Pull Day"_s);
    EXPECT_EQ(pull.session.source.kind, SourceKind::Hevy);
    EXPECT_EQ(pull.session.start.date(), QDate(2025, 4, 9));
    EXPECT_EQ(pull.session.durationMin, 72);
    EXPECT_EQ(pull.session.notes, u"Back felt tight"_s);
    ASSERT_EQ(pull.sets.size(), 6);
    EXPECT_EQ(pull.sets[0].set.kind, SetKind::Warmup);
    EXPECT_EQ(pull.sets[0].set.notes, u"Mixed grip"_s); // once, on the block's first set
    EXPECT_EQ(pull.sets[1].set.kind, SetKind::Working);
    EXPECT_TRUE(pull.sets[1].set.notes.isEmpty());
    EXPECT_EQ(pull.sets[1].set.rpe, 8.0);
    EXPECT_EQ(pull.sets[2].set.kind, SetKind::Failure);
    EXPECT_EQ(grams(pull.sets[3].set), 55'500);
    EXPECT_EQ(pull.sets[3].set.rpe, 7.5);
    // superset_id 0 is a real superset: kept as a note since Spotter has no supersets.
    EXPECT_EQ(pull.sets[3].set.notes, u"Superset 1"_s);
    EXPECT_EQ(pull.sets[4].set.notes, u"Superset 1\nSlow eccentric"_s);
    EXPECT_EQ(pull.sets[5].set.kind, SetKind::Drop);
    EXPECT_TRUE(pull.sets[5].set.notes.isEmpty());

    const ImportedSession &push = p->sessions[1];
    EXPECT_EQ(push.session.durationMin, 55);
    EXPECT_EQ(push.sets[0].set.rpe, 9.5);
    EXPECT_FALSE(push.sets[0].set.distanceCm); // 0 on a strength row means none
    EXPECT_FALSE(push.sets[0].set.seconds);
    EXPECT_FALSE(push.sets[1].set.weight);
    EXPECT_EQ(push.sets[1].set.seconds, 60);
    EXPECT_EQ(push.sets[2].set.distanceCm, 250'000);
    EXPECT_EQ(push.sets[2].set.notes, u"Superset 2"_s);
}

TEST(HevyImport, PoundsAndMilesFromTheHeader)
{
    const auto p = parseFixture(u"hevy_lbs.csv"_s, WeightUnit::Kg);
    EXPECT_EQ(p->unit, WeightUnit::Lb);
    ASSERT_EQ(p->sessions.size(), 1);
    EXPECT_EQ(grams(p->sessions[0].sets[0].set), 102'058);
    EXPECT_EQ(p->sessions[0].sets[1].set.distanceCm, 241'402); // 1.5 mi
    EXPECT_EQ(p->diagnostics.warningCount(), 1);               // the kg option is not used
}

TEST(HevyImport, RussianMonthNames)
{
    const auto p = parseFixture(u"hevy_russian_months.csv"_s);
    EXPECT_EQ(p->diagnostics.errorCount(), 0) << p->messages().toStdString();
    ASSERT_EQ(p->sessions.size(), 1);
    EXPECT_EQ(p->sessions[0].session.start.date(), QDate(2025, 4, 26));
    EXPECT_EQ(p->sessions[0].session.durationMin, 45);
}

TEST(HevyImport, UnknownMonthNameIsAnErrorNamingIt)
{
    const auto p = parseFixture(u"bad/hevy_unknown_month.csv"_s);
    ASSERT_EQ(p->diagnostics.errorCount(), 1);
    EXPECT_EQ(p->diagnostics.errors()[0].line, 2);
    EXPECT_TRUE(p->diagnostics.errors()[0].text.contains(u"'26 Απρ 2025, 19:20'"_s))
        << p->messages().toStdString();
    EXPECT_TRUE(p->sessions.isEmpty());
}

TEST(HevyImport, UnknownSetType)
{
    const auto p = parseFixture(u"bad/hevy_bad_set_type.csv"_s);
    ASSERT_EQ(p->diagnostics.errorCount(), 1);
    EXPECT_EQ(p->diagnostics.errors()[0].line, 3);
    EXPECT_TRUE(p->diagnostics.errors()[0].text.contains(u"superset"_s));
}

TEST(FitNotesImport, UnitOnEveryRowAndUnquotedCommas)
{
    const auto p = parseFixture(u"fitnotes_new.csv"_s);
    EXPECT_EQ(p->format, ImportFormat::FitNotes);
    EXPECT_EQ(p->unitSource, UnitSource::Rows);
    EXPECT_EQ(p->diagnostics.errorCount(), 0) << p->messages().toStdString();
    ASSERT_EQ(p->sessions.size(), 2); // one per day
    const ImportedSession &day = p->sessions[0];
    EXPECT_EQ(day.groupKey, u"fitnotes:2025-01-06"_s);
    EXPECT_EQ(day.session.start.date(), QDate(2025, 1, 6));
    EXPECT_EQ(day.session.start.time(), QTime(0, 0));
    ASSERT_EQ(day.sets.size(), 4);
    EXPECT_EQ(grams(day.sets[0].set), 80'000);
    EXPECT_EQ(day.sets[2].exercise, u"Overhead Press (Each Side, Dumbbells)"_s);
    EXPECT_EQ(grams(day.sets[2].set), 22'500);
    EXPECT_EQ(day.sets[2].set.reps, 10);
    ASSERT_TRUE(day.sets[2].hint);
    EXPECT_EQ(day.sets[2].hint->regions, Regions{Region::Shoulders});
    const WorkoutSet &run = day.sets[3].set;
    EXPECT_EQ(run.distanceCm, 500'000);
    EXPECT_EQ(run.seconds, 25 * 60 + 30);
    EXPECT_FALSE(run.reps);
    EXPECT_EQ(day.sets[3].hint->kind, ExerciseKind::Timed);
    EXPECT_EQ(grams(p->sessions[1].sets[0].set), 29'484); // 65 lbs on a kgs file
    EXPECT_FALSE(p->sessions[1].sets[1].set.weight);
}

TEST(FitNotesImport, PoundsInTheHeaderAndInterleavedCircuits)
{
    const auto p = parseFixture(u"fitnotes_old_lbs.csv"_s);
    EXPECT_EQ(p->unit, WeightUnit::Lb);
    EXPECT_EQ(p->unitSource, UnitSource::Header);
    ASSERT_EQ(p->sessions.size(), 2);
    const auto &sets = p->sessions[0].sets;
    ASSERT_EQ(sets.size(), 4);
    EXPECT_EQ(sets[0].exercise, u"Deadlift"_s);
    EXPECT_EQ(sets[1].exercise, u"Push Up"_s);
    EXPECT_EQ(sets[2].exercise, u"Deadlift"_s);
    EXPECT_EQ(grams(sets[2].set), 142'882);
    EXPECT_EQ(p->sessions[1].sets[0].set.distanceCm, 1'609'344);
    EXPECT_EQ(p->sessions[1].sets[0].set.seconds, 1800);
}

TEST(FitNotesImport, KilogramHeaderWithComments)
{
    const auto p = parseFixture(u"fitnotes_kgs_comment.csv"_s);
    EXPECT_EQ(p->unit, WeightUnit::Kg);
    EXPECT_EQ(p->diagnostics.errorCount(), 0) << p->messages().toStdString();
    ASSERT_EQ(p->sessions.size(), 1);
    const auto &sets = p->sessions[0].sets;
    EXPECT_EQ(sets[0].set.notes, u"Felt heavy, slept badly"_s);
    EXPECT_EQ(sets[1].set.distanceCm, 2000);
    EXPECT_FALSE(sets[1].set.reps);
    // "Conditioning" is no region Spotter knows: said once, not guessed.
    ASSERT_EQ(p->diagnostics.warningCount(), 1);
    EXPECT_TRUE(p->diagnostics.warnings()[0].text.contains(u"Conditioning"_s));
}

TEST(FitNotesImport, AWeightColumnWithoutAUnitNeedsOne)
{
    EXPECT_TRUE(parseFixture(u"fitnotes_no_unit.csv"_s)->needsUnit);
    const auto p = parseFixture(u"fitnotes_no_unit.csv"_s, WeightUnit::Lb);
    EXPECT_EQ(p->unitSource, UnitSource::Option);
    ASSERT_EQ(p->sessions.size(), 1);
    EXPECT_EQ(grams(p->sessions[0].sets[0].set), 45'359);
}

} // namespace
} // namespace spotter
