// SPDX-License-Identifier: GPL-3.0-or-later
// Database's SQLite side: opening a file, the checks before it is written (foreign or newer
// schema, read-only storage, damage, a stale -shm) and its connections. The server side is in
// databasepg.cpp; what both share is in database.cpp.
#include "store/checkgate.h"
#include "store/database.h"
#include "store/query.h"
#include "store/quickcheck.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QtEndian>

#include <atomic>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace spotter {

namespace {

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
        // written again: it is reopened read-only so that what it holds can still be read. The
        // GUI leaves the check of a file without a -wal to a background thread and holds the
        // writes until it passed (CheckGate); the replay, though, happens right here.
        if (walLeft || QFileInfo(m_path).size() <= kQuickCheckMaxBytes) {
            if (m_options.deferCheck && !walLeft)
                m_checkDeferred = true;
            else
                checkBeforeWriting();
        }
    }
    migrate();
    if (m_checkDeferred)
        deferCheck();
}

void Database::deferCheck()
{
    m_checkDeferred = false;
    m_gate = std::make_shared<CheckGate>(
        m_path, [this] { return checkOnOwnConnection(); },
        [this](const QStringList &problems) { return damageMessageFor(problems); });
    CheckGate::add(m_gate);
}

QStringList Database::checkOnOwnConnection() const
{
    // Not the calling thread's connection: a write that runs the check keeps its own untouched,
    // and nothing of the check outlives it on a pool thread.
    static std::atomic<quint64> counter{0};
    const QString name = m_prefix + QStringLiteral("check-%1").arg(++counter);
    QStringList problems;
    try {
        QSqlDatabase db = openSqlite(name, false);
        try {
            problems = quickCheck(db);
        } catch (...) {
            db.close();
            throw;
        }
        db.close();
    } catch (...) {
        QSqlDatabase::removeDatabase(name);
        throw;
    }
    QSqlDatabase::removeDatabase(name);
    return problems;
}

bool Database::checkPending() const
{
    return m_gate && m_gate->pending();
}

QStringList Database::runDeferredCheck() const
{
    if (!m_gate)
        return {QStringLiteral("ok")};
    return m_gate->verdict();
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
    QMutexLocker lock(&m_threads->mutex);
    for (auto it = m_threads->names.cbegin(); it != m_threads->names.cend(); ++it) {
        // Qt hands out a connection only to its own thread. Another thread's (a worker that
        // keeps its server connection between jobs, idle now) is closed by its driver when
        // the last reference goes, which removeDatabase() drops.
        if (it.key() == QThread::currentThread()) {
            QSqlDatabase db = QSqlDatabase::database(it.value(), false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(it.value());
    }
    m_threads->names.clear();
    m_threads->watched.clear();
}

QString Database::damageMessage() const
{
    return damageMessageFor(m_damage);
}

QString Database::damageMessageFor(const QStringList &problems) const
{
    if (problems.isEmpty())
        return {};
    return Store::tr("'%1' failed its integrity check (%2). It was opened read-only so that nothing more is "
                     "written into it. Save what it holds with a backup or an export, then restore an "
                     "earlier backup.")
        .arg(m_path, problems.join(QStringLiteral("; ")));
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

} // namespace spotter
