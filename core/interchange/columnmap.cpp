// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/columnmap.h"

#include "interchange/importdiagnostics.h"
#include "interchange/importfields.h"

#include <QCoreApplication>

#include <algorithm>

namespace spotter {

ColumnMap::ColumnMap(const CsvRecord &header, std::span<const ColumnName> names, int columnCount)
    : m_index(columnCount, -1), m_header(header.fields()), m_headerLine(std::max<qint64>(header.line(), 1))
{
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        const QString key = importfields::headerKey(m_header.at(i));
        bool matched = false;
        for (const ColumnName &n : names) {
            if (key != importfields::headerKey(n.name))
                continue;
            matched = true;
            const qsizetype first = m_index[n.column];
            if (first < 0)
                m_index[n.column] = i;
            else if (m_duplicate.isEmpty())
                m_duplicate = QCoreApplication::translate(
                                  "spotter::Import", "The header has two columns for the same value: '%1' "
                                                     "(column %2) and '%3' (column %4); remove one")
                                  .arg(m_header.at(first), QString::number(first + 1), m_header.at(i),
                                       QString::number(i + 1));
            break;
        }
        if (!matched && !key.isEmpty() && !isRejectColumn(m_header.at(i)))
            m_unknown.append(m_header.at(i));
    }
}

ColumnMap::ColumnMap(const CsvRecord &header, std::span<const int> columns, int columnCount)
    : m_index(columnCount, -1), m_header(header.fields()), m_headerLine(std::max<qint64>(header.line(), 1))
{
    for (qsizetype i = 0; i < m_header.size() && i < qsizetype(columns.size()); ++i) {
        if (columns[i] >= 0 && columns[i] < columnCount)
            m_index[columns[i]] = i;
    }
}

bool ColumnMap::isRejectColumn(QStringView name)
{
    const QStringView n = name.trimmed();
    return n.compare(u"reject_file", Qt::CaseInsensitive) == 0
           || n.compare(u"reject_line", Qt::CaseInsensitive) == 0
           || n.compare(u"reject_reason", Qt::CaseInsensitive) == 0;
}

QString ColumnMap::headerName(int column) const
{
    const qsizetype i = index(column);
    return i < 0 ? QString() : m_header.at(i);
}

void ColumnMap::warnUnknown(ImportDiagnostics &diagnostics) const
{
    if (m_unknown.isEmpty())
        return;
    diagnostics.warning(m_headerLine,
                        QCoreApplication::translate("spotter::Import", "These columns are not imported: %1")
                            .arg(m_unknown.join(QStringLiteral(", "))));
}

bool ColumnMap::checkFieldCount(const CsvRecord &record, ImportDiagnostics &diagnostics) const
{
    if (record.size() == m_header.size())
        return true;
    diagnostics.error(record.line(), QCoreApplication::translate("spotter::Import",
                                                                 "Expected %1 fields like the header; got %2")
                                         .arg(m_header.size())
                                         .arg(record.size()));
    return false;
}

QStringView RowValues::text(int column) const
{
    qsizetype i = m_columns.index(column);
    if (i < 0)
        return {};
    if (m_shiftAt >= 0 && i > m_shiftAt)
        i += m_shift;
    return m_record.field(i);
}

std::optional<double> RowValues::number(int column)
{
    const QStringView t = text(column);
    if (t.trimmed().isEmpty())
        return std::nullopt;
    const auto v = importfields::number(t, m_decimalComma);
    if (!v)
        problem(QCoreApplication::translate("spotter::Import", "%1 '%2' is not a number")
                    .arg(m_columns.headerName(column), t));
    return v;
}

std::optional<qint64> RowValues::whole(int column)
{
    const QStringView t = text(column);
    if (t.trimmed().isEmpty())
        return std::nullopt;
    const auto v = importfields::wholeNumber(t, m_decimalComma);
    if (!v)
        problem(QCoreApplication::translate("spotter::Import", "%1 '%2' is not a whole number")
                    .arg(m_columns.headerName(column), t));
    return v;
}

bool RowValues::report(ImportDiagnostics &diagnostics) const
{
    if (m_problems.isEmpty())
        return true;
    diagnostics.error(m_record.line(), m_problems.join(QStringLiteral("; ")));
    return false;
}

} // namespace spotter
