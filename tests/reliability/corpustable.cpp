// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus.h"

#include <gtest/gtest.h>

namespace spotter::test {

namespace {

/// Line breaks in @p bytes as the CSV reader counts them: CRLF, CR and LF are one each.
qint64 lineBreaks(const QByteArray &bytes)
{
    qint64 n = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\r') {
            ++n;
            if (i + 1 < bytes.size() && bytes[i + 1] == '\n')
                ++i;
        } else if (bytes[i] == '\n') {
            ++n;
        }
    }
    return n;
}

} // namespace

int Table::column(const QString &name) const
{
    const int index = static_cast<int>(header.indexOf(name));
    if (index < 0)
        ADD_FAILURE() << "the corpus template has no column " << name.toStdString();
    return index;
}

Table Table::with(int row, const QString &name, const QString &value) const
{
    Table t = *this;
    const int c = column(name);
    if (c >= 0 && row >= 0 && row < t.rows.size())
        t.rows[row][c] = value;
    return t;
}

Table Table::withRaw(int row, const QString &name, const QByteArray &bytes) const
{
    Table t = *this;
    const int c = column(name);
    if (c >= 0)
        t.raw.insert({row, c}, bytes);
    return t;
}

QByteArray Table::quoted(const QString &field) const
{
    const QByteArray utf8 = field.toUtf8();
    const bool needs = quoteAll || utf8.contains(delimiter) || utf8.contains('"') || utf8.contains('\r')
                       || utf8.contains('\n');
    if (!needs)
        return utf8;
    QByteArray out = "\"";
    out += QByteArray(utf8).replace("\"", "\"\"");
    out += '"';
    return out;
}

QByteArray Table::headerLine() const
{
    QByteArray out;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i > 0)
            out += delimiter;
        out += quoted(header.at(i));
    }
    return out;
}

QByteArray Table::rowLine(int row) const
{
    if (const auto whole = rawRows.constFind(row); whole != rawRows.constEnd())
        return *whole;
    QByteArray out;
    const QStringList &fields = rows.at(row);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += delimiter;
        const auto it = raw.constFind({row, static_cast<int>(i)});
        out += it != raw.constEnd() ? *it : quoted(fields.at(i));
    }
    return out;
}

QByteArray Table::bytes() const
{
    QByteArray out = prefix + headerLine() + eol;
    for (int r = 0; r < rows.size(); ++r)
        out += rowLine(r) + eol;
    return out;
}

qint64 Table::lineOf(int row) const
{
    qint64 line = 1 + lineBreaks(prefix) + 1;
    for (int r = 0; r < row; ++r)
        line += 1 + lineBreaks(rowLine(r));
    return line;
}

} // namespace spotter::test
