// SPDX-License-Identifier: GPL-3.0-or-later
// What a team server lets each login do: row-level security on every table (field notes §7).
// An athlete login reads and writes its own athlete's rows; a coach those of the athletes of the
// teams they coach; the catalogue of exercises is shared; everything else is unreachable. The
// owner role has a policy of its own so the admin's `server` commands work with FORCE on, and
// Database refuses to work as any member of it.
#include "store/pgconnection.h"
#include "store/query.h"
#include "store/serveradmin.h"
#include "store/serverschema.h"

#include <QCoreApplication>

namespace spotter::server {

namespace {

// The lookups policies use run as the owner (a policy's subquery runs with the caller's
// privileges, and the mapping tables are private), take the login as an argument (inside a
// SECURITY DEFINER function current_user is the owner) and are called as (SELECT f(…)), which
// PostgreSQL evaluates once per statement instead of once per row.
const char *const kFunctions[] = {
    R"(CREATE OR REPLACE FUNCTION athlete_id_for(login name) RETURNS bigint
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, spotter, pg_temp
       AS $$ SELECT athlete_id FROM spotter.athlete_login WHERE login = $1 $$)",
    R"(CREATE OR REPLACE FUNCTION coached_athlete_ids(login name) RETURNS bigint[]
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, spotter, pg_temp
       AS $$ SELECT coalesce(array_agg(DISTINCT ta.athlete_id), '{}') FROM spotter.team_coach tc
             JOIN spotter.team_athlete ta ON ta.team_id = tc.team_id WHERE tc.login = $1 $$)",
    R"(CREATE OR REPLACE FUNCTION coached_team_ids(login name) RETURNS bigint[]
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, spotter, pg_temp
       AS $$ SELECT coalesce(array_agg(team_id), '{}') FROM spotter.team_coach WHERE login = $1 $$)",
    // A coach's new athlete joins the coach's teams at once, or they could not see it.
    R"(CREATE OR REPLACE FUNCTION enrol_new_athlete() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, spotter, pg_temp AS $$
       BEGIN
         IF pg_has_role(session_user, 'spotter_coach', 'MEMBER')
            AND NOT pg_has_role(session_user, 'spotter_owner', 'MEMBER') THEN
           INSERT INTO spotter.team_athlete (team_id, athlete_id)
             SELECT team_id, NEW.id FROM spotter.team_coach WHERE login = session_user;
           IF NOT FOUND THEN
             RAISE EXCEPTION 'coach % coaches no team yet; the admin assigns one (spotter-cli server assign)',
               session_user USING ERRCODE = '42501';
           END IF;
         END IF;
         RETURN NULL;
       END $$)",
    // One notification per statement, naming the table; a COPY of a million sets is one.
    R"(CREATE OR REPLACE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM pg_notify('spotter_changes', TG_TABLE_NAME); RETURN NULL; END $$)",
    "REVOKE ALL ON FUNCTION athlete_id_for(name), coached_athlete_ids(name), coached_team_ids(name), "
    "enrol_new_athlete(), notify_change() FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION athlete_id_for(name), coached_athlete_ids(name), coached_team_ids(name) "
    "TO spotter_coach, spotter_athlete",
    "CREATE OR REPLACE TRIGGER spotter_enrol AFTER INSERT ON athlete FOR EACH ROW "
    "EXECUTE FUNCTION enrol_new_athlete()",
};

// Routines' rules, from the schema that gives a routine its maker (version 7) on.
const char *const kRoutineFunctions[] = {
    // Whether @p login may change routine @p routine: it made it, or every athlete the routine is
    // assigned to (at least one) is within its reach (itself for an athlete, the athletes of its
    // teams for a coach). It reads every assignment, which the login itself may not see: a
    // routine shared with another team is no one else's to change.
    R"(CREATE OR REPLACE FUNCTION routine_editable(routine bigint, login name) RETURNS boolean
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, spotter, pg_temp
       AS $$ SELECT EXISTS (SELECT 1 FROM spotter.routine r WHERE r.id = $1 AND (r.created_by = $2::text
             OR (EXISTS (SELECT 1 FROM spotter.routine_assignment a WHERE a.routine_id = r.id)
                 AND NOT EXISTS (SELECT 1 FROM spotter.routine_assignment a WHERE a.routine_id = r.id
                   AND a.athlete_id IS DISTINCT FROM spotter.athlete_id_for($2)
                   AND NOT a.athlete_id = ANY (spotter.coached_athlete_ids($2)))))) $$)",
    // The routines assigned to an athlete the login can see. A function, not a subquery on
    // routine_assignment in routine's policy: that table's own policy reads routine (an id
    // must be of a visible routine), and PostgreSQL refuses policies that read each other.
    R"(CREATE OR REPLACE FUNCTION assigned_routine_ids(login name) RETURNS bigint[]
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, spotter, pg_temp
       AS $$ SELECT coalesce(array_agg(DISTINCT a.routine_id), '{}') FROM spotter.routine_assignment a
             WHERE a.athlete_id = spotter.athlete_id_for($1)
                OR a.athlete_id = ANY (spotter.coached_athlete_ids($1)) $$)",
    "REVOKE ALL ON FUNCTION routine_editable(bigint, name), assigned_routine_ids(name) FROM PUBLIC",
    // Parenthesised: one statement split over two lines, not two array elements.
    ("GRANT EXECUTE ON FUNCTION routine_editable(bigint, name), assigned_routine_ids(name) TO spotter_coach, "
     "spotter_athlete"),
    // A routine made on the server is its maker's until it is assigned (routine_editable()).
    "ALTER TABLE routine ALTER COLUMN created_by SET DEFAULT current_user",
};

const char *const kNotifyingTables[] = {"athlete",         "session",      "workout_set",        "soreness",
                                        "routine",         "routine_item", "routine_assignment", "plate_set",
                                        "personal_record", "exercise",     "exercise_alias"};

// The server's own tables: teams, who coaches them, who is in them, which login is which athlete.
const char *const kServerTables[] = {
    R"(CREATE TABLE IF NOT EXISTS team (
         id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
         name TEXT COLLATE "C" NOT NULL UNIQUE))",
    R"(CREATE TABLE IF NOT EXISTS team_coach (
         team_id BIGINT NOT NULL REFERENCES team (id) ON DELETE CASCADE,
         login NAME NOT NULL,
         PRIMARY KEY (team_id, login)))",
    "CREATE INDEX IF NOT EXISTS team_coach_login ON team_coach (login)",
    R"(CREATE TABLE IF NOT EXISTS team_athlete (
         team_id BIGINT NOT NULL REFERENCES team (id) ON DELETE CASCADE,
         athlete_id BIGINT NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
         PRIMARY KEY (team_id, athlete_id)))",
    "CREATE INDEX IF NOT EXISTS team_athlete_athlete ON team_athlete (athlete_id)",
    R"(CREATE TABLE IF NOT EXISTS athlete_login (
         athlete_id BIGINT PRIMARY KEY REFERENCES athlete (id) ON DELETE CASCADE,
         login NAME NOT NULL UNIQUE))",
};

enum class Rule {
    Athlete,     ///< the athlete table itself
    OwnRows,     ///< rows with an athlete_id
    SessionSets, ///< rows of a session (workout_set)
    Routines,    ///< routine: its maker's, and those assigned to athletes within reach
    RoutineRows, ///< rows of a routine (routine_item)
    Assignments, ///< routine_assignment: own rows, of a routine the login can see
    Catalogue,   ///< shared by everyone; coaches edit it
    Version,     ///< read by everyone
    Teams,       ///< a coach reads their own teams
    Private,     ///< the owner only
};

struct Guard
{
    const char *table;
    Rule rule;
};

// Every table of the schema. A table a later migration adds and does not list here stays
// unreachable (RLS on, no policy), and ServerSchema.EveryTableHasARule fails until it is listed.
const Guard kGuards[] = {
    {"athlete", Rule::Athlete},
    {"session", Rule::OwnRows},
    {"soreness", Rule::OwnRows},
    {"workout_set", Rule::SessionSets},
    {"exercise", Rule::Catalogue},
    {"exercise_alias", Rule::Catalogue},
    {"spotter_schema", Rule::Version},
    {"team", Rule::Teams},
    {"team_coach", Rule::Private},
    {"team_athlete", Rule::Private},
    {"athlete_login", Rule::Private},
    {"publish_state", Rule::Private},
    {"plate_set", Rule::OwnRows},
    {"personal_record", Rule::OwnRows},
    {"routine", Rule::Routines},
    {"routine_item", Rule::RoutineRows},
    {"routine_assignment", Rule::Assignments},
};

const QString kMine = QStringLiteral("(SELECT athlete_id_for(current_user))");
const QString kCoached = QStringLiteral("((SELECT coached_athlete_ids(current_user))::bigint[])");

QStringList policiesFor(const QString &t, Rule rule)
{
    const auto policy = [&](const QString &name, const QString &rest) {
        return QStringLiteral("CREATE POLICY %1 ON %2 %3").arg(name, t, rest);
    };
    QStringList out{policy(QStringLiteral("spotter_owner_all"),
                           QStringLiteral("FOR ALL TO spotter_owner USING (true) WITH CHECK (true)"))};
    switch (rule) {
    case Rule::Athlete:
        out << policy(QStringLiteral("spotter_athlete_read"),
                      QStringLiteral("FOR SELECT TO spotter_athlete USING (id = %1)").arg(kMine))
            << policy(QStringLiteral("spotter_athlete_edit"),
                      QStringLiteral("FOR UPDATE TO spotter_athlete USING (id = %1) WITH CHECK (id = %1)")
                          .arg(kMine))
            << policy(QStringLiteral("spotter_coach_read"),
                      QStringLiteral("FOR SELECT TO spotter_coach USING (id = ANY %1)").arg(kCoached))
            << policy(
                   QStringLiteral("spotter_coach_edit"),
                   QStringLiteral("FOR UPDATE TO spotter_coach USING (id = ANY %1) WITH CHECK (id = ANY %1)")
                       .arg(kCoached))
            << policy(QStringLiteral("spotter_coach_delete"),
                      QStringLiteral("FOR DELETE TO spotter_coach USING (id = ANY %1)").arg(kCoached))
            // The enrol trigger puts the new athlete in the coach's teams.
            << policy(QStringLiteral("spotter_coach_add"),
                      QStringLiteral("FOR INSERT TO spotter_coach WITH CHECK (true)"));
        break;
    case Rule::SessionSets:
        // A set is reachable exactly when its session is: the column athlete_id is its
        // session's athlete, kept so on the server (core/store/serversetathletes.cpp), and the
        // policies below compare it with the caller's athletes, looked up once per statement. The
        // correlated session lookup it replaces cost one index probe per set (docs/performance.md,
        // benchmark 8). A new or moved set takes its athlete from its session before these
        // checks run; one that names a wrong athlete itself is refused by the sets' statement
        // check (core/store/serverkeys.cpp). New rows must also be of a session the caller sees,
        // hashed once per statement, so that a forged athlete_id cannot tell whether another
        // athlete's session exists: every such insert fails here, alike.
        out << policy(QStringLiteral("spotter_session_sets_add"),
                      QStringLiteral("AS RESTRICTIVE FOR INSERT TO spotter_athlete, spotter_coach WITH CHECK "
                                     "(session_id IN (SELECT s.id FROM session s))"));
        [[fallthrough]];
    case Rule::OwnRows:
        out << policy(QStringLiteral("spotter_athlete_own"),
                      QStringLiteral("FOR ALL TO spotter_athlete USING (athlete_id = %1) WITH CHECK "
                                     "(athlete_id = %1)")
                          .arg(kMine))
            << policy(QStringLiteral("spotter_coach_team"),
                      QStringLiteral("FOR ALL TO spotter_coach USING (athlete_id = ANY %1) WITH CHECK "
                                     "(athlete_id = ANY %1)")
                          .arg(kCoached));
        break;
    case Rule::Routines: {
        // Readable when made by the login or assigned to someone it can see; changed only when
        // routine_editable() says so. A new routine must be the login's own.
        const QString editable = QStringLiteral("routine_editable(id, current_user)");
        out << policy(QStringLiteral("spotter_read"),
                      QStringLiteral("FOR SELECT TO spotter_athlete, spotter_coach USING (created_by = "
                                     "current_user::text OR id = ANY ((SELECT assigned_routine_ids("
                                     "current_user))::bigint[]))"))
            << policy(QStringLiteral("spotter_add"),
                      QStringLiteral("FOR INSERT TO spotter_athlete, spotter_coach WITH CHECK (created_by = "
                                     "current_user::text)"))
            << policy(
                   QStringLiteral("spotter_edit"),
                   QStringLiteral("FOR UPDATE TO spotter_athlete, spotter_coach USING (%1) WITH CHECK (%1)")
                       .arg(editable))
            << policy(
                   QStringLiteral("spotter_delete"),
                   QStringLiteral("FOR DELETE TO spotter_athlete, spotter_coach USING (%1)").arg(editable));
        break;
    }
    case Rule::RoutineRows: {
        const QString editable = QStringLiteral("routine_editable(routine_id, current_user)");
        out << policy(QStringLiteral("spotter_read"),
                      QStringLiteral("FOR SELECT TO spotter_athlete, spotter_coach USING (routine_id IN "
                                     "(SELECT r.id FROM routine r))"))
            << policy(QStringLiteral("spotter_add"),
                      QStringLiteral("FOR INSERT TO spotter_athlete, spotter_coach WITH CHECK (%1)")
                          .arg(editable))
            << policy(
                   QStringLiteral("spotter_edit"),
                   QStringLiteral("FOR UPDATE TO spotter_athlete, spotter_coach USING (%1) WITH CHECK (%1)")
                       .arg(editable))
            << policy(
                   QStringLiteral("spotter_delete"),
                   QStringLiteral("FOR DELETE TO spotter_athlete, spotter_coach USING (%1)").arg(editable));
        break;
    }
    case Rule::Assignments: {
        // Own rows as OwnRows, and only of a routine the login can already see: an id guessed
        // and assigned would otherwise open someone else's routine.
        const QString visible = QStringLiteral("routine_id IN (SELECT r.id FROM routine r)");
        out << policy(QStringLiteral("spotter_athlete_own"),
                      QStringLiteral("FOR SELECT TO spotter_athlete USING (athlete_id = %1)").arg(kMine))
            << policy(QStringLiteral("spotter_athlete_add"),
                      QStringLiteral("FOR INSERT TO spotter_athlete WITH CHECK (athlete_id = %1 AND %2)")
                          .arg(kMine, visible))
            << policy(QStringLiteral("spotter_athlete_edit"),
                      QStringLiteral("FOR UPDATE TO spotter_athlete USING (athlete_id = %1) WITH CHECK "
                                     "(athlete_id = %1 AND %2)")
                          .arg(kMine, visible))
            << policy(QStringLiteral("spotter_athlete_delete"),
                      QStringLiteral("FOR DELETE TO spotter_athlete USING (athlete_id = %1)").arg(kMine))
            << policy(QStringLiteral("spotter_coach_team"),
                      QStringLiteral("FOR SELECT TO spotter_coach USING (athlete_id = ANY %1)").arg(kCoached))
            << policy(QStringLiteral("spotter_coach_add"),
                      QStringLiteral("FOR INSERT TO spotter_coach WITH CHECK (athlete_id = ANY %1 AND %2)")
                          .arg(kCoached, visible))
            << policy(QStringLiteral("spotter_coach_edit"),
                      QStringLiteral("FOR UPDATE TO spotter_coach USING (athlete_id = ANY %1) WITH CHECK "
                                     "(athlete_id = ANY %1 AND %2)")
                          .arg(kCoached, visible))
            << policy(
                   QStringLiteral("spotter_coach_delete"),
                   QStringLiteral("FOR DELETE TO spotter_coach USING (athlete_id = ANY %1)").arg(kCoached));
        break;
    }
    case Rule::Catalogue:
        out << policy(QStringLiteral("spotter_read"),
                      QStringLiteral("FOR SELECT TO spotter_athlete, spotter_coach USING (true)"))
            << policy(QStringLiteral("spotter_add"),
                      QStringLiteral("FOR INSERT TO spotter_athlete, spotter_coach WITH CHECK (true)"))
            << policy(QStringLiteral("spotter_coach_edit"),
                      QStringLiteral("FOR UPDATE TO spotter_coach USING (true) WITH CHECK (true)"))
            << policy(QStringLiteral("spotter_coach_delete"),
                      QStringLiteral("FOR DELETE TO spotter_coach USING (true)"));
        break;
    case Rule::Version:
        out << policy(QStringLiteral("spotter_read"),
                      QStringLiteral("FOR SELECT TO spotter_athlete, spotter_coach USING (true)"));
        break;
    case Rule::Teams:
        out << policy(QStringLiteral("spotter_coach_read"),
                      QStringLiteral("FOR SELECT TO spotter_coach USING (id = ANY "
                                     "((SELECT coached_team_ids(current_user))::bigint[]))"));
        break;
    case Rule::Private: break;
    }
    return out;
}

QStringList grantsFor(const QString &t, Rule rule)
{
    switch (rule) {
    case Rule::Athlete:
    case Rule::OwnRows:
    case Rule::SessionSets:
    case Rule::Routines:
    case Rule::RoutineRows:
    case Rule::Assignments:
    case Rule::Catalogue:
        return {QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO spotter_coach, spotter_athlete")
                    .arg(t)};
    case Rule::Version:
        return {QStringLiteral("GRANT SELECT ON %1 TO spotter_coach, spotter_athlete").arg(t)};
    case Rule::Teams: return {QStringLiteral("GRANT SELECT ON %1 TO spotter_coach").arg(t)};
    case Rule::Private: break;
    }
    return {};
}

QStringList tablesOfSchema(const QSqlDatabase &db)
{
    Query q(db,
            QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                           " WHERE n.nspname = :schema AND c.relkind IN ('r', 'p') ORDER BY c.relname"));
    q.bind(QStringLiteral(":schema"), QLatin1String(kSchema)).exec();
    QStringList out;
    while (q.next())
        out.append(q.string(0));
    return out;
}

bool hasColumn(const QSqlDatabase &db, const QString &table, const QString &column)
{
    Query q(db, QStringLiteral("SELECT 1 FROM information_schema.columns WHERE table_schema = :schema AND "
                               "table_name = :table AND column_name = :column"));
    q.bind(QStringLiteral(":schema"), QLatin1String(kSchema))
        .bind(QStringLiteral(":table"), table)
        .bind(QStringLiteral(":column"), column)
        .exec();
    return q.next();
}

} // namespace

QString announcesExercisesTest()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                          " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = :schema"
                          " AND c.relname = 'exercise' AND t.tgname = 'spotter_notify'"
                          " AND t.tgenabled <> 'D')");
}

QStringList guardedTables()
{
    QStringList out;
    for (const Guard &g : kGuards)
        out.append(QLatin1String(g.table));
    return out;
}

void applyPolicies(const QSqlDatabase &db)
{
    for (const char *statement : kServerTables)
        Query::run(db, QLatin1String(statement));
    for (const char *statement : kFunctions)
        Query::run(db, QLatin1String(statement));
    keepSetAthletes(db);
    replaceSetForeignKeys(db);
    const QStringList tables = tablesOfSchema(db);
    // An older schema (a server a test set up with the first steps only) has no routines yet,
    // or routines without a maker: those tables then stay unreachable until `server upgrade`.
    const bool routines = hasColumn(db, QStringLiteral("routine"), QStringLiteral("created_by"));
    if (routines) {
        for (const char *statement : kRoutineFunctions)
            Query::run(db, QLatin1String(statement));
    }
    for (const char *table : kNotifyingTables) {
        if (tables.contains(QLatin1String(table)))
            Query::run(db,
                       QStringLiteral("CREATE OR REPLACE TRIGGER spotter_notify AFTER INSERT OR UPDATE OR "
                                      "DELETE ON %1 FOR EACH STATEMENT EXECUTE FUNCTION notify_change()")
                           .arg(QLatin1String(table)));
    }
    Query::run(db, QStringLiteral("GRANT USAGE ON SCHEMA spotter TO spotter_coach, spotter_athlete"));
    Query::run(db, QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA spotter TO spotter_coach, "
                                  "spotter_athlete"));
    for (const QString &table : tables) {
        // Every table, listed or not: RLS on and forced (the owner is filtered too), old
        // policies and grants gone, then the table's rule.
        Query::run(db, QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table));
        Query::run(db, QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(table));
        Query::run(db,
                   QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC, spotter_coach, spotter_athlete").arg(table));
        Query dropped(db, QStringLiteral("SELECT policyname FROM pg_policies WHERE schemaname = :schema AND "
                                         "tablename = :table"));
        dropped.bind(QStringLiteral(":schema"), QLatin1String(kSchema))
            .bind(QStringLiteral(":table"), table)
            .exec();
        QStringList policies;
        while (dropped.next())
            policies.append(dropped.string(0));
        for (const QString &policy : std::as_const(policies))
            Query::run(db, QStringLiteral("DROP POLICY %1 ON %2").arg(policy, table));
        Rule rule = Rule::Private;
        for (const Guard &g : kGuards) {
            if (table == QLatin1String(g.table))
                rule = g.rule;
        }
        if (!routines && (rule == Rule::Routines || rule == Rule::RoutineRows || rule == Rule::Assignments))
            rule = Rule::Private;
        for (const QString &statement : policiesFor(table, rule) + grantsFor(table, rule))
            Query::run(db, statement);
    }
}

QStringList integrityCheck(const QSqlDatabase &db)
{
    QStringList problems;
    Query q(db, QStringLiteral("SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c"
                               " JOIN pg_namespace n ON n.oid = c.relnamespace"
                               " WHERE n.nspname = :schema AND c.relkind IN ('r', 'p') ORDER BY c.relname"));
    q.bind(QStringLiteral(":schema"), QLatin1String(kSchema)).exec();
    QStringList seen;
    while (q.next()) {
        seen.append(q.string(0));
        if (!q.value(1).toBool() || !q.value(2).toBool())
            problems.append(
                QCoreApplication::translate("spotter::Store", "table %1 is not guarded by row-level security")
                    .arg(q.string(0)));
    }
    for (const QString &table : guardedTables()) {
        if (!seen.contains(table))
            problems.append(QCoreApplication::translate("spotter::Store", "table %1 is missing").arg(table));
    }
    Query announced(db,
                    QStringLiteral("SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                                   " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = :schema"
                                   " AND t.tgname = 'spotter_notify' AND t.tgenabled <> 'D'"));
    announced.bind(QStringLiteral(":schema"), QLatin1String(kSchema)).exec();
    QStringList announcing;
    while (announced.next())
        announcing.append(announced.string(0));
    for (const char *table : kNotifyingTables) {
        const QString name = QLatin1String(table);
        if (seen.contains(name) && !announcing.contains(name))
            problems.append(QCoreApplication::translate(
                                "spotter::Store", "changes to table %1 are not announced to other people's "
                                                  "windows; the admin restores that with 'spotter-cli server "
                                                  "upgrade'")
                                .arg(name));
    }
    if (!setForeignKeysChecked(db))
        problems.append(QCoreApplication::translate(
            "spotter::Store", "the sets' references to sessions and exercises are not checked; the admin "
                              "restores the checks with 'spotter-cli server upgrade'"));
    if (!setAthletesKept(db))
        problems.append(QCoreApplication::translate(
            "spotter::Store", "the sets do not carry their sessions' athletes, which their row-level "
                              "security reads; the admin restores them with 'spotter-cli server upgrade'"));
    return problems.isEmpty() ? QStringList{QStringLiteral("ok")} : problems;
}

} // namespace spotter::server
