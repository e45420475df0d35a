// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace spotter {

/// A prepared, forward-only statement that throws StoreError on failure. Values are always
/// bound, never spliced into the SQL text.
class Query
{
public:
    Query(const QSqlDatabase &db, const QString &sql);

    Query &bind(const QString &placeholder, const QVariant &value);
    template <typename T>
    Query &bind(const QString &placeholder, const std::optional<T> &value)
    {
        return bind(placeholder, value ? QVariant::fromValue(*value) : QVariant());
    }

    /// Runs the statement; throws StoreError.
    Query &exec();
    [[nodiscard]] bool next() { return m_query.next(); }
    [[nodiscard]] QVariant value(int index) const { return m_query.value(index); }
    [[nodiscard]] qint64 int64(int index) const { return m_query.value(index).toLongLong(); }
    [[nodiscard]] QString string(int index) const { return m_query.value(index).toString(); }
    [[nodiscard]] bool isNull(int index) const { return m_query.isNull(index); }
    [[nodiscard]] std::optional<qint64> optInt64(int index) const;
    [[nodiscard]] std::optional<int> optInt(int index) const;
    [[nodiscard]] std::optional<double> optDouble(int index) const;
    [[nodiscard]] qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    [[nodiscard]] int rowsAffected() const { return m_query.numRowsAffected(); }
    /// Releases the statement early (needed before DDL or VACUUM on the same connection).
    void finish() { m_query.finish(); }

    /// Runs a statement with no bound values, e.g. a PRAGMA or DDL.
    static void run(const QSqlDatabase &db, const QString &sql);
    /// First column of the first row of a statement with no bound values.
    [[nodiscard]] static QVariant scalar(const QSqlDatabase &db, const QString &sql);

private:
    QSqlQuery m_query;
    QString m_sql;
    QString m_file; ///< the database file, named in error messages
};

} // namespace spotter
