// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reporthtmlparts.h"

#include "analysis/intensity.h"
#include "analysis/severity.h"

namespace spotter::reporthtml {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// The three urgencies of "see a doctor" each have their own colour, as on screen.
QString colorOf(const Severity &s)
{
    switch (s.cls) {
    case SorenessClass::Fatigue: return QStringLiteral("#1e7e34");
    case SorenessClass::Doms: return QStringLiteral("#0b7a6f");
    case SorenessClass::Watch: return QStringLiteral("#8a6500");
    case SorenessClass::Warning: return QStringLiteral("#c25e05");
    case SorenessClass::SeeDoctor: break;
    }
    switch (s.urgency.value_or(Urgency::Soon)) {
    case Urgency::Emergency: return QStringLiteral("#a50e0e");
    case Urgency::Urgent: return QStringLiteral("#c2185b");
    case Urgency::Soon: return QStringLiteral("#6a1b9a");
    }
    return {};
}

QString colorOf(IntensityClass cls)
{
    switch (cls) {
    case IntensityClass::Training: return QStringLiteral("#1a73e8");
    case IntensityClass::Hard: return QStringLiteral("#b45309");
    case IntensityClass::Testing: return QStringLiteral("#b3261e");
    }
    return {};
}

QString badge(const QString &words, const QString &color)
{
    // Non-breaking spaces: a badge is one word-like unit and never wraps inside.
    return QStringLiteral(
               "<span style=\"background-color:%1; color:#ffffff; font-weight:bold\">&nbsp;%2&nbsp;</span>")
        .arg(color, esc(words).replace(u' ', QStringLiteral("&nbsp;")));
}

QString badge(const Severity &s)
{
    return badge(s.displayName(), colorOf(s));
}

QString shortBadge(const Severity &s)
{
    return badge(s.shortName(), colorOf(s));
}

QString badge(IntensityClass cls)
{
    return badge(displayName(cls), colorOf(cls));
}

QString day(QDate d)
{
    return d.toString(Qt::ISODate);
}

QString dayTime(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString stackedDayTime(const QDateTime &t)
{
    return esc(t.toString(QStringLiteral("yyyy-MM-dd"))) + QStringLiteral("<br>")
           + esc(t.toString(QStringLiteral("HH:mm")));
}

QString heading(int level, const QString &text)
{
    return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(text);
}

QString paragraph(const QString &html, const QString &cssClass)
{
    return cssClass.isEmpty() ? QStringLiteral("<p>%1</p>").arg(html)
                              : QStringLiteral("<p class=\"%1\">%2</p>").arg(cssClass, html);
}

} // namespace spotter::reporthtml
