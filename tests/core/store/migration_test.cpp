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
        Athlete ann;
        ann.name = QStringLiteral("Ann");
        AthleteRepository(db).add(ann);
        const qint64 squat = ExerciseRepository(db).find(QStringLiteral("Back Squat"))->id;
        Session s;
        s.athleteId = ann.id;
        s.start = dateTimeWithOffset(1'767'000'000, 3600);
        for (const SetKind kind : allValues(kSetKindKeys)) {
            WorkoutSet w;
            w.exerciseId = squat;
            w.kind = kind;
            w.weight = Weight::fromKg(100);
            w.reps = 5;
            w.rpe = kind == SetKind::Warmup ? std::nullopt : std::optional<double>(8.5);
            w.restSeconds = 180;
            w.notes = QStringLiteral("set with ünïcode");
            s.sets.append(w);
        }
        SessionRepository(db).add(s);
        sessionId = s.id;
        before = setRows(db);
        ASSERT_EQ(before.size(), 5);
    }

    const Database db(path);
    EXPECT_EQ(db.originalVersion(), 1);
    EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion);
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
