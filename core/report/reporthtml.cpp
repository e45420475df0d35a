// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reporthtml.h"

#include "analysis/ruletable.h"
#include "analysis/thresholds.h"
#include "report/report.h"
#include "report/reporthtmlparts.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace spotter {

using namespace reporthtml;

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(spotter::ReportText)
};

QString where(const SorenessReport &r)
{
    if (r.side == Side::Both)
        return displayName(r.region);
    return ReportText::tr("%1 (%2)").arg(displayName(r.region), displayName(r.side).toLower());
}

QString header(const Report &r)
{
    const WeightUnit unit = r.athlete.unit;
    QString html = heading(1, esc(ReportText::tr("Training report")));
    html += QStringLiteral("<table class=\"meta\" cellspacing=\"0\" cellpadding=\"2\">");
    const auto pair = [](const QString &a, const QString &b, const QString &c, const QString &d) {
        return QStringLiteral(
                   "<tr><td><b>%1</b></td><td width=\"40%\">%2</td><td><b>%3</b></td><td>%4</td></tr>")
            .arg(esc(a), esc(b), esc(c), esc(d));
    };
    html += pair(ReportText::tr("Athlete"), r.athlete.name, ReportText::tr("Range"), rangeText(r));
    html += pair(ReportText::tr("Printed"), dayTime(r.generated), ReportText::tr("Weights in"),
                 displayName(unit));
    return html + QStringLiteral("</table>");
}

QString summary(const Report &r)
{
    const ReportSummary &s = r.summary;
    const WeightUnit unit = r.athlete.unit;
    QString html = heading(2, esc(ReportText::tr("Summary")));
    QStringList flags;
    for (const auto &[key, count] : s.flags)
        flags.append(ReportText::tr("%1 × %2").arg(flagName(key)).arg(count));
    QString sessions = QString::number(s.sessions);
    if (s.firstSession)
        sessions += u' ' + ReportText::tr("(%1 to %2)").arg(day(*s.firstSession), day(*s.lastSession));
    const QList<QPair<QString, QString>> rows{
        {ReportText::tr("Sessions"), sessions},
        {ReportText::tr("Working sets"), QString::number(s.workingSets)},
        {ReportText::tr("Tonnage"), Weight::fromGrams(s.tonnageGrams).format(unit, 0)},
        {ReportText::tr("Testing sessions"), QString::number(s.testingSessions)},
        {ReportText::tr("Hard sessions"), QString::number(s.hardSessions)},
        {ReportText::tr("Session-RPE load"), formatNumber(s.srpeLoad, 0)},
        {ReportText::tr("Soreness reports"),
         ReportText::tr("%1 (%2 still open)").arg(s.sorenessReports).arg(s.openReports)},
        {ReportText::tr("Flags"),
         flags.isEmpty() ? ReportText::tr("none") : flags.join(QStringLiteral(", "))},
    };
    html += QStringLiteral(
        "<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
    for (qsizetype i = 0; i < rows.size(); i += 2) {
        html += QStringLiteral("<tr>");
        for (qsizetype j = i; j < i + 2 && j < rows.size(); ++j)
            html += QStringLiteral("<td class=\"key\" width=\"22%\">%1</td><td width=\"28%\">%2</td>")
                        .arg(esc(rows[j].first), esc(rows[j].second));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

/// Where, with what the lifter ticked under it in small type (a physio reads both together).
QString whereAndAnswers(const SorenessReport &r)
{
    const QString answers = reportedAnswers(r);
    return answers.isEmpty() ? esc(where(r))
                             : QStringLiteral("%1<br><small>%2</small>").arg(esc(where(r)), esc(answers));
}

/// What to do, said once: the deciding rule's own advice already says how soon (an emergency
/// rule's begins "Call your local emergency number…"), so the general instruction of the urgency
/// is printed only when the rule gives none.
QString advice(const TriagedReport &t)
{
    const QString ruleAdvice = t.triage.matched.isEmpty()
                                   ? QString()
                                   : RuleTable::advice(RuleTable::rule(t.triage.matched.first().id));
    QString text;
    if (t.triage.urgency() && ruleAdvice.isEmpty())
        text = QStringLiteral("<b>%1.</b> ").arg(esc(urgencyInstruction(*t.triage.urgency())));
    if (!t.triage.matched.isEmpty())
        text += esc(t.triage.matched.first().advice);
    return text;
}

QString attention(const Report &r)
{
    QString html = heading(2, esc(ReportText::tr("Needs attention")));
    if (r.attention.isEmpty())
        return html + paragraph(esc(ReportText::tr("No open warnings or see-doctor items.")));
    html += paragraph(
        esc(ReportText::tr("Soreness that is still present and looks like more than normal training "
                           "soreness, most urgent first.")),
        QStringLiteral("muted"));
    Table t({ReportText::tr("Class"), ReportText::tr("Noticed"), ReportText::tr("Where"),
             ReportText::tr("Intensity"), ReportText::tr("What to do"), ReportText::tr("Rules")},
            {3}, {16, 14, 16, 11, 33, 10});
    for (const TriagedReport &a : r.attention)
        t.row({shortBadge(a.triage.severity), stackedDayTime(a.report.noticedAt), whereAndAnswers(a.report),
               QStringLiteral("%1/10").arg(a.report.intensity), advice(a),
               esc(a.triage.ruleIds().join(QStringLiteral(" ")))});
    return html + t.html();
}

QString soreness(const Report &r)
{
    QString html = heading(2, esc(ReportText::tr("Soreness by class")));
    if (r.soreness.isEmpty())
        return html + paragraph(esc(ReportText::tr("No soreness reports in this range.")));
    for (qsizetype i = 0; i < r.soreness.size();) {
        const Severity severity = r.soreness[i].triage.severity;
        qsizetype end = i;
        while (end < r.soreness.size() && r.soreness[end].triage.severity == severity)
            ++end;
        html += heading(3, badge(severity) + QStringLiteral("&nbsp;&nbsp;")
                               + esc(ReportText::tr("%n report(s)", nullptr, static_cast<int>(end - i))));
        Table t({ReportText::tr("Noticed"), ReportText::tr("Where"), ReportText::tr("Intensity"),
                 ReportText::tr("Feels"), ReportText::tr("Onset"), ReportText::tr("Status"),
                 ReportText::tr("Rules")},
                {2}, {15, 15, 11, 9, 20, 14, 16});
        for (; i < end; ++i) {
            const TriagedReport &s = r.soreness[i];
            const auto onset = s.onsetHours();
            t.row(
                {stackedDayTime(s.report.noticedAt), whereAndAnswers(s.report),
                 QStringLiteral("%1/10").arg(s.report.intensity), esc(displayName(s.report.character)),
                 esc(!onset          ? ReportText::tr("no session")
                     : *onset <= 0.0 ? ReportText::tr("during the session")
                                     : ReportText::tr("%1 h after the session").arg(formatNumber(*onset, 1))),
                 esc(s.report.resolvedAt ? ReportText::tr("gone %1").arg(day(s.report.resolvedAt->date()))
                                         : ReportText::tr("open")),
                 esc(s.triage.ruleIds().join(QStringLiteral(" ")))});
        }
        html += t.html();
    }
    return html;
}

QString lifts(const Report &r)
{
    const WeightUnit unit = r.athlete.unit;
    QString html = heading(2, esc(ReportText::tr("Estimated 1RM of the main lifts")));
    if (r.lifts.isEmpty())
        return html + paragraph(esc(ReportText::tr("No main-lift sets with an e1RM in this range.")));
    const bool monthly = r.liftPeriod == Report::Period::Month;
    html += paragraph(
        esc(ReportText::tr("e1RM from the RTS chart when RPE or RIR was logged, Epley otherwise; warm-ups "
                           "never count. A PR beats the best e1RM ever before it. ≈ marks an e1RM "
                           "estimated from reps alone (no RPE or RIR): it is a PR over a best from rated "
                           "sets only when more than %1% above it.")
                .arg(formatNumber(th(Threshold::E1rmRepsOnlyPrPct), 0))),
        QStringLiteral("muted"));
    Table summary({ReportText::tr("Lift"), ReportText::tr("First"), ReportText::tr("Last"),
                   ReportText::tr("Change"), ReportText::tr("Best"), ReportText::tr("Tested in"),
                   ReportText::tr("PRs")},
                  {1, 2, 3, 4, 5, 6}, {28, 12, 12, 10, 12, 14, 12});
    for (const LiftProgress &lift : r.lifts) {
        const Weight first = lift.points.first().e1rm;
        const Weight last = lift.points.last().e1rm;
        Weight best = first;
        int testing = 0;
        int prs = 0;
        for (const LiftPoint &p : lift.points) {
            best = std::max(best, p.e1rm);
            testing += p.hardest == IntensityClass::Testing ? 1 : 0;
            prs += p.pr ? 1 : 0;
        }
        const QString change =
            first.grams() > 0 ? (last >= first ? QStringLiteral("+") : QString())
                                    + formatNumber(100.0 * static_cast<double>(last.grams() - first.grams())
                                                       / static_cast<double>(first.grams()),
                                                   1)
                                    + u'%'
                              : QStringLiteral("–");
        // "Tested in 2 weeks" (of the periods shown), "never" rather than "0 month(s)".
        const QString tested = testing == 0 ? ReportText::tr("never")
                               : monthly ? ReportText::tr("%n month(s)", nullptr, static_cast<int>(testing))
                                         : ReportText::tr("%n week(s)", nullptr, static_cast<int>(testing));
        summary.row({esc(lift.exercise), esc(first.format(unit, 1)), esc(last.format(unit, 1)), esc(change),
                     esc(best.format(unit, 1)), esc(tested), QString::number(prs)});
    }
    html += summary.html();

    // Every lift side by side, a few per table so that they fit the page's width.
    constexpr qsizetype kLiftsPerTable = 4;
    for (qsizetype from = 0; from < r.lifts.size(); from += kLiftsPerTable) {
        const QList<LiftProgress> group = r.lifts.mid(from, kLiftsPerTable);
        QMap<QDate, QStringList> rows;
        for (qsizetype i = 0; i < group.size(); ++i) {
            for (const LiftPoint &p : group[i].points) {
                QStringList &cells = rows[p.periodStart];
                cells.resize(group.size());
                QString cell = esc(p.fromRepsAlone ? ReportText::tr("≈%1").arg(p.e1rm.number(unit, 1))
                                                   : p.e1rm.number(unit, 1));
                if (p.hardest == IntensityClass::Testing)
                    cell += u' ' + badge(IntensityClass::Testing);
                if (p.pr)
                    cell += QStringLiteral(" <b>%1</b>").arg(esc(ReportText::tr("PR")));
                cells[i] = cell;
            }
        }
        QStringList headers{monthly ? ReportText::tr("Month") : ReportText::tr("Week of")};
        QList<int> numeric;
        for (qsizetype i = 0; i < group.size(); ++i) {
            headers.append(ReportText::tr("%1 (%2)").arg(group[i].exercise, displayName(unit)));
            numeric.append(static_cast<int>(i + 1));
        }
        html += heading(
            3, esc(monthly ? ReportText::tr("Best e1RM per month") : ReportText::tr("Best e1RM per week")));
        Table t(headers, numeric);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            t.row(QStringList{esc(monthly ? it.key().toString(QStringLiteral("yyyy-MM")) : day(it.key()))}
                  + it.value());
        html += t.html();
    }
    return html;
}

QString flags(const Report &r)
{
    QString html = heading(2, esc(ReportText::tr("Training flags")));
    if (r.flags.isEmpty())
        return html + paragraph(esc(ReportText::tr("No flags in this range.")));
    // One row per flag and lift: a run of hard weeks raises the same flag session after session.
    struct Group
    {
        const ReportFlag *first;
        const ReportFlag *last;
        int sessions;
    };
    QList<Group> groups;
    for (const ReportFlag &f : r.flags) {
        auto same = std::find_if(groups.begin(), groups.end(), [&](const Group &g) {
            return g.first->flag.key == f.flag.key && g.first->flag.level == f.flag.level
                   && g.first->flag.exerciseId == f.flag.exerciseId;
        });
        if (same == groups.end()) {
            groups.append({&f, &f, 1});
        } else {
            same->last = &f;
            ++same->sessions;
        }
    }
    Table t({ReportText::tr("Flag"), ReportText::tr("Lift"), ReportText::tr("Sessions"),
             ReportText::tr("First"), ReportText::tr("Last"), ReportText::tr("Why it matters")},
            {2}, {20, 16, 11, 13, 13, 27});
    for (const Group &g : groups) {
        const SessionFlag &f = g.first->flag;
        QString flag = esc(flagName(f.key));
        if (f.level)
            flag += QStringLiteral(" (%1)").arg(
                esc(f.level == FlagLevel::High ? ReportText::tr("high") : ReportText::tr("caution")));
        t.row({flag + QStringLiteral(" <small>%1</small>").arg(esc(f.ruleId)), esc(g.first->exercise),
               QString::number(g.sessions), esc(day(g.first->sessionStart.date())),
               esc(day(g.last->sessionStart.date())), esc(f.advice)});
    }
    return html + t.html();
}

QString weekFlagName(const QString &key)
{
    if (key == u"monotony_high")
        return ReportText::tr("monotonous");
    if (key == u"load_spike")
        return ReportText::tr("load spike");
    if (key == u"weekly_spike")
        return ReportText::tr("weekly jump");
    return key;
}

QString weeks(const Report &r)
{
    QString html = heading(2, esc(ReportText::tr("Weekly load")));
    if (r.weeks.isEmpty())
        return html + paragraph(esc(ReportText::tr("No sessions in this range.")));
    html += paragraph(
        esc(ReportText::tr("Load is session RPE × minutes. The acute:chronic ratio (ACWR) is shown as "
                           "information, not as an injury risk.")),
        QStringLiteral("muted"));
    Table t({ReportText::tr("Week of"), ReportText::tr("Load"), ReportText::tr("Monotony"),
             ReportText::tr("Strain"), ReportText::tr("ACWR"), ReportText::tr("Change"),
             ReportText::tr("Flags")},
            {1, 2, 3, 4, 5});
    for (const WeekLine &line : weekLines(r)) {
        if (!line.load) {
            // One line for a break: an all-time report printed pages of empty weeks.
            t.spanningRow(QStringLiteral("<i>%1</i>")
                              .arg(esc(ReportText::tr("No sessions %1 – %2 (%n week(s))", nullptr,
                                                      static_cast<int>(line.weeks))
                                           .arg(day(line.from), day(line.to)))));
            continue;
        }
        const WeekLoad &w = *line.load;
        const auto opt = [](const std::optional<double> &v, int decimals) {
            return v ? formatNumber(*v, decimals) : QStringLiteral("–");
        };
        QString acwr = opt(w.acwr, 2);
        if (w.band)
            acwr += QStringLiteral(" (%1)").arg(toKey(*w.band));
        QStringList weekFlags;
        for (const QString &f : w.flags)
            weekFlags.append(weekFlagName(f));
        t.row({esc(day(w.weekStart)), esc(formatNumber(w.load, 0)), esc(opt(w.monotony.monotony, 2)),
               esc(w.monotony.monotony ? formatNumber(w.monotony.strain, 0) : QStringLiteral("–")), esc(acwr),
               esc(w.changePct ? formatNumber(*w.changePct, 0) + u'%' : QStringLiteral("–")),
               esc(weekFlags.join(QStringLiteral(", ")))});
    }
    return html + t.html();
}

/// The reports that ticked a flag, as a coach finds them in the soreness tables above.
QString tickedText(const QList<SorenessReport> &reports)
{
    QStringList places;
    for (const SorenessReport &s : reports)
        places.append(ReportText::tr("%1, %2").arg(dayTime(s.noticedAt), where(s)));
    return ReportText::tr("Ticked in %n report(s): %1", nullptr, static_cast<int>(reports.size()))
        .arg(places.join(QStringLiteral("; ")));
}

QString checklist(const Report &r)
{
    QString html = heading(2, esc(ReportText::tr("Red-flag checklist")));
    // The legend in the same paragraph: a heading is kept on the page of the table after it.
    html += paragraph(esc(r.checklistHeading)
                      + QStringLiteral("<br><span class=\"muted\">%1</span>")
                            .arg(esc(ReportText::tr("☒ marks a flag the athlete ticked in a "
                                                    "soreness report of this range."))));
    Table t({QString(), ReportText::tr("Question"), ReportText::tr("If yes")}, {}, {4, 56, 40});
    for (const RedFlagItem &item : r.checklist) {
        const QList<SorenessReport> ticked = tickedIn(r, item.flag);
        if (ticked.isEmpty()) {
            t.row({QStringLiteral("&#x2610;"), esc(item.question), esc(urgencyInstruction(item.urgency))});
            continue;
        }
        t.row({QStringLiteral("<b>&#x2612;</b>"),
               QStringLiteral("<b>%1</b><br><small>%2</small>")
                   .arg(esc(item.question), esc(tickedText(ticked))),
               QStringLiteral("<b>%1</b>").arg(esc(urgencyInstruction(item.urgency)))});
    }
    // The note as the table's last row: a row is never split over two pages, so the note is
    // never left alone on the last one.
    t.spanningRow(QStringLiteral("<b>%1</b>").arg(esc(r.note)));
    return html + t.html();
}

} // namespace

QString reportHtml(const Report &report)
{
    QString html =
        QStringLiteral(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>%1</title>\n<style>\n"
            "body { font-family: 'DejaVu Sans', 'Helvetica', 'Arial', sans-serif; font-size: 9.5pt; color: "
            "#202124; }\n"
            "h1 { font-size: 18pt; margin-top: 0; margin-bottom: 6pt; }\n"
            "h2 { font-size: 13pt; color: #174ea6; margin-top: 16pt; margin-bottom: 5pt; }\n"
            "h3 { font-size: 10.5pt; margin-top: 10pt; margin-bottom: 4pt; }\n"
            "table.grid { border-collapse: collapse; border-color: #c4c7c5; border-style: solid; }\n"
            "table.grid th { background-color: #e8eaed; text-align: left; font-weight: bold; }\n"
            "td.key { background-color: #f1f3f4; font-weight: bold; }\n"
            ".muted { color: #5f6368; font-weight: normal; }\n"
            "</style></head><body>\n")
            .arg(esc(ReportText::tr("Training report: %1").arg(report.athlete.name)));
    html += header(report) + u'\n';
    html += summary(report) + u'\n';
    html += attention(report) + u'\n';
    html += soreness(report) + u'\n';
    html += lifts(report) + u'\n';
    html += flags(report) + u'\n';
    html += weeks(report) + u'\n';
    html += checklist(report) + u'\n';
    return html + QStringLiteral("</body></html>\n");
}

} // namespace spotter
