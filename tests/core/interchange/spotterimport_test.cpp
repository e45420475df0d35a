// SPDX-License-Identifier: GPL-3.0-or-later
// Spotter's own files read by their parsers alone.
#include "importtestutil.h"
#include "interchange/spottercolumns.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

using test::grams;
using test::parseFixture;

TEST(SpotterImport, SetsFileWithSessionColumnsAndNeutralisedText)
{
    const auto p = parseFixture(u"spotter_sets.csv"_s);
    EXPECT_EQ(p->format, ImportFormat::Spotter);
    EXPECT_EQ(p->diagnostics.errorCount(), 0) << p->messages().toStdString();
    EXPECT_EQ(p->diagnostics.warningCount(), 0) << p->messages().toStdString();
    ASSERT_EQ(p->sessions.size(), 3);

    const ImportedSession &heavy = p->sessions[0];
    EXPECT_EQ(heavy.athlete, u"Alice"_s);
    EXPECT_EQ(heavy.fileId, 7);
    EXPECT_TRUE(heavy.exactHeader);
    EXPECT_EQ(heavy.session.start, QDateTime(QDate(2025, 11, 20), QTime(17, 30), Qt::UTC));
    EXPECT_EQ(heavy.session.start.offsetFromUtc(), 3600);
    EXPECT_EQ(heavy.session.title, u"Heavy day"_s);
    EXPECT_EQ(heavy.session.durationMin, 75);
    EXPECT_EQ(heavy.session.sessionRpe, 8.0);
    EXPECT_EQ(heavy.session.bodyweight, Weight::fromGrams(82'350));
    EXPECT_EQ(heavy.session.warmupDone, true);
    EXPECT_EQ(heavy.session.notes, u"=Felt good, really"_s); // the exporter's ' is dropped
    EXPECT_EQ(heavy.session.source.kind, SourceKind::Manual);
    EXPECT_TRUE(heavy.session.source.key.isEmpty());
    ASSERT_EQ(heavy.sets.size(), 3);
    EXPECT_EQ(heavy.sets[0].set.kind, SetKind::Warmup);
    EXPECT_EQ(grams(heavy.sets[0].set), 60'000);
    const WorkoutSet &top = heavy.sets[1].set;
    EXPECT_EQ(grams(top), 142'500);
    EXPECT_EQ(top.reps, 3);
    EXPECT_EQ(top.rpe, 8.5);
    EXPECT_EQ(top.rir, 1.5);
    EXPECT_EQ(top.restSeconds, 180);
    EXPECT_EQ(top.notes, u"-2 in reserve?"_s);
    const ImportedSet &carry = heavy.sets[2];
    EXPECT_EQ(carry.set.seconds, 40);
    EXPECT_EQ(carry.set.distanceCm, 2050);
    EXPECT_FALSE(carry.set.reps);
    ASSERT_TRUE(carry.hint);
    EXPECT_EQ(carry.hint->kind, ExerciseKind::Timed);
    EXPECT_EQ(carry.hint->regions, (Regions{Region::Core, Region::UpperBack}));
    EXPECT_TRUE(carry.hint->loadsLowerBack);

    // A session without sets is one row with empty set columns.
    const ImportedSession &walk = p->sessions[1];
    EXPECT_EQ(walk.fileId, 9);
    EXPECT_TRUE(walk.sets.isEmpty());
    EXPECT_EQ(walk.session.sessionRpe, 2.0);

    const ImportedSession &bob = p->sessions[2];
    EXPECT_EQ(bob.athlete, u"Bob"_s);
    EXPECT_EQ(bob.session.start.offsetFromUtc(), -5 * 3600);
    EXPECT_EQ(bob.session.source.kind, SourceKind::Strong);
    EXPECT_EQ(bob.session.source.file, u"strong.csv"_s);
    EXPECT_EQ(bob.session.source.key, u"strong:2025-11-21T09:00:00|Push"_s);
    EXPECT_EQ(bob.sets[0].set.kind, SetKind::Amrap);
}

TEST(SpotterImport, SorenessFile)
{
    const auto p = parseFixture(u"spotter_soreness.csv"_s);
    EXPECT_EQ(p->diagnostics.errorCount(), 0) << p->messages().toStdString();
    ASSERT_EQ(p->reports.size(), 2);
    const ImportedSoreness &a = p->reports[0];
    EXPECT_EQ(a.athlete, u"Alice"_s);
    EXPECT_EQ(a.fileId, 3);
    EXPECT_EQ(a.fileSessionId, 7);
    EXPECT_EQ(a.sessionStart, QDateTime(QDate(2025, 11, 20), QTime(17, 30), Qt::UTC));
    EXPECT_EQ(a.report.region, Region::Quads);
    EXPECT_EQ(a.report.side, Side::Both);
    EXPECT_EQ(a.report.intensity, 4);
    EXPECT_EQ(a.report.character, Character::Ache);
    EXPECT_EQ(a.report.noticedAt, QDateTime(QDate(2025, 11, 21), QTime(9, 15), Qt::UTC));
    EXPECT_EQ(a.report.resolvedAt, QDateTime(QDate(2025, 11, 23), QTime(9, 15), Qt::UTC));
    EXPECT_EQ(a.report.trend, Trend::Improving);
    EXPECT_EQ(a.report.notes, u"+ sore on stairs"_s);
    const ImportedSoreness &b = p->reports[1];
    EXPECT_FALSE(b.fileSessionId);
    EXPECT_EQ(b.report.side, Side::Left);
    EXPECT_FALSE(b.report.resolvedAt);
    EXPECT_EQ(b.report.signs, (Signs{Sign::Pinpoint, Sign::AtRest}));
    EXPECT_EQ(b.report.redFlags, RedFlags{RedFlag::NightPain});
    // A file written before schema 3 has no one_sided or lift column: the defaults.
    EXPECT_FALSE(b.report.oneSided);
    EXPECT_TRUE(b.report.lift.isEmpty());
}

TEST(SpotterImport, SorenessFileWithTheWholeBodyColumns)
{
    const auto p = parseFixture(u"spotter_soreness_v3.csv"_s);
    EXPECT_EQ(p->diagnostics.errorCount(), 1) << p->messages().toStdString();
    ASSERT_EQ(p->reports.size(), 2);
    const SorenessReport &a = p->reports[0].report;
    EXPECT_EQ(a.region, Region::Groin);
    EXPECT_EQ(a.signs, (Signs{Sign::GroinLump, Sign::Knock}));
    EXPECT_EQ(a.redFlags, (RedFlags{RedFlag::VeryUnwell, RedFlag::SuddenHeadache}));
    EXPECT_TRUE(a.oneSided);
    EXPECT_EQ(a.lift, u"Bulgarian Split Squat"_s);
    const SorenessReport &b = p->reports[1].report;
    EXPECT_EQ(b.region, Region::Feet);
    EXPECT_FALSE(b.oneSided);
    EXPECT_TRUE(b.lift.isEmpty());
    // A one_sided cell that is not 1 or 0 is an error naming the line and the column.
    EXPECT_TRUE(p->messages().contains(u"4: one_sided 'yes' is not 1 or 0"_s)) << p->messages().toStdString();
}

TEST(SpotterImport, TheSessionsSummaryIsRefused)
{
    const auto p = parseFixture(u"spotter_sessions.csv"_s);
    EXPECT_EQ(p->format, ImportFormat::Spotter);
    EXPECT_TRUE(p->setupError.contains(u"sets file"_s)) << p->setupError.toStdString();
}

TEST(SpotterImport, TheFixedColumnsComeFirst)
{
    using namespace spottercolumns;
    const QStringList sets = headerOf(kSetNames);
    EXPECT_EQ(sets.mid(0, kRequiredSetColumns).join(u','),
              u"athlete,session_id,session_start,exercise,set_index,set_kind,weight_kg,reps,rpe,rir,rest_s,"
              "e1rm_kg,intensity_class"_s);
    EXPECT_EQ(headerOf(kSorenessNames).mid(0, kRequiredSorenessColumns).join(u','),
              u"athlete,report_id,session_id,region,side,onset_hours,duration_hours,resolved,intensity,"
              "character,class,urgency,rules"_s);
    EXPECT_EQ(
        headerOf(kSummaryNames).join(u','),
        u"athlete,session_id,session_start,duration_min,session_rpe,bodyweight_kg,intensity_class,flags"_s);
}

} // namespace
} // namespace spotter
