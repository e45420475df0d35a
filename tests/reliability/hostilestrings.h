// SPDX-License-Identifier: GPL-3.0-or-later
// Names and notes that break careless code: SQL, quotes, Qt's %1 placeholders, HTML, spreadsheet
// formulas, emoji sequences, right-to-left text (bidi controls apart), combining marks, and the
// longest name allowed.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace spotter::test {

/// Exactly 1000 UTF-16 code units (the limit), with two-byte, three-byte and four-byte UTF-8.
inline QString longestName()
{
    QString name = QString(499, QChar(0x00E9));
    for (int i = 0; i < 250; ++i)
        name += QStringLiteral("\U0001F3CB");
    return name + u'x';
}

/// Names with bidirectional controls (an override, a mark, an isolate, the Arabic letter mark):
/// refused, since they make one name look like another.
inline QStringList bidiControlNames()
{
    return {
        QStringLiteral("left\u202Eright\u202C"),
        QStringLiteral("Ann \u200Fmark"),
        QStringLiteral("\u2067Bob\u2069"),
        QStringLiteral("\u0645\u0631\u064A\u0645\u061C"),
    };
}

inline QStringList hostileNames()
{
    return {
        QStringLiteral("'); DROP TABLE workout_set;--"),
        QStringLiteral("Robert'); DROP TABLE athlete; --"),
        QStringLiteral("O'Brien \"The Tank\" `Smith`"),
        QStringLiteral("%1 %2 %n %L1 100% \\n"),
        QStringLiteral("<b>bold</b> & <script>alert(1)</script>"),
        QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
        QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"),
        QStringLiteral(
            "Zo\u00EB \U0001F3CB\uFE0F\u200D\u2640\uFE0F\U0001F4AA\U0001F3FD \U0001F1F3\U0001F1F4"),
        QStringLiteral("\u0645\u0631\u064A\u0645 \u0627\u0644\u0631\u0641\u0627\u0639\u064A"),
        QStringLiteral("\u05D3\u05D5\u05D3 \u05DB\u05D4\u05DF (\u05DE\u05D0\u05DE\u05DF)"),
        QStringLiteral("Z\u0324\u0354\u0367\u0311\u0313a\u0308\u0356\u032D\u0308\u0307l\u036E\u0312\u036B "
                       "g\u030C\u0317\u035A\u031Ao\u0319\u0314\u036E\u0307\u0350\u0307"),
        longestName(),
    };
}

/// Notes with line breaks of every kind, a tab, quotes, SQL, a formula, HTML and placeholders.
inline QString hostileNotes()
{
    return QStringLiteral(
        "Line one, \"quoted\"\nline two\r\nline three\tafter a tab; '); DROP TABLE soreness;-- "
        "=1+2 <i>x</i> %1 \U0001F3CB \u0645\u0631\u064A\u0645");
}

/// @p text as Spotter's exporter writes a text cell: one more leading ' when, after any
/// leading 's, it starts with = + - @ tab or CR (docs/csv-format.md).
inline QString neutralised(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    if (i < text.size() && QStringLiteral("=+-@\t\r").contains(text.at(i)))
        return u'\'' + text;
    return text;
}

/// A CSV field, always quoted, as UTF-8.
inline QByteArray csvQuoted(const QString &text)
{
    return '"' + text.toUtf8().replace("\"", "\"\"") + '"';
}

} // namespace spotter::test
