// SPDX-License-Identifier: GPL-3.0-or-later
// Offline first: a local SQLite log published to the team server, again and again, with changes
// on either side.
#include "interchange/publisher.h"
#include "model/clock.h"
#include "pgcluster.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/serveradmin.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "store/storeerror.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

class Publish : public ::testing::Test
{
protected:
    void SetUp() override
    {
        PgCluster &cluster = PgCluster::shared();
        if (!cluster.available())
            GTEST_SKIP() << cluster.unavailableReason().toStdString();
        ASSERT_TRUE(m_dir.isValid());
        m_serverDb = cluster.createDatabase();
        m_login = u"ann_"_s + m_serverDb;
        ServerAdmin(cluster.admin(m_serverDb))
            .addAthlete(u"Ann"_s, m_login, WeightUnit::Kg, QString::fromLatin1(PgCluster::kCoachPassword),
                        QString::fromLatin1(PgCluster::kTeam));
        m_local = std::make_unique<Database>(m_dir.filePath(u"phone.sqlite"_s));
        Athlete ann;
        ann.name = u"Ann"_s;
        AthleteRepository(*m_local).add(ann);
        m_localAnn = ann.id;
        m_server = std::make_unique<Database>(cluster.location(m_serverDb, m_login), Database::Options());
        m_coach = std::make_unique<Database>(cluster.location(m_serverDb), Database::Options());
    }
    void TearDown() override
    {
        m_server.reset();
        m_coach.reset();
        if (!m_serverDb.isEmpty())
            PgCluster::shared().dropDatabase(m_serverDb);
    }

    Session logLocally(const QString &when, const QString &title, double kg)
    {
        Session s;
        s.athleteId = m_localAnn;
        s.start = *parseDateTime(when);
        s.title = title;
        s.durationMin = 60;
        s.sessionRpe = 7;
        WorkoutSet w;
        w.exerciseId = ExerciseRepository(*m_local).find(u"Back Squat"_s)->id;
        w.weight = Weight::fromKg(kg);
        w.reps = 5;
        w.rpe = 8;
        s.sets = {w, w};
        SessionRepository(*m_local).add(s);
        return s;
    }
    PublishResult publish(PublishOptions options = {}) { return Publisher(*m_local, *m_server).run(options); }
    QList<Session> onServer() const
    {
        const qint64 ann = *m_server->serverIdentity()->athleteId;
        return SessionRepository(*m_server).list(ann);
    }

    QTemporaryDir m_dir;
    QString m_serverDb;
    QString m_login;
    qint64 m_localAnn = 0;
    std::unique_ptr<Database> m_local;
    std::unique_ptr<Database> m_server;
    std::unique_ptr<Database> m_coach;
};

TEST_F(Publish, NewSessionsAndReportsGoOnceAndPublishingAgainSendsNothing)
{
    const Session monday = logLocally(u"2026-11-16T18:00:00+01:00"_s, u"Squats"_s, 100);
    logLocally(u"2026-11-18T18:00:00+01:00"_s, u"Squats"_s, 105);
    SorenessReport r;
    r.athleteId = m_localAnn;
    r.sessionId = monday.id;
    r.region = Region::Quads;
    r.noticedAt = *parseDateTime(u"2026-11-17T08:00:00+01:00"_s);
    r.intensity = 3;
    r.oneSided = true;
    r.lift = u"Bulgarian Split Squat"_s;
    SorenessRepository(*m_local).add(r);

    const PublishResult first = publish();
    EXPECT_EQ(first.serverAthlete, u"Ann"_s);
    EXPECT_EQ(first.sessionsNew, 2);
    EXPECT_EQ(first.reportsNew, 1);
    EXPECT_TRUE(first.conflicts.isEmpty());
    const QList<Session> sessions = onServer();
    ASSERT_EQ(sessions.size(), 2);
    EXPECT_EQ(sessions.first().sets.size(), 2);
    EXPECT_EQ(sessions.first().sets.first().weight, Weight::fromKg(100));
    const QList<SorenessReport> reports = SorenessRepository(*m_server).list(sessions.first().athleteId);
    ASSERT_EQ(reports.size(), 1);
    EXPECT_EQ(reports.first().sessionId, sessions.first().id) << "the report follows its session";
    EXPECT_TRUE(reports.first().oneSided);
    EXPECT_EQ(reports.first().lift, u"Bulgarian Split Squat"_s);

    const PublishResult again = publish();
    EXPECT_EQ(again.sessionsNew + again.sessionsChanged, 0);
    EXPECT_EQ(again.sessionsUnchanged, 2);
    EXPECT_EQ(again.reportsUnchanged, 1);
    EXPECT_EQ(onServer().size(), 2);
    // The coach sees what the athlete published.
    EXPECT_EQ(SessionRepository(*m_coach).list(sessions.first().athleteId).size(), 2);
}

TEST_F(Publish, AChangeMadeHereReplacesTheServersCopy)
{
    Session s = logLocally(u"2026-11-16T18:00:00+01:00"_s, u"Squats"_s, 100);
    publish();
    s.sets[1].reps = 3;
    s.notes = u"knee felt fine"_s;
    SessionRepository(*m_local).update(s);
    const PublishResult r = publish();
    EXPECT_EQ(r.sessionsChanged, 1);
    EXPECT_TRUE(r.conflicts.isEmpty());
    const Session stored = onServer().first();
    EXPECT_EQ(stored.sets.at(1).reps, 3);
    EXPECT_EQ(stored.notes, u"knee felt fine"_s);
    EXPECT_EQ(stored.version, 1);
}

TEST_F(Publish, AChangedLiftOrOneSidedAnswerIsSentAgain)
{
    SorenessReport r;
    r.athleteId = m_localAnn;
    r.region = Region::Quads;
    r.noticedAt = *parseDateTime(u"2026-11-17T08:00:00+01:00"_s);
    r.intensity = 3;
    SorenessRepository(*m_local).add(r);
    EXPECT_EQ(publish().reportsNew, 1);
    r.oneSided = true;
    r.lift = u"Bulgarian Split Squat"_s;
    SorenessRepository(*m_local).update(r);
    const PublishResult again = publish();
    EXPECT_EQ(again.reportsChanged, 1);
    EXPECT_TRUE(again.conflicts.isEmpty());
    const auto athlete = AthleteRepository(*m_server).findByName(u"Ann"_s);
    ASSERT_TRUE(athlete.has_value());
    const QList<SorenessReport> stored = SorenessRepository(*m_server).list(athlete->id);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_TRUE(stored.first().oneSided);
    EXPECT_EQ(stored.first().lift, u"Bulgarian Split Squat"_s);
}

TEST_F(Publish, AChangeMadeOnTheServerStandsAndAChangeOnBothSidesIsAConflict)
{
    Session tuesday = logLocally(u"2026-11-17T18:00:00+01:00"_s, u"Squats"_s, 100);
    Session thursday = logLocally(u"2026-11-19T18:00:00+01:00"_s, u"Squats"_s, 100);
    publish();
    // The coach corrects both on the server.
    for (Session theirs : onServer()) {
        theirs.notes = u"coach: check depth"_s;
        SessionRepository(*m_coach).update(theirs);
    }
    // Tuesday is unchanged here: the coach's edit stands and nothing is sent.
    const PublishResult quiet = publish();
    EXPECT_EQ(quiet.sessionsChanged, 0);
    EXPECT_TRUE(quiet.conflicts.isEmpty());
    // Thursday changes here too: reported, not merged, not sent.
    thursday.notes = u"felt heavy"_s;
    SessionRepository(*m_local).update(thursday);
    logLocally(u"2026-11-20T18:00:00+01:00"_s, u"Squats"_s, 110);
    const PublishResult r = publish();
    EXPECT_EQ(r.sessionsNew, 1) << "the rest is still published";
    ASSERT_EQ(r.conflicts.size(), 1);
    EXPECT_EQ(r.conflicts.first().kind, u"session"_s);
    EXPECT_TRUE(r.conflicts.first().what.contains(u"2026-11-19T18:00:00+01:00"_s))
        << r.conflicts.first().what.toStdString();
    EXPECT_TRUE(r.conflicts.first().reason.contains(u"changed here and on the server"_s));
    for (const Session &s : onServer()) {
        if (s.start == thursday.start) {
            EXPECT_EQ(s.notes, u"coach: check depth"_s);
        }
    }
    EXPECT_EQ(publish().conflicts.size(), 1) << "still a conflict until someone resolves it";
    Q_UNUSED(tuesday);
}

TEST_F(Publish, ASessionDeletedOnTheServerIsNotSentAgain)
{
    logLocally(u"2026-11-17T18:00:00+01:00"_s, u"Squats"_s, 100);
    publish();
    SessionRepository(*m_coach).remove(onServer().first().id);
    const PublishResult r = publish();
    EXPECT_EQ(r.sessionsNew, 0);
    ASSERT_EQ(r.conflicts.size(), 1);
    EXPECT_TRUE(r.conflicts.first().reason.contains(u"deleted on the server"_s));
    EXPECT_TRUE(onServer().isEmpty());
}

TEST_F(Publish, ALogOfSeveralAthletesOrNoneSaysWhoToChoose)
{
    const auto refusal = [this] {
        try {
            publish();
        } catch (const StoreError &e) {
            return e.message();
        }
        return QString();
    };
    Athlete ben;
    ben.name = u"Ben"_s;
    AthleteRepository(*m_local).add(ben);
    EXPECT_EQ(refusal(), u"This database holds 2 athletes; choose the one to publish"_s);
    AthleteRepository(*m_local).remove(ben.id);
    AthleteRepository(*m_local).remove(m_localAnn);
    EXPECT_EQ(refusal(), u"This database holds no athlete to publish"_s);
    EXPECT_TRUE(onServer().isEmpty());
}

TEST_F(Publish, ADryRunSendsNothingAndACoachPublishesForTheirAthlete)
{
    logLocally(u"2026-11-17T18:00:00+01:00"_s, u"Squats"_s, 100);
    PublishOptions dry;
    dry.dryRun = true;
    EXPECT_EQ(publish(dry).sessionsNew, 1);
    EXPECT_TRUE(onServer().isEmpty());
    EXPECT_EQ(publish(dry).sessionsNew, 1) << "a dry run records nothing either";
    // A coach with Ann's phone database publishes into Ann.
    const PublishResult byCoach = Publisher(*m_local, *m_coach).run({});
    EXPECT_EQ(byCoach.serverAthlete, u"Ann"_s);
    EXPECT_EQ(byCoach.sessionsNew, 1);
    EXPECT_EQ(onServer().size(), 1);
    PublishOptions stranger;
    stranger.serverAthlete = u"Nobody"_s;
    EXPECT_THROW(Publisher(*m_local, *m_coach).run(stranger), StoreError);
}

TEST_F(Publish, ProgressCountsEveryItemAndACancelSendsNothing)
{
    for (int day = 0; day < 4; ++day)
        logLocally(u"2026-11-%1T18:00:00+01:00"_s.arg(16 + day), u"Squats"_s, 100 + day);
    SorenessReport r;
    r.athleteId = m_localAnn;
    r.region = Region::Quads;
    r.noticedAt = *parseDateTime(u"2026-11-20T08:00:00+01:00"_s);
    r.intensity = 3;
    SorenessRepository(*m_local).add(r);

    std::atomic_bool cancel = false;
    QList<std::pair<int, int>> seen;
    PublishOptions options;
    options.cancel = &cancel;
    options.progress = [&](int done, int total) {
        seen.append({done, total});
        if (done == 2)
            cancel = true; // after two sessions went
    };
    const PublishResult stopped = publish(options);
    EXPECT_TRUE(stopped.cancelled);
    EXPECT_EQ(stopped.sessionsNew, 2) << "the counts say how far it got";
    EXPECT_EQ(seen, (QList<std::pair<int, int>>{{0, 5}, {1, 5}, {2, 5}}));
    EXPECT_TRUE(onServer().isEmpty()) << "what went before the cancel was rolled back";

    // Nothing was recorded as sent: the next publish sends everything.
    cancel = false;
    seen.clear();
    options.progress = [&](int done, int total) { seen.append({done, total}); };
    const PublishResult whole = publish(options);
    EXPECT_FALSE(whole.cancelled);
    EXPECT_EQ(whole.sessionsNew, 4);
    EXPECT_EQ(whole.reportsNew, 1);
    EXPECT_EQ(seen.size(), 6);
    EXPECT_EQ(seen.last(), std::make_pair(5, 5));
    EXPECT_EQ(onServer().size(), 4);

    // A cancel that comes with the last item still sends nothing.
    logLocally(u"2026-11-21T18:00:00+01:00"_s, u"Squats"_s, 110);
    options.progress = [&](int done, int total) {
        if (done == total)
            cancel = true;
    };
    const PublishResult late = publish(options);
    EXPECT_TRUE(late.cancelled);
    EXPECT_EQ(onServer().size(), 4);
}

} // namespace
} // namespace spotter::test
