// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/serveradmin.h"

#include "model/clock.h"
#include "model/validation.h"
#include "store/pgconnection.h"
#include "store/query.h"
#include "store/serverschema.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QSqlError>

#include <atomic>
#include <libpq-fe.h>

namespace spotter {

namespace {

std::atomic<int> g_adminCounter{0};

// pg_advisory_xact_lock key for "the schema is being set up or upgraded" (field notes §8).
constexpr qint64 kSetupLock = 0x5350545253455455; // "SPTRSETU"

// Holds this file's translation context in a form lupdate can follow.
struct Store
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Store)
};

const char *const kVersionTable =
    R"(CREATE TABLE IF NOT EXISTS spotter_schema (
         singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
         application TEXT NOT NULL,
         version INTEGER NOT NULL))";

} // namespace

ServerAdmin::ServerAdmin(const DatabaseLocation &location, const QString &password,
                         const std::vector<Migration> *migrations)
    : m_location(location)
    , m_migrations(migrations)
    , m_name(QStringLiteral("spotter-admin-%1").arg(++g_adminCounter))
{
    if (!location.isServer())
        throw StoreError(StoreError::Kind::Invalid,
                         Store::tr("'%1' is a file; the server commands need a PostgreSQL server "
                                   "(postgresql://… or service=…)")
                             .arg(location.filePath()));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    m_db.setHostName(location.host());
    if (location.port() > 0)
        m_db.setPort(location.port());
    m_db.setDatabaseName(location.database());
    m_db.setUserName(location.user());
    m_db.setPassword(password);
    QStringList options;
    QString serverOptions = QStringLiteral("-c search_path=spotter");
    for (const auto &[key, value] : location.options()) {
        if (key == u"options")
            serverOptions = value + u' ' + serverOptions;
        else
            options.append(key + u'=' + DatabaseLocation::quotedValue(value));
    }
    options.append(QStringLiteral("application_name=spotter-admin"));
    options.append(QStringLiteral("options=") + DatabaseLocation::quotedValue(serverOptions));
    m_db.setConnectOptions(options.join(u';'));
    if (!m_db.open()) {
        const QString text = m_db.lastError().databaseText().trimmed();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        throw StoreError(StoreError::Kind::Connection,
                         Store::tr("Cannot reach the team server %1: %2").arg(location.displayName(), text));
    }
    pg::silenceNotices(m_db);
}

ServerAdmin::~ServerAdmin()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

int ServerAdmin::latestVersion() const
{
    const std::vector<Migration> &steps = m_migrations ? *m_migrations : migrations();
    return steps.empty() ? 0 : steps.back().version;
}

void ServerAdmin::begin()
{
    pg::begin(m_db, "BEGIN");
    Query lock(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(:key)"));
    lock.bind(QStringLiteral(":key"), kSetupLock).exec();
}

void ServerAdmin::commit()
{
    asAdmin();
    pg::end(pg::handle(m_db), true);
}

void ServerAdmin::rollback() noexcept
{
    try {
        PGconn *conn = pg::handle(m_db);
        pg::end(conn, false);
        pg::command(conn, "RESET ROLE", false);
    } catch (const StoreError &) {
    }
}

void ServerAdmin::asOwner()
{
    Query::run(m_db, QStringLiteral("SET ROLE spotter_owner"));
}

void ServerAdmin::asAdmin()
{
    Query::run(m_db, QStringLiteral("RESET ROLE"));
}

bool ServerAdmin::roleExists(const QString &role)
{
    Query q(m_db, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = :role"));
    q.bind(QStringLiteral(":role"), role).exec();
    return q.next();
}

void ServerAdmin::ensureGroupRole(const char *role)
{
    if (!roleExists(QLatin1String(role)))
        Query::run(m_db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(QLatin1String(role)));
}

ServerAdmin::Setup ServerAdmin::init()
{
    return migrate(true);
}

ServerAdmin::Setup ServerAdmin::upgrade()
{
    return migrate(false);
}

ServerAdmin::Setup ServerAdmin::migrate(bool create)
{
    Setup setup;
    begin();
    try {
        Query exists(m_db, QStringLiteral("SELECT to_regclass('spotter.spotter_schema') IS NOT NULL"));
        exists.exec();
        const bool found = exists.next() && exists.value(0).toBool();
        if (!found && !create)
            throw StoreError(StoreError::Kind::NotADatabase,
                             Store::tr("%1 holds no Spotter data yet; set it up with 'server init'")
                                 .arg(m_location.displayName()));
        ensureGroupRole(server::kOwnerRole);
        ensureGroupRole(server::kCoachRole);
        ensureGroupRole(server::kAthleteRole);
        Query member(m_db, QStringLiteral("SELECT pg_has_role(current_user, 'spotter_owner', 'MEMBER')"));
        member.exec();
        if (!member.next() || !member.value(0).toBool())
            Query::run(m_db, QStringLiteral("GRANT spotter_owner TO CURRENT_USER"));
        Query::run(m_db, QStringLiteral("CREATE SCHEMA IF NOT EXISTS spotter AUTHORIZATION spotter_owner"));
        asOwner();
        Query::run(m_db, QLatin1String(kVersionTable));
        Query::run(m_db,
                   QStringLiteral("INSERT INTO spotter_schema (application, version) VALUES ('spotter', 0) "
                                  "ON CONFLICT DO NOTHING"));
        Query version(m_db, QStringLiteral("SELECT application, version FROM spotter_schema FOR UPDATE"));
        version.exec();
        if (!version.next() || version.string(0) != QLatin1String(server::kApplication))
            throw StoreError(StoreError::Kind::ForeignDatabase,
                             Store::tr("%1 has a table spotter_schema that is not Spotter's")
                                 .arg(m_location.displayName()));
        setup.before = static_cast<int>(version.int64(1));
        const int latest = latestVersion();
        if (setup.before > latest)
            throw StoreError(
                StoreError::Kind::NewerSchema,
                Store::tr("The team server %1 was set up by a newer version of Spotter (schema %2; "
                          "this version knows up to %3). Nothing was changed.")
                    .arg(m_location.displayName(), QString::number(setup.before), QString::number(latest)));
        // Every step in this one transaction: PostgreSQL's DDL is transactional, so a failing
        // step leaves the server exactly as it was (a backup is the admin's pg_dump).
        const std::vector<Migration> &steps = m_migrations ? *m_migrations : migrations();
        bool migrated = false;
        for (const Migration &step : steps) {
            if (step.version <= setup.before)
                continue;
            step.apply(m_db);
            Query set(m_db, QStringLiteral("UPDATE spotter_schema SET version = :version"));
            set.bind(QStringLiteral(":version"), step.version).exec();
            migrated = true;
        }
        if (migrated) {
            // A step that copied rows with their ids leaves the identity sequence behind them.
            Query tables(m_db, QStringLiteral("SELECT table_name, pg_get_serial_sequence('spotter.' || "
                                              "table_name, 'id') FROM information_schema.columns WHERE "
                                              "table_schema = 'spotter' AND column_name = 'id' AND "
                                              "is_identity = 'YES'"));
            tables.exec();
            QList<QPair<QString, QString>> sequences;
            while (tables.next())
                sequences.append({tables.string(0), tables.string(1)});
            for (const auto &[table, sequence] : sequences)
                Query::run(m_db, QStringLiteral("SELECT setval('%1', GREATEST((SELECT last_value FROM %1), "
                                                "(SELECT coalesce(max(id), 1) FROM %2)))")
                                     .arg(sequence, table));
        }
        server::applyPolicies(m_db);
        setup.after = latest;
        commit();
    } catch (...) {
        rollback();
        throw;
    }
    return setup;
}

void ServerAdmin::ensureLogin(const QString &login, const char *group, const std::optional<QString> &password)
{
    if (login.trimmed().isEmpty() || login == QLatin1String(server::kOwnerRole)
        || login == QLatin1String(server::kCoachRole) || login == QLatin1String(server::kAthleteRole)
        || login.startsWith(QStringLiteral("pg_")))
        throw StoreError(StoreError::Kind::Invalid, Store::tr("'%1' cannot be a login's name").arg(login));
    PGconn *conn = pg::handle(m_db);
    const QByteArray name = pg::identifier(conn, login);
    if (roleExists(login)) {
        Query q(m_db, QStringLiteral("SELECT rolsuper OR rolbypassrls, pg_has_role(rolname, 'spotter_owner', "
                                     "'MEMBER') FROM pg_roles WHERE rolname = :role"));
        q.bind(QStringLiteral(":role"), login).exec();
        if (q.next() && (q.value(0).toBool() || q.value(1).toBool()))
            throw StoreError(
                StoreError::Kind::Denied,
                Store::tr("'%1' owns the team's tables or bypasses row-level security; a coach or an "
                          "athlete must be a login of their own")
                    .arg(login));
        pg::command(conn, "GRANT " + QByteArray(group) + " TO " + name);
    } else {
        pg::command(conn, "CREATE ROLE " + name + " LOGIN IN ROLE " + QByteArray(group));
    }
    if (password) {
        // The SCRAM verifier is computed here, as psql's \password does: the password itself
        // never travels to the server or into its logs.
        const QByteArray user = login.toUtf8();
        char *verifier =
            PQencryptPasswordConn(conn, password->toUtf8().constData(), user.constData(), "scram-sha-256");
        if (!verifier)
            throw pg::errorOf(conn, nullptr, Store::tr("Encrypting the password"));
        const QByteArray literal = pg::literal(conn, QString::fromUtf8(verifier));
        PQfreemem(verifier);
        pg::command(conn, "ALTER ROLE " + name + " PASSWORD " + literal);
    }
}

void ServerAdmin::addCoach(const QString &login, const std::optional<QString> &password)
{
    begin();
    try {
        ensureLogin(login, server::kCoachRole, password);
        commit();
    } catch (...) {
        rollback();
        throw;
    }
}

qint64 ServerAdmin::teamId(const QString &name)
{
    Query q(m_db, QStringLiteral("SELECT id FROM team WHERE name = :name"));
    q.bind(QStringLiteral(":name"), name.simplified()).exec();
    if (!q.next())
        throw StoreError(StoreError::Kind::NotFound,
                         Store::tr("There is no team named '%1' (add one with 'server add-team')").arg(name));
    return q.int64(0);
}

qint64 ServerAdmin::addAthlete(const QString &name, const QString &login, WeightUnit unit,
                               const std::optional<QString> &password, const QString &team)
{
    Athlete athlete;
    athlete.name = name.simplified();
    athlete.unit = unit;
    if (const ValidationIssues issues = validate(athlete, Clock::today().year()); !issues.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinMessages(issues));
    begin();
    qint64 id = 0;
    try {
        ensureLogin(login, server::kAthleteRole, password);
        asOwner();
        Query find(m_db, QStringLiteral("SELECT id FROM athlete WHERE name_key = :key"));
        find.bind(QStringLiteral(":key"), nameKey(athlete.name)).exec();
        if (find.next()) {
            id = find.int64(0);
        } else {
            Query add(m_db,
                      QStringLiteral("INSERT INTO athlete (name, name_key, unit) VALUES (:name, :key, :unit) "
                                     "RETURNING id"));
            add.bind(QStringLiteral(":name"), athlete.name)
                .bind(QStringLiteral(":key"), nameKey(athlete.name))
                .bind(QStringLiteral(":unit"), toKey(unit))
                .exec();
            if (!add.next())
                throw StoreError(StoreError::Kind::Sql, Store::tr("The athlete was not added"));
            id = add.int64(0);
        }
        Query linked(
            m_db, QStringLiteral("SELECT a.name FROM athlete_login l JOIN athlete a ON a.id = l.athlete_id "
                                 "WHERE l.login = :login AND l.athlete_id <> :id"));
        linked.bind(QStringLiteral(":login"), login).bind(QStringLiteral(":id"), id).exec();
        if (linked.next())
            throw StoreError(
                StoreError::Kind::Duplicate,
                Store::tr("The login '%1' is already the athlete '%2'").arg(login, linked.string(0)));
        Query link(m_db, QStringLiteral("INSERT INTO athlete_login (athlete_id, login) VALUES (:id, :login) "
                                        "ON CONFLICT (athlete_id) DO UPDATE SET login = excluded.login"));
        link.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":login"), login).exec();
        if (!team.isEmpty()) {
            Query member(m_db,
                         QStringLiteral("INSERT INTO team_athlete (team_id, athlete_id) VALUES (:team, :id) "
                                        "ON CONFLICT DO NOTHING"));
            member.bind(QStringLiteral(":team"), teamId(team)).bind(QStringLiteral(":id"), id).exec();
        }
        commit();
    } catch (...) {
        rollback();
        throw;
    }
    return id;
}

qint64 ServerAdmin::addTeam(const QString &name)
{
    if (name.simplified().isEmpty())
        throw StoreError(StoreError::Kind::Invalid, Store::tr("A team needs a name"));
    begin();
    qint64 id = 0;
    try {
        asOwner();
        Query add(m_db,
                  QStringLiteral("INSERT INTO team (name) VALUES (:name) ON CONFLICT (name) DO UPDATE SET "
                                 "name = excluded.name RETURNING id"));
        add.bind(QStringLiteral(":name"), name.simplified()).exec();
        if (add.next())
            id = add.int64(0);
        commit();
    } catch (...) {
        rollback();
        throw;
    }
    return id;
}

void ServerAdmin::assignCoach(const QString &team, const QString &login)
{
    begin();
    try {
        Query coach(m_db, QStringLiteral("SELECT pg_has_role(:login, 'spotter_coach', 'MEMBER')"));
        coach.bind(QStringLiteral(":login"), login);
        if (!roleExists(login) || !coach.exec().next() || !coach.value(0).toBool())
            throw StoreError(
                StoreError::Kind::NotFound,
                Store::tr("'%1' is not a coach on this server (add them with 'server add-coach')")
                    .arg(login));
        asOwner();
        Query q(m_db, QStringLiteral("INSERT INTO team_coach (team_id, login) VALUES (:team, :login) "
                                     "ON CONFLICT DO NOTHING"));
        q.bind(QStringLiteral(":team"), teamId(team)).bind(QStringLiteral(":login"), login).exec();
        commit();
    } catch (...) {
        rollback();
        throw;
    }
}

void ServerAdmin::assignAthlete(const QString &team, const QString &athleteName)
{
    begin();
    try {
        asOwner();
        Query find(m_db, QStringLiteral("SELECT id FROM athlete WHERE name_key = :key"));
        find.bind(QStringLiteral(":key"), nameKey(athleteName)).exec();
        if (!find.next())
            throw StoreError(StoreError::Kind::NotFound,
                             Store::tr("There is no athlete named '%1'").arg(athleteName));
        const qint64 athlete = find.int64(0);
        Query q(m_db,
                QStringLiteral("INSERT INTO team_athlete (team_id, athlete_id) VALUES (:team, :athlete) "
                               "ON CONFLICT DO NOTHING"));
        q.bind(QStringLiteral(":team"), teamId(team)).bind(QStringLiteral(":athlete"), athlete).exec();
        commit();
    } catch (...) {
        rollback();
        throw;
    }
}

QList<TeamListing> ServerAdmin::teams()
{
    QList<TeamListing> out;
    begin();
    try {
        asOwner();
        Query q(
            m_db,
            QStringLiteral(
                "SELECT t.name, coalesce((SELECT string_agg(c.login, ',' ORDER BY c.login) FROM team_coach c "
                "WHERE c.team_id = t.id), ''), coalesce((SELECT string_agg(a.name, ',' ORDER BY a.name) "
                "FROM team_athlete m JOIN athlete a ON a.id = m.athlete_id WHERE m.team_id = t.id), '') "
                "FROM team t ORDER BY t.name"));
        q.exec();
        while (q.next())
            out.append({q.string(0), q.string(1).split(u',', Qt::SkipEmptyParts),
                        q.string(2).split(u',', Qt::SkipEmptyParts)});
        commit();
    } catch (...) {
        rollback();
        throw;
    }
    return out;
}

QList<AthleteListing> ServerAdmin::athletes()
{
    QList<AthleteListing> out;
    begin();
    try {
        asOwner();
        Query q(m_db, QStringLiteral(
                          "SELECT a.name, coalesce(l.login, '') FROM athlete a LEFT JOIN athlete_login l "
                          "ON l.athlete_id = a.id ORDER BY a.name_key"));
        q.exec();
        while (q.next())
            out.append({q.string(0), q.string(1)});
        commit();
    } catch (...) {
        rollback();
        throw;
    }
    return out;
}

} // namespace spotter
