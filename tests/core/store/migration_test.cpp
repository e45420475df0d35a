// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 2 rebuilds the sets table with a cheaper CHECK; a version-1 file must come through
// with every set, its indexes, its constraints and a backup.
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/query.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "store/storeerror.h"
#include "testutil.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

QStringList setRows(const Database &db)
{
    QStringList out;
    Query q(db.connection(),
            QStringLiteral("SELECT id, session_id, exercise_id, position, kind, weight_g, reps, rpe, "
                           "rir, rest_s, seconds, distance_cm, notes FROM workout_set ORDER BY id"));
    q.exec();
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 13; ++i)
            cells.append(q.isNull(i) ? QStringLiteral("NULL") : q.string(i));
        out.append(cells.join(u'|'));
    }
    return out;
}

TEST(MigrationV2, UpgradesAVersionOneFileKeepingEverySet)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    const std::vector<Migration> v1{migrations().front()};
    ASSERT_EQ(v1.front().version, 1);
    Database::Options oldProgram;
    oldProgram.migrations = &v1;

    QStringList before;
    qint64 sessionId = 0;
    {
        const Database db(path, oldProgram);
        ASSERT_EQ(db.schemaVersion(), 1);
        // The rows as the version-1 program wrote them (today's repositories write later columns).
        Query::run(db.connection(), QStringLiteral("INSERT INTO athlete (id, name, name_key, unit) VALUES "
                                                   "(1, 'Ann', 'ann', 'kg')"));
        const qint64 squat = ExerciseRepository(db).find(QStringLiteral("Back Squat"))->id;
        Query::run(db.connection(),
                   QStringLiteral("INSERT INTO session (id, athlete_id, start_utc, utc_offset_s) "
                                  "VALUES (1, 1, 1767000000, 3600)"));
        sessionId = 1;
        int position = 0;
        for (const SetKind kind : allValues(kSetKindKeys)) {
            Query w(
                db.connection(),
                QStringLiteral("INSERT INTO workout_set (session_id, exercise_id, position, kind, weight_g, "
                               "reps, rpe, rest_s, notes) VALUES (1, :exercise, :position, :kind, 100000, 5, "
                               ":rpe, 180, :notes)"));
            w.bind(QStringLiteral(":exercise"), squat)
                .bind(QStringLiteral(":position"), position++)
                .bind(QStringLiteral(":kind"), toKey(kind))
                .bind(QStringLiteral(":rpe"), kind == SetKind::Warmup ? QVariant() : QVariant(8.5))
                .bind(QStringLiteral(":notes"), QStringLiteral("set with ünïcode"))
                .exec();
        }
        before = setRows(db);
        ASSERT_EQ(before.size(), 5);
    }

    const std::vector<Migration> v2{migrations()[0], migrations()[1]};
    Database::Options program2;
    program2.migrations = &v2;
    const Database db(path, program2);
    EXPECT_EQ(db.originalVersion(), 1);
    EXPECT_EQ(db.schemaVersion(), 2);
    EXPECT_EQ(setRows(db), before);
    // The backup is the version-1 file as it was.
    ASSERT_FALSE(db.migrationBackup().isEmpty());
    {
        Database::Options readOnly = oldProgram;
        readOnly.readOnly = true;
        const Database backup(db.migrationBackup(), readOnly);
        EXPECT_EQ(backup.schemaVersion(), 1);
        EXPECT_EQ(setRows(backup), before);
    }
    // Both indexes are back, and an insert no longer builds a temporary table for the check.
    EXPECT_EQ(Query::scalar(db.connection(),
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                           "AND name IN ('workout_set_session', 'workout_set_exercise')"))
                  .toInt(),
              2);
    Query explain(db.connection(),
                  QStringLiteral("EXPLAIN INSERT INTO workout_set (session_id, exercise_id, position, "
                                 "kind) VALUES (1, 1, 9, 'working')"));
    explain.exec();
    int opcodes = 0;
    while (explain.next()) {
        ++opcodes;
        EXPECT_NE(explain.string(1), QStringLiteral("OpenEphemeral"));
    }
    EXPECT_GT(opcodes, 10);
    // The constraints still hold: an unknown kind is refused, and deleting the session removes
    // its sets.
    EXPECT_THROW(
        Query::run(db.connection(),
                   QStringLiteral("INSERT INTO workout_set (session_id, exercise_id, position, kind) "
                                  "VALUES (%1, 1, 9, 'bogus')")
                       .arg(sessionId)),
        StoreError);
    SessionRepository(db).remove(sessionId);
    EXPECT_TRUE(setRows(db).isEmpty());
}

} // namespace
} // namespace spotter::test
