// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"

#include "model/clock.h"
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

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/// Creates an empty file readable only by its owner (SQLite keeps the mode for -wal/-shm).
void createPrivateFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        throw StoreError(StoreError::Kind::Io,
                         Store::tr("Cannot create '%1': %2").arg(path, f.errorString()));
    f.close();
    f.setPermissions(kOwnerOnly);
}

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
    if (m_location.isServer())
        openServer();
    else
        openFile();
}

void Database::openFile()
{
    const QFileInfo info(m_path);
    if (info.exists() && info.isDir())
        throw StoreError(StoreError::Kind::NotADatabase,
                         Store::tr("'%1' is a folder, not a Spotter database").arg(m_path));
    if (!info.exists()) {
        if (m_options.readOnly || !m_options.create)
            throw StoreError(StoreError::Kind::NotFound,
                             Store::tr("There is no database at '%1': the file does not exist").arg(m_path));
        if (!QDir().mkpath(info.absolutePath()))
            throw StoreError(storageWritable(info.absolutePath()) ? StoreError::Kind::Io
                                                                  : StoreError::Kind::ReadOnly,
                             Store::tr("Cannot create the folder '%1'").arg(info.absolutePath()));
        if (!storageWritable(m_path))
            throw StoreError(StoreError::Kind::ReadOnly,
                             Store::tr("Cannot create '%1': the folder '%2' is read-only")
                                 .arg(m_path, info.absolutePath()));
        createPrivateFile(m_path);
    } else if (info.size() == 0) {
        if (m_options.readOnly)
            throw StoreError(StoreError::Kind::NotFound,
                             Store::tr("'%1' is an empty file, not a Spotter database").arg(m_path));
    } else {
        inspectExistingFile();
    }
    if (!m_options.knownDamage.isEmpty()) {
        m_damage = m_options.knownDamage;
        m_options.readOnly = true;
    }
    const QFileInfo walAtOpen(m_path + QStringLiteral("-wal"));
    const bool walLeft = walAtOpen.exists() && walAtOpen.size() > 0;
    if (!m_options.readOnly) {
        releaseStaleShm();
        if (!storageWritable(m_path))
            throw StoreError(StoreError::Kind::ReadOnly,
                             Store::tr("'%1' cannot be written: the file or its folder '%2' is read-only (or "
                                       "on a read-only disk). Nothing was changed; commands that only read "
                                       "it still work.")
                                 .arg(m_path, info.absolutePath()));
        // A -wal left beside the file (a crash, a restore by hand over an old one) is replayed
        // into it on this open; a small file is checked every time. A file that fails is not
        // written again: it is reopened read-only so that what it holds can still be read.
        if (walLeft || QFileInfo(m_path).size() <= kQuickCheckMaxBytes)
            checkBeforeWriting();
    }
    migrate();
}

void Database::checkBeforeWriting()
{
    const QStringList problems = quickCheck(*this);
    if (problems == QStringList{QStringLiteral("ok")})
        return;
    closeAllConnections();
    m_damage = problems;
    m_options.readOnly = true;
}

void Database::closeAllConnections()
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

QString Database::damageMessage() const
{
    if (m_damage.isEmpty())
        return {};
    return Store::tr("'%1' failed its integrity check (%2). It was opened read-only so that nothing more is "
                     "written into it. Save what it holds with a backup or an export, then restore an "
                     "earlier backup.")
        .arg(m_path, m_damage.join(QStringLiteral("; ")));
}

bool Database::storageWritable(const QString &path)
{
    const QFileInfo info(path);
    const auto writable = [](const QString &p) {
#if defined(Q_OS_UNIX)
        // access() also says no on a read-only mount, where root's permissions do not help.
        return ::access(QFile::encodeName(p).constData(), W_OK) == 0;
#else
        return QFileInfo(p).isWritable();
#endif
    };
    if (info.isDir())
        return writable(path);
    if (!info.exists())
        return writable(info.absolutePath());
    if (!writable(path))
        return false;
    // WAL mode creates -wal and -shm beside the file unless they are there to be written.
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    if (QFileInfo::exists(wal) && QFileInfo::exists(shm))
        return writable(wal) && writable(shm);
    return writable(info.absolutePath());
}

void Database::releaseStaleShm() const
{
    // A -shm left without write permission (a copy, a restore by hand, a crashed process of
    // another user) keeps every later writer read-only. It is ours to fix when the database is.
    const QString shm = m_path + QStringLiteral("-shm");
    const QFileInfo info(shm);
    if (!info.exists() || info.ownerId() != QFileInfo(m_path).ownerId())
        return;
    if (!info.permission(QFileDevice::WriteOwner))
        QFile::setPermissions(shm, kOwnerOnly);
}

Database::~Database()
{
    closeAllConnections();
}

void Database::inspectExistingFile()
{
    // Read the header ourselves before SQLite touches the file, so that a file we refuse is
    // never opened read-write (opening in WAL mode would rewrite its header).
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Io,
                         Store::tr("Cannot read '%1': %2").arg(m_path, f.errorString()));
    const QByteArray header = f.read(100);
    f.close();
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        throw StoreError(StoreError::Kind::NotADatabase,
                         Store::tr("'%1' is not a Spotter database (it is not an SQLite file)").arg(m_path));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    // A file cut short (a copy interrupted, a full disk) still has a good header: compare the
    // page count the header promises with the file's size.
    const quint32 pageSizeField = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const bool countValid = qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        throw StoreError(StoreError::Kind::Corrupt,
                         Store::tr("'%1' is damaged: its SQLite header is not valid (page size %2)")
                             .arg(m_path, QString::number(pageSizeField)));
    // While another connection uses the file in WAL mode the database is this file plus the
    // -wal: a checkpoint writes the header before the pages it promises, so the file is then
    // legitimately shorter than its header says. Only a file nobody has open is judged by size.
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    if (!wal.exists() && countValid && pageCount > 0 && f.size() < pageSize * pageCount)
        throw StoreError(
            StoreError::Kind::Corrupt,
            Store::tr("'%1' is damaged: the file is shorter than its header says (truncated?)").arg(m_path));
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
                         Store::tr("'%1' is an SQLite database of another application, not a Spotter "
                                   "database")
                             .arg(m_path));
}

void Database::refuseForeignOrNewer(quint32 applicationId, quint32 userVersion) const
{
    if (applicationId != 0 && applicationId != kApplicationId)
        throw StoreError(StoreError::Kind::ForeignDatabase,
                         Store::tr("'%1' is an SQLite database of another application, not a Spotter "
                                   "database")
                             .arg(m_path));
    if (applicationId == kApplicationId && userVersion > static_cast<quint32>(latestVersion()))
        throw StoreError(StoreError::Kind::NewerSchema,
                         Store::tr("'%1' was written by a newer version of Spotter (schema %2; this "
                                   "version knows up to %3). It was not opened or changed; update Spotter "
                                   "to use it.")
                             .arg(m_path, QString::number(userVersion), QString::number(latestVersion())));
}

Database::FileIds Database::readIdsReadOnly() const
{
    const QString name = m_prefix + QStringLiteral("inspect");
    FileIds ids;
    QString error;
    StoreError::Kind kind = StoreError::Kind::Corrupt;
    try {
        QSqlDatabase db = openSqlite(name, true);
        try {
            ids.applicationId = Query::scalar(db, QStringLiteral("PRAGMA application_id")).toUInt();
            ids.userVersion = Query::scalar(db, QStringLiteral("PRAGMA user_version")).toUInt();
            ids.tables = Query::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).toLongLong();
        } catch (const StoreError &e) {
            error = e.message();
            kind = e.kind();
        }
        db.close();
    } catch (const StoreError &e) {
        error = e.message();
        kind = e.kind();
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty()) {
        // Only SQLite's own verdict makes a file "damaged"; storage that cannot be read says so.
        if (kind != StoreError::Kind::Corrupt && kind != StoreError::Kind::Sql)
            throw StoreError(kind, error);
        throw StoreError(StoreError::Kind::Corrupt,
                         Store::tr("'%1' is damaged or not a database: %2").arg(m_path, error));
    }
    return ids;
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

QSqlDatabase Database::openSqlite(const QString &name, bool readOnly) const
{
    const QString busy = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs);
    const auto open = [&](const QString &databaseName, const QString &options) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databaseName);
        db.setConnectOptions(options);
        if (!db.open()) {
            const QString text = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw StoreError(StoreError::Kind::Io, Store::tr("Cannot open '%1': %2").arg(m_path, text));
        }
        return db;
    };
    if (!readOnly)
        return open(m_path, busy);
    QSqlDatabase db = open(m_path, busy + QStringLiteral(";QSQLITE_OPEN_READONLY"));
    // SQLite opens the file on the first statement; in WAL mode a reader needs the -shm, which
    // it cannot create in a read-only folder or on a read-only disk.
    QString failure;
    try {
        (void)Query::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        return db;
    } catch (const StoreError &e) {
        if (e.kind() != StoreError::Kind::Io && e.kind() != StoreError::Kind::ReadOnly
            && e.kind() != StoreError::Kind::DiskFull)
            return db; // the caller's own statements say what is wrong with the file
        failure = e.message();
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    // Without changes in a -wal the file holds everything (a reader that cannot make the -shm may
    // leave an empty -wal behind), so reading it as immutable (no locks, no -shm) sees exactly
    // what it holds. A read-only folder or mount, or a disk too full for the -shm, gets here.
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        throw StoreError(StoreError::Kind::Io,
                         Store::tr("Cannot read '%1': its write-ahead log '%2' holds changes that "
                                   "need the -shm file, which cannot be created here (a read-only or "
                                   "full disk). Copy the file together with its -wal to a writable "
                                   "folder. (%3)")
                             .arg(m_path, wal.filePath(), failure));
    const QString uri =
        QString::fromLatin1(QUrl::fromLocalFile(m_path).toEncoded()) + QStringLiteral("?immutable=1");
    return open(uri, busy + QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
}

QSqlDatabase Database::connection() const
{
    QThread *thread = QThread::currentThread();
    QMutexLocker lock(&m_mutex);
    const auto it = m_connections.constFind(thread);
    if (it != m_connections.constEnd()) {
        QSqlDatabase db = QSqlDatabase::database(*it, false);
        // Qt never reconnects (field notes §6): a connection the server dropped (a restart)
        // is opened again here, between two steps, where nothing can be half done.
        if (isServer() && (!db.isOpen() || !pg::isAlive(pg::handle(db))))
            pg::reconnect(db);
        return db;
    }
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
    const QSqlDatabase db = connection();
    m_originalVersion = schemaVersion();
    const int latest = latestVersion();
    if (m_originalVersion > latest) // the WAL held a newer header than the main file
        throw StoreError(StoreError::Kind::NewerSchema,
                         Store::tr("'%1' was written by a newer version of Spotter (schema %2; this "
                                   "version knows up to %3). Update Spotter to use it.")
                             .arg(m_path, QString::number(m_originalVersion), QString::number(latest)));
    if (m_originalVersion == latest)
        return;
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

void Database::backupTo(const QString &target) const
{
    if (isServer())
        throw StoreError(
            StoreError::Kind::Invalid,
            Store::tr("A team server is backed up by its admin with PostgreSQL's own tool, which sees every "
                      "athlete's rows (a coach or an athlete sees only theirs): pg_dump --format=custom "
                      "--file=%1 %2 (docs/team-server.md, \"Back up\")")
                .arg(target, m_location.withUser(QStringLiteral("postgres")).toString()));
    if (QFileInfo::exists(target))
        throw StoreError(StoreError::Kind::Io,
                         Store::tr("The backup target '%1' already exists").arg(target));
    QDir().mkpath(QFileInfo(target).absolutePath());
    createPrivateFile(target); // VACUUM INTO accepts an empty file and keeps its mode
    try {
        Query q(connection(), QStringLiteral("VACUUM INTO :target"));
        q.bind(QStringLiteral(":target"), target);
        q.exec();
    } catch (...) {
        // VACUUM INTO writes the target through a rollback journal of its own: a failure (a full
        // disk) must leave neither a partial copy nor its journal behind.
        QFile::remove(target);
        QFile::remove(target + QStringLiteral("-journal"));
        throw;
    }
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
