// SPDX-License-Identifier: GPL-3.0-or-later
// A team server's own rules, on the test cluster: row-level security (through Spotter and
// through plain SQL), who may connect, the version table and its migrations.
#include "store/athleterepository.h"
#include "store/changefeed.h"
#include "store/exerciserepository.h"
#include "store/query.h"
#include "store/serveradmin.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "store/storeerror.h"
#include "teamserverfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace spotter::test {
namespace {

TEST_F(TeamServer, EveryTableIsGuardedAndHasARule)
{
    const auto db = open(coach());
    EXPECT_EQ(db->integrityCheck(), QStringList{QStringLiteral("ok")});
    const QStringList tables =
        cluster()
            .psql(m_db,
                  QStringLiteral("SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                 "c.relnamespace WHERE n.nspname = 'spotter' AND relkind = 'r' ORDER BY 1"))
            .split(u'\n');
    QStringList guarded = server::guardedTables();
    guarded.sort();
    EXPECT_EQ(tables, guarded) << "a table a migration adds needs its rule in serverpolicies.cpp";
    // Every table has RLS on and forced, so even the owner sees only what a policy gives.
    EXPECT_EQ(cluster().psql(
                  m_db, QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON "
                                       "n.oid = c.relnamespace WHERE n.nspname = 'spotter' AND "
                                       "relkind = 'r' AND NOT (relrowsecurity AND relforcerowsecurity)")),
              QStringLiteral("0"));
    // Taking the guard off one table is reported.
    cluster().psql(m_db, QStringLiteral("ALTER TABLE spotter.team NO FORCE ROW LEVEL SECURITY"));
    EXPECT_EQ(db->integrityCheck(),
              QStringList{QStringLiteral("table team is not guarded by row-level security")});
}

TEST_F(TeamServer, AnAthleteSeesAndWritesOnlyTheirOwnRowsThroughSpotter)
{
    qint64 boSession = 0;
    qint64 boSet = 0;
    {
        const auto bo = open(m_bo);
        ASSERT_TRUE(bo->serverIdentity());
        EXPECT_TRUE(bo->serverIdentity()->athlete);
        EXPECT_FALSE(bo->serverIdentity()->coach);
        EXPECT_EQ(bo->serverIdentity()->athleteId, m_boId);
        Session s = sessionOf(*bo, m_boId, QStringLiteral("Bo's pulls"));
        SessionRepository(*bo).add(s);
        boSession = s.id;
        boSet = s.sets.first().id;
    }
    const auto ann = open(m_ann);
    EXPECT_EQ(ann->serverIdentity()->athleteId, m_annId);
    const QList<Athlete> visible = AthleteRepository(*ann).list();
    ASSERT_EQ(visible.size(), 1);
    EXPECT_EQ(visible.first().name, QStringLiteral("Ann"));
    SessionRepository sessions(*ann);
    // Reading Bo's sets returns nothing.
    EXPECT_TRUE(sessions.list(m_boId).isEmpty());
    EXPECT_FALSE(sessions.get(boSession));
    EXPECT_FALSE(sessions.getSet(boSet));
    // Writing them fails, loudly: PostgreSQL turns the UPDATE into "0 rows" (field notes §7),
    // which Spotter reports instead of pretending it saved.
    WorkoutSet forged;
    forged.id = boSet;
    forged.sessionId = boSession;
    forged.exerciseId = ExerciseRepository(*ann).find(QStringLiteral("Deadlift"))->id;
    forged.weight = Weight::fromKg(1);
    forged.reps = 1;
    try {
        sessions.updateSet(forged);
        ADD_FAILURE() << "an athlete changed another athlete's set";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::NotFound) << e.message().toStdString();
    }
    EXPECT_THROW(sessions.insertSet(forged), StoreError);
    Session intoBo = sessionOf(*ann, m_boId, QStringLiteral("forged"));
    try {
        sessions.add(intoBo);
        ADD_FAILURE() << "an athlete logged a session for another athlete";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::Denied) << e.message().toStdString();
    }
    Athlete cy;
    cy.name = QStringLiteral("Cy");
    EXPECT_THROW(AthleteRepository(*ann).add(cy), StoreError) << "athletes do not add athletes";
    // Their own rows work as on a file.
    Session own = sessionOf(*ann, m_annId, QStringLiteral("Ann's squats"));
    SessionRepository(*ann).add(own);
    EXPECT_EQ(sessions.list(m_annId).size(), 1);
    EXPECT_EQ(cluster().psql(
                  m_db, QStringLiteral("SELECT weight_g FROM spotter.workout_set WHERE id = %1").arg(boSet)),
              QStringLiteral("140000"))
        << "Bo's set is untouched";
}

TEST_F(TeamServer, AnAthleteCannotReachAnotherAthletesRowsThroughPlainSql)
{
    const auto bo = open(m_bo);
    Session s = sessionOf(*bo, m_boId, QStringLiteral("Bo's pulls"));
    SessionRepository(*bo).add(s);
    const QString boSet = QString::number(s.sets.first().id);
    // psql as Ann with her own password: SELECT finds nothing, UPDATE and DELETE change nothing,
    // INSERT is refused with 42501, and switching row security off is an error.
    const auto asAnn = [&](const QString &sql) { return cluster().tryPsql(m_db, sql, m_ann); };
    EXPECT_EQ(asAnn(QStringLiteral("SELECT count(*) FROM spotter.workout_set")).output, QStringLiteral("0"));
    EXPECT_EQ(asAnn(QStringLiteral("SELECT count(*) FROM spotter.session")).output, QStringLiteral("0"));
    EXPECT_EQ(
        asAnn(QStringLiteral("WITH u AS (UPDATE spotter.workout_set SET reps = 99 WHERE id = %1 RETURNING 1) "
                             "SELECT count(*) FROM u")
                  .arg(boSet))
            .output,
        QStringLiteral("0"));
    EXPECT_EQ(
        asAnn(QStringLiteral("WITH d AS (DELETE FROM spotter.session RETURNING 1) SELECT count(*) FROM d"))
            .output,
        QStringLiteral("0"));
    const auto insert =
        asAnn(QStringLiteral("INSERT INTO spotter.workout_set (session_id, exercise_id, position, "
                             "kind) VALUES (%1, 1, 9, 'working')")
                  .arg(s.id));
    EXPECT_FALSE(insert.ok);
    EXPECT_TRUE(insert.error.contains(u"row-level security")) << insert.error.toStdString();
    const auto off = asAnn(QStringLiteral("SET row_security = off; SELECT count(*) FROM spotter.session"));
    EXPECT_FALSE(off.ok);
    // The private tables are not even readable.
    EXPECT_FALSE(asAnn(QStringLiteral("SELECT * FROM spotter.athlete_login")).ok);
    EXPECT_FALSE(asAnn(QStringLiteral("SET ROLE spotter_owner")).ok);
    EXPECT_EQ(
        cluster().psql(m_db, QStringLiteral("SELECT reps FROM spotter.workout_set WHERE id = %1").arg(boSet)),
        QStringLiteral("5"));
}

TEST_F(TeamServer, ACoachSeesTheAthletesOfTheirTeamsOnly)
{
    {
        const auto bo = open(m_bo);
        Session s = sessionOf(*bo, m_boId, QStringLiteral("Bo's pulls"));
        SessionRepository(*bo).add(s);
        const auto ann = open(m_ann);
        Session a = sessionOf(*ann, m_annId, QStringLiteral("Ann's squats"));
        SessionRepository(*ann).add(a);
    }
    const auto testers = open(coach());
    EXPECT_TRUE(testers->serverIdentity()->coach);
    QStringList names;
    for (const Athlete &a : AthleteRepository(*testers).list())
        names.append(a.name);
    EXPECT_EQ(names, QStringList{QStringLiteral("Ann")});
    EXPECT_TRUE(SessionRepository(*testers).list(m_boId).isEmpty());
    EXPECT_EQ(SessionRepository(*testers).list(m_annId).size(), 1);
    // A new athlete of the coach joins the coach's team and is theirs at once.
    Athlete cy;
    cy.name = QStringLiteral("Cy");
    AthleteRepository(*testers).add(cy);
    EXPECT_EQ(AthleteRepository(*testers).list().size(), 2);

    const auto other = open(m_otherCoach);
    names.clear();
    for (const Athlete &a : AthleteRepository(*other).list())
        names.append(a.name);
    EXPECT_EQ(names, QStringList{QStringLiteral("Bo")});
    EXPECT_EQ(
        cluster()
            .tryPsql(m_db, QStringLiteral("SELECT string_agg(title, ',') FROM spotter.session"), m_otherCoach)
            .output,
        QStringLiteral("Bo's pulls"));
}

TEST_F(TeamServer, TheOwnerASuperuserAndStrangersAreRefused)
{
    const auto refused = [&](const DatabaseLocation &location, Database::Options options = {}) {
        try {
            Database db(location, options);
        } catch (const StoreError &e) {
            return std::make_pair(e.kind(), e.message());
        }
        return std::make_pair(StoreError::Kind::Sql, QStringLiteral("opened"));
    };
    auto [kind, message] = refused(cluster().admin(m_db));
    EXPECT_EQ(kind, StoreError::Kind::Denied);
    EXPECT_TRUE(message.contains(u"row-level security")) << message.toStdString();
    const QString stranger = QStringLiteral("stranger_") + m_db;
    cluster().psql(m_db, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(stranger, password()));
    std::tie(kind, message) = refused(cluster().location(m_db, stranger));
    EXPECT_EQ(kind, StoreError::Kind::Denied);
    EXPECT_TRUE(message.contains(u"neither a coach nor an athlete")) << message.toStdString();
    Database::Options wrong;
    wrong.password = QStringLiteral("not the password");
    std::tie(kind, message) = refused(cluster().location(m_db, coach()), wrong);
    EXPECT_EQ(kind, StoreError::Kind::Denied);
    EXPECT_TRUE(message.contains(u"password")) << message.toStdString();
    std::tie(kind, message) = refused(cluster().location(QStringLiteral("postgres"), coach()));
    EXPECT_EQ(kind, StoreError::Kind::NotADatabase) << message.toStdString();
    EXPECT_TRUE(message.contains(u"server init")) << message.toStdString();
}

TEST_F(TeamServer, ANewerSchemaIsRefusedUntouched)
{
    const int newer = Database::kSchemaVersion + 1;
    cluster().psql(m_db, QStringLiteral("UPDATE spotter.spotter_schema SET version = %1").arg(newer));
    const QString before =
        cluster().psql(m_db, QStringLiteral("SELECT count(*), max(id) FROM spotter.exercise"));
    try {
        Database db(cluster().location(m_db, coach()), Database::Options());
        ADD_FAILURE() << "a newer schema was opened";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::NewerSchema);
        EXPECT_TRUE(e.message().contains(u"newer version of Spotter")) << e.message().toStdString();
    }
    EXPECT_THROW(ServerAdmin(cluster().admin(m_db)).upgrade(), StoreError);
    EXPECT_EQ(cluster().psql(m_db, QStringLiteral("SELECT version FROM spotter.spotter_schema")),
              QString::number(newer));
    EXPECT_EQ(cluster().psql(m_db, QStringLiteral("SELECT count(*), max(id) FROM spotter.exercise")), before);
}

TEST_F(TeamServer, AnOlderSchemaWaitsForTheAdminsUpgradeWhichIsAllOrNothing)
{
    const QString fresh = QStringLiteral("up_") + m_db;
    cluster().psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(fresh));
    const std::vector<Migration> v2{migrations()[0], migrations()[1]};
    EXPECT_EQ(ServerAdmin(cluster().admin(fresh), {}, &v2).init().after, 2);
    {
        ServerAdmin admin(cluster().admin(fresh));
        admin.addTeam(QString::fromLatin1(PgCluster::kTeam));
        admin.assignCoach(QString::fromLatin1(PgCluster::kTeam), coach());
    }
    try {
        Database db(cluster().location(fresh, coach()), Database::Options());
        ADD_FAILURE() << "an older schema was used";
    } catch (const StoreError &e) {
        EXPECT_TRUE(e.message().contains(u"server upgrade")) << e.message().toStdString();
    }
    // A step that fails takes every step of the upgrade back with it: DDL is transactional.
    std::vector<Migration> broken = migrations();
    broken.push_back({Database::kSchemaVersion + 1, "broken", [](const QSqlDatabase &db) {
                          Query::run(db, QStringLiteral("ALTER TABLE nowhere ADD x INT"));
                      }});
    EXPECT_THROW(ServerAdmin(cluster().admin(fresh), {}, &broken).upgrade(), StoreError);
    EXPECT_EQ(cluster().psql(fresh, QStringLiteral("SELECT version FROM spotter.spotter_schema")),
              QStringLiteral("2"));
    EXPECT_EQ(
        cluster().psql(fresh, QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE "
                                             "table_schema = 'spotter' AND column_name = 'row_version'")),
        QStringLiteral("0"));
    const ServerAdmin::Setup setup = ServerAdmin(cluster().admin(fresh)).upgrade();
    EXPECT_EQ(setup.before, 2);
    EXPECT_EQ(setup.after, Database::kSchemaVersion);
    const Database db(cluster().location(fresh, coach()), Database::Options());
    EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion);
    EXPECT_EQ(db.integrityCheck(), QStringList{QStringLiteral("ok")});
    // The whole-body triage's step (3) and the assisted exercises' (4) ran too: their columns,
    // their index, the built-in assisted lifts.
    EXPECT_EQ(
        cluster().psql(fresh, QStringLiteral("SELECT string_agg(table_name || '.' || column_name, ' ' "
                                             "ORDER BY table_name, column_name) FROM "
                                             "information_schema.columns WHERE table_schema = 'spotter' "
                                             "AND column_name IN ('one_sided', 'lift', 'assessed_class', "
                                             "'assessed_urgency', 'assessed_rules', 'assessed_utc', "
                                             "'rules_version', 'immunosuppressed', 'assisted', 'category')")),
        QStringLiteral(
            "athlete.immunosuppressed exercise.assisted exercise.category soreness.assessed_class "
            "soreness.assessed_rules soreness.assessed_urgency soreness.assessed_utc soreness.lift "
            "soreness.one_sided soreness.rules_version"));
    EXPECT_EQ(
        cluster().psql(fresh, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = 'spotter' "
                                             "AND indexname = 'soreness_rules_version'")),
        QStringLiteral("1"));
    const auto assisted = ExerciseRepository(db).find(QStringLiteral("Assisted Pull Up"));
    ASSERT_TRUE(assisted.has_value());
    EXPECT_TRUE(assisted->assisted);
    // The common names' step (6) ran before the row versions' (7).
    const auto bench = ExerciseRepository(db).find(QStringLiteral("Bench"));
    ASSERT_TRUE(bench.has_value());
    EXPECT_EQ(bench->name, QStringLiteral("Bench Press"));
    // Running it again changes nothing.
    EXPECT_EQ(ServerAdmin(cluster().admin(fresh)).init().before, Database::kSchemaVersion);
    cluster().dropDatabase(fresh);
}

} // namespace
} // namespace spotter::test

namespace spotter::test {
namespace {

/// Waits until the feed's reports, together, name one of @p tables ("" is "anything may have
/// changed"); what else they name is left to see.
bool heard(QSignalSpy &spy, const QSet<QString> &tables, int ms)
{
    return QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &signal : spy)
                if (signal.at(0).value<QSet<QString>>().intersects(tables))
                    return true;
            return false;
        },
        ms);
}

TEST_F(TeamServer, TheChangeFeedReportsOtherPeoplesWritesAndSurvivesARestart)
{
    const auto coachDb = open(coach());
    ChangeFeed feed(*coachDb);
    feed.start();
    // It subscribes on its own thread; the window never waits for that.
    ASSERT_TRUE(QTest::qWaitFor([&] { return feed.isListening(); }, 10'000));
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    {
        const auto ann = open(m_ann);
        Session s = sessionOf(*ann, m_annId, QStringLiteral("Ann's squats"));
        SessionRepository(*ann).add(s);
    }
    ASSERT_TRUE(heard(spy, {QStringLiteral("session")}, 10'000));
    EXPECT_TRUE(heard(spy, {QStringLiteral("workout_set")}, 0));

    // A restart drops the subscription (Qt does not reconnect); the feed notices, subscribes
    // again, says "anything may have changed" and hears the next write.
    spy.clear();
    cluster().restart();
    ASSERT_TRUE(heard(spy, {QString()}, 15'000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return feed.isListening(); }, 10'000));
    spy.clear();
    {
        const auto ann = open(m_ann);
        SorenessReport r;
        r.athleteId = m_annId;
        r.region = Region::Quads;
        r.noticedAt = Clock::now();
        r.intensity = 2;
        SorenessRepository(*ann).add(r);
    }
    EXPECT_TRUE(heard(spy, {QStringLiteral("soreness")}, 10'000));
}

TEST_F(TeamServer, ExerciseWritesAreAnnouncedAndAnOlderServerSaysItDoesNot)
{
    const auto coachDb = open(coach());
    ASSERT_TRUE(coachDb->serverIdentity());
    EXPECT_TRUE(coachDb->serverIdentity()->announcesExercises);
    ChangeFeed feed(*coachDb);
    feed.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return feed.isListening(); }, 10'000));
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    {
        // An athlete adds to the shared catalogue from the quick-entry line on her laptop.
        const auto ann = open(m_ann);
        Exercise e;
        e.name = QStringLiteral("Landmine Press");
        ExerciseRepository(*ann).add(e);
    }
    EXPECT_TRUE(heard(spy, {QStringLiteral("exercise")}, 10'000));

    // A server set up before the catalogue was announced: the open says so, for the window to
    // fall back on a guess, and the admin's upgrade adds the announcement.
    cluster().psql(m_db, QStringLiteral("DROP TRIGGER spotter_notify ON spotter.exercise"));
    cluster().psql(m_db, QStringLiteral("DROP TRIGGER spotter_notify ON spotter.exercise_alias"));
    EXPECT_FALSE(open(coach())->serverIdentity()->announcesExercises);
    EXPECT_EQ(
        open(coach())->integrityCheck(),
        (QStringList{QStringLiteral("changes to table exercise are not announced to other people's windows; "
                                    "the admin restores that with 'spotter-cli server upgrade'"),
                     QStringLiteral("changes to table exercise_alias are not announced to other people's "
                                    "windows; the admin restores that with 'spotter-cli server upgrade'")}));
    ServerAdmin(cluster().admin(m_db)).upgrade();
    EXPECT_TRUE(open(coach())->serverIdentity()->announcesExercises);
    EXPECT_EQ(open(coach())->integrityCheck(), QStringList{QStringLiteral("ok")});
    EXPECT_EQ(cluster().psql(m_db, QStringLiteral("SELECT count(*) FROM pg_trigger t JOIN pg_class c ON "
                                                  "c.oid = t.tgrelid WHERE c.relname = 'exercise_alias' "
                                                  "AND t.tgname = 'spotter_notify'")),
              QStringLiteral("1"));
}

TEST_F(TeamServer, AWriteBeforeTheFeedFirstListensIsNotMissed)
{
    // The window reads the server before the feed listens: it starts the feed after its first
    // page, and the feed logs in on its own thread. Ann's session lands in that gap: the feed
    // cannot hear it, so it must say that anything may have changed.
    const auto coachDb = open(coach());
    ChangeFeed feed(*coachDb);
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    {
        const auto ann = open(m_ann);
        Session s = sessionOf(*ann, m_annId, QStringLiteral("Ann's early squats"));
        SessionRepository(*ann).add(s);
    }
    feed.start();
    EXPECT_TRUE(heard(spy, {QString(), QStringLiteral("session")}, 10'000))
        << "written before the feed listened";
}

} // namespace
} // namespace spotter::test
