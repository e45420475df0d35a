// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace spotter {

class StoreError;
namespace pg {
class Statement;
}

/// A forward-only read on the raw sqlite3 handle of a connection, for queries that return many
/// rows: QtSql wraps every value in a QVariant and costs several times the query itself (field
/// notes §1.3, §1.4). The same contract as Query: values are bound by name, never spliced in,
/// and failures throw StoreError. Column accessors take the same indexes as Query's. On
/// PostgreSQL it is a libpq statement (pg::Statement), which reads rows without QVariants too;
/// @p fetchSize > 0 reads them through a cursor that many at a time (inside a transaction).
class RawQuery
{
public:
    RawQuery(const QSqlDatabase &db, const QString &sql, int fetchSize = 0);
    ~RawQuery();
    RawQuery(const RawQuery &) = delete;
    RawQuery &operator=(const RawQuery &) = delete;

    /// Binds an integer, a double, a string or null (an invalid QVariant) to ":name".
    RawQuery &bind(const QString &placeholder, const QVariant &value);
    /// Starts (or restarts) the statement with the values bound.
    RawQuery &exec();
    /// The next row; false at the end. Throws StoreError when SQLite fails.
    [[nodiscard]] bool next();

    [[nodiscard]] bool isNull(int index) const;
    [[nodiscard]] qint64 int64(int index) const;
    [[nodiscard]] QString string(int index) const;
    /// The text as stored (UTF-8), valid until the next call on this query.
    [[nodiscard]] QByteArrayView utf8(int index) const;
    [[nodiscard]] std::optional<qint64> optInt64(int index) const;
    [[nodiscard]] std::optional<int> optInt(int index) const;
    [[nodiscard]] std::optional<double> optDouble(int index) const;

    /// A StoreError for a failed SQLite call, classified like the ones QtSql reports.
    [[nodiscard]] static StoreError error(sqlite3 *db, int rc, const QString &what);

private:
    std::unique_ptr<pg::Statement> m_pg;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    bool m_started = false;
};

} // namespace spotter
