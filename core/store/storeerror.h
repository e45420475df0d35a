// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

class QSqlError;

namespace spotter {

/// A failure of the store, worded for the person who has to act on it. Thrown by everything
/// under core/store; the CLI maps it to exit code 1 and the GUI to a message box.
class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        NotADatabase,    ///< the file is not SQLite at all
        ForeignDatabase, ///< an SQLite file that belongs to another application
        NewerSchema,     ///< written by a newer Spotter; refused and left untouched
        NeedsUpgrade,    ///< an older schema, opened only to read: not upgraded
        Corrupt,
        Busy,      ///< another program held the database too long
        Duplicate, ///< a unique name already exists
        NotFound,
        InUse,   ///< still referenced (an exercise with sets)
        Invalid, ///< the value failed validation; the message says why
        Io,
        Sql,        ///< anything else the database reported
        ReadOnly,   ///< the file or its folder cannot be written, or the server session is read-only
        DiskFull,   ///< the disk holding the file (or its -wal, or a backup) is full
        Conflict,   ///< the row was changed by someone else since it was read; reload and redo
        Denied,     ///< the server's row-level security or privileges refused it
        Connection, ///< the server cannot be reached, or the connection was lost
    };

    StoreError(Kind kind, const QString &message);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const QString &message() const { return m_message; }

    /// Builds an error from a failed statement, classifying busy and constraint failures.
    /// @p file, when given, is named in the message (the database the statement ran on).
    [[nodiscard]] static StoreError fromSql(const QSqlError &error, const QString &context,
                                            const QString &file = {});
    /// The same from SQLite's (extended) result code and message: a full disk and read-only
    /// storage are said as such, never as a damaged file.
    [[nodiscard]] static StoreError fromCode(int code, const QString &sqliteMessage, const QString &context,
                                             const QString &file = {});
    /// The kind a PostgreSQL SQLSTATE belongs to (an empty state is a lost connection).
    [[nodiscard]] static Kind kindOfSqlState(const QByteArray &sqlState);

private:
    Kind m_kind;
    QString m_message;
};

} // namespace spotter
