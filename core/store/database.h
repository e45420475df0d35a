// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/location.h"
#include "store/migrations.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QObject;
class QThread;

namespace spotter {

class CheckGate;

/// Who is connected to a team server, and as what (PostgreSQL's roles, docs/team-server.md).
struct ServerIdentity
{
    QString login;
    bool coach = false;
    bool athlete = false;
    std::optional<qint64> athleteId; ///< the athlete an athlete login is
    /// Whether the server announces changes to the exercise catalogue. One set up or upgraded by
    /// a Spotter before it did (`server upgrade` adds it) announces only the other tables.
    bool announcesExercises = false;

    /// "coach", "athlete" or "coach and athlete", for people.
    [[nodiscard]] QString roleName() const;
};

/// A Spotter database: an SQLite file (the default, one lifter or a coach alone) or a team
/// server (PostgreSQL, given as a URI or a service). Opening a file checks that it is one (and
/// not from a newer Spotter), backs it up and migrates it if its schema is older, and sets the
/// connection pragmas (WAL, foreign keys, synchronous=NORMAL). Opening a server checks its
/// schema version (a newer one is refused untouched; an older one waits for the admin's
/// `server upgrade`) and that the login is a coach or an athlete, never the owner of the
/// tables. Each thread gets its own named connection, as QtSql requires; the object itself
/// never holds a QSqlDatabase.
class Database
{
public:
    /// Schema version this program writes (the last migration's version).
    static constexpr int kSchemaVersion = 7;
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
        /// A server's password as typed by the person (the GUI's prompt); kept in memory only.
        QString password;
        /// Open for writing without waiting for the integrity check (the GUI, so that the first
        /// page shows at once): runDeferredCheck() runs it later on another thread, reads go
        /// ahead meanwhile, and every write waits for its verdict; after damage every write is
        /// refused with the damage message. A file with a leftover -wal (replayed on this open)
        /// or one that needs an upgrade is still checked before the open returns.
        bool deferCheck = false;
        /// On a team server: connect and check on a thread of its own, so that the caller can
        /// build its window while the server answers (the GUI's start). The constructor returns
        /// at once; awaitOpen() waits for the outcome and throws what the open failed with, and
        /// every read (connection()) and the login's identity wait for it first.
        bool connectAside = false;
        /// Tests only: runs on the connecting thread of connectAside before it connects.
        std::function<void()> beforeConnect;
    };

    /// @p location is a file path or a server (DatabaseLocation). Throws StoreError; a
    /// refused file is left byte-for-byte unchanged, a refused server unwritten.
    explicit Database(const QString &location, Options options);
    explicit Database(const QString &location) : Database(location, Options()) {}
    Database(const DatabaseLocation &location, Options options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Waits for an open begun with Options::connectAside and throws the StoreError it failed
    /// with (every time it is called). Returns at once for any other open.
    void awaitOpen() const;
    /// Whether an open begun with Options::connectAside is still going on (never waits).
    [[nodiscard]] bool isOpening() const;
    /// Whether this database was opened with Options::connectAside (its outcome may be unknown).
    [[nodiscard]] bool opensAside() const { return m_opening != nullptr; }
    /// Calls @p fn once, on @p context's thread, when an open begun with Options::connectAside
    /// has ended, whatever its outcome (awaitOpen() then no longer waits); for any other open
    /// from the event loop at once. Never once @p context is gone: a window that stopped waiting
    /// for a server deletes its context and is not called back.
    void whenOpenEnds(QObject *context, std::function<void()> fn) const;

    /// The connection of the calling thread, opened on first use (and again when a server
    /// connection broke since).
    [[nodiscard]] QSqlDatabase connection() const;
    /// Closes the calling thread's connection; worker threads call this before they end.
    void closeThreadConnection() const;
    /// Ends a job's use of the calling thread's connection. A file's is closed: opening one
    /// costs little. A server's stays open for the thread's next job, because opening one is a
    /// login on the server; it is closed when the thread ends or this database goes.
    void releaseThreadConnection() const;
    /// A server connection outside the per-thread ones, named @p name, with the same settings
    /// (ChangeFeed listens on it); the caller closes and removes it. Throws StoreError.
    [[nodiscard]] QSqlDatabase openDedicatedConnection(const QString &name) const;

    [[nodiscard]] const DatabaseLocation &location() const { return m_location; }
    [[nodiscard]] Backend backend() const { return m_location.backend(); }
    [[nodiscard]] bool isServer() const { return m_location.isServer(); }
    /// The file path, or the server's URI (without a password): what reopens the same place.
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
    /// True while a deferred integrity check (Options::deferCheck) has given no verdict yet.
    [[nodiscard]] bool checkPending() const;
    /// The deferred integrity check's verdict: "ok" or the problems (then every write is refused
    /// with damageMessageFor()). Runs it now on a connection of its own, or waits for the run
    /// already going on; for a worker thread. "ok" when no check was deferred.
    [[nodiscard]] QStringList runDeferredCheck() const;
    /// damageMessage() for @p problems found by a deferred check.
    [[nodiscard]] QString damageMessageFor(const QStringList &problems) const;
    /// Schema version the file had before this program migrated it (0 for a new file).
    [[nodiscard]] int originalVersion() const
    {
        awaitOpen();
        return m_originalVersion;
    }
    /// The copy taken before migrating, empty if no migration was needed.
    [[nodiscard]] const QString &migrationBackup() const { return m_migrationBackup; }
    /// The login and its roles on a team server; none for a file.
    [[nodiscard]] const std::optional<ServerIdentity> &serverIdentity() const
    {
        awaitOpen();
        return m_identity;
    }
    /// A server's snapshot of its transactions (pg_current_snapshot()) as it was opened, before
    /// anything was read: the change feed compares it with a later one to know whether it
    /// missed a change. Empty for a file.
    [[nodiscard]] const QString &openSnapshot() const
    {
        awaitOpen();
        return m_openSnapshot;
    }

    /// Consistent snapshot into @p target (VACUUM INTO), created with mode 0600. A server is
    /// backed up by its admin with pg_dump; the error says how.
    void backupTo(const QString &target) const;
    /// Whether the file and its folder can be written (false on a read-only mount, for a file
    /// or folder without write permission): a writer would fail on the first statement.
    [[nodiscard]] static bool storageWritable(const QString &path);
    /// "ok", or the problems found (SQLite's integrity_check; on a server, tables that row-level
    /// security does not guard).
    [[nodiscard]] QStringList integrityCheck() const;
    [[nodiscard]] int schemaVersion() const;

    /// ~/.local/share/spotter/spotter.sqlite (GenericDataLocation/spotter/), whatever the organisation.
    [[nodiscard]] static QString defaultPath();

private:
    QSqlDatabase openConnection(const QString &name) const;
    QSqlDatabase openServerConnection(const QString &name) const;
    QSqlDatabase openSqlite(const QString &name, bool readOnly) const;
    struct FileIds
    {
        quint32 applicationId = 0;
        quint32 userVersion = 0;
        qint64 tables = 0;
    };
    void openFile();
    void openServer();
    void openServerAside();
    void checkServer(const QSqlDatabase &db);
    [[nodiscard]] QString connectionName(const QThread *thread) const;
    void inspectExistingFile();
    void releaseStaleShm() const;
    void checkBeforeWriting();
    void deferCheck();
    [[nodiscard]] QStringList checkOnOwnConnection() const;
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

    DatabaseLocation m_location;
    QString m_path;
    Options m_options;
    QString m_prefix;
    int m_originalVersion = 0;
    QString m_migrationBackup;
    std::optional<ServerIdentity> m_identity;
    QString m_openSnapshot;
    struct Opening; ///< the thread of an open begun aside, and how it ended
    std::unique_ptr<Opening> m_opening;
    QStringList m_damage;
    bool m_checkDeferred = false;      ///< until migrate() knows whether the file needs an upgrade
    std::shared_ptr<CheckGate> m_gate; ///< the deferred check, when there is one
    /// The per-thread connections' names; shared with the end of threads that keep theirs.
    struct ThreadConnections
    {
        QMutex mutex;
        QHash<QThread *, QString> names;
        QSet<QThread *> watched; ///< threads whose end closes their connection
    };
    std::shared_ptr<ThreadConnections> m_threads = std::make_shared<ThreadConnections>();
};

/// Sets the organisation and application names every executable shares: the GUI's settings are
/// kept under them (~/.config/Spotter/spotter.conf), and both programs find the same default
/// database.
void initApplicationIdentity();

} // namespace spotter
