// SPDX-License-Identifier: GPL-3.0-or-later
// The Progress series as pure functions, with expected values worked out by hand.
#include "../analysis/analysistestutil.h"
#include "analysis/progressseries.h"

#include <gtest/gtest.h>

using namespace spotter;
using namespace spotter::test;

namespace {

const QDate kMonday(2026, 1, 5);

QDateTime at(int day, int hour = 18)
{
    return QDateTime(kMonday.addDays(day), QTime(hour, 0), Qt::UTC);
}

SessionCandidate candidate(qint64 session, int day, qint64 exercise, double kg, int reps,
                           std::optional<double> rpe = std::nullopt)
{
    SessionCandidate c;
    c.sessionId = session;
    c.start = at(day);
    c.set = makeSet(exercise, kg, reps, rpe);
    c.set.sessionId = session;
    return c;
}

SessionAnalysis analysis(qint64 session, int day, IntensityClass cls, QList<LiftIntensity> lifts = {})
{
    SessionAnalysis a;
    a.sessionId = session;
    a.start = at(day);
    a.intensity.cls = cls;
    a.intensity.lifts = std::move(lifts);
    return a;
}

LiftIntensity lift(qint64 exercise, IntensityClass cls)
{
    LiftIntensity l;
    l.exerciseId = exercise;
    l.cls = cls;
    return l;
}

} // namespace

TEST(ProgressRange, RangesAreWholeWeeksEndingWithTheCurrentOne)
{
    const QDate wednesday(2026, 3, 18);
    EXPECT_EQ(weekStartOf(wednesday), QDate(2026, 3, 16));
    EXPECT_EQ(weekStartOf(QDate(2026, 3, 22)), QDate(2026, 3, 16)); // a Sunday
    EXPECT_EQ(rangeStart(ProgressRange::Weeks4, wednesday), QDate(2026, 2, 23));
    EXPECT_EQ(rangeStart(ProgressRange::Weeks12, wednesday), QDate(2025, 12, 29));
    EXPECT_EQ(rangeStart(ProgressRange::Year, wednesday), QDate(2025, 3, 24));
    EXPECT_EQ(rangeStart(ProgressRange::All, wednesday), std::nullopt);
}

TEST(E1rmSeries, BestCandidatePerSessionPrsAgainstTheBestBeforeAndTestingFromTheClass)
{
    // Squat: best before the range 120 kg.
    // s1: 100 × 5 unrated (Epley 116.667) and 120 × 1 unrated (120): best 120, not above 120.
    // s2: 125 × 1: 125, a PR.  s3: 100 × 5 @ 8 (RTS 81.1 % → 123.305): below 125, no PR.
    // s4: 130 × 1 @ 10 (RTS 100 % → 130), tested: a PR and testing.
    // Bench: nothing before. s1: 80 × 5 @ 8 → 98.644; s3: 85 × 3 unrated (Epley 93.5): no PR.
    const QList<SessionCandidate> candidates{
        candidate(1, 0, kSquat, 100, 5),        candidate(1, 0, kSquat, 120, 1),
        candidate(1, 0, kBench, 80, 5, 8.0),    candidate(2, 7, kSquat, 125, 1),
        candidate(3, 14, kSquat, 100, 5, 8.0),  candidate(3, 14, kBench, 85, 3),
        candidate(4, 21, kSquat, 130, 1, 10.0),
    };
    const QList<SessionAnalysis> analyses{
        analysis(1, 0, IntensityClass::Training, {lift(kSquat, IntensityClass::Training)}),
        analysis(2, 7, IntensityClass::Hard, {lift(kSquat, IntensityClass::Hard)}),
        analysis(3, 14, IntensityClass::Training, {lift(kSquat, IntensityClass::Training)}),
        analysis(4, 21, IntensityClass::Testing, {lift(kSquat, IntensityClass::Testing)}),
    };
    const auto lines =
        e1rmSeries(candidates, {{kSquat, E1rmEstimate{Weight::fromKg(120), E1rmMethod::Single}}}, analyses,
                   testExercises());

    ASSERT_EQ(lines.size(), 2);
    const E1rmLine &squat = lines[0]; // most sessions first
    EXPECT_EQ(squat.exerciseId, kSquat);
    EXPECT_EQ(squat.name, QStringLiteral("Back Squat"));
    ASSERT_EQ(squat.points.size(), 4);
    EXPECT_EQ(squat.points[0].e1rm.grams(), 120'000);
    EXPECT_FALSE(squat.points[0].pr);
    EXPECT_EQ(squat.points[1].e1rm.grams(), 125'000);
    EXPECT_TRUE(squat.points[1].pr);
    EXPECT_EQ(squat.points[2].e1rm.grams(), 123'305);
    EXPECT_FALSE(squat.points[2].pr);
    EXPECT_EQ(squat.points[3].e1rm.grams(), 130'000);
    EXPECT_TRUE(squat.points[3].pr);
    EXPECT_TRUE(squat.points[3].testing);
    EXPECT_FALSE(squat.points[1].testing); // hard is not testing
    EXPECT_EQ(squat.points[3].at, at(21));
    EXPECT_EQ(squat.points[3].sessionId, 4);

    const E1rmLine &bench = lines[1];
    ASSERT_EQ(bench.points.size(), 2);
    EXPECT_EQ(bench.points[0].e1rm.grams(), 98'644); // 80 / 0.811
    EXPECT_FALSE(bench.points[0].pr);                // the first e1RM ever is no PR
    EXPECT_EQ(bench.points[1].e1rm.grams(), 93'500);
    EXPECT_FALSE(bench.points[1].pr);
}

TEST(E1rmSeries, AnE1rmFromRepsAloneClaimsAPrOverARatedBestOnlyPastTheMargin)
{
    // Bench: best before 100 kg from a rated set (RTS). e1rm.reps_only_pr_pct is 15: a PR from
    // reps alone needs more than 115 kg.
    // s1: 80 × 8 unrated, Epley 101.333: above 100, within the margin: no PR, an estimate.
    // s2: 100 × 5 unrated, Epley 116.667: past the margin, a PR. Now the best is from reps alone.
    // s3: 100 × 6 unrated, Epley 120: over a best from reps alone any gain is a PR.
    // s4: 100 × 5 @ 10 (RTS 86.3 % → 115.875): rated, below 120: no PR.
    const QList<SessionCandidate> candidates{candidate(1, 0, kBench, 80, 8), candidate(2, 7, kBench, 100, 5),
                                             candidate(3, 14, kBench, 100, 6),
                                             candidate(4, 21, kBench, 100, 5, 10.0)};
    const auto lines = e1rmSeries(candidates, {{kBench, E1rmEstimate{Weight::fromKg(100), E1rmMethod::Rts}}},
                                  {}, testExercises());
    ASSERT_EQ(lines.size(), 1);
    const QList<E1rmPoint> &p = lines[0].points;
    ASSERT_EQ(p.size(), 4);
    EXPECT_EQ(p[0].e1rm.grams(), 101'333);
    EXPECT_TRUE(p[0].fromRepsAlone);
    EXPECT_FALSE(p[0].pr) << "60x8-style reps alone does not beat a rated best by a few kilos";
    EXPECT_TRUE(p[1].fromRepsAlone);
    EXPECT_TRUE(p[1].pr) << "more than 15% over the rated best";
    EXPECT_TRUE(p[2].pr) << "over a best from reps alone any gain counts";
    EXPECT_FALSE(p[3].fromRepsAlone);
    EXPECT_FALSE(p[3].pr);
}

TEST(E1rmSeries, CandidatesThatGiveNoE1rmAddNoPoint)
{
    // 12 reps is past e1rm.max_reps; RPE 5 is below e1rm.min_rpe.
    const auto lines = e1rmSeries({candidate(1, 0, kSquat, 60, 12), candidate(1, 0, kBench, 60, 5, 5.0)}, {},
                                  {}, testExercises());
    EXPECT_TRUE(lines.isEmpty());
}

TEST(LoadSeries, ConstantDailyLoadGivesAcwrOneFromTheTwentyEighthDay)
{
    // 100 every day from Monday 5 Jan: both EWMAs stay at 100, so the ACWR is exactly 1. Days
    // 0–26 have fewer than 28 days of data; day 27 (Sunday of week 4) is the first with it.
    QList<DailyLoad> daily;
    for (int d = 0; d < 42; ++d)
        daily.append({kMonday.addDays(d), 100.0});
    const LoadSeries s = loadSeries(daily, kMonday, kMonday.addDays(41));
    ASSERT_EQ(s.weeks.size(), 6);
    EXPECT_DOUBLE_EQ(s.bandLow, 0.8);
    EXPECT_DOUBLE_EQ(s.bandHigh, 1.3);
    for (const LoadWeek &w : s.weeks) {
        EXPECT_DOUBLE_EQ(w.load, 700.0);
        ASSERT_TRUE(w.monotony.has_value()); // every day alike: capped at 10
        EXPECT_DOUBLE_EQ(*w.monotony, 10.0);
    }
    EXPECT_FALSE(s.weeks[2].acwr.has_value());
    ASSERT_TRUE(s.weeks[3].acwr.has_value());
    EXPECT_DOUBLE_EQ(*s.weeks[3].acwr, 1.0);
    EXPECT_EQ(s.weeks[3].band, AcwrBand::Typical);
    EXPECT_DOUBLE_EQ(*s.weeks[5].acwr, 1.0);
    EXPECT_DOUBLE_EQ(*s.weeks[1].changePct, 0.0);
    EXPECT_TRUE(s.hasLoad());
    EXPECT_TRUE(s.hasAcwr());
}

TEST(LoadSeries, TheWarmUpBeforeARangeGivesTheFullHistoryValues)
{
    // Two years of uneven load; the Progress page reads only kLoadWarmupDays before its range.
    QList<DailyLoad> all;
    for (int d = 0; d < 730; ++d) {
        if (d % 7 == 0 || d % 7 == 2 || d % 7 == 4)
            all.append({kMonday.addDays(d), 300.0 + 17.0 * (d % 11) + (d > 700 ? 400.0 : 0.0)});
    }
    const QDate from = kMonday.addDays(700);
    const QDate to = kMonday.addDays(729);
    QList<DailyLoad> recent;
    for (const DailyLoad &d : all) {
        if (d.day >= from.addDays(-kLoadWarmupDays))
            recent.append(d);
    }
    const LoadSeries full = loadSeries(all, from, to);
    const LoadSeries windowed = loadSeries(recent, from, to);
    ASSERT_EQ(full.weeks.size(), windowed.weeks.size());
    for (qsizetype i = 0; i < full.weeks.size(); ++i) {
        ASSERT_TRUE(full.weeks[i].acwr && windowed.weeks[i].acwr);
        EXPECT_NEAR(*full.weeks[i].acwr, *windowed.weeks[i].acwr, 1e-4);
    }
}

TEST(LoadSeries, NoLoadMeansNothingToShow)
{
    const LoadSeries s = loadSeries({}, kMonday, kMonday.addDays(13));
    ASSERT_EQ(s.weeks.size(), 2);
    EXPECT_FALSE(s.hasLoad());
    EXPECT_FALSE(s.hasAcwr());
}

namespace {

std::pair<SorenessReport, ReportHistory> report(qint64 id, Region region, Character character,
                                                QDateTime noticed, std::optional<QDateTime> resolved,
                                                RedFlags flags = {},
                                                std::optional<qint64> session = std::nullopt)
{
    SorenessReport r;
    r.id = id;
    r.region = region;
    r.character = character;
    r.intensity = 4;
    r.noticedAt = noticed;
    r.resolvedAt = resolved;
    r.redFlags = flags;
    r.sessionId = session;
    return {r, ReportHistory()};
}

} // namespace

TEST(SorenessTimeline, BarsRunFromOnsetToResolutionInRegionLanesWithRowsForOverlaps)
{
    const QDateTime now = at(30, 12);
    const QList<std::pair<SorenessReport, ReportHistory>> reports{
        // Sharp: warning (SR-13), after session 7 (testing).
        report(1, Region::LowerBack, Character::Sharp, at(3), at(6), {}, 7),
        // Overlaps report 1 in the same region: a second row. A red flag: see a doctor.
        report(2, Region::LowerBack, Character::Ache, at(5), at(9), {RedFlag::OneLegNerve}),
        // After both: back in the first row.
        report(3, Region::LowerBack, Character::Sharp, at(12), at(13)),
        // Still there: runs to now. Dull, no session: not enough known, watch (SR-27).
        report(4, Region::Quads, Character::Ache, at(27), std::nullopt),
        // Gone before the range starts: left out.
        report(5, Region::Quads, Character::Ache, at(-10), at(-8)),
    };
    const QList<SessionAnalysis> analyses{
        analysis(7, 3, IntensityClass::Testing, {lift(kDeadlift, IntensityClass::Testing)}),
        analysis(8, 5, IntensityClass::Training), analysis(9, -20, IntensityClass::Hard)};
    const SorenessTimeline t = sorenessTimeline(reports, analyses, kMonday, kMonday.addDays(27), now);

    EXPECT_EQ(t.lanes, (QList<Region>{Region::LowerBack, Region::Quads}));
    ASSERT_EQ(t.bars.size(), 4);
    const SorenessBar &b1 = t.bars[0];
    EXPECT_EQ(b1.reportId, 1);
    EXPECT_EQ(b1.severity.cls, SorenessClass::Warning);
    EXPECT_EQ(b1.from, at(3));
    EXPECT_EQ(b1.to, at(6));
    EXPECT_FALSE(b1.ongoing);
    EXPECT_EQ(b1.afterClass, IntensityClass::Testing);
    EXPECT_EQ(b1.lane, 0);
    EXPECT_EQ(b1.row, 0);
    EXPECT_EQ(b1.rows, 2);
    EXPECT_EQ(t.bars[1].reportId, 2);
    EXPECT_EQ(t.bars[1].severity.cls, SorenessClass::SeeDoctor);
    EXPECT_EQ(t.bars[1].row, 1);
    EXPECT_EQ(t.bars[1].afterClass, std::nullopt);
    EXPECT_EQ(t.bars[2].reportId, 3);
    EXPECT_EQ(t.bars[2].row, 0);
    const SorenessBar &b4 = t.bars[3];
    EXPECT_EQ(b4.reportId, 4);
    EXPECT_EQ(b4.lane, 1);
    EXPECT_EQ(b4.rows, 1);
    EXPECT_TRUE(b4.ongoing);
    EXPECT_EQ(b4.to, now);
    EXPECT_EQ(b4.severity.cls, SorenessClass::Watch);

    // Sessions of the range only, with the lifts tested in them.
    ASSERT_EQ(t.sessions.size(), 2);
    EXPECT_EQ(t.sessions[0].sessionId, 7);
    EXPECT_EQ(t.sessions[0].cls, IntensityClass::Testing);
    EXPECT_EQ(t.sessions[0].testedLifts, QList<qint64>{kDeadlift});
    EXPECT_EQ(t.sessions[1].cls, IntensityClass::Training);
}

TEST(WeeklyVolume, TopExercisesGetALineTheRestIsSummedEmptyWeeksAreZero)
{
    const QDate w0 = kMonday;
    const QDate w1 = kMonday.addDays(7);
    const QDate w2 = kMonday.addDays(14);
    // Totals: squat 9000 kg, bench 5000, deadlift 4000, curl 600, split squat (no load) 0.
    const QList<WeekVolumeRow> rows{
        {w0, kSquat, 5'000'000, 5}, {w0, kBench, 2'500'000, 5}, {w0, kCurl, 600'000, 3},
        {w2, kSquat, 4'000'000, 4}, {w2, kBench, 2'500'000, 5}, {w2, kDeadlift, 4'000'000, 3},
        {w2, kSplitSquat, 0, 3},
    };
    const VolumeSeries v = weeklyVolume(rows, testExercises(), kMonday.addDays(2), kMonday.addDays(15), 3);
    EXPECT_EQ(v.weeks, (QList<QDate>{w0, w1, w2}));
    ASSERT_EQ(v.lines.size(), 3);
    EXPECT_EQ(v.lines[0].exerciseId, kSquat);
    EXPECT_EQ(v.lines[0].grams, (QList<qint64>{5'000'000, 0, 4'000'000}));
    EXPECT_EQ(v.lines[0].sets, (QList<int>{5, 0, 4}));
    EXPECT_EQ(v.lines[1].exerciseId, kBench);
    EXPECT_EQ(v.lines[1].name, QStringLiteral("Bench Press"));
    EXPECT_EQ(v.lines[2].exerciseId, 0); // deadlift, curl and split squat together
    EXPECT_TRUE(v.lines[2].name.isEmpty());
    EXPECT_EQ(v.lines[2].grams, (QList<qint64>{600'000, 0, 4'000'000}));
    EXPECT_EQ(v.lines[2].sets, (QList<int>{3, 0, 6}));

    // With room for every loaded exercise, only the unloaded one is "other".
    const VolumeSeries all = weeklyVolume(rows, testExercises(), kMonday, kMonday.addDays(20), 6);
    ASSERT_EQ(all.lines.size(), 5);
    EXPECT_EQ(all.lines[2].exerciseId, kDeadlift);
    EXPECT_EQ(all.lines[3].exerciseId, kCurl);
    EXPECT_EQ(all.lines[4].exerciseId, 0);
    EXPECT_EQ(all.lines[4].sets, (QList<int>{0, 0, 3}));
}
