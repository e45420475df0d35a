// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace spotter {

namespace pg {
class Statement;
}

/// A prepared, forward-only statement that throws StoreError on failure. Values are always
/// bound, never spliced into the SQL text. On SQLite it is a QSqlQuery; on PostgreSQL a libpq
/// statement on the same connection (pg::Statement), with the same accessors.
class Query
{
public:
    /// Whether an INSERT reports the id it gave the new row (insertedId()).
    enum class Returning { Nothing, Id };

    Query(const QSqlDatabase &db, const QString &sql, Returning returning = Returning::Nothing);
    ~Query();
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    Query &bind(const QString &placeholder, const QVariant &value);
    template <typename T>
    Query &bind(const QString &placeholder, const std::optional<T> &value)
    {
        return bind(placeholder, value ? QVariant::fromValue(*value) : QVariant());
    }

    /// Runs the statement; throws StoreError.
    Query &exec();
    [[nodiscard]] bool next();
    [[nodiscard]] QVariant value(int index) const;
    [[nodiscard]] qint64 int64(int index) const;
    [[nodiscard]] QString string(int index) const;
    [[nodiscard]] bool isNull(int index) const;
    [[nodiscard]] std::optional<qint64> optInt64(int index) const;
    [[nodiscard]] std::optional<int> optInt(int index) const;
    [[nodiscard]] std::optional<double> optDouble(int index) const;
    /// The id of the row an INSERT made with Returning::Id.
    [[nodiscard]] qint64 insertedId();
    [[nodiscard]] int rowsAffected() const;
    /// Releases the statement early (needed before DDL or VACUUM on the same connection).
    void finish();

    /// Runs a statement with no bound values, e.g. a PRAGMA or DDL.
    static void run(const QSqlDatabase &db, const QString &sql);
    /// First column of the first row of a statement with no bound values.
    [[nodiscard]] static QVariant scalar(const QSqlDatabase &db, const QString &sql);

private:
    QSqlQuery m_query;
    std::unique_ptr<pg::Statement> m_pg;
    QString m_sql;
    QString m_file; ///< the database file, named in error messages
};

} // namespace spotter
