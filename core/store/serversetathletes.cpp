// SPDX-License-Identifier: GPL-3.0-or-later
// On a team server each set carries its session's athlete, so that workout_set's policies
// compare one column of the row with the caller's athletes (computed once per statement)
// instead of looking its session up once per row: with the correlated lookup the sets query of
// one athlete's 20,000 sets did 20,000 session_pkey probes as the coach (docs/performance.md,
// benchmark 8). SQLite has no such column and the one schema description (the migrations)
// does not declare it: this step, run after every migration of `server init` and `server
// upgrade`, adds it, fills it in and keeps it right.
//
// Who may rely on it: the policies of workout_set (core/store/serverpolicies.cpp), and the
// store's queries that join sets to sessions (dialect::setsOfSessions), which is why connecting
// refuses a server without it (core/store/databasepg.cpp). What keeps
// it right: a new set or a set moved to another session takes its session's athlete (the
// triggers below, before the policies' checks run, so a set moved to another athlete's session
// is refused by them); a session given to another athlete takes its sets along; and the
// statement check of the sets' keys (core/store/serverkeys.cpp) refuses any set whose athlete_id
// is not its session's, a forged one included.
#include "store/query.h"
#include "store/serveradmin.h"
#include "store/serverschema.h"

namespace spotter::server {

namespace {

// The functions run as spotter_owner (SECURITY DEFINER), whose policy reads every row: the
// athlete of a session the caller cannot see is taken as it is, and the caller's own policies
// then refuse the row. They never read current_user.
const char *const kStatements[] = {
    "ALTER TABLE workout_set ADD COLUMN IF NOT EXISTS athlete_id BIGINT",
    // Sets made before this step, and any a disabled trigger let drift; a no-op otherwise.
    "UPDATE workout_set w SET athlete_id = s.athlete_id FROM session s WHERE s.id = w.session_id AND "
    "w.athlete_id IS DISTINCT FROM s.athlete_id",
    R"(CREATE OR REPLACE FUNCTION workout_set_athlete() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, spotter, pg_temp AS $$
       BEGIN
         NEW.athlete_id := (SELECT s.athlete_id FROM spotter.session s WHERE s.id = NEW.session_id);
         RETURN NEW;
       END $$)",
    // The lock waits for a set being added to this session by someone else (its statement check
    // holds FOR KEY SHARE on the session until it commits), so that the UPDATE after it, with a
    // new snapshot, takes that set along too; a set added after the lock finds the new athlete.
    R"(CREATE OR REPLACE FUNCTION session_athlete_changed() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, spotter, pg_temp AS $$
       BEGIN
         PERFORM 1 FROM spotter.session WHERE id = NEW.id FOR UPDATE;
         UPDATE spotter.workout_set SET athlete_id = NEW.athlete_id
           WHERE session_id = NEW.id AND athlete_id IS DISTINCT FROM NEW.athlete_id;
         RETURN NULL;
       END $$)",
    "REVOKE ALL ON FUNCTION workout_set_athlete(), session_athlete_changed() FROM PUBLIC",
    // The store's queries join an athlete's sessions to their sets also by this column
    // (dialect::setsOfSessions), so that PostgreSQL reads one athlete's sets through this index
    // instead of scanning a small team's every set (docs/performance.md, benchmark 8). Its
    // columns after the athlete's are those of workout_set_session, the order loadSets() reads.
    "CREATE INDEX IF NOT EXISTS workout_set_athlete ON workout_set (athlete_id, session_id, position)",
    // Only rows that come without one call the function: an import names each set's athlete
    // in its COPY (core/store/importwriterpg.cpp), so a million new sets make no call at all. A
    // row that names a wrong one is refused by the statement check.
    "CREATE OR REPLACE TRIGGER spotter_set_athlete_insert BEFORE INSERT ON workout_set FOR EACH ROW WHEN "
    "(NEW.athlete_id IS NULL) EXECUTE FUNCTION workout_set_athlete()",
    "CREATE OR REPLACE TRIGGER spotter_set_athlete_move BEFORE UPDATE OF session_id ON workout_set FOR EACH "
    "ROW WHEN (NEW.session_id IS DISTINCT FROM OLD.session_id) EXECUTE FUNCTION workout_set_athlete()",
    "CREATE OR REPLACE TRIGGER spotter_set_athlete_follow AFTER UPDATE OF athlete_id ON session FOR EACH "
    "ROW WHEN (NEW.athlete_id IS DISTINCT FROM OLD.athlete_id) EXECUTE FUNCTION session_athlete_changed()",
};

// Every trigger above, by table: what integrityCheck() expects to find.
const TriggerName kTriggers[] = {
    {"workout_set", "spotter_set_athlete_insert"},
    {"workout_set", "spotter_set_athlete_move"},
    {"session", "spotter_set_athlete_follow"},
};

} // namespace

void keepSetAthletes(const QSqlDatabase &db)
{
    for (const char *statement : kStatements)
        Query::run(db, QLatin1String(statement));
}

QString setsCarryAthleteTest()
{
    // The catalogue by name: to_regclass() would need the schema's USAGE, which a stranger lacks.
    return QStringLiteral(
        "EXISTS (SELECT 1 FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
        " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = :schema"
        " AND c.relname = 'workout_set' AND a.attname = 'athlete_id' AND NOT a.attisdropped)");
}

bool setsCarryAthlete(const QSqlDatabase &db)
{
    Query column(db, QStringLiteral("SELECT ") + setsCarryAthleteTest());
    column.bind(QStringLiteral(":schema"), QLatin1String(kSchema)).exec();
    return column.next() && column.value(0).toBool();
}

bool setAthletesKept(const QSqlDatabase &db)
{
    if (!setsCarryAthlete(db))
        return false;
    return triggersEnabled(db, kTriggers);
}

} // namespace spotter::server
