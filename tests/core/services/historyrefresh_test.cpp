// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryService::refreshSession() must give exactly what a full reportHistory() reads, after
// any set edit in the report's session, and refuse when more than that session changed.
#include "analysis/reporthistory.h"
#include "backendtest.h"
#include "services/historyservice.h"
#include "store/athleterepository.h"
#include "store/historyrepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "synthetic/generator.h"
#include "testutil.h"

#include <gtest/gtest.h>

#include <random>

using namespace spotter;

namespace {

class HistoryRefresh : public spotter::test::BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped())
            return;
        GeneratorOptions options;
        options.athletes = 1;
        options.weeks = 30;
        options.seed = 11;
        options.end = QDateTime(QDate(2026, 11, 20), QTime(20, 0));
        Generator(db()).run(options);
        const QList<Athlete> athletes = AthleteRepository(db()).list();
        ASSERT_EQ(athletes.size(), 1);
        const auto latest = SessionRepository(db()).latest(athletes.first().id);
        ASSERT_TRUE(latest);
        m_session = *latest;
        m_report.athleteId = m_session.athleteId;
        m_report.sessionId = m_session.id;
        m_report.region = Region::Quads;
        m_report.noticedAt = m_session.end().addSecs(20 * 3600);
        m_report.intensity = 3;
    }

    ReportHistory full() const { return HistoryService(*m_db).reportHistory(m_report); }

    Session m_session;
    SorenessReport m_report;
};

} // namespace

TEST_P(HistoryRefresh, EqualsAFullReadAfterAnySetEditOfItsSession)
{
    ReportHistory h = full();
    ASSERT_TRUE(h.session);
    ASSERT_GT(h.liftSessions.size(), 10) << "a real window of history";
    SessionRepository sessions(db());
    std::mt19937 random(5);
    for (int step = 0; step < 60; ++step) {
        const Session now = *sessions.get(m_session.id);
        // Only sets of lifts the session already has, so that its lifts stay the same.
        QList<WorkoutSet> working;
        for (const WorkoutSet &w : now.sets) {
            if (!w.isWarmup())
                working.append(w);
        }
        ASSERT_FALSE(working.isEmpty());
        WorkoutSet pick = working.at(static_cast<qsizetype>(random() % working.size()));
        switch (random() % 3) {
        case 0: { // add a heavier, lighter or load-less set of the same lift
            WorkoutSet added = pick;
            added.id = 0;
            added.position = static_cast<int>(random() % (now.sets.size() + 1));
            added.weight = random() % 5 == 0
                               ? std::nullopt
                               : std::optional(Weight::fromKg(20.0 + static_cast<double>(random() % 200)));
            added.kind = random() % 4 == 0 ? SetKind::Warmup : SetKind::Working;
            sessions.insertSet(added);
            break;
        }
        case 1: // change a set's load or kind
            pick.weight = Weight::fromKg(20.0 + static_cast<double>(random() % 250));
            pick.kind = random() % 5 == 0 ? SetKind::Amrap : pick.kind;
            sessions.updateSet(pick);
            break;
        default: { // remove a set, unless it is its lift's last working set
            const auto sameLift = std::count_if(working.cbegin(), working.cend(), [&](const WorkoutSet &w) {
                return w.exerciseId == pick.exerciseId;
            });
            if (sameLift > 1)
                sessions.removeSet(pick.id);
            break;
        }
        }
        ASSERT_TRUE(HistoryService(db()).refreshSession(h)) << "step " << step;
        ASSERT_EQ(h, full()) << "step " << step;
    }
}

TEST_P(HistoryRefresh, RefusesWhenMoreThanTheSessionsSetsChanged)
{
    ReportHistory h = full();
    const ReportHistory before = h;
    SessionRepository sessions(db());

    // A lift the session did not have: its history in the window was never read.
    WorkoutSet other;
    other.sessionId = m_session.id;
    other.exerciseId = 0;
    for (const Exercise &e : HistoryRepository(db()).exercises()) {
        bool used = false;
        for (const WorkoutSet &w : m_session.sets)
            used = used || w.exerciseId == e.id;
        if (!used && e.kind == ExerciseKind::Accessory) {
            other.exerciseId = e.id;
            break;
        }
    }
    ASSERT_GT(other.exerciseId, 0);
    other.weight = Weight::fromKg(40);
    other.reps = 10;
    other.position = 99;
    sessions.insertSet(other);
    EXPECT_FALSE(HistoryService(db()).refreshSession(h));
    EXPECT_EQ(h, before) << "left as it was";
    sessions.removeSet(other.id);

    // A new start moves the whole window.
    Session moved = *sessions.get(m_session.id);
    moved.start = moved.start.addDays(-1);
    moved.sets.clear();
    sessions.updateHeader(moved);
    EXPECT_FALSE(HistoryService(db()).refreshSession(h));

    // A deleted session.
    sessions.remove(m_session.id);
    EXPECT_FALSE(HistoryService(db()).refreshSession(h));
}

SPOTTER_ON_BOTH_BACKENDS(HistoryRefresh);
