// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migrations.h"

#include "store/catalogue.h"
#include "store/database.h"
#include "store/query.h"
#include "store/schema.h"

namespace spotter {

namespace {

// Written once for both backends in the portable types of store/schema.h; SQLite runs them as
// written (the released steps are unchanged), PostgreSQL with its types mapped.
const char16_t *const kSchemaV1[] = {
    uR"(CREATE TABLE athlete (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        unit TEXT NOT NULL CHECK (unit IN ('kg', 'lb')),
        birth_year INTEGER,
        notes TEXT NOT NULL DEFAULT '',
        prior_back_injury INTEGER NOT NULL DEFAULT 0,
        steroids_or_osteoporosis INTEGER NOT NULL DEFAULT 0,
        cancer_history INTEGER NOT NULL DEFAULT 0))",
    uR"(CREATE TABLE exercise (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('main', 'accessory', 'isolation', 'bodyweight', 'timed')),
        loads_lower_back INTEGER NOT NULL DEFAULT 0,
        unilateral INTEGER NOT NULL DEFAULT 0,
        regions TEXT NOT NULL DEFAULT '',
        builtin INTEGER NOT NULL DEFAULT 0))",
    uR"(CREATE TABLE exercise_alias (
        alias_key TEXT PRIMARY KEY,
        alias TEXT NOT NULL,
        exercise_id INTEGER NOT NULL REFERENCES exercise (id) ON DELETE CASCADE))",
    uR"(CREATE INDEX exercise_alias_exercise ON exercise_alias (exercise_id))",
    uR"(CREATE TABLE session (
        id INTEGER PRIMARY KEY,
        athlete_id INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
        start_utc INTEGER NOT NULL,
        utc_offset_s INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL DEFAULT '',
        duration_min INTEGER,
        bodyweight_g INTEGER,
        warmup_done INTEGER,
        session_rpe REAL,
        notes TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT 'manual',
        source_file TEXT,
        source_key TEXT,
        UNIQUE (athlete_id, source_key)))",
    uR"(CREATE INDEX session_athlete_start ON session (athlete_id, start_utc, id))",
    uR"(CREATE TABLE workout_set (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
        exercise_id INTEGER NOT NULL REFERENCES exercise (id),
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('warmup', 'working', 'amrap', 'drop', 'failure')),
        weight_g INTEGER,
        reps INTEGER,
        rpe REAL,
        rir REAL,
        rest_s INTEGER,
        seconds INTEGER,
        distance_cm INTEGER,
        notes TEXT NOT NULL DEFAULT ''))",
    uR"(CREATE INDEX workout_set_session ON workout_set (session_id, position))",
    uR"(CREATE INDEX workout_set_exercise ON workout_set (exercise_id, session_id))",
    uR"(CREATE TABLE soreness (
        id INTEGER PRIMARY KEY,
        athlete_id INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
        session_id INTEGER REFERENCES session (id) ON DELETE SET NULL,
        region TEXT NOT NULL,
        side TEXT NOT NULL DEFAULT 'both',
        noticed_utc INTEGER NOT NULL,
        noticed_offset_s INTEGER NOT NULL DEFAULT 0,
        resolved_utc INTEGER,
        resolved_offset_s INTEGER,
        intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
        character TEXT NOT NULL,
        trend TEXT,
        signs TEXT NOT NULL DEFAULT '',
        red_flags TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''))",
    uR"(CREATE INDEX soreness_athlete_noticed ON soreness (athlete_id, noticed_utc))",
    uR"(CREATE INDEX soreness_session ON soreness (session_id))",
};

void applyV1(const QSqlDatabase &db)
{
    schema::run(db, kSchemaV1);
    // A PostgreSQL database names its application in its version table (Database).
    schema::runOnSqlite(db, QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId));
    seedCatalogue(db);
}

// Version 2: the same sets table, with the check on its kind written as comparisons. SQLite
// compiles `kind IN ('warmup', …)` in a CHECK into a temporary table built again for every row
// inserted, which made a bulk import spend a fifth of its time there (docs/performance.md).
const char16_t *const kSchemaV2[] = {
    uR"(CREATE TABLE workout_set_v2 (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
        exercise_id INTEGER NOT NULL REFERENCES exercise (id),
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind = 'warmup' OR kind = 'working' OR kind = 'amrap' OR kind = 'drop'
                                  OR kind = 'failure'),
        weight_g INTEGER,
        reps INTEGER,
        rpe REAL,
        rir REAL,
        rest_s INTEGER,
        seconds INTEGER,
        distance_cm INTEGER,
        notes TEXT NOT NULL DEFAULT ''))",
    uR"(INSERT INTO workout_set_v2 (id, session_id, exercise_id, position, kind, weight_g, reps, rpe, rir,
        rest_s, seconds, distance_cm, notes)
        SELECT id, session_id, exercise_id, position, kind, weight_g, reps, rpe, rir, rest_s, seconds,
        distance_cm, notes FROM workout_set)",
    uR"(DROP TABLE workout_set)",
    uR"(ALTER TABLE workout_set_v2 RENAME TO workout_set)",
    uR"(CREATE INDEX workout_set_session ON workout_set (session_id, position))",
    uR"(CREATE INDEX workout_set_exercise ON workout_set (exercise_id, session_id))",
};

void applyV2(const QSqlDatabase &db)
{
    schema::run(db, kSchemaV2);
}

// Version 3: the whole-body triage. A report can say that the lift before it was one-sided and
// name it; an athlete can have a weakened immune system; and each report keeps the class its
// triage gave, under which rule set, so that a change of the rules can be detected and the user
// told. The store cannot triage (store/ never includes analysis/), so the reports stored before
// are marked as judged by the first rule set (1) with no class kept; the services assess them
// again when the database is opened (services/reassessment).
const char16_t *const kSchemaV3[] = {
    uR"(ALTER TABLE soreness ADD COLUMN one_sided INTEGER NOT NULL DEFAULT 0)",
    uR"(ALTER TABLE soreness ADD COLUMN lift TEXT NOT NULL DEFAULT '')",
    uR"(ALTER TABLE soreness ADD COLUMN assessed_class TEXT)",
    uR"(ALTER TABLE soreness ADD COLUMN assessed_urgency TEXT)",
    uR"(ALTER TABLE soreness ADD COLUMN assessed_rules TEXT)",
    uR"(ALTER TABLE soreness ADD COLUMN assessed_utc INTEGER)",
    uR"(ALTER TABLE soreness ADD COLUMN rules_version INTEGER)",
    uR"(UPDATE soreness SET rules_version = 1)",
    uR"(CREATE INDEX soreness_rules_version ON soreness (rules_version))",
    uR"(ALTER TABLE athlete ADD COLUMN immunosuppressed INTEGER NOT NULL DEFAULT 0)",
};

void applyV3(const QSqlDatabase &db)
{
    schema::run(db, kSchemaV3);
}

// Version 4: assisted exercises (the load of their sets is the help, stored negative) and the
// category another app filed an exercise under, kept as text.
const char16_t *const kSchemaV4[] = {
    uR"(ALTER TABLE exercise ADD COLUMN assisted INTEGER NOT NULL DEFAULT 0)",
    uR"(ALTER TABLE exercise ADD COLUMN category TEXT NOT NULL DEFAULT '')",
};

void applyV4(const QSqlDatabase &db)
{
    schema::run(db, kSchemaV4);
    addAssistedCatalogue(db);
}

// Version 5, everyday logging: routines (named lists of targets), who they are assigned to, each
// athlete's plates, and the personal records a session set when it was saved. Self-contained:
// it only adds tables, so it can be renumbered when other steps land before it.
const char16_t *const kSchemaLogging[] = {
    uR"(CREATE TABLE routine (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        notes TEXT NOT NULL DEFAULT ''))",
    uR"(CREATE TABLE routine_item (
        id INTEGER PRIMARY KEY,
        routine_id INTEGER NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        exercise_id INTEGER NOT NULL REFERENCES exercise (id),
        kind TEXT NOT NULL CHECK (kind = 'warmup' OR kind = 'working' OR kind = 'amrap' OR kind = 'drop'
                                  OR kind = 'failure'),
        sets INTEGER NOT NULL CHECK (sets BETWEEN 1 AND 100),
        reps INTEGER,
        seconds INTEGER,
        rpe REAL,
        pct_e1rm REAL,
        weight_g INTEGER,
        rest_s INTEGER,
        UNIQUE (routine_id, position)))",
    uR"(CREATE INDEX routine_item_exercise ON routine_item (exercise_id))",
    uR"(CREATE TABLE routine_assignment (
        routine_id INTEGER NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
        athlete_id INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
        PRIMARY KEY (routine_id, athlete_id)))",
    uR"(CREATE INDEX routine_assignment_athlete ON routine_assignment (athlete_id))",
    uR"(CREATE TABLE plate_set (
        athlete_id INTEGER PRIMARY KEY REFERENCES athlete (id) ON DELETE CASCADE,
        unit TEXT NOT NULL CHECK (unit = 'kg' OR unit = 'lb'),
        bar REAL NOT NULL,
        collar REAL NOT NULL DEFAULT 0,
        plates TEXT NOT NULL))",
    uR"(CREATE TABLE personal_record (
        id INTEGER PRIMARY KEY,
        athlete_id INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
        session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
        set_id INTEGER NOT NULL REFERENCES workout_set (id) ON DELETE CASCADE,
        exercise_id INTEGER NOT NULL REFERENCES exercise (id),
        kind TEXT NOT NULL CHECK (kind = 'e1rm' OR kind = 'reps'),
        weight_g INTEGER,
        reps INTEGER NOT NULL,
        e1rm_g INTEGER,
        previous_e1rm_g INTEGER,
        previous_reps INTEGER,
        testing INTEGER NOT NULL DEFAULT 0))",
    uR"(CREATE INDEX personal_record_session ON personal_record (session_id))",
    uR"(CREATE INDEX personal_record_set ON personal_record (set_id))",
    uR"(CREATE INDEX personal_record_athlete ON personal_record (athlete_id, exercise_id))",
};

void applyLogging(const QSqlDatabase &db)
{
    schema::run(db, kSchemaLogging);
}

// Version 6: the names lifters type for built-in lifts ("Bench", "DL", "Pullups") become aliases
// of them, except where the database already uses the name for something of the person's own.
void applyV6(const QSqlDatabase &db)
{
    addCommonAliases(db);
}

// Version 7: working together. Every row someone edits carries the version it was read at, and
// an update names it, so an edit of a row another person changed meanwhile is refused instead
// of overwriting theirs (docs/team-server.md). publish_state remembers what a local database
// last sent to a team server, so that publishing again sends only what changed here and can
// tell a change made here from one made on the server. A routine also remembers the login that
// made it on a team server (NULL in a file): until it is assigned to someone, only its maker can
// see it there (core/store/serverpolicies.cpp).
const char16_t *const kSchemaV7[] = {
    uR"(ALTER TABLE athlete ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0)",
    uR"(ALTER TABLE session ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0)",
    uR"(ALTER TABLE workout_set ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0)",
    uR"(ALTER TABLE soreness ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0)",
    uR"(ALTER TABLE routine ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0)",
    uR"(ALTER TABLE routine ADD COLUMN created_by TEXT)",
    uR"(CREATE TABLE publish_state (
        target TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind = 'session' OR kind = 'soreness'),
        item_key TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        PRIMARY KEY (target, kind, item_key)))",
};

void applyV7(const QSqlDatabase &db)
{
    schema::run(db, kSchemaV7);
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps{
        {1, "Athletes, exercise catalogue, sessions, sets and soreness reports", &applyV1},
        {2, "Check the kind of a set without a temporary table per inserted row", &applyV2},
        {3, "Whole-body triage: one-sided lift, lift, immune status, and each report's assessed class",
         &applyV3},
        {4, "Assisted exercises and the category of imported exercises", &applyV4},
        {5, "Routines, their assignments, plate sets and personal records", &applyLogging},
        {6, "Short and plural names of built-in lifts as aliases (Bench, DL, Pullups)", &applyV6},
        {7, "Row versions for edits by several people; what was published to a team server", &applyV7},
    };
    Q_ASSERT(steps.back().version == Database::kSchemaVersion);
    return steps;
}

} // namespace spotter
