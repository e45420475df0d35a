// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"

#include "model/clock.h"
#include "store/migrations.h"
#include "store/query.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QtEndian>

#include <atomic>

namespace spotter {

namespace {

std::atomic<int> g_instanceCounter{0};

QString tr(const char *text)
{
    return QCoreApplication::translate("spotter::Store", text);
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/// Creates an empty file readable only by its owner (SQLite keeps the mode for -wal/-shm).
void createPrivateFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        throw StoreError(StoreError::Kind::Io, tr("Cannot create '%1': %2").arg(path, f.errorString()));
    f.close();
    f.setPermissions(kOwnerOnly);
}

} // namespace

void initApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("spotter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPOTTER_VERSION));
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/spotter.sqlite");
}

Database::Database(const QString &path, Options options)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_options(options)
    , m_prefix(QStringLiteral("spotter-%1-").arg(++g_instanceCounter))
{
    if (path.isEmpty())
        throw StoreError(StoreError::Kind::Io, tr("No database path given"));
    const QFileInfo info(m_path);
    if (info.exists() && info.isDir())
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("'%1' is a folder, not a Spotter database").arg(m_path));
    if (!info.exists() || info.size() == 0) {
        if (m_options.readOnly)
            throw StoreError(StoreError::Kind::NotFound, tr("There is no database at '%1'").arg(m_path));
        if (!info.exists()) {
            if (!QDir().mkpath(info.absolutePath()))
                throw StoreError(StoreError::Kind::Io,
                                 tr("Cannot create the folder '%1'").arg(info.absolutePath()));
            createPrivateFile(m_path);
        }
    } else {
        inspectExistingFile();
    }
    migrate();
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
}

void Database::inspectExistingFile()
{
    // Read the header ourselves before SQLite touches the file, so that a file we refuse is
    // never opened read-write (opening in WAL mode would rewrite its header).
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Io, tr("Cannot read '%1': %2").arg(m_path, f.errorString()));
    const QByteArray header = f.read(100);
    f.close();
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        throw StoreError(StoreError::Kind::NotADatabase,
                         tr("'%1' is not a Spotter database (it is not an SQLite file)").arg(m_path));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    // A file cut short (a copy interrupted, a full disk) still has a good header: compare the
    // page count the header promises with the file's size.
    const quint32 pageSizeField = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const bool countValid = qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        throw StoreError(StoreError::Kind::Corrupt,
                         tr("'%1' is damaged: its SQLite header is not valid (page size %2)")
                             .arg(m_path, QString::number(pageSizeField)));
    // While another connection uses the file in WAL mode the database is this file plus the
    // -wal: a checkpoint writes the header before the pages it promises, so the file is then
    // legitimately shorter than its header says. Only a file nobody has open is judged by size.
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    if (!wal.exists() && countValid && pageCount > 0 && f.size() < pageSize * pageCount)
        throw StoreError(
            StoreError::Kind::Corrupt,
            tr("'%1' is damaged: the file is shorter than its header says (truncated?)").arg(m_path));
    quint32 userVersion = qFromBigEndian<quint32>(bytes + 60);
    quint32 applicationId = qFromBigEndian<quint32>(bytes + 68);
    refuseForeignOrNewer(applicationId, userVersion);
    // While another connection has the file open in WAL mode, the newest header may still be
    // in the -wal file; a read-only SQLite connection sees through it without writing.
    if (applicationId != 0 && !(wal.exists() && wal.size() > 0))
        return;
    const FileIds ids = readIdsReadOnly();
    applicationId = ids.applicationId;
    userVersion = ids.userVersion;
    refuseForeignOrNewer(applicationId, userVersion);
    if (applicationId == 0 && ids.tables > 0)
        throw StoreError(StoreError::Kind::ForeignDatabase,
                         tr("'%1' is an SQLite database of another application, not a Spotter "
                            "database")
                             .arg(m_path));
}

void Database::refuseForeignOrNewer(quint32 applicationId, quint32 userVersion) const
{
    if (applicationId != 0 && applicationId != kApplicationId)
        throw StoreError(StoreError::Kind::ForeignDatabase,
                         tr("'%1' is an SQLite database of another application, not a Spotter "
                            "database")
                             .arg(m_path));
    if (applicationId == kApplicationId && userVersion > static_cast<quint32>(latestVersion()))
        throw StoreError(StoreError::Kind::NewerSchema,
                         tr("'%1' was written by a newer version of Spotter (schema %2; this "
                            "version knows up to %3). It was not opened or changed; update Spotter "
                            "to use it.")
                             .arg(m_path, QString::number(userVersion), QString::number(latestVersion())));
}

Database::FileIds Database::readIdsReadOnly() const
{
    const QString name = m_prefix + QStringLiteral("inspect");
    FileIds ids;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            try {
                ids.applicationId = Query::scalar(db, QStringLiteral("PRAGMA application_id")).toUInt();
                ids.userVersion = Query::scalar(db, QStringLiteral("PRAGMA user_version")).toUInt();
                ids.tables =
                    Query::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).toLongLong();
            } catch (const StoreError &e) {
                error = e.message();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty())
        throw StoreError(StoreError::Kind::Corrupt,
                         tr("'%1' is damaged or not a database: %2").arg(m_path, error));
    return ids;
}

QSqlDatabase Database::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs);
    if (m_options.readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString text = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StoreError(StoreError::Kind::Io, tr("Cannot open '%1': %2").arg(m_path, text));
    }
    try {
        // foreign_keys is per connection and off by default; journal_mode=WAL persists in the
        // file, so a read-only connection leaves it as it is.
        Query::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        if (!m_options.readOnly) {
            const QString mode = Query::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL")).toString();
            if (mode.compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
                throw StoreError(
                    StoreError::Kind::Io,
                    tr("'%1' cannot use write-ahead logging (journal mode %2)").arg(m_path, mode));
        }
        Query::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    } catch (const StoreError &e) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        if (e.kind() == StoreError::Kind::Corrupt || e.kind() == StoreError::Kind::Sql)
            throw StoreError(StoreError::Kind::Corrupt,
                             tr("'%1' is damaged or not a database: %2").arg(m_path, e.message()));
        throw;
    }
    return db;
}

QSqlDatabase Database::connection() const
{
    QThread *thread = QThread::currentThread();
    QMutexLocker lock(&m_mutex);
    const auto it = m_connections.constFind(thread);
    if (it != m_connections.constEnd())
        return QSqlDatabase::database(*it, false);
    const QString name = m_prefix + QString::number(reinterpret_cast<quintptr>(thread), 16);
    QSqlDatabase db = openConnection(name);
    m_connections.insert(thread, name);
    return db;
}

void Database::closeThreadConnection() const
{
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = m_connections.take(QThread::currentThread());
    }
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int Database::schemaVersion() const
{
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
    const QSqlDatabase db = connection();
    m_originalVersion = schemaVersion();
    const int latest = latestVersion();
    if (m_originalVersion > latest) // the WAL held a newer header than the main file
        throw StoreError(StoreError::Kind::NewerSchema,
                         tr("'%1' was written by a newer version of Spotter (schema %2; this "
                            "version knows up to %3). Update Spotter to use it.")
                             .arg(m_path, QString::number(m_originalVersion), QString::number(latest)));
    if (m_originalVersion == latest)
        return;
    if (m_options.readOnly)
        throw StoreError(StoreError::Kind::NewerSchema,
                         tr("'%1' needs an upgrade (schema %2 to %3) and was opened read-only")
                             .arg(m_path, QString::number(m_originalVersion), QString::number(latest)));
    if (m_originalVersion > 0) {
        const QFileInfo info(m_path);
        const QString stem = info.absolutePath() + u'/' + info.completeBaseName()
                             + QStringLiteral(".v%1-%2")
                                   .arg(m_originalVersion)
                                   .arg(Clock::now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmsszzz")));
        // A fixed clock (tests, SPOTTER_NOW) gives every attempt the same time: never overwrite.
        m_migrationBackup = stem + QStringLiteral(".backup.sqlite");
        for (int n = 2; QFileInfo::exists(m_migrationBackup); ++n)
            m_migrationBackup = stem + QStringLiteral("-%1.backup.sqlite").arg(n);
        backupTo(m_migrationBackup);
    }
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

void Database::backupTo(const QString &target) const
{
    if (QFileInfo::exists(target))
        throw StoreError(StoreError::Kind::Io, tr("The backup target '%1' already exists").arg(target));
    QDir().mkpath(QFileInfo(target).absolutePath());
    createPrivateFile(target); // VACUUM INTO accepts an empty file and keeps its mode
    try {
        Query q(connection(), QStringLiteral("VACUUM INTO :target"));
        q.bind(QStringLiteral(":target"), target);
        q.exec();
    } catch (...) {
        QFile::remove(target);
        throw;
    }
}

QStringList Database::integrityCheck() const
{
    Query q(connection(), QStringLiteral("PRAGMA integrity_check"));
    q.exec();
    QStringList out;
    while (q.next())
        out.append(q.string(0));
    return out;
}

} // namespace spotter
