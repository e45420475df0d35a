// SPDX-License-Identifier: GPL-3.0-or-later
// Generated histories look like real training: checked over 6 athletes × 52 weeks.
#include "analysis/e1rm.h"
#include "analysis/reporthistory.h"
#include "analysis/sessionanalysis.h"
#include "analysis/thresholds.h"
#include "generatortestutil.h"
#include "services/historyservice.h"
#include "store/athleterepository.h"
#include "store/exerciserepository.h"
#include "store/historyrepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "testutil.h"

#include <gtest/gtest.h>

#include <cmath>

namespace spotter::test {
namespace {

class RealismTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_db = new Database(s_dir->filePath(QStringLiteral("realism.sqlite")));
        Generator(*s_db).run(weeksOptions(6, 52, 314));
        for (const Exercise &e : ExerciseRepository(*s_db).list())
            s_exercises.insert(e.id, e);
    }
    static void TearDownTestSuite()
    {
        delete s_db;
        delete s_dir;
        s_exercises.clear();
    }

    static QTemporaryDir *s_dir;
    static Database *s_db;
    static ExerciseMap s_exercises;
};

QTemporaryDir *RealismTest::s_dir = nullptr;
Database *RealismTest::s_db = nullptr;
ExerciseMap RealismTest::s_exercises;

bool halfStep(double v)
{
    return std::fabs(v * 2.0 - std::round(v * 2.0)) < 1e-9;
}

TEST_F(RealismTest, ValuesAreInPlausibleRanges)
{
    for (const Athlete &a : AthleteRepository(*s_db).list()) {
        ASSERT_TRUE(!a.birthYear || (*a.birthYear >= 1960 && *a.birthYear <= 2010)) << *a.birthYear;
        const QList<Session> sessions = SessionRepository(*s_db).list(a.id);
        ASSERT_GT(sessions.size(), 52 * 2) << a.name.toStdString();
        for (const Session &s : sessions) {
            ASSERT_TRUE(s.durationMin && *s.durationMin >= 20 && *s.durationMin <= 150);
            if (s.sessionRpe) {
                ASSERT_TRUE(*s.sessionRpe >= 1.0 && *s.sessionRpe <= 10.0 && halfStep(*s.sessionRpe));
            }
            if (s.bodyweight) {
                ASSERT_TRUE(s.bodyweight->kg() >= 45.0 && s.bodyweight->kg() <= 160.0);
            }
            ASSERT_GE(s.sets.size(), 8);
            ASSERT_LE(s.sets.size(), 45);
            QHash<qint64, Weight> heaviestWarmup;
            for (const WorkoutSet &w : s.sets) {
                if (w.rpe) {
                    ASSERT_TRUE(*w.rpe >= 6.0 && *w.rpe <= 10.0 && halfStep(*w.rpe)) << *w.rpe;
                }
                if (w.restSeconds) {
                    ASSERT_TRUE(*w.restSeconds == 15 || (*w.restSeconds >= 30 && *w.restSeconds <= 600));
                }
                const Exercise &e = s_exercises.value(w.exerciseId);
                if (w.weight && e.isMainLift()) {
                    // Barbell loads are whole plates: 2.5 kg or 5 lb steps.
                    const double value = w.weight->in(a.unit);
                    const double step = a.unit == WeightUnit::Kg ? 2.5 : 5.0;
                    ASSERT_NEAR(value / step, std::round(value / step), 1e-3) << value;
                }
                if (w.isWarmup() && w.weight)
                    heaviestWarmup[w.exerciseId] = std::max(heaviestWarmup.value(w.exerciseId), *w.weight);
                else if (w.kind == SetKind::Working && w.weight && heaviestWarmup.contains(w.exerciseId)) {
                    ASSERT_LT(heaviestWarmup.value(w.exerciseId), *w.weight);
                }
            }
        }
    }
}

TEST_F(RealismTest, StrengthGrowsAndTestingWeeksComeEveryFewMonths)
{
    int stronger = 0;
    int athletes = 0;
    for (const Athlete &a : AthleteRepository(*s_db).list()) {
        ++athletes;
        const QList<Session> sessions = SessionRepository(*s_db).list(a.id);
        QList<WorkoutSet> early;
        QList<WorkoutSet> late;
        QList<QDateTime> tests;
        for (const Session &s : sessions) {
            const bool isEarly = s.start < sessions.first().start.addDays(56);
            const bool isLate = s.start > sessions.last().start.addDays(-56);
            for (const WorkoutSet &w : s.sets) {
                if (s_exercises.value(w.exerciseId).name != u"Back Squat")
                    continue;
                if (isEarly)
                    early.append(w);
                else if (isLate)
                    late.append(w);
            }
            if (s.title.startsWith(u"Test day"))
                tests.append(s.start);
        }
        const auto before = bestE1rm(early);
        const auto after = bestE1rm(late);
        ASSERT_TRUE(before && after);
        stronger += *after > *before ? 1 : 0;
        ASSERT_GE(tests.size(), 3) << a.name.toStdString(); // a test week holds several test days
    }
    EXPECT_GE(stronger, athletes - 1);
}

TEST_F(RealismTest, SessionsAreClassedMostlyTrainingWithSomeHardAndTesting)
{
    QHash<IntensityClass, int> classes;
    QSet<QString> flags;
    for (const Athlete &a : AthleteRepository(*s_db).list()) {
        const QList<Session> sessions = SessionRepository(*s_db).list(a.id);
        for (const SessionAnalysis &sa : analyzeSessions(sessions, s_exercises)) {
            ++classes[sa.intensity.cls];
            for (const QString &key : sa.flagKeys())
                flags.insert(key);
        }
    }
    const int all = classes.value(IntensityClass::Training) + classes.value(IntensityClass::Hard)
                    + classes.value(IntensityClass::Testing);
    EXPECT_GT(classes.value(IntensityClass::Training), all / 3);
    EXPECT_GT(classes.value(IntensityClass::Hard), all / 20);
    EXPECT_GT(classes.value(IntensityClass::Testing), all / 50);
    EXPECT_LT(classes.value(IntensityClass::Testing), all / 4);
    EXPECT_TRUE(flags.contains(QStringLiteral("load_jump")));
    EXPECT_TRUE(flags.contains(QStringLiteral("no_easy_days")));
}

TEST_F(RealismTest, SessionIntensityUsesTheBestE1rmOfTheTwelveWeeksBefore)
{
    // The reference: every session's baselines from a scan of the sessions before it.
    const qint64 window = static_cast<qint64>(th(Threshold::E1rmBestWeeks) * 7.0 * 86400.0);
    for (const Athlete &a : AthleteRepository(*s_db).list()) {
        const QList<Session> sessions = SessionRepository(*s_db).list(a.id);
        const QList<SessionAnalysis> analyses = analyzeSessions(sessions, s_exercises);
        ASSERT_EQ(analyses.size(), sessions.size());
        QHash<qint64, E1rmEstimate> ever;
        for (qsizetype i = 0; i < sessions.size(); ++i) {
            Baselines baselines;
            const qint64 t = sessions[i].start.toSecsSinceEpoch();
            for (qsizetype j = i - 1; j >= 0 && t - sessions[j].start.toSecsSinceEpoch() < window; --j) {
                const auto best = bestE1rmByExercise(sessions[j].sets);
                for (auto it = best.cbegin(); it != best.cend(); ++it) {
                    auto &b = baselines[it.key()].recentBest;
                    if (!b || it.value() > *b)
                        b = it.value();
                }
            }
            for (auto it = ever.cbegin(); it != ever.cend(); ++it) {
                baselines[it.key()].bestEver = it->value;
                baselines[it.key()].bestEverMethod = it->method;
            }
            ASSERT_EQ(analyses[i].intensity, classifySession(sessions[i], s_exercises, baselines))
                << a.name.toStdString() << " session " << sessions[i].id;
            const auto best = bestE1rmEstimateByExercise(sessions[i].sets);
            for (auto it = best.cbegin(); it != best.cend(); ++it) {
                if (!ever.contains(it.key()) || it->value > ever.value(it.key()).value)
                    ever.insert(it.key(), it.value());
            }
        }
    }
}

TEST_F(RealismTest, SorenessFollowsTheRulesPatterns)
{
    QHash<SorenessClass, int> classes;
    int reports = 0;
    int domsAfterNewLift = 0;
    int doms = 0;
    const QDateTime now = testEnd();
    const HistoryService history(*s_db);
    for (const Athlete &a : AthleteRepository(*s_db).list()) {
        for (const SorenessReport &r : SorenessRepository(*s_db).list(a.id)) {
            ++reports;
            ASSERT_TRUE(r.sessionId);
            const auto session = SessionRepository(*s_db).get(*r.sessionId);
            ASSERT_TRUE(session);
            ASSERT_GE(r.noticedAt, session->end());
            ASSERT_LE(r.noticedAt, now);
            if (r.resolvedAt) {
                ASSERT_GE(*r.resolvedAt, r.noticedAt);
            }
            const ReportHistory h = history.reportHistory(r);
            const TriageResult t = triageReport(r, h, now);
            ++classes[t.cls()];
            if (t.cls() == SorenessClass::Doms) {
                ++doms;
                domsAfterNewLift += deriveHistory(r, h).flags.contains(HistoryFlag::FirstTimeLift) ? 1 : 0;
            }
        }
    }
    EXPECT_GT(reports, 100);
    EXPECT_GT(classes.value(SorenessClass::Doms), reports / 5);
    EXPECT_GT(classes.value(SorenessClass::Watch), reports / 20);
    EXPECT_GT(classes.value(SorenessClass::Fatigue), 0);
    EXPECT_GT(classes.value(SorenessClass::Warning), 0);
    EXPECT_LT(classes.value(SorenessClass::SeeDoctor), reports / 10);
    EXPECT_GT(domsAfterNewLift, 0);
    EXPECT_LE(domsAfterNewLift, doms);
}

} // namespace
} // namespace spotter::test
