// SPDX-License-Identifier: GPL-3.0-or-later
// workout_set's foreign keys on a team server, checked per statement by triggers
// (core/store/serverkeys.cpp): what the constraints refused is still refused, what they
// cascaded still cascades, and two people racing an insert against a delete leave no set
// without its session. Plain SQL goes through libpq so that a statement can be left waiting
// on a lock while the test does something else.
#include "pqclient.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/query.h"
#include "store/recordrepository.h"
#include "store/serveradmin.h"
#include "store/sessionrepository.h"
#include "store/storeerror.h"
#include "teamserverfixture.h"

#include <QDeadlineTimer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

class SetKeys : public TeamServer
{
protected:
    /// Sets without a session, counted by the superuser (row-level security would hide them).
    QString orphans() const
    {
        return cluster().psql(m_db, QStringLiteral("SELECT count(*) FROM spotter.workout_set w WHERE NOT "
                                                   "EXISTS (SELECT 1 FROM spotter.session s WHERE s.id = "
                                                   "w.session_id)"));
    }
    QString count(const QString &table, const QString &where = QStringLiteral("true")) const
    {
        return cluster().psql(m_db,
                              QStringLiteral("SELECT count(*) FROM spotter.%1 WHERE %2").arg(table, where));
    }
    qint64 deadlift() const
    {
        return cluster()
            .psql(m_db, QStringLiteral("SELECT id FROM spotter.exercise WHERE name = 'Deadlift'"))
            .toLongLong();
    }
    /// A session of Ann's with one set, logged by the coach; its id.
    qint64 annSession(const QString &title) const
    {
        const auto db = open(coach());
        Session s = sessionOf(*db, m_annId, title);
        SessionRepository(*db).add(s);
        return s.id;
    }
    /// Whether @p pid is waiting for a lock, asked until it is (at most 30 s).
    bool waitsForALock(int pid) const
    {
        Pq admin(m_db, QStringLiteral("postgres"));
        const QString sql =
            QStringLiteral("SELECT count(*) FROM pg_locks WHERE pid = %1 AND NOT granted").arg(pid);
        for (QDeadlineTimer deadline(30'000); !deadline.hasExpired();) {
            if (admin.run(sql).value != QStringLiteral("0"))
                return true;
        }
        return false;
    }
    QString insertSet(qint64 session, qint64 exercise, int position) const
    {
        return QStringLiteral(
                   "INSERT INTO spotter.workout_set (session_id, exercise_id, position, kind) VALUES "
                   "(%1, %2, %3, 'working')")
            .arg(session)
            .arg(exercise)
            .arg(position);
    }
};

TEST_F(SetKeys, TheForeignKeysAreStatementTriggersOnTheServerAndConstraintsInAFile)
{
    EXPECT_EQ(
        cluster().psql(m_db, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND "
                                            "conrelid = 'spotter.workout_set'::regclass")),
        QStringLiteral("0"));
    // personal_record keeps its own, to workout_set and to session.
    EXPECT_EQ(
        cluster().psql(
            m_db,
            QStringLiteral(
                "SELECT string_agg(p.relname, ',' ORDER BY p.relname) "
                "FROM pg_constraint JOIN pg_class p ON p.oid = confrelid WHERE contype = 'f' AND conrelid = "
                "'spotter.personal_record'::regclass AND confrelid IN "
                "('spotter.workout_set'::regclass, 'spotter.session'::regclass)")),
        QStringLiteral("session,workout_set"));
    EXPECT_EQ(
        cluster().psql(
            m_db, QStringLiteral(
                      "SELECT string_agg(t.relname || '.' || tgname, ' ' ORDER BY t.relname, tgname) "
                      "FROM pg_trigger JOIN pg_class t ON t.oid = tgrelid WHERE tgname LIKE 'spotter_keys%' "
                      "OR tgname LIKE 'spotter_sets%'")),
        QStringLiteral("exercise.spotter_sets_refuse_delete exercise.spotter_sets_refuse_truncate "
                       "exercise.spotter_sets_refuse_update session.spotter_sets_cascade "
                       "session.spotter_sets_refuse_truncate session.spotter_sets_refuse_update "
                       "workout_set.spotter_keys_insert workout_set.spotter_keys_update"));

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Database file(dir.filePath(QStringLiteral("keys.sqlite")));
    EXPECT_EQ(Query::scalar(
                  file.connection(),
                  QStringLiteral("SELECT group_concat(\"table\" || '.' || on_delete, ' ') FROM "
                                 "(SELECT * FROM pragma_foreign_key_list('workout_set') ORDER BY \"table\")"))
                  .toString(),
              QStringLiteral("exercise.NO ACTION session.CASCADE"));
}

TEST_F(SetKeys, ASetWithAMissingSessionOrExerciseIsRefusedAndLeavesNothing)
{
    const qint64 session = annSession(QStringLiteral("pulls"));
    const QString before = count(QStringLiteral("workout_set"));
    Pq admin(m_db, QStringLiteral("postgres"));
    // One good row and one orphan in the same statement: the statement is refused whole.
    auto r = admin.run(insertSet(session, deadlift(), 2)
                       + QStringLiteral(", (987654, %1, 1, 'working')").arg(deadlift()));
    EXPECT_EQ(r.state, QByteArray("23503")) << r.message.toStdString();
    EXPECT_TRUE(r.message.contains(u"workout_set_session_id_fkey")) << r.message.toStdString();
    EXPECT_TRUE(r.message.contains(u"987654")) << r.message.toStdString();
    r = admin.run(insertSet(session, 987655, 2));
    EXPECT_EQ(r.state, QByteArray("23503")) << r.message.toStdString();
    EXPECT_TRUE(r.message.contains(u"workout_set_exercise_id_fkey")) << r.message.toStdString();
    r = admin.run(QStringLiteral("UPDATE spotter.workout_set SET exercise_id = 987656 WHERE session_id = %1")
                      .arg(session));
    EXPECT_EQ(r.state, QByteArray("23503")) << r.message.toStdString();
    r = admin.run(QStringLiteral("UPDATE spotter.workout_set SET session_id = 987657 WHERE session_id = %1")
                      .arg(session));
    EXPECT_EQ(r.state, QByteArray("23503")) << r.message.toStdString();
    EXPECT_EQ(count(QStringLiteral("workout_set")), before);
    EXPECT_EQ(count(QStringLiteral("workout_set"), QStringLiteral("exercise_id = %1").arg(deadlift())),
              before);

    // Through Spotter, as the coach: the refusal the constraint gave (23503, InUse).
    const auto db = open(coach());
    WorkoutSet w;
    w.sessionId = session;
    w.exerciseId = 987658;
    w.weight = Weight::fromKg(100);
    w.reps = 5;
    try {
        SessionRepository(*db).insertSet(w);
        ADD_FAILURE() << "a set of a missing exercise was stored";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::InUse) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(u"violates foreign key constraint")) << e.message().toStdString();
    }
    EXPECT_EQ(count(QStringLiteral("workout_set")), before);
}

TEST_F(SetKeys, DeletingASessionTakesItsSetsAndTheirRecords)
{
    const auto db = open(coach());
    Session s = sessionOf(*db, m_annId, QStringLiteral("pulls"));
    s.sets.append(s.sets.first());
    SessionRepository sessions(*db);
    sessions.add(s);
    PersonalRecord pr;
    pr.exerciseId = s.sets[1].exerciseId;
    pr.setId = s.sets[1].id;
    pr.kind = RecordKind::E1rm;
    pr.weight = Weight::fromKg(140);
    pr.reps = 5;
    pr.e1rm = Weight::fromKg(163);
    pr.previousE1rm = Weight::fromKg(150);
    RecordRepository(*db).replaceForSession(m_annId, s.id, {pr});
    const QString ofSession = QStringLiteral("session_id = %1").arg(s.id);
    ASSERT_EQ(count(QStringLiteral("workout_set"), ofSession), QStringLiteral("2"));
    ASSERT_EQ(count(QStringLiteral("personal_record"), ofSession), QStringLiteral("1"));

    // Deleted and brought back (the undo), then deleted for good.
    const auto snapshot = sessions.removeWithSnapshot(s.id);
    ASSERT_TRUE(snapshot);
    EXPECT_EQ(count(QStringLiteral("workout_set"), ofSession), QStringLiteral("0"));
    sessions.restore(*snapshot);
    EXPECT_EQ(count(QStringLiteral("workout_set"), ofSession), QStringLiteral("2"));
    EXPECT_EQ(count(QStringLiteral("personal_record"), ofSession), QStringLiteral("1"));
    sessions.remove(s.id);
    EXPECT_EQ(count(QStringLiteral("workout_set"), ofSession), QStringLiteral("0"));
    EXPECT_EQ(count(QStringLiteral("personal_record"), ofSession), QStringLiteral("0"));

    // An athlete's sessions go with the athlete, and their sets with them.
    annSession(QStringLiteral("squats"));
    annSession(QStringLiteral("presses"));
    ASSERT_EQ(count(QStringLiteral("workout_set")), QStringLiteral("2"));
    AthleteRepository(*db).remove(m_annId);
    EXPECT_EQ(count(QStringLiteral("workout_set")), QStringLiteral("0"));
    EXPECT_EQ(orphans(), QStringLiteral("0"));
}

TEST_F(SetKeys, AnExerciseOrASessionIdThatSetsPointToCannotGo)
{
    // Bo, of the other team, logs a set of an exercise of his own; the tests' coach cannot see
    // that set, so the store's own count finds none and the trigger is what refuses.
    Exercise zercher;
    zercher.name = QStringLiteral("Zercher Squat");
    zercher.kind = ExerciseKind::Main;
    qint64 boSession = 0;
    {
        const auto bo = open(m_bo);
        ExerciseRepository(*bo).add(zercher);
        Session s = sessionOf(*bo, m_boId, QStringLiteral("Bo's squats"));
        s.sets.first().exerciseId = zercher.id;
        SessionRepository(*bo).add(s);
        boSession = s.id;
    }
    const auto db = open(coach());
    try {
        ExerciseRepository(*db).remove(zercher.id);
        ADD_FAILURE() << "an exercise with sets was deleted";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::InUse) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(u"workout_set_exercise_id_fkey")) << e.message().toStdString();
    }
    EXPECT_TRUE(ExerciseRepository(*db).get(zercher.id).has_value());

    Pq admin(m_db, QStringLiteral("postgres"));
    auto r =
        admin.run(QStringLiteral("UPDATE spotter.exercise SET id = 987654 WHERE id = %1").arg(zercher.id));
    EXPECT_EQ(r.state, QByteArray("23503")) << r.message.toStdString();
    r = admin.run(QStringLiteral("UPDATE spotter.session SET id = 987655 WHERE id = %1").arg(boSession));
    EXPECT_EQ(r.state, QByteArray("23503")) << r.message.toStdString();
    EXPECT_TRUE(r.message.contains(u"workout_set_session_id_fkey")) << r.message.toStdString();
    r = admin.run(QStringLiteral("TRUNCATE spotter.exercise CASCADE"));
    EXPECT_EQ(r.state, QByteArray("23503")) << r.message.toStdString();
    // An update that keeps the ids passes, and so does the delete once no set points to it.
    EXPECT_TRUE(admin.run(QStringLiteral("UPDATE spotter.exercise SET name = name")).ok);
    EXPECT_TRUE(admin.run(QStringLiteral("UPDATE spotter.session SET title = title || '!'")).ok);
    EXPECT_TRUE(admin.run(QStringLiteral("DELETE FROM spotter.session WHERE id = %1").arg(boSession)).ok);
    ExerciseRepository(*db).remove(zercher.id);
    EXPECT_FALSE(ExerciseRepository(*db).get(zercher.id).has_value());
}

// Two people, one adding sets to a session in an open transaction, the other deleting that
// session: whichever comes first, either the sets are refused or they go with the session.
TEST_F(SetKeys, AnInsertRacingTheDeleteOfItsSessionLeavesNoOrphans)
{
    const qint64 exercise = deadlift();
    {
        // The insert first: the delete waits for it, then takes the new sets with it.
        const qint64 session = annSession(QStringLiteral("insert first"));
        Pq inserter(m_db, coach());
        Pq deleter(m_db, coach());
        ASSERT_TRUE(inserter.run(QStringLiteral("BEGIN")).ok);
        const auto added =
            inserter.run(insertSet(session, exercise, 2)
                         + QStringLiteral(", (%1, %2, 3, 'working')").arg(session).arg(exercise));
        ASSERT_TRUE(added.ok) << added.message.toStdString();
        deleter.send(QStringLiteral("DELETE FROM spotter.session WHERE id = %1").arg(session));
        ASSERT_TRUE(waitsForALock(deleter.pid())) << "the delete did not wait for the insert";
        ASSERT_TRUE(inserter.run(QStringLiteral("COMMIT")).ok);
        const auto deleted = deleter.finish();
        EXPECT_TRUE(deleted.ok) << deleted.message.toStdString();
        EXPECT_EQ(count(QStringLiteral("session"), QStringLiteral("id = %1").arg(session)),
                  QStringLiteral("0"));
        EXPECT_EQ(count(QStringLiteral("workout_set"), QStringLiteral("session_id = %1").arg(session)),
                  QStringLiteral("0"));
        EXPECT_EQ(orphans(), QStringLiteral("0"));
    }
    {
        // The delete first: the insert waits for it, then finds its session gone.
        const qint64 session = annSession(QStringLiteral("delete first"));
        Pq inserter(m_db, coach());
        Pq deleter(m_db, coach());
        ASSERT_TRUE(deleter.run(QStringLiteral("BEGIN")).ok);
        ASSERT_TRUE(deleter.run(QStringLiteral("DELETE FROM spotter.session WHERE id = %1").arg(session)).ok);
        ASSERT_TRUE(inserter.run(QStringLiteral("BEGIN")).ok);
        inserter.send(insertSet(session, exercise, 2));
        ASSERT_TRUE(waitsForALock(inserter.pid())) << "the insert did not wait for the delete";
        ASSERT_TRUE(deleter.run(QStringLiteral("COMMIT")).ok);
        const auto added = inserter.finish();
        EXPECT_EQ(added.state, QByteArray("23503")) << added.message.toStdString();
        inserter.run(QStringLiteral("ROLLBACK"));
        EXPECT_EQ(count(QStringLiteral("workout_set"), QStringLiteral("session_id = %1").arg(session)),
                  QStringLiteral("0"));
        EXPECT_EQ(orphans(), QStringLiteral("0"));
    }
}

// A server set up before this step has workout_set's two constraints (as created by the
// migrations); `server upgrade` takes them off, puts the triggers on, and keeps the rows.
TEST_F(SetKeys, AServerWithTheOldConstraintsUpgradesToTheTriggers)
{
    const qint64 kept = annSession(QStringLiteral("kept"));
    cluster().psql(
        m_db,
        QStringLiteral(
            "DROP TRIGGER spotter_keys_insert ON spotter.workout_set; "
            "DROP TRIGGER spotter_keys_update ON spotter.workout_set; "
            "DROP TRIGGER spotter_sets_cascade ON spotter.session; "
            "DROP TRIGGER spotter_sets_refuse_update ON spotter.session; "
            "DROP TRIGGER spotter_sets_refuse_truncate ON spotter.session; "
            "DROP TRIGGER spotter_sets_refuse_update ON spotter.exercise; "
            "DROP TRIGGER spotter_sets_refuse_delete ON spotter.exercise; "
            "DROP TRIGGER spotter_sets_refuse_truncate ON spotter.exercise; "
            "DROP FUNCTION spotter.workout_set_keys_added(), spotter.workout_set_sessions_gone(), "
            "spotter.workout_set_parents_changed(), spotter.workout_set_parents_truncated(); "
            "ALTER TABLE spotter.workout_set ADD CONSTRAINT workout_set_v2_session_id_fkey FOREIGN KEY "
            "(session_id) REFERENCES spotter.session (id) ON DELETE CASCADE; "
            "ALTER TABLE spotter.workout_set ADD CONSTRAINT workout_set_v2_exercise_id_fkey FOREIGN KEY "
            "(exercise_id) REFERENCES spotter.exercise (id)"));
    const QString constraints = QStringLiteral("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND "
                                               "conrelid = 'spotter.workout_set'::regclass");
    ASSERT_EQ(cluster().psql(m_db, constraints), QStringLiteral("2"));
    const QString triggers =
        QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND (tgname "
                       "LIKE 'spotter_keys%' OR tgname LIKE 'spotter_sets%')");
    ASSERT_EQ(cluster().psql(m_db, triggers), QStringLiteral("0"));

    for (int run = 0; run < 2; ++run) { // the second finds everything in place
        const ServerAdmin::Setup setup = ServerAdmin(cluster().admin(m_db)).upgrade();
        EXPECT_EQ(setup.after, Database::kSchemaVersion);
        EXPECT_EQ(cluster().psql(m_db, constraints), QStringLiteral("0"));
        EXPECT_EQ(cluster().psql(m_db, triggers), QStringLiteral("8"));
    }
    EXPECT_EQ(count(QStringLiteral("workout_set"), QStringLiteral("session_id = %1").arg(kept)),
              QStringLiteral("1"));
    const auto db = open(coach());
    EXPECT_EQ(db->integrityCheck(), QStringList{QStringLiteral("ok")});
    const qint64 gone = annSession(QStringLiteral("gone"));
    SessionRepository(*db).remove(gone);
    EXPECT_EQ(count(QStringLiteral("workout_set")), QStringLiteral("1"));
    Pq admin(m_db, QStringLiteral("postgres"));
    EXPECT_EQ(admin.run(insertSet(987654, deadlift(), 1)).state, QByteArray("23503"));
    EXPECT_EQ(orphans(), QStringLiteral("0"));

    // A trigger taken off (or disabled) behind Spotter's back is reported until the next upgrade.
    cluster().psql(m_db, QStringLiteral("ALTER TABLE spotter.session DISABLE TRIGGER spotter_sets_cascade"));
    const QStringList problems = db->integrityCheck();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(u"server upgrade")) << problems.first().toStdString();
    ServerAdmin(cluster().admin(m_db)).upgrade();
    cluster().psql(m_db, QStringLiteral("DROP TRIGGER spotter_keys_update ON spotter.workout_set"));
    EXPECT_EQ(db->integrityCheck().size(), 1);
    ServerAdmin(cluster().admin(m_db)).upgrade();
    EXPECT_EQ(db->integrityCheck(), QStringList{QStringLiteral("ok")});
}

} // namespace
} // namespace spotter::test
