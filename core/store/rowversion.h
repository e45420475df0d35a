// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace spotter::rowversion {

/// The part of an UPDATE that makes it an edit of the row as it was read: it moves the row to
/// the next version and matches only the version the value carries.
inline QString setNext()
{
    return QStringLiteral("row_version = row_version + 1");
}
inline QString whereCurrent()
{
    return QStringLiteral(" WHERE id = :id AND row_version = :version");
}

/// Throws for an UPDATE of @p table that matched no row: StoreError::Conflict when the row
/// exists with another version (someone else changed it since it was read; nothing was
/// overwritten), StoreError::NotFound when there is no such row the login may see (it was
/// deleted, or on a team server belongs to an athlete this login does not have — PostgreSQL's
/// row-level security turns that UPDATE into "0 rows" without an error, field notes §7).
[[noreturn]] void refuse(const QSqlDatabase &db, const char *table, qint64 id, const QString &conflict,
                         const QString &notFound);

} // namespace spotter::rowversion
