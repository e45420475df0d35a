// SPDX-License-Identifier: GPL-3.0-or-later
// The team-server half of Database: connecting through QPSQL, and what is checked first.
#include "store/database.h"
#include "store/databaseopening.h"
#include "store/pgconnection.h"
#include "store/query.h"
#include "store/serveradmin.h"
#include "store/serverschema.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

namespace spotter {

namespace {

/// Seconds a connection may take to be made, unless the address, a service file or
/// PGCONNECT_TIMEOUT says otherwise: pgAdmin's default, long enough for TLS over a slow link.
constexpr int kConnectTimeoutS = 10;

// Holds this file's translation context in a form lupdate can follow.
struct Store
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Store)
};

StoreError connectError(const DatabaseLocation &location, const QString &text)
{
    const QString where = location.displayName();
    if (text.contains(u"password authentication failed") || text.contains(u"no password supplied"))
        return StoreError(StoreError::Kind::Denied,
                          Store::tr("The team server %1 refused the login: the password is wrong or missing "
                                    "(%2)")
                              .arg(where, text));
    if (text.contains(u"does not exist"))
        return StoreError(StoreError::Kind::NotFound,
                          Store::tr("Cannot use the team server %1: %2").arg(where, text));
    return StoreError(StoreError::Kind::Connection,
                      Store::tr("Cannot reach the team server %1: %2").arg(where, text));
}

} // namespace

QSqlDatabase Database::openServerConnection(const QString &name) const
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw StoreError(StoreError::Kind::Connection,
                         Store::tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql), so "
                                   "Spotter cannot open %1")
                             .arg(m_location.displayName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_location.host());
    if (m_location.port() > 0)
        db.setPort(m_location.port());
    db.setDatabaseName(m_location.database());
    db.setUserName(m_location.user());
    db.setPassword(m_options.password); // Qt quotes it (a ';' in it is safe there, §2)
    // Every connection works in Spotter's schema; the setting travels with the connection, so
    // a reconnect keeps it.
    QString serverOptions = QStringLiteral("-c search_path=%1").arg(QLatin1String(server::kSchema));
    // Opened only to read (a reading command, File → Open read-only): every transaction of the
    // session is read-only, so a write is refused by the server itself (25006), as SQLite's
    // read-only open refuses it.
    if (m_options.readOnly)
        serverOptions += QStringLiteral(" -c default_transaction_read_only=on");
    QStringList options;
    bool named = false;
    bool timed = !qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT");
    for (const auto &[key, value] : m_location.options()) {
        if (key == u"options")
            serverOptions = value + u' ' + serverOptions;
        else
            options.append(key + u'=' + DatabaseLocation::quotedValue(value));
        named = named || key == u"application_name";
        // A service file may set its own; a value given here would override it.
        timed = timed || key == u"connect_timeout" || key == u"service";
    }
    if (!named)
        options.append(QStringLiteral("application_name=spotter"));
    // Without one, libpq waits for a server that does not answer as long as the system does
    // (minutes): the window opening it, or closing while the change feed reconnects, with it.
    if (!timed)
        options.append(QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutS));
    options.append(QStringLiteral("options=") + DatabaseLocation::quotedValue(serverOptions));
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        const QString text = db.lastError().databaseText().trimmed();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw connectError(m_location, text.isEmpty() ? Store::tr("unknown error") : text);
    }
    pg::silenceNotices(db);
    return db;
}

QSqlDatabase Database::openDedicatedConnection(const QString &name) const
{
    awaitOpen(); // only to a server whose checks passed
    return openServerConnection(name);
}

void Database::openServer()
{
    checkServer(connection());
}

void Database::openServerAside()
{
    // The connection is made under the name the calling thread looks for, and handed to that
    // thread once the checks passed (QtSql lets only the driver's thread use a connection).
    QThread *target = QThread::currentThread();
    const QString name = connectionName(target);
    m_opening = std::make_unique<Opening>();
    m_opening->thread.reset(QThread::create([this, target, name] {
        try {
            if (m_options.beforeConnect)
                m_options.beforeConnect();
            QSqlDatabase db = openServerConnection(name);
            try {
                checkServer(db);
            } catch (...) {
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                throw;
            }
            db.driver()->moveToThread(target);
            const QMutexLocker lock(&m_threads->mutex);
            m_threads->names.insert(target, name);
        } catch (const StoreError &e) {
            m_opening->error = e;
        } catch (const std::exception &e) {
            m_opening->error = StoreError(StoreError::Kind::Connection, QString::fromLocal8Bit(e.what()));
        }
    }));
    m_opening->thread->setObjectName(QStringLiteral("spotter-connect"));
    m_opening->thread->start();
}

void Database::checkServer(const QSqlDatabase &db)
{
    const QString where = m_location.displayName();
    // Everything the catalogue can tell, in one round trip (each is a network's latency away):
    // the catalogue is readable by every login, and a role that does not exist is no member's.
    // The answers are looked at in the order the messages need.
    const auto memberOf = [](QLatin1String role) {
        return QStringLiteral("EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = %1"
                              " AND pg_has_role(current_user, g.oid, 'MEMBER')), ")
            .arg(role);
    };
    Query who(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = :schema),"
                                 " current_user, r.rolsuper OR r.rolbypassrls, ")
                      + memberOf(QLatin1String(":owner")) + memberOf(QLatin1String(":coach"))
                      + memberOf(QLatin1String(":athlete")) + server::setsCarryAthleteTest()
                      + QStringLiteral(", ") + server::announcesExercisesTest()
                      + QStringLiteral(" FROM pg_roles r WHERE r.rolname = current_user"));
    who.bind(QStringLiteral(":schema"), QLatin1String(server::kSchema))
        .bind(QStringLiteral(":owner"), QLatin1String(server::kOwnerRole))
        .bind(QStringLiteral(":coach"), QLatin1String(server::kCoachRole))
        .bind(QStringLiteral(":athlete"), QLatin1String(server::kAthleteRole))
        .exec();
    if (!who.next())
        throw StoreError(StoreError::Kind::Denied, Store::tr("%1: the login has no role").arg(where));
    if (!who.value(0).toBool())
        throw StoreError(StoreError::Kind::NotADatabase,
                         Store::tr("%1 holds no Spotter data. The server's admin sets it up once with "
                                   "'spotter-cli --db URI server init' (docs/team-server.md).")
                             .arg(where));
    ServerIdentity identity;
    identity.login = who.string(1);
    if (who.value(2).toBool() || who.value(3).toBool())
        throw StoreError(StoreError::Kind::Denied,
                         Store::tr("'%1' owns the team's tables or bypasses their row-level security, so "
                                   "it would see every athlete's rows; Spotter does not work as it. "
                                   "Connect as a coach or an athlete (spotter-cli server add-coach, "
                                   "add-athlete).")
                             .arg(identity.login));
    identity.coach = who.value(4).toBool();
    identity.athlete = who.value(5).toBool();
    const bool setsCarryAthlete = who.value(6).toBool();
    identity.announcesExercises = who.value(7).toBool();
    if (!identity.coach && !identity.athlete)
        throw StoreError(StoreError::Kind::Denied,
                         Store::tr("'%1' is neither a coach nor an athlete on %2; the server's admin adds "
                                   "people with 'spotter-cli server add-coach' or 'server add-athlete'.")
                             .arg(identity.login, where));
    // With the snapshot the change feed starts from: taken before anything is read.
    Query version(
        db, QStringLiteral("SELECT application, version, pg_current_snapshot()::text FROM spotter_schema"));
    version.exec();
    if (!version.next() || version.string(0) != QLatin1String(server::kApplication))
        throw StoreError(StoreError::Kind::ForeignDatabase,
                         Store::tr("%1 has a table spotter_schema that is not Spotter's").arg(where));
    m_originalVersion = static_cast<int>(version.int64(1));
    m_openSnapshot = version.string(2);
    const int latest = latestVersion();
    if (m_originalVersion > latest)
        throw StoreError(StoreError::Kind::NewerSchema,
                         Store::tr("The team server %1 was set up by a newer version of Spotter (schema %2; "
                                   "this version knows up to %3). Nothing was changed; update Spotter to use "
                                   "it.")
                             .arg(where, QString::number(m_originalVersion), QString::number(latest)));
    if (m_originalVersion < latest)
        throw StoreError(StoreError::Kind::NewerSchema,
                         Store::tr("The team server %1 has schema %2 and this Spotter needs %3. Nothing was "
                                   "changed; the server's admin upgrades it with 'spotter-cli --db URI "
                                   "server upgrade' (docs/team-server.md).")
                             .arg(where, QString::number(m_originalVersion), QString::number(latest)));
    // A server set up or upgraded by a Spotter before its sets carried their athletes has the
    // same schema version: without this, the first query naming the column would fail.
    if (!setsCarryAthlete)
        throw StoreError(StoreError::Kind::NewerSchema,
                         Store::tr("The team server %1 was set up for an older Spotter: its sets do not "
                                   "carry their sessions' athletes. Nothing was changed; the server's admin "
                                   "upgrades it with 'spotter-cli --db URI server upgrade' "
                                   "(docs/team-server.md).")
                             .arg(where));
    if (identity.athlete) {
        Query own(db, QStringLiteral("SELECT athlete_id_for(current_user)"));
        own.exec();
        if (own.next() && !own.isNull(0))
            identity.athleteId = own.int64(0);
    }
    m_identity = identity;
}

} // namespace spotter
