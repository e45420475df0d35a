// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/backupfolder.h"

#include "store/database.h"
#include "store/query.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QtEndian>

#include <algorithm>
#include <atomic>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Store
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Store)
};

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss");

QString connectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("spotter-backup-%1").arg(++counter);
}

/// Runs @p work on a private connection to @p path and removes the connection afterwards.
template <typename Work>
void withConnection(const QString &path, const QString &options, Work work)
{
    const QString name = connectionName();
    std::exception_ptr failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        if (!db.open()) {
            failure = std::make_exception_ptr(StoreError(
                StoreError::Kind::Io, Store::tr("Cannot open '%1': %2").arg(path, db.lastError().text())));
        } else {
            try {
                work(db);
            } catch (...) {
                failure = std::current_exception();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (failure)
        std::rethrow_exception(failure);
}

/// "<dir>/<stem>-20261120-180000-daily.sqlite", with "-2", "-3" … when that name is taken.
QString freeName(const QString &folder, const QString &stem, const QDateTime &now, BackupKind kind)
{
    const QString base = folder + u'/' + stem + u'-' + now.toString(kStamp) + u'-' + toKey(kind);
    QString path = base + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = base + QStringLiteral("-%1.sqlite").arg(n);
    return path;
}

} // namespace

QString toKey(BackupKind kind)
{
    return keyOf(kBackupKindKeys, kind);
}

BackupFolder::BackupFolder(const QString &databasePath, QString folder)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_stem(QFileInfo(databasePath).completeBaseName())
    , m_folder(folder.isEmpty() ? defaultFolderFor(databasePath) : QFileInfo(folder).absoluteFilePath())
{}

QString BackupFolder::defaultFolderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups");
}

BackupInfo BackupFolder::inspect(const QString &path)
{
    BackupInfo info;
    info.path = QFileInfo(path).absoluteFilePath();
    const QFileInfo file(path);
    info.bytes = file.size();
    QFile f(path);
    if (!file.exists() || !f.open(QIODevice::ReadOnly)) {
        info.problem = Store::tr("cannot be read");
        return info;
    }
    const QByteArray header = f.read(100);
    f.close();
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16))) {
        info.problem = Store::tr("not an SQLite database");
        return info;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    info.schemaVersion = static_cast<int>(qFromBigEndian<quint32>(bytes + 60));
    if (qFromBigEndian<quint32>(bytes + 68) != Database::kApplicationId) {
        info.problem = Store::tr("not a Spotter database");
        return info;
    }
    if (info.schemaVersion > Database::kSchemaVersion) {
        info.problem = Store::tr("written by a newer Spotter (schema %1)").arg(info.schemaVersion);
        return info;
    }
    try {
        withConnection(
            path, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"),
            [&info](const QSqlDatabase &db) {
                info.sessions =
                    Query::scalar(db, QStringLiteral("SELECT count(*) FROM session")).toLongLong();
                info.sets =
                    Query::scalar(db, QStringLiteral("SELECT count(*) FROM workout_set")).toLongLong();
                info.reports =
                    Query::scalar(db, QStringLiteral("SELECT count(*) FROM soreness")).toLongLong();
            });
    } catch (const StoreError &e) {
        info.problem = e.message();
    }
    return info;
}

QList<BackupInfo> BackupFolder::list(bool withCounts) const
{
    static const QString pattern = QStringLiteral("^%1-(\\d{8}-\\d{6})-(%2)(?:-\\d+)?\\.sqlite$");
    const QRegularExpression name(
        pattern.arg(QRegularExpression::escape(m_stem), allKeys(kBackupKindKeys).join(u'|')));
    QList<BackupInfo> out;
    const QDir dir(m_folder);
    for (const QFileInfo &file : dir.entryInfoList({m_stem + QStringLiteral("-*.sqlite")}, QDir::Files)) {
        const auto m = name.match(file.fileName());
        if (!m.hasMatch())
            continue;
        const QDateTime taken = QDateTime::fromString(m.captured(1), kStamp);
        if (!taken.isValid())
            continue;
        BackupInfo info;
        if (withCounts) {
            info = inspect(file.absoluteFilePath());
        } else {
            info.path = file.absoluteFilePath();
            info.bytes = file.size();
        }
        info.taken = taken;
        info.kind = *fromKey(kBackupKindKeys, m.captured(2));
        out.append(info);
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.taken != b.taken ? a.taken > b.taken : a.path > b.path;
    });
    return out;
}

QString BackupFolder::freePath(BackupKind kind, const QDateTime &now) const
{
    if (!QDir().mkpath(m_folder))
        throw StoreError(StoreError::Kind::Io,
                         Store::tr("Cannot create the backup folder '%1'").arg(m_folder));
    QFile::setPermissions(m_folder, kOwnerOnly | QFileDevice::ExeOwner);
    return freeName(m_folder, m_stem, now, kind);
}

QString BackupFolder::take(const Database &db, BackupKind kind, const QDateTime &now) const
{
    // A team server has no folder beside it; its admin backs it up with pg_dump, which is what
    // backupTo() says (before any folder is made for it).
    if (db.isServer())
        db.backupTo(freeName(m_folder, m_stem, now, kind));
    const QString path = freePath(kind, now);
    db.backupTo(path);
    return path;
}

std::optional<QString> BackupFolder::ensureDaily(const Database &db, const QDateTime &now,
                                                 BackupRetention keep) const
{
    if (db.isServer()) // backed up by its admin, with every athlete's rows (docs/team-server.md)
        return std::nullopt;
    const QDate today = now.date();
    for (const BackupInfo &b : list(false)) {
        if (b.kind == BackupKind::Daily && b.taken.date() == today)
            return std::nullopt;
    }
    const QString path = take(db, BackupKind::Daily, now);
    prune(keep);
    return path;
}

QStringList BackupFolder::prune(BackupRetention keep) const
{
    QList<BackupInfo> daily;
    for (const BackupInfo &b : list(false)) {
        if (b.kind == BackupKind::Daily)
            daily.append(b);
    }
    // Newest first: the first backup met in a day (or week) is the one that day keeps.
    QSet<QString> kept;
    QSet<QDate> days;
    QSet<QPair<int, int>> weeks;
    for (const BackupInfo &b : std::as_const(daily)) {
        const QDate day = b.taken.date();
        if (!days.contains(day) && days.size() < keep.daily) {
            days.insert(day);
            kept.insert(b.path);
        }
        int year = 0;
        const int week = day.weekNumber(&year);
        if (!weeks.contains({year, week}) && weeks.size() < keep.weekly) {
            weeks.insert({year, week});
            kept.insert(b.path);
        }
    }
    QStringList removed;
    for (const BackupInfo &b : std::as_const(daily)) {
        if (!kept.contains(b.path) && QFile::remove(b.path))
            removed.append(b.path);
    }
    return removed;
}

QString restoreBackup(const QString &backup, const QString &target, const BackupFolder &folder,
                      const QDateTime &now)
{
    const BackupInfo info = BackupFolder::inspect(backup);
    if (!info.readable())
        throw StoreError(StoreError::Kind::NotADatabase,
                         Store::tr("'%1' cannot be restored: %2").arg(backup, info.problem));
    const QString source = QFileInfo(backup).absoluteFilePath();
    const QString destination = QFileInfo(target).absoluteFilePath();
    if (source == destination)
        throw StoreError(StoreError::Kind::Invalid, Store::tr("'%1' is the database itself").arg(backup));
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Io,
                         Store::tr("Cannot read '%1': %2").arg(source, in.errorString()));
    if (!QDir().mkpath(folder.folder()))
        throw StoreError(StoreError::Kind::Io,
                         Store::tr("Cannot create the backup folder '%1'").arg(folder.folder()));

    QString kept;
    if (QFileInfo::exists(destination)) {
        kept = freeName(folder.folder(), QFileInfo(destination).completeBaseName(), now,
                        BackupKind::BeforeRestore);
        // Exclusive locking mode takes the file's exclusive lock on the first read, which fails
        // while any other connection (of any process) has the database open; holding it, the
        // replaced database is copied whole, the -wal included.
        withConnection(destination, QStringLiteral("QSQLITE_BUSY_TIMEOUT=250"), [&](const QSqlDatabase &db) {
            try {
                Query::run(db, QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
                (void)Query::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
                Query::run(db, QStringLiteral("BEGIN EXCLUSIVE"));
                Query::run(db, QStringLiteral("COMMIT"));
            } catch (const StoreError &e) {
                if (e.kind() == StoreError::Kind::Busy)
                    throw StoreError(
                        StoreError::Kind::Busy,
                        Store::tr("'%1' is open in another program (Spotter or spotter-cli); close it and "
                                  "restore again. Nothing was changed.")
                            .arg(destination));
                throw;
            }
            QFile placeholder(kept);
            if (!placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                throw StoreError(StoreError::Kind::Io,
                                 Store::tr("Cannot create '%1': %2").arg(kept, placeholder.errorString()));
            placeholder.close();
            placeholder.setPermissions(kOwnerOnly);
            Query q(db, QStringLiteral("VACUUM INTO :target"));
            q.bind(QStringLiteral(":target"), kept);
            try {
                q.exec();
            } catch (...) {
                QFile::remove(kept);
                throw;
            }
        });
    }
    // Nobody has the file open now. A -wal or -shm left beside it belongs to the replaced file and
    // would be replayed into the restored one.
    for (const QString &suffix :
         {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString stale = destination + suffix;
        if (QFileInfo::exists(stale) && !QFile::remove(stale))
            throw StoreError(StoreError::Kind::Io, Store::tr("Cannot remove the stale '%1'").arg(stale));
    }
    // Written beside the target and renamed over it: the database file is whole at every moment.
    QSaveFile out(destination);
    bool written = out.open(QIODevice::WriteOnly);
    while (written && !in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        written = !chunk.isEmpty() && out.write(chunk) == chunk.size();
    }
    if (!written) {
        const QString error = out.errorString().isEmpty() ? in.errorString() : out.errorString();
        out.cancelWriting();
        throw StoreError(StoreError::Kind::Io, Store::tr("Cannot write '%1': %2").arg(destination, error));
    }
    out.setPermissions(kOwnerOnly);
    if (!out.commit())
        throw StoreError(StoreError::Kind::Io,
                         Store::tr("Cannot replace '%1': %2").arg(destination, out.errorString()));
    QFile::setPermissions(destination, kOwnerOnly);
    return kept;
}

} // namespace spotter
