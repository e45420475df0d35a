// SPDX-License-Identifier: GPL-3.0-or-later
// The in-memory report histories `analyze` uses must equal what the store reads per report.
#include "analysis/e1rm.h"
#include "analysis/reportcontext.h"
#include "generatortestutil.h"
#include "services/historyservice.h"
#include "store/athleterepository.h"
#include "store/historyrepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "testutil.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace spotter::test {
namespace {

QList<WorkoutSet> sortedCandidates(QList<WorkoutSet> sets)
{
    std::sort(sets.begin(), sets.end(), [](const WorkoutSet &a, const WorkoutSet &b) {
        return std::tuple(a.exerciseId, a.reps.value_or(0), a.rpe.value_or(-1.0), a.weight->grams())
               < std::tuple(b.exerciseId, b.reps.value_or(0), b.rpe.value_or(-1.0), b.weight->grams());
    });
    return sets;
}

QList<LiftSession> sortedLifts(QList<LiftSession> lifts)
{
    std::sort(lifts.begin(), lifts.end(), [](const LiftSession &a, const LiftSession &b) {
        return std::pair(a.sessionId, a.exerciseId) < std::pair(b.sessionId, b.exerciseId);
    });
    return lifts;
}

void expectSame(const ReportHistory &memory, const ReportHistory &store, const SorenessReport &r)
{
    SCOPED_TRACE(QStringLiteral("report %1").arg(r.id).toStdString());
    EXPECT_EQ(memory.athlete, store.athlete);
    EXPECT_EQ(memory.session, store.session);
    EXPECT_EQ(memory.exercises, store.exercises);
    EXPECT_EQ(sortedCandidates(memory.recentCandidates), sortedCandidates(store.recentCandidates));
    EXPECT_EQ(sortedLifts(memory.liftSessions), sortedLifts(store.liftSessions));
    EXPECT_EQ(memory.soreRegions, store.soreRegions);
    EXPECT_EQ(memory.liftedBefore, store.liftedBefore);
    const QDateTime now = testEnd();
    EXPECT_EQ(triageReport(r, memory, now), triageReport(r, store, now));
}

class ReportContextTest : public TempDatabase
{
protected:
    void SetUp() override
    {
        TempDatabase::SetUp();
        Generator(db()).run(weeksOptions(3, 70, 8080));
    }

    ReportContext contextOf(const Athlete &athlete)
    {
        const HistoryRepository history(db());
        ReportContext c;
        c.athlete = athlete;
        c.exercises = history.exercises();
        c.sessions = SessionRepository(db()).list(athlete.id);
        c.soreRegions = history.soreRegions(athlete.id);
        return c;
    }
};

TEST_F(ReportContextTest, EveryReportGetsTheHistoryTheStoreReads)
{
    const HistoryService history(db());
    int compared = 0;
    for (const Athlete &athlete : AthleteRepository(db()).list()) {
        const QList<SorenessReport> reports = SorenessRepository(db()).list(athlete.id);
        const auto histories = reportHistories(contextOf(athlete), reports);
        ASSERT_EQ(histories.size(), reports.size());
        for (qsizetype i = 0; i < reports.size(); ++i) {
            ASSERT_TRUE(histories[i]) << reports[i].id;
            expectSame(*histories[i], history.reportHistory(reports[i]), reports[i]);
            ++compared;
        }
    }
    EXPECT_GT(compared, 50);
}

TEST_F(ReportContextTest, APartialHistoryAnswersOnlyTheReportsItCovers)
{
    const HistoryService history(db());
    const Athlete athlete = AthleteRepository(db()).list().first();
    ReportContext c = contextOf(athlete);
    // Keep the last 60 weeks; what came before is summarised as the store would.
    const QDateTime cut = c.sessions.last().start.addDays(-60 * 7);
    c.fromUtc = cut.toSecsSinceEpoch();
    QList<Session> kept;
    for (const Session &s : std::as_const(c.sessions)) {
        if (s.start >= cut) {
            kept.append(s);
            continue;
        }
        for (const WorkoutSet &w : s.sets) {
            if (!w.isWarmup())
                c.liftedBefore.insert(w.exerciseId);
        }
    }
    c.sessions = kept;

    const QList<SorenessReport> reports = SorenessRepository(db()).list(athlete.id);
    const auto histories = reportHistories(c, reports);
    int answered = 0;
    int refused = 0;
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const auto session = SessionRepository(db()).get(*reports[i].sessionId);
        const bool covered = session->start.addDays(-52 * 7) >= cut;
        ASSERT_EQ(histories[i].has_value(), covered) << reports[i].id;
        if (!covered) {
            ++refused;
            continue;
        }
        ++answered;
        expectSame(*histories[i], history.reportHistory(reports[i]), reports[i]);
    }
    EXPECT_GT(answered, 5);
    EXPECT_GT(refused, 5);
}

TEST_F(ReportContextTest, TheStoreReadsAContextForAPageOfSessions)
{
    const HistoryService history(db());
    const Athlete athlete = AthleteRepository(db()).list().last();
    const QList<Session> sessions = SessionRepository(db()).list(athlete.id);
    // A page of the History view: ten weeks, well after the first year.
    const QDate from = sessions.first().start.date().addDays(420);
    const QDate to = from.addDays(70);
    const ReportContext c = history.reportContext(athlete.id, from, to);
    ASSERT_TRUE(c.fromUtc);
    EXPECT_EQ(c.athlete, athlete);
    EXPECT_FALSE(c.liftedBefore.isEmpty());
    const QList<SorenessReport> reports = SorenessRepository(db()).list(athlete.id, from, to);
    ASSERT_GT(reports.size(), 3);
    const auto histories = reportHistories(c, reports);
    for (qsizetype i = 0; i < reports.size(); ++i) {
        ASSERT_TRUE(histories[i]) << reports[i].id;
        expectSame(*histories[i], history.reportHistory(reports[i]), reports[i]);
    }
}

TEST_F(ReportContextTest, ReportsOfAnotherAthleteOrWithoutASessionAreHandled)
{
    const QList<Athlete> athletes = AthleteRepository(db()).list();
    const ReportContext c = contextOf(athletes.at(0));
    SorenessReport other = SorenessRepository(db()).list(athletes.at(1).id).first();
    SorenessReport detached = SorenessRepository(db()).list(athletes.at(0).id).first();
    detached.sessionId.reset();
    const auto histories = reportHistories(c, {other, detached});
    EXPECT_FALSE(histories[0]);
    ASSERT_TRUE(histories[1]);
    expectSame(*histories[1], HistoryService(db()).reportHistory(detached), detached);
}

} // namespace
} // namespace spotter::test
