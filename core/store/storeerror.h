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
        Corrupt,
        Busy,      ///< another program held the database too long
        Duplicate, ///< a unique name already exists
        NotFound,
        InUse,   ///< still referenced (an exercise with sets)
        Invalid, ///< the value failed validation; the message says why
        Io,
        Sql,        ///< anything else the database reported
        Conflict,   ///< the row was changed by someone else since it was read; reload and redo
        Denied,     ///< the server's row-level security or privileges refused it
        Connection, ///< the server cannot be reached, or the connection was lost
    };

    StoreError(Kind kind, const QString &message);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const QString &message() const { return m_message; }

    /// Builds an error from a failed statement, classifying busy and constraint failures.
    [[nodiscard]] static StoreError fromSql(const QSqlError &error, const QString &context);
    /// The kind a PostgreSQL SQLSTATE belongs to (an empty state is a lost connection).
    [[nodiscard]] static Kind kindOfSqlState(const QByteArray &sqlState);

private:
    Kind m_kind;
    QString m_message;
};

} // namespace spotter
