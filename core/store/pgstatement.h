// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace spotter::pg {

/// One statement on PostgreSQL through libpq: the store's `:name` placeholders become `$n`
/// (a name used twice is one parameter), values travel as parameters in text form, and the
/// whole result comes back in one round trip. With fetchSize > 0 the rows are read through a
/// cursor that many at a time, which needs a transaction (exports of a million rows).
/// Column accessors are those of Query and RawQuery; failures throw StoreError.
class Statement
{
public:
    Statement(PGconn *conn, const QString &sql, int fetchSize = 0);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(const QString &placeholder, const QVariant &value);
    Statement &exec();
    [[nodiscard]] bool next();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString string(int column) const;
    [[nodiscard]] QByteArrayView utf8(int column) const;
    /// Typed by the column: integers as qlonglong, floating point and numeric as double,
    /// booleans as bool, everything else as QString.
    [[nodiscard]] QVariant value(int column) const;
    [[nodiscard]] int rowsAffected() const { return m_affected; }
    /// Rows of the current result (the current batch when fetching through a cursor).
    [[nodiscard]] int rowCount() const { return m_rows; }
    void finish();

    /// Rewrites `:name` placeholders (outside quotes and `::` casts) as `$n`; @p names gets
    /// the name of each $n.
    [[nodiscard]] static QByteArray translate(const QString &sql, QList<QByteArray> *names);

private:
    void clear();
    void fetchBatch();
    [[nodiscard]] const char *cell(int column) const;

    PGconn *m_conn;
    QList<QByteArray> m_names;            // before m_sql: translating the SQL fills it
    QHash<QByteArray, qsizetype> m_index; ///< a name's position in m_names
    QByteArray m_sql;
    QList<std::optional<QByteArray>> m_values;
    PGresult *m_result = nullptr;
    int m_rows = 0;
    int m_row = -1;
    int m_affected = 0;
    int m_fetchSize;
    QByteArray m_cursor;
    bool m_cursorDone = false;
};

} // namespace spotter::pg
