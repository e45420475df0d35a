// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

typedef struct pg_conn PGconn;

namespace spotter::pg {

/// Rows for a table, in PostgreSQL's COPY text format (a tab between fields, a line per row, \N
/// for NULL, backslash escapes), written straight into a buffer and sent by send(). The one
/// place that writes that format: every value goes through the escaping below, so text cannot
/// break out of its field.
///
/// PostgreSQL refuses COPY FROM into a table with row-level security for anyone it applies to,
/// and on a team server it applies to everyone. So the rows go by COPY into a temporary staging
/// table of the same shape (no RLS, no WAL) and from there by one INSERT … SELECT, which the
/// table's policies check like any insert.
class CopyRows
{
public:
    /// @p table and its @p columns ("a, b, c").
    CopyRows(const char *table, const char *columns) : m_table(table), m_columns(columns) {}

    CopyRows &null();
    CopyRows &integer(qint64 v);
    CopyRows &integer(const std::optional<qint64> &v) { return v ? integer(*v) : null(); }
    CopyRows &real(double v);
    CopyRows &real(const std::optional<double> &v) { return v ? real(*v) : null(); }
    CopyRows &text(const QString &v);
    CopyRows &textOrNull(const QString &v) { return v.isEmpty() ? null() : text(v); }
    /// Ends the row.
    void end();

    [[nodiscard]] qsizetype bytes() const { return m_data.size(); }
    [[nodiscard]] qint64 rows() const { return m_rows; }
    /// Sends the rows (if any) in one COPY and empties the buffer; throws StoreError.
    void send(PGconn *conn);
    void clear();

private:
    void separate();

    void stage(PGconn *conn);
    void exec(PGconn *conn, const QByteArray &sql, int expected, const QString &what);

    QByteArray m_table;
    QByteArray m_columns;
    QByteArray m_data;
    qint64 m_rows = 0;
    bool m_rowStarted = false;
};

} // namespace spotter::pg
