// SPDX-License-Identifier: GPL-3.0-or-later
#include "importtestutil.h"
#include "model/validation.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

using test::grams;
using test::parseFixture;

TEST(StrongImport, V1InPoundsWithRestTimersNotesAndSetMarkers)
{
    const auto p = parseFixture(u"strong_v1_lb.csv"_s, WeightUnit::Lb);
    ASSERT_TRUE(p->setupError.isEmpty()) << p->setupError.toStdString();
    EXPECT_EQ(p->format, ImportFormat::Strong);
    EXPECT_EQ(p->unitSource, UnitSource::Option);
    EXPECT_EQ(p->diagnostics.errorCount(), 0) << p->messages().toStdString();
    ASSERT_EQ(p->sessions.size(), 3);

    const ImportedSession &push = p->sessions[0];
    EXPECT_EQ(push.groupKey, u"strong:2021-03-01T18:00:00|Push, heavy"_s);
    EXPECT_EQ(push.session.source.key, push.groupKey);
    EXPECT_EQ(push.session.source.kind, SourceKind::Strong);
    EXPECT_EQ(push.session.source.file, u"strong_v1_lb.csv"_s);
    EXPECT_EQ(push.session.title, u"Push, heavy"_s);
    EXPECT_EQ(push.session.start.date(), QDate(2021, 3, 1));
    EXPECT_EQ(push.session.start.time(), QTime(18, 0));
    EXPECT_EQ(push.session.durationMin, 68); // "1h 8m", not 8
    EXPECT_EQ(push.session.notes, u"Felt strong"_s);
    // Rest Timer and Note rows are not sets: 12 rows, 7 sets.
    ASSERT_EQ(push.sets.size(), 7);

    const auto &warmup = push.sets[0];
    EXPECT_EQ(warmup.exercise, u"Bench Press (Barbell)"_s);
    EXPECT_EQ(warmup.line, 2);
    EXPECT_EQ(warmup.set.kind, SetKind::Warmup);
    EXPECT_EQ(grams(warmup.set), 43'091); // 95 lb
    EXPECT_EQ(warmup.set.reps, 10);
    EXPECT_FALSE(warmup.set.restSeconds);
    // The Note row is the exercise's note: it goes to the block's first set.
    EXPECT_EQ(warmup.set.notes, u"Left shoulder clicked"_s);

    const auto &first = push.sets[1].set;
    EXPECT_EQ(first.kind, SetKind::Working);
    EXPECT_EQ(grams(first), 68'039); // 149.99999999999997 lb is 150 lb
    EXPECT_EQ(first.rpe, 8.0);
    EXPECT_EQ(first.notes, u"Pause at chest"_s);
    EXPECT_FALSE(first.restSeconds);

    const auto &second = push.sets[2];
    EXPECT_EQ(second.line, 5);
    EXPECT_EQ(grams(second.set), 68'039);
    EXPECT_EQ(second.set.rpe, 8.5);
    EXPECT_EQ(second.set.restSeconds, 180); // the Rest Timer row before it

    EXPECT_EQ(push.sets[3].set.kind, SetKind::Drop);
    EXPECT_EQ(grams(push.sets[3].set), 45'359);
    EXPECT_FALSE(push.sets[3].set.restSeconds);

    const auto &pushdown = push.sets[4];
    EXPECT_EQ(pushdown.exercise, u"Triceps Pushdown (Cable - Straight Bar)"_s);
    EXPECT_EQ(grams(pushdown.set), 111'130); // 245.00000000000003 lb
    EXPECT_EQ(pushdown.set.restSeconds, 90);
    EXPECT_EQ(push.sets[5].set.kind, SetKind::Failure);
    EXPECT_EQ(push.sets[5].set.rpe, 10.0);

    // A timed set: weight 0, reps 0, 60 s.
    const auto &plank = push.sets[6].set;
    EXPECT_EQ(push.sets[6].exercise, u"Plank"_s);
    EXPECT_FALSE(plank.weight);
    EXPECT_FALSE(plank.reps);
    EXPECT_EQ(plank.seconds, 60);
    EXPECT_TRUE(validate(plank).isEmpty());

    const ImportedSession &legs = p->sessions[1];
    EXPECT_EQ(legs.session.durationMin, 48);
    ASSERT_EQ(legs.sets.size(), 3);
    EXPECT_EQ(grams(legs.sets[0].set), 61'235);
    EXPECT_EQ(grams(legs.sets[1].set), 136'078); // 299.99999999999994 lb
    EXPECT_EQ(legs.sets[1].set.rpe, 9.0);
    EXPECT_EQ(legs.sets[2].exercise, u"Smith Hip Thrust"_s); // trailing space dropped
    // A note of an exercise with no sets stays with the workout.
    EXPECT_EQ(legs.session.notes, u"Highrow: Skipped: cable broke"_s);

    const ImportedSession &running = p->sessions[2];
    EXPECT_FALSE(running.session.durationMin); // "45h 56m": a timer left running
    EXPECT_EQ(grams(running.sets[0].set), 142'882);

    // A rest-timer row ending a workout (after the plank, line 12) is normal in modern exports:
    // no warning for it.
    ASSERT_EQ(p->diagnostics.warningCount(), 1) << p->messages().toStdString();
    EXPECT_EQ(p->diagnostics.warnings()[0].line, 17);
    EXPECT_TRUE(p->diagnostics.warnings()[0].text.contains(u"45h 56m"_s));
}

TEST(StrongImport, V1WithoutAUnitAsksForOne)
{
    const auto p = parseFixture(u"strong_v1_lb.csv"_s);
    EXPECT_TRUE(p->needsUnit);
    EXPECT_TRUE(p->setupError.contains(u"kg or lb"_s)) << p->setupError.toStdString();
}

TEST(StrongImport, V2WithoutNotesColumns)
{
    const auto p = parseFixture(u"strong_v2.csv"_s, WeightUnit::Kg);
    EXPECT_EQ(p->diagnostics.errorCount(), 0) << p->messages().toStdString();
    ASSERT_EQ(p->sessions.size(), 3);
    EXPECT_EQ(p->sessions[0].session.durationMin, 38); // "38min"
    EXPECT_EQ(p->sessions[1].session.durationMin, 0);  // "20s"
    EXPECT_EQ(p->sessions[2].session.durationMin, 60); // "1h"
    EXPECT_EQ(grams(p->sessions[0].sets[1].set), 52'500);
    EXPECT_EQ(p->sessions[0].sets[1].set.rpe, 7.5);
    const WorkoutSet &run = p->sessions[1].sets[0].set;
    EXPECT_EQ(run.distanceCm, 520'000); // km, because the weights are kg
    EXPECT_EQ(run.seconds, 1800);
    EXPECT_FALSE(run.reps);
    EXPECT_EQ(p->diagnostics.warningCount(), 1);
    EXPECT_TRUE(p->diagnostics.warnings()[0].text.contains(u"kilometres"_s));
}

TEST(StrongImport, V3FrenchHeaders)
{
    const auto p = parseFixture(u"strong_v3_fr.csv"_s, WeightUnit::Kg);
    EXPECT_EQ(p->format, ImportFormat::Strong);
    EXPECT_EQ(p->diagnostics.errorCount(), 0) << p->messages().toStdString();
    ASSERT_EQ(p->sessions.size(), 1);
    EXPECT_EQ(p->sessions[0].session.title, u"Séance A"_s);
    EXPECT_EQ(p->sessions[0].session.durationMin, 9);
    ASSERT_EQ(p->sessions[0].sets.size(), 2);
    EXPECT_EQ(p->sessions[0].sets[0].exercise, u"Développé couché (Barre)"_s);
    EXPECT_EQ(grams(p->sessions[0].sets[0].set), 60'000);
    EXPECT_EQ(p->sessions[0].sets[0].set.rpe, 8.0);
}

TEST(StrongImport, V4SemicolonsBomCrlfDecimalCommasAndKgHeader)
{
    const auto p = parseFixture(u"strong_v4_kg.csv"_s);
    ASSERT_TRUE(p->setupError.isEmpty()) << p->setupError.toStdString();
    EXPECT_EQ(p->unit, WeightUnit::Kg);
    EXPECT_EQ(p->unitSource, UnitSource::Header);
    EXPECT_EQ(p->diagnostics.errorCount(), 0) << p->messages().toStdString();
    ASSERT_EQ(p->sessions.size(), 2);
    const ImportedSession &legs = p->sessions[0];
    EXPECT_EQ(legs.session.durationMin, 68); // 4102 s
    EXPECT_EQ(legs.session.notes, u"Genou OK"_s);
    ASSERT_EQ(legs.sets.size(), 4);
    EXPECT_EQ(grams(legs.sets[1].set), 102'500); // "102,5"
    EXPECT_EQ(legs.sets[1].set.rpe, 8.5);        // "8,5"
    EXPECT_EQ(legs.sets[2].set.restSeconds, 150);
    EXPECT_EQ(legs.sets[3].exercise, u"Rowing (Machine)"_s);
    EXPECT_EQ(legs.sets[3].set.distanceCm, 200'000); // Distance (meters)
    EXPECT_EQ(legs.sets[3].set.seconds, 480);
    // No workout name: the workout number keys it; the quoted note spans two lines.
    const ImportedSession &bench = p->sessions[1];
    EXPECT_EQ(bench.groupKey, u"strong:2024-09-05T07:00:00|#13"_s);
    EXPECT_EQ(bench.session.durationMin, 45);
    EXPECT_EQ(bench.sets[0].set.notes, u"multi\r\nline note"_s);
    EXPECT_EQ(bench.sets[0].line, 7);
}

TEST(StrongImport, V4PoundsHeaderWinsOverTheOption)
{
    const auto p = parseFixture(u"strong_v4_lbs.csv"_s, WeightUnit::Kg);
    EXPECT_EQ(p->unit, WeightUnit::Lb);
    ASSERT_EQ(p->sessions.size(), 1);
    EXPECT_EQ(grams(p->sessions[0].sets[0].set), 102'058); // 225 lb
    ASSERT_EQ(p->diagnostics.warningCount(), 1);
    EXPECT_TRUE(p->diagnostics.warnings()[0].text.contains(u"Weight (lbs)"_s));
}

TEST(StrongImport, V5UnitsOnEveryRow)
{
    const auto p = parseFixture(u"strong_v5_units.csv"_s);
    ASSERT_TRUE(p->setupError.isEmpty()) << p->setupError.toStdString();
    EXPECT_EQ(p->unitSource, UnitSource::Rows);
    EXPECT_EQ(p->diagnostics.errorCount(), 0) << p->messages().toStdString();
    ASSERT_EQ(p->sessions.size(), 1);
    const auto &sets = p->sessions[0].sets;
    ASSERT_EQ(sets.size(), 4);
    EXPECT_EQ(p->sessions[0].session.durationMin, 62);
    EXPECT_EQ(p->sessions[0].session.notes, u"Gym A"_s);
    EXPECT_EQ(grams(sets[0].set), 100'000);
    EXPECT_EQ(grams(sets[1].set), 102'058);
    EXPECT_EQ(sets[2].set.distanceCm, 498'897); // 3.1 mi
    EXPECT_EQ(sets[2].set.seconds, 1500);
    EXPECT_FALSE(sets[3].set.weight); // a bodyweight pull-up
    EXPECT_EQ(sets[3].set.reps, 10);
}

TEST(StrongImport, TwelveHourClockWithNarrowNoBreakSpace)
{
    const auto p = parseFixture(u"strong_ampm.csv"_s, WeightUnit::Kg);
    EXPECT_EQ(p->diagnostics.errorCount(), 0) << p->messages().toStdString();
    ASSERT_EQ(p->sessions.size(), 2);
    EXPECT_EQ(p->sessions[0].session.start.time(), QTime(18, 15));
    EXPECT_EQ(p->sessions[0].groupKey, u"strong:2023-11-05T18:15:00|Evening"_s);
    EXPECT_EQ(p->sessions[1].session.start.time(), QTime(7, 0));
}

} // namespace
} // namespace spotter
