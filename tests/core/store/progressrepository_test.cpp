// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL behind the Progress and Team pages, and the series they give on the demo data.
#include "analysis/e1rm.h"
#include "backendtest.h"
#include "demodata.h"
#include "services/historyservice.h"
#include "services/progressservice.h"
#include "services/teamservice.h"
#include "store/athleterepository.h"
#include "store/exerciserepository.h"
#include "store/historyrepository.h"
#include "store/progressrepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "store/teamrepository.h"
#include "testutil.h"

#include <QSet>

using namespace spotter;
using namespace spotter::test;

namespace {

const QDate kMonday(2026, 1, 5);
// A fixed "now" so that the demo data's weekdays are the same on every run: a Wednesday.
const QDateTime kNow(QDate(2026, 3, 18), QTime(12, 0));

class ProgressStoreTest : public spotter::test::BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped())
            return;
        Athlete a;
        a.name = QStringLiteral("Ann");
        m_athlete = AthleteRepository(db()).add(a);
    }
    qint64 exercise(const QString &name) { return ExerciseRepository(db()).find(name)->id; }
    WorkoutSet set(const QString &name, std::optional<double> kg, int reps,
                   std::optional<double> rpe = std::nullopt, SetKind kind = SetKind::Working)
    {
        WorkoutSet w;
        w.exerciseId = exercise(name);
        if (kg)
            w.weight = Weight::fromKg(*kg);
        w.reps = reps;
        w.rpe = rpe;
        w.kind = kind;
        return w;
    }
    qint64 addSession(int day, QList<WorkoutSet> sets, std::optional<double> srpe = std::nullopt,
                      std::optional<int> minutes = std::nullopt)
    {
        Session s;
        s.athleteId = m_athlete;
        s.start = withLocalOffset(QDateTime(kMonday.addDays(day), QTime(18, 0)));
        s.sessionRpe = srpe;
        s.durationMin = minutes;
        for (qsizetype i = 0; i < sets.size(); ++i)
            sets[i].position = static_cast<int>(i);
        s.sets = std::move(sets);
        return SessionRepository(db()).add(s);
    }
    qint64 addReport(int noticedDay, std::optional<int> resolvedDay)
    {
        SorenessReport r;
        r.athleteId = m_athlete;
        r.region = Region::Quads;
        r.intensity = 3;
        r.noticedAt = withLocalOffset(QDateTime(kMonday.addDays(noticedDay), QTime(9, 0)));
        if (resolvedDay)
            r.resolvedAt = withLocalOffset(QDateTime(kMonday.addDays(*resolvedDay), QTime(9, 0)));
        return SorenessRepository(db()).add(r);
    }

    qint64 m_athlete = 0;
};

} // namespace

TEST_P(ProgressStoreTest, SessionCandidatesAreTheHeaviestSetPerSessionLiftRepsAndEffort)
{
    const qint64 s1 = addSession(0, {set(QStringLiteral("Back Squat"), 60, 5, std::nullopt, SetKind::Warmup),
                                     set(QStringLiteral("Back Squat"), 100, 5, 8.0),
                                     set(QStringLiteral("Back Squat"), 105, 5, 8.0),
                                     set(QStringLiteral("Back Squat"), 90, 12, 8.0),   // too many reps
                                     set(QStringLiteral("Bicep Curl"), 20, 10, 8.0),   // not a main lift
                                     set(QStringLiteral("Bench Press"), 80, 5, 5.0)}); // rated too low
    WorkoutSet rir = set(QStringLiteral("Bench Press"), 80, 3);
    rir.rir = 2.0;
    const qint64 s2 = addSession(2, {rir});
    addSession(20, {set(QStringLiteral("Back Squat"), 140, 1)}); // after the range

    const auto candidates = ProgressRepository(db()).sessionCandidates(
        m_athlete, kMonday, kMonday.addDays(13), HistoryService::e1rmSetFilter());
    ASSERT_EQ(candidates.size(), 2);
    EXPECT_EQ(candidates[0].sessionId, s1);
    EXPECT_EQ(candidates[0].set.exerciseId, exercise(QStringLiteral("Back Squat")));
    EXPECT_EQ(candidates[0].set.weight, Weight::fromKg(105));
    EXPECT_EQ(candidates[0].set.reps, 5);
    EXPECT_EQ(candidates[0].set.rpe, 8.0);
    EXPECT_EQ(candidates[0].start.date(), kMonday);
    EXPECT_EQ(candidates[1].sessionId, s2);
    EXPECT_EQ(candidates[1].set.exerciseId, exercise(QStringLiteral("Bench Press")));
    EXPECT_EQ(candidates[1].set.rpe, 8.0); // 10 − RIR 2
    EXPECT_EQ(candidates[1].set.weight, Weight::fromKg(80));
}

TEST_P(ProgressStoreTest, WeeklyVolumeSumsLoadTimesRepsOfWorkingSetsPerCalendarWeek)
{
    // Week of 5 Jan: Monday squat 3 × 100 × 5 = 1500 kg and bench 2 × 60 × 10 = 1200 kg;
    // Thursday squat 2 × 110 × 3 = 660 kg and three unloaded pull-ups. Week of 12 Jan: squat
    // 1 × 120 × 2 = 240 kg.
    addSession(0, {set(QStringLiteral("Back Squat"), 60, 5, std::nullopt, SetKind::Warmup),
                   set(QStringLiteral("Back Squat"), 100, 5), set(QStringLiteral("Back Squat"), 100, 5),
                   set(QStringLiteral("Back Squat"), 100, 5), set(QStringLiteral("Bench Press"), 60, 10),
                   set(QStringLiteral("Bench Press"), 60, 10)});
    addSession(3, {set(QStringLiteral("Back Squat"), 110, 3), set(QStringLiteral("Back Squat"), 110, 3),
                   set(QStringLiteral("Pull Up"), std::nullopt, 8),
                   set(QStringLiteral("Pull Up"), std::nullopt, 8),
                   set(QStringLiteral("Pull Up"), std::nullopt, 8)});
    addSession(8, {set(QStringLiteral("Back Squat"), 120, 2)});

    const qint64 squat = exercise(QStringLiteral("Back Squat"));
    const qint64 bench = exercise(QStringLiteral("Bench Press"));
    const qint64 pullUp = exercise(QStringLiteral("Pull Up"));
    auto rows = ProgressRepository(db()).weeklyVolume(m_athlete, kMonday, kMonday.addDays(13));
    std::sort(rows.begin(), rows.end(), [](const WeekVolumeRow &a, const WeekVolumeRow &b) {
        return std::pair(a.weekStart, a.exerciseId) < std::pair(b.weekStart, b.exerciseId);
    });
    QList<WeekVolumeRow> expected{{kMonday, squat, 2'160'000'000 / 1000, 5},
                                  {kMonday, bench, 1'200'000, 2},
                                  {kMonday, pullUp, 0, 3},
                                  {kMonday.addDays(7), squat, 240'000, 1}};
    std::sort(expected.begin(), expected.end(), [](const WeekVolumeRow &a, const WeekVolumeRow &b) {
        return std::pair(a.weekStart, a.exerciseId) < std::pair(b.weekStart, b.exerciseId);
    });
    EXPECT_EQ(rows, expected);
}

// The queries count what model/liftedload.h counts: an assisted set's load is the bodyweight
// less the help (nothing without a bodyweight), and a failed attempt is in no volume or e1RM.
TEST_P(ProgressStoreTest, AssistedSetsCountTheLoadLiftedAndFailedAttemptsNoVolume)
{
    const QString assisted = QStringLiteral("Assisted Pull Up");
    const QString squat = QStringLiteral("Back Squat");
    ASSERT_TRUE(ExerciseRepository(db()).find(assisted)->assisted);
    // Monday at 80 kg bodyweight: 2 × 8 with 25 kg of help (55 kg lifted), a squat of 100 × 5
    // and a missed attempt at 140. Thursday without a bodyweight: 8 with 25 kg of help.
    const qint64 monday = addSession(0, {set(assisted, -25, 8), set(assisted, -25, 8), set(squat, 100, 5),
                                         set(squat, 140, 0, std::nullopt, SetKind::Failure)});
    Session withBw = *SessionRepository(db()).get(monday);
    withBw.bodyweight = Weight::fromKg(80);
    SessionRepository(db()).updateHeader(withBw);
    addSession(3, {set(assisted, -25, 8)});

    const qint64 assistedId = exercise(assisted);
    const qint64 squatId = exercise(squat);
    auto rows = ProgressRepository(db()).weeklyVolume(m_athlete, kMonday, kMonday.addDays(6));
    std::sort(rows.begin(), rows.end(),
              [](const WeekVolumeRow &a, const WeekVolumeRow &b) { return a.exerciseId < b.exerciseId; });
    QList<WeekVolumeRow> expected{{kMonday, assistedId, 2 * 55'000 * 8, 3}, {kMonday, squatId, 500'000, 1}};
    std::sort(expected.begin(), expected.end(),
              [](const WeekVolumeRow &a, const WeekVolumeRow &b) { return a.exerciseId < b.exerciseId; });
    EXPECT_EQ(rows, expected);

    // e1RM candidates: the assisted sets of Monday at 55 kg, none from Thursday; the squat's
    // miss gives none.
    const QList<WorkoutSet> candidates = HistoryRepository(db()).e1rmCandidates(
        m_athlete, {assistedId, squatId}, std::nullopt,
        withLocalOffset(QDateTime(kMonday.addDays(7), QTime())), HistoryService::e1rmSetFilter());
    ASSERT_EQ(candidates.size(), 2);
    for (const WorkoutSet &c : candidates) {
        if (c.exerciseId == assistedId)
            EXPECT_EQ(c.weight, Weight::fromKg(55));
        else
            EXPECT_EQ(c.weight, Weight::fromKg(100));
    }

    // Top loads: 55 kg lifted on Monday, none known on Thursday; the squat's heaviest attempt
    // is its top load, missed or not (IF-03 compares attempts).
    const QList<LiftSession> lifts = HistoryRepository(db()).liftSessions(
        m_athlete, {assistedId, squatId}, 0,
        withLocalOffset(QDateTime(kMonday.addDays(7), QTime())).toSecsSinceEpoch());
    ASSERT_EQ(lifts.size(), 3);
    for (const LiftSession &l : lifts) {
        if (l.exerciseId == squatId)
            EXPECT_EQ(l.topLoad, Weight::fromKg(140));
        else if (l.sessionId == monday)
            EXPECT_EQ(l.topLoad, Weight::fromKg(55));
        else
            EXPECT_EQ(l.topLoad, std::nullopt);
    }
}

TEST_P(ProgressStoreTest, DailyLoadsAreSummedPerDayWithinTheRange)
{
    addSession(0, {}, 7.0, 60);          // 420
    addSession(0, {}, 5.0, 20);          // + 100 the same day
    addSession(1, {}, std::nullopt, 60); // no session RPE: no load
    addSession(2, {}, 6.0, 50);          // 300
    addSession(9, {}, 8.0, 60);          // after the range
    const auto loads = ProgressRepository(db()).dailyLoads(m_athlete, kMonday, kMonday.addDays(6));
    EXPECT_EQ(loads, (QList<DailyLoad>{{kMonday, 520.0}, {kMonday.addDays(2), 300.0}}));
}

TEST_P(ProgressStoreTest, SorenessOverlappingARangeIncludesWhatBeganBeforeAndIsStillThere)
{
    addReport(-20, -15);                              // over before the range
    const qint64 open = addReport(-20, std::nullopt); // began before, still there
    const qint64 spans = addReport(-3, 2);            // runs into the range
    const qint64 inside = addReport(4, 5);
    addReport(20, std::nullopt); // after the range
    EXPECT_EQ(ProgressRepository(db()).sorenessOverlapping(m_athlete, kMonday, kMonday.addDays(13)),
              (QList<qint64>{open, spans, inside}));
}

TEST_P(ProgressStoreTest, TeamInputsCountTheWindowAndReadOpenAndLatestReports)
{
    const QDateTime now(kMonday.addDays(40), QTime(12, 0));
    addSession(5, {}, 6.0, 60); // before the 28 days (days 13–40)
    addSession(13, {}, 6.0, 60);
    addSession(39, {}, 6.0, 60);
    addSession(41, {}, 6.0, 60);                   // logged ahead: not the last session
    addReport(2, 3);                               // long gone
    const qint64 recentlyGone = addReport(30, 35); // gone 5 days ago: open
    const qint64 stillThere = addReport(10, std::nullopt);
    const qint64 latest = addReport(38, 38); // the latest, gone the same day: open too

    const Athlete athlete = *AthleteRepository(db()).get(m_athlete);
    const TeamInputs in = TeamService(db()).inputs(athlete, HistoryRepository(db()).exercises(), now);
    EXPECT_EQ(in.sessionsInWindow, 2);
    ASSERT_TRUE(in.lastSession.has_value());
    EXPECT_EQ(in.lastSession->date(), kMonday.addDays(39));
    QList<qint64> ids;
    for (const auto &[report, history] : in.soreness)
        ids.append(report.id);
    EXPECT_EQ(ids, (QList<qint64>{stillThere, recentlyGone, latest}));
    // The sessions of the window and 12 weeks before it: all but the one ahead of today.
    EXPECT_EQ(in.sessions.size(), 3);
}

// ---- Demo data -------------------------------------------------------------------------------

class DemoTest : public spotter::test::BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped())
            return;
        m_team = addDemoTeam(db(), kNow);
    }
    DemoTeam m_team;
};

TEST_P(DemoTest, AnnsProgressShowsStrengthTestingAndSorenessOfEveryBenignClass)
{
    const ProgressSeries p =
        buildProgress(ProgressService(db()).inputs(m_team.ann, ProgressRange::All, kNow.date()), kNow);
    EXPECT_EQ(p.from, QDate(2025, 11, 24)); // the Monday 16 weeks before this week
    EXPECT_EQ(p.to, kNow.date());
    QStringList lifts;
    for (const E1rmLine &l : p.e1rm)
        lifts.append(l.name);
    EXPECT_TRUE(lifts.contains(QStringLiteral("Back Squat")));
    EXPECT_TRUE(lifts.contains(QStringLiteral("Deadlift")));
    EXPECT_TRUE(lifts.contains(QStringLiteral("Bench Press")));
    EXPECT_FALSE(lifts.contains(QStringLiteral("Bicep Curl")));

    const auto squat = std::find_if(p.e1rm.cbegin(), p.e1rm.cend(),
                                    [](const E1rmLine &l) { return l.name == QStringLiteral("Back Squat"); });
    const auto tested = std::find_if(squat->points.cbegin(), squat->points.cend(),
                                     [](const E1rmPoint &pt) { return pt.testing; });
    ASSERT_NE(tested, squat->points.cend());
    EXPECT_TRUE(tested->pr);
    EXPECT_EQ(tested->e1rm, Weight::fromKg(160)); // a single at RPE 10

    QSet<SorenessClass> classes;
    for (const SorenessBar &b : p.soreness.bars)
        classes.insert(b.severity.cls);
    EXPECT_EQ(classes, (QSet<SorenessClass>{SorenessClass::Fatigue, SorenessClass::Doms, SorenessClass::Watch,
                                            SorenessClass::Warning}));
    for (const SorenessBar &b : p.soreness.bars) {
        if (b.severity.cls >= SorenessClass::Watch) { // both came right after a testing session
            EXPECT_EQ(b.afterClass, IntensityClass::Testing);
        }
    }
    EXPECT_EQ(p.soreness.sessions.size(), p.sessionCount);
    EXPECT_GT(p.sessionCount, 45);
    EXPECT_TRUE(p.load.hasAcwr());
    EXPECT_FALSE(p.volume.lines.isEmpty());
}

TEST_P(DemoTest, ARangeStartsNoEarlierThanTheFirstSession)
{
    const ProgressService repo(db());
    // Cleo's first session was on the Tuesday ten weeks before this one.
    EXPECT_EQ(repo.inputs(m_team.cleo, ProgressRange::Year, kNow.date()).from, QDate(2026, 1, 5));
    EXPECT_EQ(repo.inputs(m_team.cleo, ProgressRange::All, kNow.date()).from, QDate(2026, 1, 5));
    EXPECT_EQ(repo.inputs(m_team.cleo, ProgressRange::Weeks4, kNow.date()).from, QDate(2026, 2, 23));
    // Without sessions: the range as asked, or this week for all time.
    Athlete empty;
    empty.name = QStringLiteral("New");
    const qint64 id = AthleteRepository(db()).add(empty);
    EXPECT_EQ(repo.inputs(id, ProgressRange::Weeks12, kNow.date()).from, QDate(2025, 12, 29));
    EXPECT_EQ(repo.inputs(id, ProgressRange::All, kNow.date()).from, QDate(2026, 3, 16));
}

TEST_P(DemoTest, E1rmPrsAndTestsAgreeWithTheSessionAnalysis)
{
    // The e1RM line comes from SQL candidates; the History view's PR and class from the sets.
    // They must tell the same story.
    const ProgressInputs in = ProgressService(db()).inputs(m_team.ann, ProgressRange::All, kNow.date());
    const ProgressSeries p = buildProgress(in, kNow);
    const auto analyses =
        analyzeSessions(in.sessions, in.exercises, bestE1rmEstimateByExercise(in.candidatesBefore));
    int checked = 0;
    for (const E1rmLine &line : p.e1rm) {
        for (const E1rmPoint &pt : line.points) {
            const auto a = std::find_if(analyses.cbegin(), analyses.cend(), [&](const SessionAnalysis &s) {
                return s.sessionId == pt.sessionId;
            });
            ASSERT_NE(a, analyses.cend());
            const LiftIntensity *lift = a->intensity.lift(line.exerciseId);
            ASSERT_NE(lift, nullptr);
            EXPECT_EQ(lift->bestE1rm, pt.e1rm) << line.name.toStdString();
            EXPECT_EQ(lift->pr, pt.pr) << line.name.toStdString();
            EXPECT_EQ(lift->cls == IntensityClass::Testing, pt.testing);
            ++checked;
        }
    }
    EXPECT_GT(checked, 60);
}

TEST_P(DemoTest, TeamSummariesPutBenAndCleoOnTop)
{
    const ExerciseMap exercises = HistoryRepository(db()).exercises();
    const TeamService repo(db());
    QHash<qint64, TeamSummary> byId;
    for (const Athlete &a : AthleteRepository(db()).list())
        byId.insert(a.id, buildTeamSummary(repo.inputs(a, exercises, kNow), kNow));

    const TeamSummary &ben = byId[m_team.ben];
    EXPECT_EQ(ben.reasons, (QList<AttentionReason>{AttentionReason::SeeDoctor, AttentionReason::Warning,
                                                   AttentionReason::LoadSpike}));
    ASSERT_EQ(ben.openItems.size(), 2);
    EXPECT_EQ(ben.openItems[0].severity, (Severity{SorenessClass::SeeDoctor, Urgency::Soon}));
    EXPECT_EQ(ben.openItems[0].region, Region::LowerBack);
    EXPECT_EQ(ben.openItems[1].region, Region::Knees);
    EXPECT_EQ(ben.sessions, 16);

    const TeamSummary &cleo = byId[m_team.cleo];
    EXPECT_EQ(cleo.reasons, QList<AttentionReason>{AttentionReason::TestingTooOften});
    EXPECT_EQ(cleo.testingSessions, 2);
    ASSERT_TRUE(cleo.lastSoreness.has_value());
    EXPECT_EQ(cleo.lastSoreness->severity.cls, SorenessClass::Doms);

    const TeamSummary &ann = byId[m_team.ann];
    EXPECT_FALSE(ann.needsAttention());
    ASSERT_TRUE(ann.acwr.has_value());
    EXPECT_EQ(ann.band, AcwrBand::Typical);
    EXPECT_GT(ben.attentionRank(), cleo.attentionRank());
}

SPOTTER_ON_BOTH_BACKENDS(ProgressStoreTest);
SPOTTER_ON_BOTH_BACKENDS(DemoTest);
