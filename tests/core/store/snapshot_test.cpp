// SPDX-License-Identifier: GPL-3.0-or-later
// Deleting with a snapshot and restoring it: what undo of a deleted session or athlete relies on.
// Both halves are one store call each (one write transaction), so no other writer can slip a
// change between the snapshot and the delete.
#include "backendtest.h"
#include "model/session.h"
#include "store/athleterepository.h"
#include "store/exerciserepository.h"
#include "store/query.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace spotter;

namespace {

class Snapshots : public spotter::test::BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped())
            return;
        m_ann.name = QStringLiteral("Ann");
        AthleteRepository(db()).add(m_ann);
    }
    Session addSession(const QString &when)
    {
        Session s;
        s.athleteId = m_ann.id;
        s.start = *parseDateTime(when);
        s.title = QStringLiteral("Pull day");
        for (int i = 0; i < 3; ++i) {
            WorkoutSet w;
            w.exerciseId = ExerciseRepository(db()).find(QStringLiteral("Deadlift"))->id;
            w.weight = Weight::fromKg(100 + 20 * i);
            w.reps = 5;
            s.sets.append(w);
        }
        SessionRepository(db()).add(s);
        return s;
    }
    SorenessReport addReport(std::optional<qint64> sessionId, Region region)
    {
        SorenessReport r;
        r.athleteId = m_ann.id;
        r.sessionId = sessionId;
        r.region = region;
        r.noticedAt = *parseDateTime(u"2026-11-03T08:00:00+01:00");
        r.intensity = 4;
        SorenessRepository(db()).add(r);
        return r;
    }
    qint64 count(const QString &table)
    {
        return Query::scalar(db().connection(), QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
    }

    Athlete m_ann;
};

} // namespace

TEST_P(Snapshots, ADeletedSessionComesBackExactlyWithItsReports)
{
    const Session s = addSession(QStringLiteral("2026-11-02T18:00:00+01:00"));
    const Session other = addSession(QStringLiteral("2026-11-01T18:00:00+01:00"));
    const SorenessReport back = addReport(s.id, Region::LowerBack);
    const SorenessReport legs = addReport(s.id, Region::Hamstrings);
    const SorenessReport elsewhere = addReport(other.id, Region::Quads);

    SessionRepository sessions(db());
    const auto snapshot = sessions.removeWithSnapshot(s.id);
    ASSERT_TRUE(snapshot);
    EXPECT_EQ(snapshot->session, s);
    ASSERT_EQ(snapshot->reports.size(), 2);
    EXPECT_EQ(snapshot->reports, (QList<SorenessReport>{back, legs}));
    EXPECT_FALSE(sessions.get(s.id));
    EXPECT_EQ(count(QStringLiteral("workout_set")), 3);
    EXPECT_EQ(SorenessRepository(db()).get(back.id)->sessionId, std::nullopt);

    sessions.restore(*snapshot);
    EXPECT_EQ(sessions.get(s.id), s);
    EXPECT_EQ(SorenessRepository(db()).get(back.id), back);
    EXPECT_EQ(SorenessRepository(db()).get(legs.id), legs);
    EXPECT_EQ(SorenessRepository(db()).get(elsewhere.id), elsewhere);
    EXPECT_EQ(count(QStringLiteral("workout_set")), 6);
}

TEST_P(Snapshots, AGoneSessionHasNoSnapshot)
{
    EXPECT_FALSE(SessionRepository(db()).removeWithSnapshot(4711));
    EXPECT_FALSE(AthleteRepository(db()).removeWithSnapshot(4711));
}

TEST_P(Snapshots, ADeletedAthleteComesBackWithEverything)
{
    const Session a = addSession(QStringLiteral("2026-11-01T18:00:00+01:00"));
    const Session b = addSession(QStringLiteral("2026-11-04T18:00:00+01:00"));
    addReport(a.id, Region::LowerBack);
    addReport(std::nullopt, Region::Neck);
    const QList<Session> sessionsBefore = SessionRepository(db()).list(m_ann.id);
    const QList<SorenessReport> reportsBefore = SorenessRepository(db()).list(m_ann.id);

    AthleteRepository athletes(db());
    const auto snapshot = athletes.removeWithSnapshot(m_ann.id);
    ASSERT_TRUE(snapshot);
    EXPECT_EQ(snapshot->athlete, m_ann);
    EXPECT_EQ(snapshot->sessions, sessionsBefore);
    EXPECT_EQ(snapshot->reports, reportsBefore);
    EXPECT_EQ(count(QStringLiteral("session")), 0);
    EXPECT_EQ(count(QStringLiteral("soreness")), 0);

    athletes.restore(*snapshot);
    EXPECT_EQ(athletes.get(m_ann.id), m_ann);
    EXPECT_EQ(SessionRepository(db()).list(m_ann.id), sessionsBefore);
    EXPECT_EQ(SorenessRepository(db()).list(m_ann.id), reportsBefore);
    EXPECT_EQ(SessionRepository(db()).get(b.id), b);
}

SPOTTER_ON_BOTH_BACKENDS(Snapshots);
