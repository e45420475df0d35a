// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/migrations.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QThread;

namespace spotter {

/// A Spotter database file. Opening it checks that it is one (and not from a newer Spotter),
/// backs it up and migrates it if its schema is older, and sets the connection pragmas
/// (WAL, foreign keys, synchronous=NORMAL). Each thread gets its own named connection, as
/// QtSql requires; the object itself never holds a QSqlDatabase.
class Database
{
public:
    /// Schema version this program writes (the last migration's version).
    static constexpr int kSchemaVersion = 6;
    static constexpr quint32 kApplicationId = 0x53505452; // "SPTR"

    struct Options
    {
        bool readOnly = false; ///< never create, migrate or write; the journal mode is left as it is
        /// Create the file when it is missing (only the commands that add data, and the GUI's
        /// first run, do); otherwise a missing file is refused and no folder is made.
        bool create = true;
        int busyTimeoutMs = 5000;
        /// Damage already found in the file (a read that failed after it was opened): it is
        /// opened read-only with that damage, as if its integrity check had failed.
        QStringList knownDamage;
        /// The schema steps to apply; tests substitute their own to exercise upgrades.
        const std::vector<Migration> *migrations = nullptr;
    };

    /// Throws StoreError; a refused file is left byte-for-byte unchanged.
    explicit Database(const QString &path, Options options);
    explicit Database(const QString &path) : Database(path, Options()) {}
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The connection of the calling thread, opened on first use.
    [[nodiscard]] QSqlDatabase connection() const;
    /// Closes the calling thread's connection; worker threads call this before they end.
    void closeThreadConnection() const;

    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] bool isReadOnly() const { return m_options.readOnly; }
    /// What the integrity check found when a writer opened the file; empty when it passed. A
    /// damaged file is opened read-only (isReadOnly()) so that nothing more is written into it.
    [[nodiscard]] const QStringList &damage() const { return m_damage; }
    /// For people: what failed, that the file was opened read-only, and the way out.
    [[nodiscard]] QString damageMessage() const;
    /// Files up to this size are checked (PRAGMA quick_check) on every open for writing. The
    /// check reads the whole file: about 0.2 s of CPU for a million sets (72 MB), so this is
    /// about 3.5 million sets, under a second (docs/reliability.md §10).
    static constexpr qint64 kQuickCheckMaxBytes = 256 * 1024 * 1024;
    /// Schema version the file had before this program migrated it (0 for a new file).
    [[nodiscard]] int originalVersion() const { return m_originalVersion; }
    /// The copy taken before migrating, empty if no migration was needed.
    [[nodiscard]] const QString &migrationBackup() const { return m_migrationBackup; }

    /// Consistent snapshot into @p target (VACUUM INTO), created with mode 0600.
    void backupTo(const QString &target) const;
    /// Whether the file and its folder can be written (false on a read-only mount, for a file
    /// or folder without write permission): a writer would fail on the first statement.
    [[nodiscard]] static bool storageWritable(const QString &path);
    /// "ok", or the problems PRAGMA integrity_check found.
    [[nodiscard]] QStringList integrityCheck() const;
    [[nodiscard]] int schemaVersion() const;

    /// ~/.local/share/spotter/spotter.sqlite (GenericDataLocation/spotter/), whatever the organisation.
    [[nodiscard]] static QString defaultPath();

private:
    QSqlDatabase openConnection(const QString &name) const;
    QSqlDatabase openSqlite(const QString &name, bool readOnly) const;
    struct FileIds
    {
        quint32 applicationId = 0;
        quint32 userVersion = 0;
        qint64 tables = 0;
    };
    void inspectExistingFile();
    void releaseStaleShm() const;
    void checkBeforeWriting();
    void closeAllConnections();
    void refuseForeignOrNewer(quint32 applicationId, quint32 userVersion) const;
    [[nodiscard]] FileIds readIdsReadOnly() const;
    void migrate();
    [[nodiscard]] QString migrationBackupStem() const;
    [[nodiscard]] QString newMigrationBackupName() const;
    [[nodiscard]] QString existingMigrationBackup() const;
    void requireSpaceForUpgrade() const;

    [[nodiscard]] const std::vector<Migration> &steps() const;
    [[nodiscard]] int latestVersion() const;

    QString m_path;
    Options m_options;
    QString m_prefix;
    int m_originalVersion = 0;
    QString m_migrationBackup;
    QStringList m_damage;
    mutable QMutex m_mutex;
    mutable QHash<QThread *, QString> m_connections;
};

/// Sets the organisation and application names every executable shares: the GUI's settings are
/// kept under them (~/.config/Spotter/spotter.conf), and both programs find the same default
/// database.
void initApplicationIdentity();

} // namespace spotter
