// SPDX-License-Identifier: GPL-3.0-or-later
// On a team server each set carries its session's athlete, and the sets' row-level security
// reads that column (core/store/serversetathletes.cpp). Nobody may use it to reach another
// athlete's sets: not with a forged athlete_id, not by moving a set to another session, not by
// giving a session to someone else; through Spotter or plain SQL.
#include "pqclient.h"
#include "store/database.h"
#include "store/importwriter.h"
#include "store/query.h"
#include "store/serveradmin.h"
#include "store/sessionrepository.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "teamserverfixture.h"

#include <QDeadlineTimer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

class SetAthletes : public TeamServer
{
protected:
    void SetUp() override
    {
        TeamServer::SetUp();
        if (IsSkipped())
            return;
        // Cy is in the coach's team with Ann: the coach may reach both.
        m_cy = QStringLiteral("cy_") + m_db;
        m_cyId = ServerAdmin(cluster().admin(m_db))
                     .addAthlete(QStringLiteral("Cy"), m_cy, WeightUnit::Kg, password(),
                                 QString::fromLatin1(PgCluster::kTeam));
        m_annSession = sessionFor(coach(), m_annId, QStringLiteral("Ann's"));
        m_boSession = sessionFor(m_otherCoach, m_boId, QStringLiteral("Bo's"));
        m_cySession = sessionFor(coach(), m_cyId, QStringLiteral("Cy's"));
        m_annSet =
            psql(QStringLiteral("SELECT id FROM spotter.workout_set WHERE session_id = %1").arg(m_annSession))
                .toLongLong();
    }

    qint64 sessionFor(const QString &login, qint64 athleteId, const QString &title) const
    {
        const auto db = open(login);
        Session s = sessionOf(*db, athleteId, title);
        SessionRepository(*db).add(s);
        return s.id;
    }
    /// As the superuser, whom row-level security does not filter.
    QString psql(const QString &sql) const { return cluster().psql(m_db, sql); }
    /// "session athlete_id" of every set, as the superuser.
    QString sets() const
    {
        return psql(
            QStringLiteral("SELECT string_agg(session_id || ' ' || coalesce(athlete_id::text, 'null'), "
                           "', ' ORDER BY id) FROM spotter.workout_set"));
    }
    QString expected(std::initializer_list<std::pair<qint64, qint64>> rows) const
    {
        QStringList out;
        for (const auto &[session, athlete] : rows)
            out.append(QStringLiteral("%1 %2").arg(session).arg(athlete));
        return out.join(QStringLiteral(", "));
    }
    QString insertSet(qint64 session, const QString &athlete = {}) const
    {
        return QStringLiteral("INSERT INTO spotter.workout_set (session_id, exercise_id, position, kind%1) "
                              "SELECT %2, id, 9, 'working'%3 FROM spotter.exercise WHERE name = 'Deadlift'")
            .arg(athlete.isEmpty() ? QString() : QStringLiteral(", athlete_id"))
            .arg(session)
            .arg(athlete.isEmpty() ? QString() : u", " + athlete);
    }

    QString m_cy;
    qint64 m_cyId = 0;
    qint64 m_annSession = 0;
    qint64 m_boSession = 0;
    qint64 m_cySession = 0;
    qint64 m_annSet = 0;
};

TEST_F(SetAthletes, EverySetCarriesItsSessionsAthleteOnTheServerOnly)
{
    EXPECT_EQ(sets(), expected({{m_annSession, m_annId}, {m_boSession, m_boId}, {m_cySession, m_cyId}}));
    const auto db = open(coach());
    EXPECT_EQ(db->integrityCheck(), QStringList{QStringLiteral("ok")});
    // A file's schema stays the one the migrations describe.
    QTemporaryDir dir;
    const Database file(dir.filePath(QStringLiteral("f.sqlite")));
    EXPECT_FALSE(Query::scalar(file.connection(),
                               QStringLiteral("SELECT count(*) FROM pragma_table_info('workout_set') WHERE "
                                              "name = 'athlete_id'"))
                     .toBool());
}

TEST_F(SetAthletes, AnAthleteReachesNoOtherAthletesSetsThroughPlainSql)
{
    const QString before = sets();
    Pq ann(m_db, m_ann);
    EXPECT_EQ(ann.run(QStringLiteral("SELECT count(*) FROM spotter.workout_set")).value, QStringLiteral("1"));
    EXPECT_EQ(
        ann.run(QStringLiteral("SELECT count(*) FROM spotter.workout_set WHERE athlete_id = %1").arg(m_boId))
            .value,
        QStringLiteral("0"));
    // A set in Bo's session, with no athlete, with Ann's and with Bo's; one in a session that
    // does not exist (refused alike: nothing tells her which ids are someone else's); Ann's set
    // moved to Bo's session or handed to Bo; Bo's sets changed or deleted.
    for (const QString &sql :
         {insertSet(m_boSession), insertSet(m_boSession, QString::number(m_annId)),
          insertSet(987654, QString::number(m_annId)), insertSet(m_boSession, QString::number(m_boId)),
          insertSet(m_annSession, QString::number(m_boId)),
          QStringLiteral("UPDATE spotter.workout_set SET session_id = %1 WHERE id = %2")
              .arg(m_boSession)
              .arg(m_annSet),
          QStringLiteral("UPDATE spotter.workout_set SET session_id = %1, athlete_id = %2 WHERE id = %3")
              .arg(m_boSession)
              .arg(m_annId)
              .arg(m_annSet),
          QStringLiteral("UPDATE spotter.workout_set SET athlete_id = %1 WHERE id = %2")
              .arg(m_boId)
              .arg(m_annSet)}) {
        const Pq::Outcome out = ann.run(sql);
        EXPECT_FALSE(out.ok) << sql.toStdString();
        EXPECT_EQ(out.state, QByteArray("42501")) << sql.toStdString() << ": " << out.message.toStdString();
    }
    EXPECT_TRUE(ann.run(QStringLiteral("UPDATE spotter.workout_set SET reps = 1 WHERE session_id = %1")
                            .arg(m_boSession))
                    .ok);
    EXPECT_TRUE(
        ann.run(QStringLiteral("DELETE FROM spotter.workout_set WHERE athlete_id = %1").arg(m_boId)).ok);
    EXPECT_EQ(sets(), before);
    EXPECT_EQ(psql(QStringLiteral("SELECT string_agg(reps::text, ' ' ORDER BY id) FROM spotter.workout_set")),
              QStringLiteral("5 5 5"));
    // Her own set, with her own athlete named, is hers to add.
    EXPECT_TRUE(ann.run(insertSet(m_annSession, QString::number(m_annId))).ok);
    EXPECT_EQ(ann.run(QStringLiteral("SELECT count(*) FROM spotter.workout_set")).value, QStringLiteral("2"));
}

TEST_F(SetAthletes, ACoachCannotForgeASetsAthleteEvenBetweenTheirOwnAthletes)
{
    Pq coachSql(m_db, coach());
    const QString before = sets();
    for (const QString &sql : {insertSet(m_annSession, QString::number(m_cyId)),
                               QStringLiteral("UPDATE spotter.workout_set SET athlete_id = %1 WHERE id = %2")
                                   .arg(m_cyId)
                                   .arg(m_annSet),
                               insertSet(m_boSession), insertSet(m_boSession, QString::number(m_annId)),
                               QStringLiteral("UPDATE spotter.workout_set SET session_id = %1 WHERE id = %2")
                                   .arg(m_boSession)
                                   .arg(m_annSet)}) {
        const Pq::Outcome out = coachSql.run(sql);
        EXPECT_FALSE(out.ok) << sql.toStdString();
        EXPECT_EQ(out.state, QByteArray("42501")) << sql.toStdString() << ": " << out.message.toStdString();
    }
    EXPECT_EQ(sets(), before);
    // Moving a set to a session of another of the coach's athletes hands it to that athlete,
    // whatever athlete the statement names.
    EXPECT_TRUE(
        coachSql
            .run(QStringLiteral("UPDATE spotter.workout_set SET session_id = %1, athlete_id = %2 WHERE "
                                "id = %3")
                     .arg(m_cySession)
                     .arg(m_annId)
                     .arg(m_annSet))
            .ok);
    EXPECT_EQ(sets(), expected({{m_cySession, m_cyId}, {m_boSession, m_boId}, {m_cySession, m_cyId}}));
    EXPECT_EQ(Pq(m_db, m_ann).run(QStringLiteral("SELECT count(*) FROM spotter.workout_set")).value,
              QStringLiteral("0"));
    EXPECT_EQ(Pq(m_db, m_cy).run(QStringLiteral("SELECT count(*) FROM spotter.workout_set")).value,
              QStringLiteral("2"));
}

// A coach may give a session to another of their athletes (Spotter's session editor does it;
// its header alone, here, so that only the trigger moves the sets): its sets go with it, Ann
// stops seeing them and Cy starts.
TEST_F(SetAthletes, ASessionGivenToAnotherAthleteTakesItsSets)
{
    const auto db = open(coach());
    Session s = *SessionRepository(*db).get(m_annSession);
    s.athleteId = m_cyId;
    SessionRepository(*db).updateHeader(s);
    EXPECT_EQ(sets(), expected({{m_annSession, m_cyId}, {m_boSession, m_boId}, {m_cySession, m_cyId}}));
    EXPECT_EQ(Pq(m_db, m_ann).run(QStringLiteral("SELECT count(*) FROM spotter.workout_set")).value,
              QStringLiteral("0"));
    EXPECT_EQ(Pq(m_db, m_cy).run(QStringLiteral("SELECT count(*) FROM spotter.workout_set")).value,
              QStringLiteral("2"));
    // Not to an athlete of another team: the session's own policy refuses, and nothing moves.
    Pq coachSql(m_db, coach());
    EXPECT_EQ(coachSql
                  .run(QStringLiteral("UPDATE spotter.session SET athlete_id = %1 WHERE id = %2")
                           .arg(m_boId)
                           .arg(m_annSession))
                  .state,
              QByteArray("42501"));
    EXPECT_EQ(sets(), expected({{m_annSession, m_cyId}, {m_boSession, m_boId}, {m_cySession, m_cyId}}));
    // And back, in plain SQL.
    EXPECT_TRUE(coachSql
                    .run(QStringLiteral("UPDATE spotter.session SET athlete_id = %1 WHERE id = %2")
                             .arg(m_annId)
                             .arg(m_annSession))
                    .ok);
    EXPECT_EQ(sets(), expected({{m_annSession, m_annId}, {m_boSession, m_boId}, {m_cySession, m_cyId}}));
}

// An import's sets name their athlete in the COPY; one of a session the import did not write
// goes without, gets its session's from the trigger, and when that session is one the login
// cannot see it is refused as before, and the import leaves nothing.
TEST_F(SetAthletes, AnImportsSetsCarryTheirAthleteAndStayWithinReach)
{
    // Counts the trigger function's calls from here on (PostgreSQL's function statistics).
    psql(QStringLiteral("ALTER DATABASE %1 SET track_functions = 'pl'").arg(m_db));
    auto db = open(coach());
    const qint64 deadlift =
        psql(QStringLiteral("SELECT id FROM spotter.exercise WHERE name = 'Deadlift'")).toLongLong();
    {
        WriteTransaction tx(db->connection());
        ImportWriter writer(*db);
        Session session = sessionOf(*db, m_annId, QStringLiteral("imported"));
        const qint64 id = writer.insertSession(session, std::nullopt);
        for (int i = 1; i <= 3; ++i) {
            WorkoutSet w;
            w.sessionId = id;
            w.exerciseId = deadlift;
            w.position = i;
            w.reps = 3;
            writer.insertSet(w);
        }
        tx.commit();
    }
    EXPECT_EQ(
        psql(QStringLiteral("SELECT count(*) FROM spotter.workout_set w JOIN spotter.session s ON s.id = "
                            "w.session_id WHERE s.title = 'imported' AND w.athlete_id = %1")
                 .arg(m_annId)),
        QStringLiteral("3"));
    // None of them asked the trigger; a set inserted without its athlete does (counted once its
    // connection ends, which is what the loop waits for).
    db.reset();
    Pq(m_db, coach()).run(insertSet(m_annSession));
    const QString calls = QStringLiteral("SELECT coalesce(sum(calls), 0) FROM pg_stat_user_functions WHERE "
                                         "funcname = 'workout_set_athlete'");
    for (QDeadlineTimer deadline(10'000); psql(calls) == u"0" && !deadline.hasExpired();) {
    }
    EXPECT_EQ(psql(calls), QStringLiteral("1"));
    db = open(coach());
    const QString before = sets();
    try {
        WriteTransaction tx(db->connection());
        ImportWriter writer(*db);
        WorkoutSet w;
        w.sessionId = m_boSession;
        w.exerciseId = deadlift;
        w.position = 5;
        w.reps = 3;
        writer.insertSet(w);
        tx.commit();
        ADD_FAILURE() << "a set of another team's session was imported";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::Denied) << e.message().toStdString();
    }
    EXPECT_EQ(sets(), before);
}

// A server set up before this step has no such column, which the store's queries name:
// connecting to it is refused with what to do (not a failing query later), and `server upgrade`
// adds it, fills it in for the sets already there, and puts the triggers and the index on.
TEST_F(SetAthletes, AServerWithoutTheColumnIsRefusedAndUpgraded)
{
    psql(QStringLiteral("DROP TRIGGER spotter_set_athlete_insert ON spotter.workout_set; "
                        "DROP TRIGGER spotter_set_athlete_move ON spotter.workout_set; "
                        "DROP TRIGGER spotter_set_athlete_follow ON spotter.session; "
                        "ALTER TABLE spotter.workout_set DROP COLUMN athlete_id CASCADE"));
    ASSERT_EQ(psql(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'workout_set_athlete'")),
              QStringLiteral("0"));
    for (const QString &login : {coach(), m_ann}) {
        try {
            open(login);
            ADD_FAILURE() << "connected to a server whose sets do not carry their athletes";
        } catch (const StoreError &e) {
            EXPECT_EQ(e.kind(), StoreError::Kind::NewerSchema) << e.message().toStdString();
            EXPECT_TRUE(e.message().contains(u"server upgrade")) << e.message().toStdString();
        }
    }
    for (int run = 0; run < 2; ++run) {
        ServerAdmin(cluster().admin(m_db)).upgrade();
        EXPECT_EQ(sets(), expected({{m_annSession, m_annId}, {m_boSession, m_boId}, {m_cySession, m_cyId}}));
        EXPECT_EQ(
            psql(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = 'workout_set_athlete'")),
            QStringLiteral("CREATE INDEX workout_set_athlete ON spotter.workout_set USING btree "
                           "(athlete_id, session_id, \"position\")"));
    }
    const auto db = open(coach());
    EXPECT_EQ(db->integrityCheck(), QStringList{QStringLiteral("ok")});
    // A trigger disabled behind Spotter's back is reported until the next upgrade.
    psql(QStringLiteral("ALTER TABLE spotter.workout_set DISABLE TRIGGER spotter_set_athlete_insert"));
    EXPECT_EQ(db->integrityCheck().size(), 1);
    ServerAdmin(cluster().admin(m_db)).upgrade();
    EXPECT_EQ(db->integrityCheck(), QStringList{QStringLiteral("ok")});
    EXPECT_EQ(Pq(m_db, m_ann).run(QStringLiteral("SELECT count(*) FROM spotter.workout_set")).value,
              QStringLiteral("1"));
}

} // namespace
} // namespace spotter::test
