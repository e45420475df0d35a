// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/spottercolumns.h"

#include "csv/csvwriter.h"

namespace spotter::spottercolumns {

QStringList headerOf(std::span<const ColumnName> names)
{
    QStringList out;
    for (const ColumnName &n : names)
        out.append(n.name.toString());
    return out;
}

QStringList missingColumns(const ColumnMap &map, std::span<const ColumnName> names, int required)
{
    QStringList missing;
    for (const ColumnName &n : names) {
        if (n.column < required && !map.has(n.column))
            missing.append(n.name.toString());
    }
    return missing;
}

QString textCell(const RowValues &row, int column)
{
    return CsvWriter::unneutralise(row.text(column));
}

std::optional<Weight> kgCell(RowValues &row, int column, bool decimalComma)
{
    QString text = row.text(column).trimmed().toString();
    if (text.isEmpty())
        return std::nullopt;
    if (decimalComma && !text.contains(u'.'))
        text.replace(u',', u'.');
    const auto w = Weight::parseKg(text);
    if (!w)
        row.problem(QCoreApplication::translate("spotter::Import", "%1 '%2' is not a weight in kg like 102.5")
                        .arg(row.header(column), text));
    return w;
}

std::optional<bool> flagCell(RowValues &row, int column)
{
    const QStringView text = row.text(column).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (text == u"1")
        return true;
    if (text == u"0")
        return false;
    row.problem(QCoreApplication::translate("spotter::Import", "%1 '%2' is not 1 or 0")
                    .arg(row.header(column), text));
    return std::nullopt;
}

bool sameSessionValues(const Session &a, const Session &b)
{
    return a.start == b.start && a.start.offsetFromUtc() == b.start.offsetFromUtc() && a.title == b.title
           && a.durationMin == b.durationMin && a.bodyweight == b.bodyweight && a.warmupDone == b.warmupDone
           && a.sessionRpe == b.sessionRpe && a.notes == b.notes && a.source == b.source;
}

} // namespace spotter::spottercolumns
