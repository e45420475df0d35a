// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enumset.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace spotter {

class Database;

/// Why a backup was taken.
enum class BackupKind {
    Daily,        ///< the first time the database was opened that day (pruned by the retention)
    Manual,       ///< asked for (spotter-cli backup)
    BeforeRestore ///< the file a restore replaced (never pruned)
};
inline constexpr KeyTable<BackupKind, 3> kBackupKindKeys{{u"daily", u"manual", u"before-restore"}};
[[nodiscard]] QString toKey(BackupKind kind);

/// One backup file and what it holds.
struct BackupInfo
{
    QString path;
    QDateTime taken; ///< local time, from the file's name
    BackupKind kind = BackupKind::Daily;
    qint64 bytes = 0;
    int schemaVersion = 0;
    qint64 sessions = 0;
    qint64 sets = 0;
    qint64 reports = 0;
    QString problem; ///< why the file cannot be read or restored; empty when it can

    [[nodiscard]] bool readable() const { return problem.isEmpty(); }
};

/// How many automatic backups are kept: the newest of each of the last @c daily days that have
/// one, and the newest of each of the last @c weekly ISO weeks (the two may overlap).
struct BackupRetention
{
    int daily = 7;
    int weekly = 4;
};

/// The backup folder of one database: "<name>-<yyyyMMdd-HHmmss>-<kind>.sqlite" files, each a
/// VACUUM INTO snapshot with mode 0600. Folder "backups" beside the database by default.
class BackupFolder
{
public:
    BackupFolder(const QString &databasePath, QString folder = {});

    [[nodiscard]] const QString &folder() const { return m_folder; }
    [[nodiscard]] static QString defaultFolderFor(const QString &databasePath);

    /// This database's backups, newest first; with their counts when @p withCounts.
    [[nodiscard]] QList<BackupInfo> list(bool withCounts = true) const;

    /// A name for a new backup of @p kind taken @p now (the folder is made if missing).
    [[nodiscard]] QString freePath(BackupKind kind, const QDateTime &now) const;
    /// Takes a backup of @p db now (StoreError on failure) and returns its path.
    QString take(const Database &db, BackupKind kind, const QDateTime &now) const;

    /// The first call of a day: takes the day's backup when there is none dated @p now's day,
    /// then removes the automatic backups @p keep no longer covers. Returns the new file, or
    /// none when the day had one already. Throws StoreError when the backup cannot be written.
    std::optional<QString> ensureDaily(const Database &db, const QDateTime &now, BackupRetention keep) const;

    /// Removes the daily backups @p keep does not cover; returns their paths.
    QStringList prune(BackupRetention keep) const;

    /// Reads a backup file (or any Spotter database file) without changing it.
    [[nodiscard]] static BackupInfo inspect(const QString &path);

private:
    QString m_databasePath;
    QString m_stem;
    QString m_folder;
};

/// Replaces the database file @p target with a copy of @p backup. The file it replaces is
/// first kept as a before-restore backup in @p folder (returned). Refused, with nothing changed,
/// when @p backup is not a readable Spotter database or when any connection (another process,
/// or this one) has @p target open; stale -wal and -shm files of the target are removed. Throws
/// StoreError.
QString restoreBackup(const QString &backup, const QString &target, const BackupFolder &folder,
                      const QDateTime &now);

} // namespace spotter
