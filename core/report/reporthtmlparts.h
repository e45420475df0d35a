// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces the PDF report's HTML is made of (escaping, class badges, dates, tables), kept
// apart from what the report says so that its look changes in one place.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace spotter {

struct Severity;
enum class IntensityClass;

namespace reporthtml {

[[nodiscard]] QString esc(const QString &text);

/// The app's badge colours (ui/widgets/badges.cpp), dark enough for white text on paper.
[[nodiscard]] QString colorOf(const Severity &s);
[[nodiscard]] QString colorOf(IntensityClass cls);

/// The class in words on its colour: the words carry the meaning, the colour only helps.
[[nodiscard]] QString badge(const QString &words, const QString &color);
/// The class in full ("See a doctor (emergency)"), for headings that span the page.
[[nodiscard]] QString badge(const Severity &s);
/// The class in a word ("Emergency", "Today", "Soon"), for a table cell: a full name in a narrow
/// column broke inside a word.
[[nodiscard]] QString shortBadge(const Severity &s);
[[nodiscard]] QString badge(IntensityClass cls);

[[nodiscard]] QString day(QDate d);
[[nodiscard]] QString dayTime(const QDateTime &t);
/// The date over the time, for narrow columns (a date must never break inside).
[[nodiscard]] QString stackedDayTime(const QDateTime &t);

[[nodiscard]] QString heading(int level, const QString &text);
[[nodiscard]] QString paragraph(const QString &html, const QString &cssClass = {});

/// A table with a header row that QTextDocument repeats on every page it spans.
class Table
{
public:
    /// @p widths are percentages of the page width, one per column, or empty.
    Table(const QStringList &headers, const QList<int> &numeric = {}, const QList<int> &widths = {})
        : m_numeric(numeric), m_columns(headers.size())
    {
        m_html = QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                "cellpadding=\"3\"><thead><tr>");
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const QString width =
                i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths[i]) : QString();
            m_html += QStringLiteral("<th%1%2>%3</th>").arg(align(i), width, esc(headers[i]));
        }
        m_html += QStringLiteral("</tr></thead><tbody>");
    }
    /// Cells are HTML already.
    void row(const QStringList &cells)
    {
        m_html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < cells.size(); ++i)
            m_html += QStringLiteral("<td%1>%2</td>").arg(align(i), cells[i]);
        m_html += QStringLiteral("</tr>");
    }
    /// One cell across every column (HTML already).
    void spanningRow(const QString &cell)
    {
        m_html += QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>").arg(m_columns).arg(cell);
    }
    [[nodiscard]] QString html() const { return m_html + QStringLiteral("</tbody></table>"); }

private:
    [[nodiscard]] QString align(qsizetype column) const
    {
        return m_numeric.contains(static_cast<int>(column)) ? QStringLiteral(" align=\"right\"") : QString();
    }
    QList<int> m_numeric;
    qsizetype m_columns;
    QString m_html;
};

} // namespace reporthtml
} // namespace spotter
