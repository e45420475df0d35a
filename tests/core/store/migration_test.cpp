// SPDX-License-Identifier: GPL-3.0-or-later
// Migration 2 rebuilds the sets table with a cheaper CHECK; a version-1 file must come through
// with every set, its indexes, its constraints and a backup. Migration 3 adds the whole-body
// triage's columns; a version-2 file keeps every report, marked as judged by the first rules.
// Migration 4 adds assisted exercises; a version-3 file keeps its exercises and sets. Migration 6
// adds the names lifters type ("Bench", "DL", "Pullups") as aliases, leaving a name the person
// already uses to them. Migration 7 adds row versions and the publish state; a version-6 file
// keeps every row.
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/query.h"
#include "store/routinerepository.h"
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
        // This program is version 1's: the exercise columns of later versions do not exist yet.
        Query find(db.connection(), QStringLiteral("SELECT id FROM exercise WHERE name_key = 'back squat'"));
        find.exec();
        ASSERT_TRUE(find.next());
        const qint64 squat = find.int64(0);
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

QStringList sorenessRows(const Database &db)
{
    QStringList out;
    Query q(db.connection(),
            QStringLiteral("SELECT id, athlete_id, session_id, region, side, noticed_utc, "
                           "noticed_offset_s, resolved_utc, resolved_offset_s, intensity, "
                           "character, trend, signs, red_flags, notes FROM soreness ORDER BY id"));
    q.exec();
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 15; ++i)
            cells.append(q.isNull(i) ? QStringLiteral("NULL") : q.string(i));
        out.append(cells.join(u'|'));
    }
    return out;
}

TEST(MigrationV3, AddsTheWholeBodyColumnsAndMarksOldReportsAsJudgedByTheFirstRules)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    const std::vector<Migration> v2{migrations()[0], migrations()[1]};
    ASSERT_EQ(v2.back().version, 2);
    Database::Options oldProgram;
    oldProgram.migrations = &v2;
    QStringList before;
    {
        const Database db(path, oldProgram);
        ASSERT_EQ(db.schemaVersion(), 2);
        // The version-2 program's columns, written as it wrote them.
        Query::run(db.connection(), QStringLiteral("INSERT INTO athlete (id, name, name_key, unit, "
                                                   "steroids_or_osteoporosis) VALUES (1, 'Ann', 'ann', "
                                                   "'kg', 1)"));
        Query::run(db.connection(), QStringLiteral("INSERT INTO session (id, athlete_id, start_utc) "
                                                   "VALUES (1, 1, 1767000000)"));
        Query::run(
            db.connection(),
            QStringLiteral("INSERT INTO soreness (id, athlete_id, session_id, region, side, noticed_utc, "
                           "intensity, character, trend, signs, red_flags, notes) VALUES "
                           "(1, 1, 1, 'lower-back', 'both', 1767086400, 4, 'ache', 'improving', '', '', "
                           "'ünïcode'), "
                           "(2, 1, 1, 'chest', 'left', 1767003600, 6, 'tight', NULL, 'at-rest', "
                           "'chest-pain', ''), "
                           "(3, 1, NULL, 'quads', 'both', 1767090000, 3, 'stiff', 'stable', '', '', '')"));
        before = sorenessRows(db);
        ASSERT_EQ(before.size(), 3);
    }

    const Database db(path);
    EXPECT_EQ(db.originalVersion(), 2);
    EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion);
    EXPECT_EQ(sorenessRows(db), before); // every stored value is kept
    ASSERT_FALSE(db.migrationBackup().isEmpty());
    {
        Database::Options readOnly = oldProgram;
        readOnly.readOnly = true;
        const Database backup(db.migrationBackup(), readOnly);
        EXPECT_EQ(backup.schemaVersion(), 2);
        EXPECT_EQ(sorenessRows(backup), before);
    }
    // The new inputs take their neutral defaults; the old reports are marked as judged by rule
    // set 1 without a stored class, so the services know to assess them again and say so.
    const SorenessRepository soreness(db);
    for (qint64 id : {1, 2, 3}) {
        const auto r = soreness.get(id);
        ASSERT_TRUE(r.has_value());
        EXPECT_FALSE(r->oneSided);
        EXPECT_TRUE(r->lift.isEmpty());
        EXPECT_FALSE(soreness.assessment(id).has_value());
    }
    const QList<PendingAssessment> pending = soreness.pendingAssessments(2);
    ASSERT_EQ(pending.size(), 3);
    for (const PendingAssessment &p : pending) {
        EXPECT_EQ(p.rulesVersion, 1);
        EXPECT_TRUE(p.previousKey.isEmpty());
    }
    EXPECT_TRUE(soreness.pendingAssessments(1).isEmpty());
    const auto ann = AthleteRepository(db).get(1);
    ASSERT_TRUE(ann.has_value());
    EXPECT_TRUE(ann->health.steroidsOrOsteoporosis);
    EXPECT_FALSE(ann->health.immunosuppressed);
    EXPECT_EQ(Query::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                                            "'index' AND name = 'soreness_rules_version'"))
                  .toInt(),
              1);
}

TEST(MigrationV3, NewFieldsAndAssessmentsRoundTrip)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Database db(dir.filePath(QStringLiteral("new.sqlite")));
    Athlete ann;
    ann.name = QStringLiteral("Ann");
    ann.health.immunosuppressed = true;
    AthleteRepository(db).add(ann);
    EXPECT_TRUE(AthleteRepository(db).get(ann.id)->health.immunosuppressed);
    SorenessReport r;
    r.athleteId = ann.id;
    r.region = Region::Groin;
    r.noticedAt = dateTimeWithOffset(1'767'000'000, 3600);
    r.intensity = 5;
    r.signs = {Sign::GroinLump, Sign::Knock};
    r.redFlags = {RedFlag::VeryUnwell, RedFlag::PaleColdLimb};
    r.oneSided = true;
    r.lift = QStringLiteral("Bulgarian Split Squat");
    SorenessRepository soreness(db);
    soreness.add(r);
    EXPECT_EQ(soreness.get(r.id), r);
    // A new report is pending (never assessed) until the services store its triage.
    ASSERT_EQ(soreness.pendingAssessments(2).size(), 1);
    EXPECT_FALSE(soreness.pendingAssessments(2).first().rulesVersion.has_value());
    SorenessAssessment a{QStringLiteral("see-doctor"),
                         QStringLiteral("emergency"),
                         {QStringLiteral("SR-43"), QStringLiteral("SR-39")},
                         2,
                         dateTimeWithOffset(1'767'000'100, 0)};
    soreness.setAssessment(r.id, a);
    EXPECT_EQ(soreness.assessment(r.id)->key(), QStringLiteral("see-doctor/emergency"));
    EXPECT_EQ(soreness.assessment(r.id)->rules, a.rules);
    EXPECT_EQ(soreness.assessment(r.id)->rulesVersion, 2);
    EXPECT_TRUE(soreness.pendingAssessments(2).isEmpty());
    EXPECT_EQ(soreness.pendingAssessments(3).first().previousKey, QStringLiteral("see-doctor/emergency"));
    // An edit makes the stored triage stale: it is cleared until assessed again.
    r.intensity = 2;
    soreness.update(r);
    EXPECT_FALSE(soreness.assessment(r.id).has_value());
    EXPECT_EQ(soreness.pendingAssessments(2).size(), 1);
}

TEST(MigrationV4, AddsAssistedExercisesKeepingTheCatalogueAndTheSets)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    const std::vector<Migration> v3{migrations()[0], migrations()[1], migrations()[2]};
    ASSERT_EQ(v3.back().version, 3);
    Database::Options oldProgram;
    oldProgram.migrations = &v3;
    QStringList before;
    qint64 exercisesBefore = 0;
    {
        const Database db(path, oldProgram);
        ASSERT_EQ(db.schemaVersion(), 3);
        // A lifter's own exercise, as the version-3 program wrote it.
        Query::run(db.connection(),
                   QStringLiteral("INSERT INTO exercise (name, name_key, kind, loads_lower_back, "
                                  "unilateral, regions, builtin) VALUES ('Band Pull Up', "
                                  "'band pull up', 'bodyweight', 0, 0, 'upper-back', 0)"));
        Query::run(db.connection(), QStringLiteral("INSERT INTO athlete (id, name, name_key, unit) VALUES "
                                                   "(1, 'Ann', 'ann', 'kg')"));
        Query::run(db.connection(), QStringLiteral("INSERT INTO session (id, athlete_id, start_utc) VALUES "
                                                   "(1, 1, 1767000000)"));
        Query::run(
            db.connection(),
            QStringLiteral("INSERT INTO workout_set (session_id, exercise_id, position, kind, weight_g, "
                           "reps) SELECT 1, id, 1, 'working', 60000, 8 FROM exercise WHERE name_key = "
                           "'band pull up'"));
        before = setRows(db);
        exercisesBefore =
            Query::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM exercise")).toLongLong();
        ASSERT_EQ(before.size(), 1);
    }

    const std::vector<Migration> v4{migrations()[0], migrations()[1], migrations()[2], migrations()[3]};
    Database::Options program4;
    program4.migrations = &v4;
    const Database db(path, program4);
    EXPECT_EQ(db.originalVersion(), 3);
    EXPECT_EQ(db.schemaVersion(), 4);
    EXPECT_EQ(setRows(db), before);
    ASSERT_FALSE(db.migrationBackup().isEmpty());
    // The lifter's exercise is unassisted and uncategorised; the built-in assisted lifts are
    // there and marked, and no exercise was lost.
    const auto own = ExerciseRepository(db).find(QStringLiteral("Band Pull Up"));
    ASSERT_TRUE(own.has_value());
    EXPECT_FALSE(own->assisted);
    const auto assisted = ExerciseRepository(db).find(QStringLiteral("Assisted Pull Up"));
    ASSERT_TRUE(assisted.has_value());
    EXPECT_TRUE(assisted->assisted);
    EXPECT_GE(Query::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM exercise")).toLongLong(),
              exercisesBefore);
    EXPECT_EQ(
        Query::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM exercise WHERE category <> ''"))
            .toInt(),
        0);
}

QString exerciseOf(const Database &db, const QString &nameOrAlias)
{
    const auto e = ExerciseRepository(db).find(nameOrAlias);
    return e ? e->name : QString();
}

TEST(MigrationV6, AddsCommonAliasesWithoutTakingNamesThePersonUses)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    const std::vector<Migration> v5(migrations().begin(), migrations().begin() + 5);
    ASSERT_EQ(v5.back().version, 5);
    Database::Options oldProgram;
    oldProgram.migrations = &v5;
    QStringList before;
    {
        const Database db(path, oldProgram);
        ASSERT_EQ(db.schemaVersion(), 5);
        // The first step seeds today's catalogue; the version-5 program's had none of these names.
        for (const char *alias : {"bench", "dl", "pullups", "pull ups", "pull-ups", "chinups", "chin ups",
                                  "chin-ups", "pushups", "push-ups"}) {
            Query drop(db.connection(), QStringLiteral("DELETE FROM exercise_alias WHERE alias_key = :key"));
            drop.bind(QStringLiteral(":key"), QString::fromLatin1(alias)).exec();
        }
        ASSERT_FALSE(ExerciseRepository(db).find(QStringLiteral("Bench")).has_value());
        // The lifter had added "Pullups" as an exercise of their own when it was not recognised,
        // and given their own lift the alias "DL".
        Query::run(db.connection(),
                   QStringLiteral("INSERT INTO exercise (name, name_key, kind, loads_lower_back, unilateral, "
                                  "regions, builtin) VALUES ('Pullups', 'pullups', 'bodyweight', 0, 0, "
                                  "'upper-back', 0), ('Deficit Lunge', 'deficit lunge', 'accessory', 0, 1, "
                                  "'quads', 0)"));
        Query::run(db.connection(),
                   QStringLiteral("INSERT INTO exercise_alias (alias_key, alias, exercise_id) SELECT 'dl', "
                                  "'DL', id FROM exercise WHERE name_key = 'deficit lunge'"));
        Query::run(db.connection(), QStringLiteral("INSERT INTO athlete (id, name, name_key, unit) VALUES "
                                                   "(1, 'Ann', 'ann', 'kg')"));
        Query::run(db.connection(), QStringLiteral("INSERT INTO session (id, athlete_id, start_utc) VALUES "
                                                   "(1, 1, 1767000000)"));
        Query::run(db.connection(),
                   QStringLiteral(
                       "INSERT INTO workout_set (session_id, exercise_id, position, kind, weight_g, "
                       "reps) SELECT 1, id, 1, 'working', 0, 8 FROM exercise WHERE name_key = 'pullups'"));
        before = setRows(db);
        ASSERT_EQ(before.size(), 1);
    }

    // The program of version 6, which added these names.
    const std::vector<Migration> v6(migrations().begin(), migrations().begin() + 6);
    ASSERT_EQ(v6.back().version, 6);
    Database::Options program6;
    program6.migrations = &v6;
    const Database db(path, program6);
    EXPECT_EQ(db.originalVersion(), 5);
    EXPECT_EQ(db.schemaVersion(), 6);
    ASSERT_FALSE(db.migrationBackup().isEmpty());
    {
        Database::Options readOnly = oldProgram;
        readOnly.readOnly = true;
        const Database backup(db.migrationBackup(), readOnly);
        EXPECT_EQ(backup.schemaVersion(), 5);
        EXPECT_FALSE(ExerciseRepository(backup).find(QStringLiteral("Bench")).has_value());
    }
    EXPECT_EQ(exerciseOf(db, QStringLiteral("bench")), QStringLiteral("Bench Press"));
    EXPECT_EQ(exerciseOf(db, QStringLiteral("Pull ups")), QStringLiteral("Pull Up"));
    EXPECT_EQ(exerciseOf(db, QStringLiteral("PULL-UPS")), QStringLiteral("Pull Up"));
    EXPECT_EQ(exerciseOf(db, QStringLiteral("Chinups")), QStringLiteral("Chin Up"));
    EXPECT_EQ(exerciseOf(db, QStringLiteral("Push-ups")), QStringLiteral("Push Up"));
    // What the person already meant by a name stays theirs, and so do their sets.
    EXPECT_EQ(exerciseOf(db, QStringLiteral("Pullups")), QStringLiteral("Pullups"));
    EXPECT_EQ(exerciseOf(db, QStringLiteral("DL")), QStringLiteral("Deficit Lunge"));
    EXPECT_EQ(setRows(db), before);
}

TEST(MigrationV6, ANewDatabaseKnowsTheCommonNames)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Database db(dir.filePath(QStringLiteral("new.sqlite")));
    EXPECT_EQ(exerciseOf(db, QStringLiteral("Bench")), QStringLiteral("Bench Press"));
    EXPECT_EQ(exerciseOf(db, QStringLiteral("DL")), QStringLiteral("Deadlift"));
    EXPECT_EQ(exerciseOf(db, QStringLiteral("Pullups")), QStringLiteral("Pull Up"));
    EXPECT_EQ(exerciseOf(db, QStringLiteral("Pull Ups")), QStringLiteral("Pull Up"));
}

} // namespace
} // namespace spotter::test

namespace spotter::test {
namespace {

TEST(MigrationV7, AddsRowVersionsAndThePublishStateKeepingEveryRow)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
    // The released version-6 program (routines, common aliases); the row versions come after it.
    const std::vector<Migration> v6(migrations().begin(), migrations().begin() + 6);
    ASSERT_EQ(v6.back().version, 6);
    Database::Options oldProgram;
    oldProgram.migrations = &v6;
    QStringList sets;
    QStringList reports;
    {
        const Database db(path, oldProgram);
        ASSERT_EQ(db.schemaVersion(), 6);
        // The version-6 program's columns, written as it wrote them.
        Query::run(db.connection(), QStringLiteral("INSERT INTO athlete (id, name, name_key, unit, "
                                                   "immunosuppressed) VALUES (1, 'Ann', 'ann', 'kg', 1)"));
        Query::run(db.connection(), QStringLiteral("INSERT INTO session (id, athlete_id, start_utc) "
                                                   "VALUES (1, 1, 1767000000)"));
        Query::run(db.connection(),
                   QStringLiteral("INSERT INTO workout_set (session_id, exercise_id, position, "
                                  "kind, weight_g, reps) VALUES (1, 1, 0, 'working', 100000, 5)"));
        Query::run(
            db.connection(),
            QStringLiteral("INSERT INTO soreness (id, athlete_id, session_id, region, side, noticed_utc, "
                           "intensity, character, one_sided, lift) VALUES (1, 1, 1, 'quads', 'left', "
                           "1767086400, 4, 'ache', 1, 'Bulgarian Split Squat')"));
        Query::run(db.connection(),
                   QStringLiteral("INSERT INTO routine (id, name, name_key) VALUES (1, 'Pull', "
                                  "'pull')"));
        Query::run(db.connection(), QStringLiteral("INSERT INTO routine_item (routine_id, position, "
                                                   "exercise_id, kind, sets, reps) VALUES (1, 0, 1, "
                                                   "'working', 3, 5)"));
        Query::run(db.connection(),
                   QStringLiteral("INSERT INTO routine_assignment (routine_id, athlete_id) VALUES (1, 1)"));
        sets = setRows(db);
        reports = sorenessRows(db);
    }

    const Database db(path);
    EXPECT_EQ(db.originalVersion(), 6);
    EXPECT_EQ(db.schemaVersion(), 7);
    EXPECT_EQ(setRows(db), sets);
    EXPECT_EQ(sorenessRows(db), reports);
    ASSERT_FALSE(db.migrationBackup().isEmpty());
    // Every row starts at version 0, which is what a value read before the upgrade carries.
    for (const char *table : {"athlete", "session", "workout_set", "soreness", "routine"}) {
        EXPECT_EQ(
            Query::scalar(
                db.connection(),
                QStringLiteral("SELECT count(*) FROM %1 WHERE row_version = 0").arg(QLatin1String(table)))
                .toInt(),
            1)
            << table;
    }
    const auto ann = AthleteRepository(db).get(1);
    ASSERT_TRUE(ann.has_value());
    EXPECT_TRUE(ann->health.immunosuppressed);
    EXPECT_EQ(ann->version, 0);
    auto report = SorenessRepository(db).get(1);
    ASSERT_TRUE(report.has_value());
    EXPECT_TRUE(report->oneSided);
    EXPECT_EQ(report->lift, QStringLiteral("Bulgarian Split Squat"));
    // An edit moves the version on, and one made from the old version is refused.
    SorenessReport stale = *report;
    report->intensity = 5;
    SorenessRepository(db).update(*report);
    EXPECT_EQ(report->version, 1);
    stale.intensity = 6;
    EXPECT_THROW(SorenessRepository(db).update(stale), StoreError);
    EXPECT_EQ(Query::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM publish_state")).toInt(),
              0);
    // A routine made in a file has no maker's login; it keeps its items and athletes.
    EXPECT_TRUE(Query::scalar(db.connection(), QStringLiteral("SELECT created_by FROM routine")).isNull());
    Routine pull = *RoutineRepository(db).get(1);
    EXPECT_EQ(pull.version, 0);
    EXPECT_EQ(pull.items.size(), 1);
    EXPECT_EQ(pull.athleteIds, QList<qint64>{1});
    Routine stalePull = pull;
    pull.notes = QStringLiteral("heavy");
    RoutineRepository(db).update(pull);
    EXPECT_EQ(pull.version, 1);
    stalePull.notes = QStringLiteral("light");
    EXPECT_THROW(RoutineRepository(db).update(stalePull), StoreError);
}

} // namespace
} // namespace spotter::test
