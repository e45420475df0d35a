// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvreader.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <span>

namespace spotter {

class ImportDiagnostics;

/// One header name a format accepts for one of its columns.
struct ColumnName
{
    int column;
    QStringView name;
};

/// Where each column of a format is in a file, found by header name (compared loosely, see
/// importfields::headerKey), so that column order and extra columns do not matter.
class ColumnMap
{
public:
    ColumnMap(const CsvRecord &header, std::span<const ColumnName> names, int columnCount);
    /// A header whose names are in no known language, read by position: field i is column
    /// @p columns[i]. The names stay as the file writes them, for messages.
    ColumnMap(const CsvRecord &header, std::span<const int> columns, int columnCount);

    /// The columns a rejects file adds after the original ones (importrejects.h); every format
    /// ignores them, so that a fixed rejects file imports like the original.
    [[nodiscard]] static bool isRejectColumn(QStringView name);

    [[nodiscard]] bool has(int column) const { return index(column) >= 0; }
    [[nodiscard]] qsizetype index(int column) const
    {
        return column >= 0 && column < m_index.size() ? m_index[column] : -1;
    }
    /// The column's value in @p record; empty when the file has no such column.
    [[nodiscard]] QStringView value(const CsvRecord &record, int column) const
    {
        const qsizetype i = index(column);
        return i < 0 ? QStringView() : record.field(i);
    }
    /// The first header name that was accepted for @p column, as the file writes it.
    [[nodiscard]] QString headerName(int column) const;
    /// Header names that match no column, as the file writes them (not imported).
    [[nodiscard]] const QStringList &unknown() const { return m_unknown; }
    [[nodiscard]] qsizetype headerSize() const { return m_header.size(); }
    /// The line of the file the header is on.
    [[nodiscard]] qint64 headerLine() const { return m_headerLine; }
    /// Why the header cannot be read unambiguously (a column named twice), or empty. Which of
    /// two columns holds the data is a guess no import should make.
    [[nodiscard]] const QString &duplicateError() const { return m_duplicate; }

    /// Warns (line 1) about columns that will not be imported, so nothing is dropped unseen.
    void warnUnknown(ImportDiagnostics &diagnostics) const;
    /// Reports an error unless @p record has as many fields as the header.
    bool checkFieldCount(const CsvRecord &record, ImportDiagnostics &diagnostics) const;

private:
    QList<qsizetype> m_index;
    QStringList m_header;
    QStringList m_unknown;
    QString m_duplicate;
    qint64 m_headerLine = 1;
};

/// Typed values of one record. Each value that does not parse adds a problem naming its
/// column, so one row with several mistakes gets one message that lists them all.
class RowValues
{
public:
    RowValues(const CsvRecord &record, const ColumnMap &columns, bool decimalComma)
        : m_record(record), m_columns(columns), m_decimalComma(decimalComma)
    {}

    /// For rows that carry @p extra more fields than the header because the field at header
    /// index @p at held unquoted delimiters: fields after it are read @p extra places later.
    void shiftAfter(qsizetype at, qsizetype extra)
    {
        m_shiftAt = at;
        m_shift = extra;
    }

    [[nodiscard]] QStringView text(int column) const;
    /// The column's name as the file's header writes it, for messages.
    [[nodiscard]] QString header(int column) const { return m_columns.headerName(column); }
    [[nodiscard]] bool isEmpty(int column) const { return text(column).trimmed().isEmpty(); }
    /// Nothing for an empty value; nothing and a problem for one that is not a number.
    [[nodiscard]] std::optional<double> number(int column);
    /// Like number(), for whole numbers ("10" or "10.0").
    [[nodiscard]] std::optional<qint64> whole(int column);

    void problem(const QString &text) { m_problems.append(text); }
    [[nodiscard]] bool ok() const { return m_problems.isEmpty(); }
    /// Reports the problems as one error on the record's line; true when there were none.
    bool report(ImportDiagnostics &diagnostics) const;

private:
    const CsvRecord &m_record;
    const ColumnMap &m_columns;
    bool m_decimalComma;
    qsizetype m_shiftAt = -1;
    qsizetype m_shift = 0;
    QStringList m_problems;
};

} // namespace spotter
