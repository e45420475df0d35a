// SPDX-License-Identifier: GPL-3.0-or-later
// The Progress charts in words: a screen reader reads a chart's accessible description, and
// these summaries say what the lines and bars would show (range, latest value, best).
#include "charts/progresscharts.h"

#include <QLocale>

#include <algorithm>

namespace spotter {

namespace {

QString longDate(const QDate &d)
{
    return QLocale().toString(d, QStringLiteral("ddd d MMM yyyy"));
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

QString ProgressCharts::rangeSummary() const
{
    return tr("From %1 to %2.").arg(longDate(m_series.from), longDate(m_series.to));
}

QString ProgressCharts::e1rmSummary() const
{
    const WeightUnit unit = m_series.athlete.unit;
    QStringList parts{rangeSummary()};
    for (const E1rmLine &line : m_series.e1rm) {
        if (line.points.isEmpty())
            continue;
        const E1rmPoint &latest = line.points.last();
        const auto best = std::max_element(
            line.points.cbegin(), line.points.cend(),
            [unit](const E1rmPoint &a, const E1rmPoint &b) { return a.e1rm.in(unit) < b.e1rm.in(unit); });
        QString text = tr("%1: latest e1RM %2 on %3; best %4 on %5.")
                           .arg(line.name, latest.e1rm.format(unit, 1), longDate(latest.at.date()),
                                best->e1rm.format(unit, 1), longDate(best->at.date()));
        const int prs = static_cast<int>(
            std::count_if(line.points.cbegin(), line.points.cend(), [](const E1rmPoint &p) { return p.pr; }));
        if (prs > 0)
            text += u' ' + tr("%n PR(s) in this range.", nullptr, prs);
        parts.append(text);
    }
    return parts.join(u' ');
}

QString ProgressCharts::loadSummary() const
{
    const LoadSeries &load = m_series.load;
    QStringList parts{rangeSummary()};
    const auto latest = std::find_if(load.weeks.crbegin(), load.weeks.crend(),
                                     [](const LoadWeek &w) { return w.load > 0.0; });
    if (latest == load.weeks.crend())
        return parts.join(u' ');
    const auto highest =
        std::max_element(load.weeks.cbegin(), load.weeks.cend(),
                         [](const LoadWeek &a, const LoadWeek &b) { return a.load < b.load; });
    parts.append(tr("Latest week with load, of %1: %2 (session RPE × minutes).")
                     .arg(longDate(latest->weekStart), number(latest->load, 0)));
    if (latest->acwr)
        parts.append(tr("ACWR %1 (typical %2–%3; information, not a verdict).")
                         .arg(number(*latest->acwr, 2), number(load.bandLow, 1), number(load.bandHigh, 1)));
    parts.append(tr("Highest week, of %1: %2.").arg(longDate(highest->weekStart), number(highest->load, 0)));
    return parts.join(u' ');
}

QString ProgressCharts::sorenessSummary() const
{
    const SorenessTimeline &t = m_series.soreness;
    QStringList parts{rangeSummary(), tr("%n session(s).", nullptr, static_cast<int>(t.sessions.size())),
                      tr("%n soreness report(s).", nullptr, static_cast<int>(t.bars.size()))};
    if (t.bars.isEmpty())
        return parts.join(u' ');
    const auto latest =
        std::max_element(t.bars.cbegin(), t.bars.cend(),
                         [](const SorenessBar &a, const SorenessBar &b) { return a.from < b.from; });
    // The most serious class is said on its own: it must not hide behind a milder later one.
    const auto worst =
        std::max_element(t.bars.cbegin(), t.bars.cend(), [](const SorenessBar &a, const SorenessBar &b) {
            return a.severity.rank() < b.severity.rank();
        });
    parts.append(tr("Latest: %1, %2, noticed %3%4.")
                     .arg(displayName(latest->region), latest->severity.displayName(),
                          longDate(latest->from.date()), latest->ongoing ? tr(", still there") : QString()));
    if (worst->severity.rank() > latest->severity.rank())
        parts.append(tr("Most serious: %1, %2, noticed %3.")
                         .arg(displayName(worst->region), worst->severity.displayName(),
                              longDate(worst->from.date())));
    return parts.join(u' ');
}

QString ProgressCharts::volumeSummary() const
{
    const VolumeSeries &v = m_series.volume;
    const WeightUnit unit = m_series.athlete.unit;
    QStringList parts{rangeSummary()};
    QList<double> totals(v.weeks.size(), 0.0);
    for (const VolumeLine &line : v.lines) {
        for (qsizetype i = 0; i < v.weeks.size() && i < line.grams.size(); ++i)
            totals[i] += Weight::fromGrams(line.grams[i]).in(unit);
    }
    qsizetype latest = -1;
    qsizetype highest = -1;
    for (qsizetype i = 0; i < totals.size(); ++i) {
        if (totals[i] <= 0.0)
            continue;
        latest = i;
        if (highest < 0 || totals[i] > totals[highest])
            highest = i;
    }
    if (latest < 0)
        return parts.join(u' ');
    parts.append(tr("Latest week with volume, of %1: %2 %3 × reps.")
                     .arg(longDate(v.weeks[latest]), number(totals[latest], 0), unitName()));
    parts.append(tr("Highest week, of %1: %2 %3 × reps.")
                     .arg(longDate(v.weeks[highest]), number(totals[highest], 0), unitName()));
    return parts.join(u' ');
}

} // namespace spotter
