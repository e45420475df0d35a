// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"

#include "model/clock.h"
#include "store/checkgate.h"
#include "store/databaseopening.h"
#include "store/migrations.h"
#include "store/pgconnection.h"
#include "store/query.h"
#include "store/quickcheck.h"
#include "store/serverschema.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMutexLocker>
#include <QSqlError>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QThread>
#include <QUrl>
#include <QtEndian>

#include <algorithm>
#include <atomic>
#include <memory>
#include <utility>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace spotter {

namespace {

std::atomic<int> g_instanceCounter{0};

// Holds this file's translation context in a form lupdate can follow.
struct Store
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Store)
};

} // namespace

void initApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Spotter"));
    QCoreApplication::setApplicationName(QStringLiteral("spotter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPOTTER_VERSION));
}

QString Database::defaultPath()
{
    // Where it has always been (~/.local/share/spotter/): the application's data folder before
    // the organisation had a name, which AppDataLocation would now put in front.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/'
           + QCoreApplication::applicationName() + QStringLiteral("/spotter.sqlite");
}

namespace {
DatabaseLocation parseLocation(const QString &text)
{
    if (text.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Io,
                         QCoreApplication::translate("spotter::Store", "No database path given"));
    return DatabaseLocation::parse(text);
}
} // namespace

QString ServerIdentity::roleName() const
{
    if (coach && athlete)
        return Store::tr("coach and athlete");
    return coach ? Store::tr("coach") : athlete ? Store::tr("athlete") : Store::tr("no role");
}

Database::Database(const QString &location, Options options)
    : Database(parseLocation(location), std::move(options))
{}

Database::Database(const DatabaseLocation &location, Options options)
    : m_location(location)
    , m_path(location.isServer() ? location.toString() : location.filePath())
    , m_options(std::move(options))
    , m_prefix(QStringLiteral("spotter-%1-").arg(++g_instanceCounter))
{
    if (m_location.isServer() && m_options.connectAside)
        openServerAside();
    else if (m_location.isServer())
        openServer();
    else
        openFile();
}

Database::~Database()
{
    if (m_opening)
        m_opening->thread->wait(); // its connection is this object's
    if (m_gate) {
        // A check running on another thread uses this object: it ends first.
        CheckGate::remove(m_gate);
        m_gate->close();
    }
    closeAllConnections();
}

QSqlDatabase Database::openConnection(const QString &name) const
{
    if (isServer())
        return openServerConnection(name);
    QSqlDatabase db = openSqlite(name, m_options.readOnly);
    try {
        // foreign_keys is per connection and off by default; journal_mode=WAL persists in the
        // file, so a read-only connection leaves it as it is.
        Query::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        if (!m_options.readOnly) {
            const QString mode = Query::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL")).toString();
            if (mode.compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
                throw StoreError(
                    StoreError::Kind::Io,
                    Store::tr("'%1' cannot use write-ahead logging (journal mode %2)").arg(m_path, mode));
        }
        Query::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    } catch (const StoreError &e) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        if (e.kind() == StoreError::Kind::Corrupt)
            throw StoreError(StoreError::Kind::Corrupt,
                             Store::tr("'%1' is damaged or not a database: %2").arg(m_path, e.message()));
        throw;
    }
    return db;
}

void Database::awaitOpen() const
{
    if (!m_opening)
        return;
    m_opening->thread->wait();
    if (m_opening->error)
        throw *m_opening->error;
}

bool Database::isOpening() const
{
    return m_opening && !m_opening->thread->isFinished();
}

void Database::whenOpenEnds(QObject *context, std::function<void()> fn) const
{
    // finished() may come before the check below sees the thread ended, or after it: both call
    // on the context's thread, and the first one wins.
    auto once = [called = std::make_shared<bool>(false), fn = std::move(fn)] {
        if (std::exchange(*called, true))
            return;
        fn();
    };
    if (m_opening)
        QObject::connect(m_opening->thread.get(), &QThread::finished, context, once, Qt::QueuedConnection);
    if (!isOpening())
        QMetaObject::invokeMethod(context, once, Qt::QueuedConnection);
}

QString Database::connectionName(const QThread *thread) const
{
    return m_prefix + QString::number(reinterpret_cast<quintptr>(thread), 16);
}

QSqlDatabase Database::connection() const
{
    awaitOpen();
    QThread *thread = QThread::currentThread();
    QMutexLocker lock(&m_threads->mutex);
    const auto it = m_threads->names.constFind(thread);
    if (it != m_threads->names.constEnd()) {
        QSqlDatabase db = QSqlDatabase::database(*it, false);
        // Qt never reconnects (field notes §6): a connection the server dropped (a restart)
        // is opened again here, between two steps, where nothing can be half done.
        if (isServer() && (!db.isOpen() || !pg::isAlive(pg::handle(db))))
            pg::reconnect(db);
        return db;
    }
    const QString name = connectionName(thread);
    QSqlDatabase db = openConnection(name);
    m_threads->names.insert(thread, name);
    return db;
}

namespace {
/// Closes and forgets the connection @p name of the calling thread.
void closeOwnConnection(const QString &name)
{
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

void Database::closeThreadConnection() const
{
    QString name;
    {
        QMutexLocker lock(&m_threads->mutex);
        name = m_threads->names.take(QThread::currentThread());
    }
    closeOwnConnection(name);
}

void Database::releaseThreadConnection() const
{
    if (!isServer()) {
        closeThreadConnection();
        return;
    }
    QThread *thread = QThread::currentThread();
    {
        QMutexLocker lock(&m_threads->mutex);
        if (!m_threads->names.contains(thread) || m_threads->watched.contains(thread))
            return;
        m_threads->watched.insert(thread);
    }
    // Direct: on the ending thread itself, which its connection belongs to. The connection's
    // name holds the thread's address, which a later thread may get: it must go with its thread.
    QObject::connect(
        thread, &QThread::finished, thread,
        [weak = std::weak_ptr<ThreadConnections>(m_threads), thread] {
            const std::shared_ptr<ThreadConnections> threads = weak.lock();
            if (!threads)
                return; // the database went first and closed it
            QString name;
            {
                QMutexLocker lock(&threads->mutex);
                name = threads->names.take(thread);
                threads->watched.remove(thread);
            }
            closeOwnConnection(name);
        },
        Qt::DirectConnection);
}

int Database::schemaVersion() const
{
    if (isServer())
        return Query::scalar(connection(), QStringLiteral("SELECT version FROM spotter_schema")).toInt();
    return Query::scalar(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

const std::vector<Migration> &Database::steps() const
{
    return m_options.migrations ? *m_options.migrations : migrations();
}

int Database::latestVersion() const
{
    return steps().empty() ? 0 : steps().back().version;
}

void Database::migrate()
{
    m_originalVersion = schemaVersion();
    const int latest = latestVersion();
    if (m_originalVersion > latest) // the WAL held a newer header than the main file
        throw StoreError(StoreError::Kind::NewerSchema,
                         Store::tr("'%1' was written by a newer version of Spotter (schema %2; this "
                                   "version knows up to %3). Update Spotter to use it.")
                             .arg(m_path, QString::number(m_originalVersion), QString::number(latest)));
    if (m_originalVersion == latest)
        return;
    if (m_checkDeferred) {
        // An upgrade writes: the check it would wait for runs now, as it always did.
        m_checkDeferred = false;
        checkBeforeWriting();
    }
    if (!m_damage.isEmpty())
        throw StoreError(StoreError::Kind::Corrupt,
                         damageMessage() + u' '
                             + Store::tr("It needs an upgrade, which a damaged file cannot have."));
    if (m_options.readOnly)
        throw StoreError(StoreError::Kind::NeedsUpgrade,
                         Store::tr("'%1' needs an upgrade (schema %2 to %3) before it can be read, and it "
                                   "was opened only to read; nothing was changed. A command that writes "
                                   "upgrades it, after a backup.")
                             .arg(m_path, QString::number(m_originalVersion), QString::number(latest)));
    if (m_originalVersion > 0) {
        m_migrationBackup = existingMigrationBackup();
        if (m_migrationBackup.isEmpty()) {
            requireSpaceForUpgrade();
            m_migrationBackup = newMigrationBackupName();
            backupTo(m_migrationBackup);
        }
    }
    const QSqlDatabase db = connection();
    for (const Migration &step : steps()) {
        if (step.version <= m_originalVersion)
            continue;
        WriteTransaction tx(db);
        step.apply(db);
        // PRAGMA takes no bound values; the version is our own constant.
        Query::run(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        tx.commit();
    }
}

QString Database::migrationBackupStem() const
{
    const QFileInfo info(m_path);
    return info.absolutePath() + u'/' + info.completeBaseName()
           + QStringLiteral(".v%1-").arg(m_originalVersion);
}

QString Database::newMigrationBackupName() const
{
    const QString stem =
        migrationBackupStem() + Clock::now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    // A fixed clock (tests, SPOTTER_NOW) gives every attempt the same time: never overwrite.
    QString name = stem + QStringLiteral(".backup.sqlite");
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = stem + QStringLiteral("-%1.backup.sqlite").arg(n);
    return name;
}

QString Database::existingMigrationBackup() const
{
    // An upgrade that failed (a full disk, a crash) changed nothing: the backup its attempt
    // took still holds this very file. Taking another on every retry would fill the disk.
    const QFileInfo info(m_path);
    QDateTime changed = info.lastModified();
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        changed = std::max(changed, wal.lastModified());
    const QFileInfo stem(migrationBackupStem());
    const QDir dir(info.absolutePath());
    const QFileInfoList candidates =
        dir.entryInfoList({stem.fileName() + QStringLiteral("*.backup.sqlite")}, QDir::Files, QDir::Time);
    for (const QFileInfo &candidate : candidates) {
        if (candidate.lastModified() < changed || candidate.size() == 0)
            continue;
        QFile f(candidate.absoluteFilePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray header = f.read(100);
        if (header.size() == 100
            && qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(header.constData()) + 60)
                   == static_cast<quint32>(m_originalVersion))
            return candidate.absoluteFilePath();
    }
    return {};
}

void Database::requireSpaceForUpgrade() const
{
    // The backup is about the size of the file, and the new tables and the -wal of the
    // migration need room too: ask for twice the file, and say so before anything is written.
    const QFileInfo info(m_path);
    qint64 size = info.size();
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    if (wal.exists())
        size += wal.size();
    const qint64 needed = 2 * size + (1 << 20);
    QStorageInfo storage(info.absolutePath());
    storage.refresh();
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed)
        throw StoreError(StoreError::Kind::DiskFull,
                         Store::tr("The disk is too full to upgrade '%1' (schema %2 to %3): the upgrade and "
                                   "its backup need about %4 free, and %5 is free. Nothing was changed; free "
                                   "some space and try again.")
                             .arg(m_path, QString::number(m_originalVersion),
                                  QString::number(latestVersion()), QLocale::c().formattedDataSize(needed),
                                  QLocale::c().formattedDataSize(storage.bytesAvailable())));
}

QStringList Database::integrityCheck() const
{
    if (isServer())
        return server::integrityCheck(connection());
    Query q(connection(), QStringLiteral("PRAGMA integrity_check"));
    q.exec();
    QStringList out;
    while (q.next())
        out.append(q.string(0));
    return out;
}

} // namespace spotter
