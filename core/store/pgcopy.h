// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

typedef struct pg_conn PGconn;

namespace spotter::pg {

/// Rows for one `COPY table (columns) FROM STDIN`, in PostgreSQL's text format (a tab between
/// fields, a line per row, \N for NULL, backslash escapes), written straight into a buffer and
/// sent in one COPY by send(). The one place that writes that format: every value goes through
/// the escaping below, so text cannot break out of its field.
class CopyRows
{
public:
    /// @p copy is "table (column, …)".
    explicit CopyRows(const char *copy) : m_copy(copy) {}

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

    QByteArray m_copy;
    QByteArray m_data;
    qint64 m_rows = 0;
    bool m_rowStarted = false;
};

} // namespace spotter::pg
