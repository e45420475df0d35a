// SPDX-License-Identifier: GPL-3.0-or-later
// What workout_set's two foreign keys guaranteed on a team server, checked once per statement
// instead of once per row (docs/performance.md, benchmark 6). PostgreSQL checks a foreign key
// with one trigger call per new row: 3.6 s of the 6.7 s a 100,000-set import took in the profile
// there. Here a statement's new sets lock the sessions and exercises they point to, as the
// per-row check does, and then one anti-join per table finds any that is missing. SQLite keeps
// its foreign keys, and the one schema description (the migrations) still declares them: this
// step, which runs after every migration of `server init` and `server upgrade`, takes them off
// again.
#include "store/query.h"
#include "store/serveradmin.h"
#include "store/serverschema.h"

namespace spotter::server {

namespace {

// The functions run as their owner, spotter_owner, whose policy on every table reads every row:
// PostgreSQL's own foreign-key queries ignore row-level security, and a check that saw only the
// caller's rows would let an exercise used by another team's sets be deleted. They return no
// rows and never read current_user (inside SECURITY DEFINER it is the owner). Each query in them
// takes a new snapshot under READ COMMITTED, which is what makes the locks below enough: see
// docs/performance.md, "Concurrency". The messages are PostgreSQL's own for a foreign key, under
// the constraint's name on a fresh table, so the store's refusal (23503) reads as before.
const char *const kStatements[] = {
    R"(CREATE OR REPLACE FUNCTION workout_set_keys_added() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, spotter, pg_temp AS $$
       DECLARE
         orphan bigint;
       BEGIN
         -- The lock PostgreSQL's own check takes for each new row, once per statement: a session
         -- or exercise being deleted makes this wait, and one locked here cannot be deleted.
         PERFORM 1 FROM spotter.session WHERE id IN (SELECT a.session_id FROM added a) FOR KEY SHARE;
         PERFORM 1 FROM spotter.exercise WHERE id IN (SELECT a.exercise_id FROM added a) FOR KEY SHARE;
         -- One anti-join for both: the session exists, and it is the athlete's the set names
         -- (core/store/serversetathletes.cpp; the policies read that column).
         SELECT a.session_id INTO orphan FROM added a
           WHERE NOT EXISTS (SELECT 1 FROM spotter.session s WHERE s.id = a.session_id
                               AND s.athlete_id = a.athlete_id) LIMIT 1;
         IF FOUND THEN
           IF NOT EXISTS (SELECT 1 FROM spotter.session s WHERE s.id = orphan) THEN
             RAISE EXCEPTION 'insert or update on table "workout_set" violates foreign key constraint "workout_set_session_id_fkey"'
               USING ERRCODE = 'foreign_key_violation', SCHEMA = 'spotter', TABLE = 'workout_set',
                     CONSTRAINT = 'workout_set_session_id_fkey',
                     DETAIL = format('Key (session_id)=(%s) is not present in table "session".', orphan);
           END IF;
           RAISE EXCEPTION 'a set of session % names an athlete that is not the session''s', orphan
             USING ERRCODE = 'insufficient_privilege', SCHEMA = 'spotter', TABLE = 'workout_set',
                   COLUMN = 'athlete_id';
         END IF;
         SELECT a.exercise_id INTO orphan FROM added a
           WHERE NOT EXISTS (SELECT 1 FROM spotter.exercise e WHERE e.id = a.exercise_id) LIMIT 1;
         IF FOUND THEN
           RAISE EXCEPTION 'insert or update on table "workout_set" violates foreign key constraint "workout_set_exercise_id_fkey"'
             USING ERRCODE = 'foreign_key_violation', SCHEMA = 'spotter', TABLE = 'workout_set',
                   CONSTRAINT = 'workout_set_exercise_id_fkey',
                   DETAIL = format('Key (exercise_id)=(%s) is not present in table "exercise".', orphan);
         END IF;
         RETURN NULL;
       END $$)",
    // The cascade of session_id's ON DELETE CASCADE. A set being added meanwhile holds its
    // session's key share lock, so the DELETE waited for it and this query, with a new
    // snapshot, sees and removes that set too. personal_record keeps its own foreign keys.
    R"(CREATE OR REPLACE FUNCTION workout_set_sessions_gone() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, spotter, pg_temp AS $$
       BEGIN
         DELETE FROM spotter.workout_set WHERE session_id IN (SELECT g.id FROM gone g);
         RETURN NULL;
       END $$)",
    // NO ACTION, as the constraints had for a changed id, and for a deleted exercise: refused
    // while a set still points to an id that no longer exists (checked against the table, so an
    // UPDATE that swaps two ids passes). The trigger's table says which key it is.
    R"(CREATE OR REPLACE FUNCTION workout_set_parents_changed() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, spotter, pg_temp AS $$
       DECLARE
         orphan bigint;
       BEGIN
         IF TG_TABLE_NAME = 'session' THEN
           SELECT w.session_id INTO orphan FROM spotter.workout_set w
             WHERE w.session_id IN (SELECT g.id FROM gone g)
               AND NOT EXISTS (SELECT 1 FROM spotter.session s WHERE s.id = w.session_id) LIMIT 1;
         ELSE
           SELECT w.exercise_id INTO orphan FROM spotter.workout_set w
             WHERE w.exercise_id IN (SELECT g.id FROM gone g)
               AND NOT EXISTS (SELECT 1 FROM spotter.exercise e WHERE e.id = w.exercise_id) LIMIT 1;
         END IF;
         IF FOUND THEN
           RAISE EXCEPTION 'update or delete on table "%" violates foreign key constraint "workout_set_%_id_fkey" on table "workout_set"',
               TG_TABLE_NAME, TG_TABLE_NAME
             USING ERRCODE = 'foreign_key_violation', SCHEMA = 'spotter', TABLE = 'workout_set',
                   CONSTRAINT = format('workout_set_%s_id_fkey', TG_TABLE_NAME),
                   DETAIL = format('Key (id)=(%s) is still referenced from table "workout_set".', orphan);
         END IF;
         RETURN NULL;
       END $$)",
    // The constraints refused TRUNCATE of a table they pointed to; only the owner may truncate.
    R"(CREATE OR REPLACE FUNCTION workout_set_parents_truncated() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, spotter, pg_temp AS $$
       BEGIN
         IF EXISTS (SELECT 1 FROM spotter.workout_set) THEN
           RAISE EXCEPTION 'cannot truncate table "%": sets of workout_set point to it', TG_TABLE_NAME
             USING ERRCODE = 'foreign_key_violation';
         END IF;
         RETURN NULL;
       END $$)",
    "REVOKE ALL ON FUNCTION workout_set_keys_added(), workout_set_sessions_gone(), "
    "workout_set_parents_changed(), workout_set_parents_truncated() FROM PUBLIC",
    // PostgreSQL allows no column list on a trigger with transition tables, so every UPDATE of
    // a set is checked (one probe per distinct key), and every UPDATE of a session or exercise.
    "CREATE OR REPLACE TRIGGER spotter_keys_insert AFTER INSERT ON workout_set REFERENCING NEW TABLE AS "
    "added FOR EACH STATEMENT EXECUTE FUNCTION workout_set_keys_added()",
    "CREATE OR REPLACE TRIGGER spotter_keys_update AFTER UPDATE ON workout_set REFERENCING NEW TABLE AS "
    "added FOR EACH STATEMENT EXECUTE FUNCTION workout_set_keys_added()",
    "CREATE OR REPLACE TRIGGER spotter_sets_cascade AFTER DELETE ON session REFERENCING OLD TABLE AS gone "
    "FOR EACH STATEMENT EXECUTE FUNCTION workout_set_sessions_gone()",
    "CREATE OR REPLACE TRIGGER spotter_sets_refuse_update AFTER UPDATE ON session REFERENCING OLD TABLE AS "
    "gone FOR EACH STATEMENT EXECUTE FUNCTION workout_set_parents_changed()",
    "CREATE OR REPLACE TRIGGER spotter_sets_refuse_update AFTER UPDATE ON exercise REFERENCING OLD TABLE AS "
    "gone FOR EACH STATEMENT EXECUTE FUNCTION workout_set_parents_changed()",
    "CREATE OR REPLACE TRIGGER spotter_sets_refuse_delete AFTER DELETE ON exercise REFERENCING OLD TABLE AS "
    "gone FOR EACH STATEMENT EXECUTE FUNCTION workout_set_parents_changed()",
    "CREATE OR REPLACE TRIGGER spotter_sets_refuse_truncate BEFORE TRUNCATE ON session FOR EACH STATEMENT "
    "EXECUTE FUNCTION workout_set_parents_truncated()",
    "CREATE OR REPLACE TRIGGER spotter_sets_refuse_truncate BEFORE TRUNCATE ON exercise FOR EACH STATEMENT "
    "EXECUTE FUNCTION workout_set_parents_truncated()",
};

// Every trigger above, by table: what integrityCheck() expects to find.
const TriggerName kTriggers[] = {
    {"workout_set", "spotter_keys_insert"},      {"workout_set", "spotter_keys_update"},
    {"session", "spotter_sets_cascade"},         {"session", "spotter_sets_refuse_update"},
    {"session", "spotter_sets_refuse_truncate"}, {"exercise", "spotter_sets_refuse_update"},
    {"exercise", "spotter_sets_refuse_delete"},  {"exercise", "spotter_sets_refuse_truncate"},
};

} // namespace

bool setForeignKeysChecked(const QSqlDatabase &db)
{
    // Before `server upgrade` the constraints do it; after it, every one of the triggers.
    Query constraints(db,
                      QStringLiteral("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid "
                                     "= to_regclass(:sets) AND confrelid IN (to_regclass(:sessions), "
                                     "to_regclass(:exercises))"));
    constraints.bind(QStringLiteral(":sets"), QStringLiteral("%1.workout_set").arg(QLatin1String(kSchema)))
        .bind(QStringLiteral(":sessions"), QStringLiteral("%1.session").arg(QLatin1String(kSchema)))
        .bind(QStringLiteral(":exercises"), QStringLiteral("%1.exercise").arg(QLatin1String(kSchema)))
        .exec();
    if (constraints.next() && constraints.int64(0) == 2)
        return true;
    return triggersEnabled(db, kTriggers);
}

bool triggersEnabled(const QSqlDatabase &db, std::span<const TriggerName> triggers)
{
    for (const auto &[table, trigger] : triggers) {
        Query q(db,
                QStringLiteral("SELECT 1 FROM pg_trigger WHERE tgrelid = to_regclass(:table) AND tgname = "
                               ":trigger AND tgenabled <> 'D'"));
        q.bind(QStringLiteral(":table"),
               QStringLiteral("%1.%2").arg(QLatin1String(kSchema), QLatin1String(table)))
            .bind(QStringLiteral(":trigger"), QLatin1String(trigger))
            .exec();
        if (!q.next())
            return false;
    }
    return true;
}

void replaceSetForeignKeys(const QSqlDatabase &db)
{
    for (const char *statement : kStatements)
        Query::run(db, QLatin1String(statement));
    // The constraints' names depend on the migration that made the table last (version 2 made
    // it as workout_set_v2), so they are looked up, not spelled: both foreign keys of workout_set
    // that point to session or exercise, whatever a migration called them.
    Query q(db,
            QStringLiteral(
                "SELECT quote_ident(c.conname) FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid = "
                "to_regclass(:sets) AND c.confrelid IN (to_regclass(:sessions), "
                "to_regclass(:exercises)) ORDER BY c.conname"));
    q.bind(QStringLiteral(":sets"), QStringLiteral("%1.workout_set").arg(QLatin1String(kSchema)))
        .bind(QStringLiteral(":sessions"), QStringLiteral("%1.session").arg(QLatin1String(kSchema)))
        .bind(QStringLiteral(":exercises"), QStringLiteral("%1.exercise").arg(QLatin1String(kSchema)))
        .exec();
    QStringList constraints;
    while (q.next())
        constraints.append(q.string(0));
    for (const QString &name : std::as_const(constraints))
        Query::run(db, QStringLiteral("ALTER TABLE workout_set DROP CONSTRAINT IF EXISTS %1").arg(name));
}

} // namespace spotter::server
