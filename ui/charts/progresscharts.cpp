// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/progresscharts.h"

#include "shell/theme.h"
#include "widgets/badges.h"

#include <QLocale>

#include <array>
#include <cmath>

namespace spotter {

namespace {

constexpr double kDayMs = 86'400'000.0;
// Lines with more points than this (years of sessions) drop their markers, which would merge
// into a thick band; hovering the line still shows each point.
constexpr qsizetype kMaxMarkedPoints = 60;

// Lift colours keep clear of the class colours (blue training, amber hard, red testing) so
// that a marker's class is never mistaken for a lift.
constexpr std::array<QRgb, 8> kLiftColors{0x6a3d9a, 0x00838f, 0x2e7d32, 0x3949ab,
                                          0x795548, 0x9e9d24, 0x546e7a, 0x8e24aa};

/// @p c for the theme: lighter on a dark chart, and 7:1 on the chart in high contrast.
QColor themed(QColor c, int darkFactor = 160)
{
    return Theme::legible(Theme::isDark() ? c.lighter(darkFactor) : c, QPalette::Base);
}

/// A shade behind the data (a band, a day): translucent in every theme.
QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

/// The fill of a data bar: translucent, so the grid shows through, except in high contrast,
/// where it is the solid colour that reads 7:1.
QColor barFill(const QColor &c, int alpha)
{
    return Theme::isHighContrast() ? c : withAlpha(c, alpha);
}

/// A whole sentence per class: a badge's word, lower-cased inside another sentence, is wrong in
/// German (nouns) and cannot agree with the words around it.
QString afterSessionText(IntensityClass cls)
{
    switch (cls) {
    case IntensityClass::Training: return ProgressCharts::tr("After a training session");
    case IntensityClass::Hard: return ProgressCharts::tr("After a hard session");
    case IntensityClass::Testing: return ProgressCharts::tr("After a testing session");
    }
    return {};
}

ChartSeries series(SeriesKind kind, const QString &name, const QColor &color)
{
    ChartSeries s;
    s.kind = kind;
    s.name = name;
    s.color = color;
    return s;
}

double dayStartX(QDate day)
{
    return timeX(QDateTime(day, QTime(0, 0)));
}

QString longDate(const QDate &d)
{
    return QLocale().toString(d, QStringLiteral("ddd d MMM yyyy"));
}

QString dateTimeText(const QDateTime &t)
{
    return QLocale().toString(t, QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

ProgressCharts::ProgressCharts(const ProgressSeries &series, const QDateTime &now)
    : m_series(series), m_now(now)
{
    for (const E1rmLine &line : series.e1rm)
        m_colorIndex.insert(line.exerciseId, static_cast<int>(m_colorIndex.size()));
    for (const VolumeLine &line : series.volume.lines) {
        if (line.exerciseId != 0 && !m_colorIndex.contains(line.exerciseId))
            m_colorIndex.insert(line.exerciseId, static_cast<int>(m_colorIndex.size()));
    }
}

QColor ProgressCharts::colorOf(qint64 exerciseId) const
{
    if (!m_colorIndex.contains(exerciseId))
        return themed(QColor(0x78, 0x78, 0x78), 170);
    const auto i = static_cast<std::size_t>(m_colorIndex.value(exerciseId)) % kLiftColors.size();
    return themed(QColor::fromRgb(kLiftColors[i]));
}

ChartAxis ProgressCharts::timeAxis() const
{
    ChartAxis a;
    a.kind = AxisKind::Time;
    a.min = dayStartX(m_series.from);
    // At least a whole week, so that a first session (All time starts on its Monday) has days
    // to label around it rather than an axis one day wide and no date on it.
    a.max = dayStartX(std::max(m_series.to.addDays(1), m_series.from.addDays(7)));
    return a;
}

QString ProgressCharts::unitName() const
{
    return displayName(m_series.athlete.unit);
}

QString ProgressCharts::exerciseName(qint64 id) const
{
    return m_series.exercises.value(id).name;
}

ChartSpec ProgressCharts::e1rm() const
{
    ChartSpec spec;
    spec.title = tr("Estimated 1RM per main lift");
    spec.x = timeAxis();
    spec.y.title = tr("e1RM (%1)").arg(unitName());
    spec.y.includeZero = false;
    spec.y.format = QStringLiteral("%.0f");
    spec.emptyText =
        tr("No e1RM in this range. It comes from main-lift sets (squat, bench press, deadlift, …) of "
           "up to 10 reps, rated RPE 6 or more when rated.");
    const WeightUnit unit = m_series.athlete.unit;
    const Badge testing = badgeFor(IntensityClass::Testing);
    const QColor gold =
        Theme::legible(Theme::isDark() ? QColor(0xff, 0xd5, 0x4f) : QColor(0xb8, 0x86, 0x0b), QPalette::Base);

    ChartSeries tests = series(SeriesKind::Points, tr("Testing (max effort)"), testing.color);
    // Hollow and drawn last: a test is often a PR too, and both marks must show.
    tests.marker = MarkerShape::Triangle;
    tests.markerSize = 20.0;
    tests.hollow = true;
    ChartSeries prs = series(SeriesKind::Points, tr("PR (new best e1RM)"), gold);
    prs.marker = MarkerShape::Star;
    prs.markerSize = 13.0;
    // A PR from reps alone is an estimate (Epley reads the set as taken to failure): its own
    // hollow star and legend entry, so that it is never read as a measured best.
    ChartSeries estimatedPrs = series(SeriesKind::Points, tr("PR estimated from reps alone (no RPE)"), gold);
    estimatedPrs.marker = MarkerShape::Star;
    estimatedPrs.markerSize = 13.0;
    estimatedPrs.hollow = true;

    for (const E1rmLine &line : m_series.e1rm) {
        ChartSeries s = series(SeriesKind::Line, line.name, colorOf(line.exerciseId));
        s.pointsVisible = line.points.size() <= kMaxMarkedPoints;
        s.markerSize = 6.0;
        ChartSeries *latestPrSeries = nullptr;
        for (const E1rmPoint &p : line.points) {
            QStringList tip{
                line.name, dateTimeText(p.at),
                p.fromRepsAlone
                    ? tr("e1RM %1, estimated from reps alone (no RPE or RIR)").arg(p.e1rm.format(unit, 1))
                    : tr("e1RM %1").arg(p.e1rm.format(unit, 1))};
            if (p.testing)
                tip.append(tr("Testing: a max effort on this lift"));
            if (p.pr)
                tip.append(p.fromRepsAlone ? tr("PR: best e1RM so far, an estimate from reps alone")
                                           : tr("PR: best e1RM so far"));
            const ChartPoint point{timeX(p.at), p.e1rm.in(unit), tip.join(u'\n'), {}};
            s.points.append(point);
            if (p.testing)
                tests.points.append(point);
            if (p.pr) {
                latestPrSeries = p.fromRepsAlone ? &estimatedPrs : &prs;
                latestPrSeries->points.append(point);
            }
        }
        spec.series.append(s);
        // Only a recent PR gets its value written: older ones would pile up on the left.
        if (latestPrSeries
            && latestPrSeries->points.last().x >= *spec.x.max - (*spec.x.max - *spec.x.min) / 4.0) {
            ChartPoint &latest = latestPrSeries->points.last();
            // Rounded to what a plate loader can read; "≈" for an estimate from reps alone.
            const double rounded = std::round(latest.y * 2.0) / 2.0;
            const QString value = number(rounded, rounded == std::floor(rounded) ? 0 : 1);
            latest.label = latestPrSeries == &estimatedPrs ? tr("PR ≈%1").arg(value) : tr("PR %1").arg(value);
        }
    }
    spec.series.append(prs);
    spec.series.append(estimatedPrs);
    spec.series.append(tests);
    if (m_series.e1rm.isEmpty())
        spec.series.clear();
    spec.summary = e1rmSummary();
    return spec;
}

ChartSpec ProgressCharts::load() const
{
    ChartSpec spec;
    spec.title = tr("Weekly load and ACWR");
    spec.x = timeAxis();
    spec.y.title = tr("Load (RPE × min)");
    spec.y.format = QStringLiteral("%.0f");
    spec.emptyText =
        tr("No session load in this range. Load is session RPE × minutes: give your sessions both "
           "to see it.");
    spec.summary = loadSummary();
    const LoadSeries &load = m_series.load;
    if (!load.hasLoad())
        return spec;

    double maxAcwr = 0.0;
    for (const LoadWeek &w : load.weeks)
        maxAcwr = std::max(maxAcwr, w.acwr.value_or(0.0));
    ChartAxis y2;
    y2.title = tr("ACWR");
    y2.min = 0.0;
    y2.max = std::max(2.0, std::ceil((maxAcwr + 0.2) * 2.0) / 2.0);
    y2.format = QStringLiteral("%.1f");
    spec.y2 = y2;

    ChartSeries band = series(SeriesKind::Rects,
                              tr("Typical ACWR %1–%2").arg(number(load.bandLow, 1), number(load.bandHigh, 1)),
                              withAlpha(themed(QColor(0x2e, 0x7d, 0x32)), Theme::isDark() ? 60 : 38));
    band.secondaryAxis = true;
    band.rects.append({*spec.x.min, *spec.x.max, load.bandLow, load.bandHigh,
                       tr("ACWR between %1 and %2 is often called typical. It is information about how this "
                          "week compares with recent weeks, not a verdict or an injury risk.")
                           .arg(number(load.bandLow, 1), number(load.bandHigh, 1))});

    ChartSeries bars =
        series(SeriesKind::Rects, tr("Weekly load"), barFill(themed(QColor(0x60, 0x7d, 0x8b), 150), 150));
    QList<ChartSeries> acwrLines;
    const QColor acwrColor = themed(QColor(0x28, 0x35, 0x93), 190);
    for (const LoadWeek &w : load.weeks) {
        QStringList tip{tr("Week of %1").arg(longDate(w.weekStart)),
                        tr("Load %1 (session RPE × minutes)").arg(number(w.load, 0))};
        if (w.changePct)
            tip.append(tr("%1% on the week before").arg(number(*w.changePct, 0)));
        if (w.monotony)
            tip.append(tr("Monotony %1").arg(number(*w.monotony, 2)));
        if (w.acwr)
            tip.append(tr("ACWR %1 (typical %2–%3; information, not a verdict)")
                           .arg(number(*w.acwr, 2), number(load.bandLow, 1), number(load.bandHigh, 1)));
        else
            tip.append(tr("ACWR is shown after 28 days of logged load"));
        const QString text = tip.join(u'\n');
        const double start = dayStartX(w.weekStart);
        if (w.load > 0.0)
            bars.rects.append({start + 0.6 * kDayMs, start + 6.4 * kDayMs, 0.0, w.load, text});
        if (!w.acwr) {
            if (!acwrLines.isEmpty() && !acwrLines.last().points.isEmpty())
                acwrLines.append(ChartSeries());
            continue;
        }
        if (acwrLines.isEmpty())
            acwrLines.append(ChartSeries());
        acwrLines.last().points.append({start + 3.5 * kDayMs, *w.acwr, text, {}});
    }
    // The band goes over the bars, translucent, so that it stays visible where they are tall.
    spec.series.append(bars);
    spec.series.append(band);
    for (qsizetype i = 0; i < acwrLines.size(); ++i) {
        ChartSeries &line = acwrLines[i];
        line.kind = SeriesKind::Line;
        line.name = i == 0 ? tr("ACWR") : QString();
        line.color = acwrColor;
        line.secondaryAxis = true;
        line.pointsVisible = line.points.size() <= kMaxMarkedPoints;
        line.markerSize = 6.0;
        spec.series.append(line);
    }
    return spec;
}

ChartSpec ProgressCharts::soreness() const
{
    const SorenessTimeline &t = m_series.soreness;
    ChartSpec spec;
    spec.title = tr("Soreness over sessions");
    spec.x = timeAxis();
    spec.y.kind = AxisKind::Lanes;
    spec.y.lanes.append(tr("Sessions"));
    for (Region r : t.lanes)
        spec.y.lanes.append(displayName(r));
    spec.emptyText = tr("No sessions or soreness reports in this range.");
    spec.summary = sorenessSummary();
    if (t.sessions.isEmpty() && t.bars.isEmpty())
        return spec;
    const double top = static_cast<double>(spec.y.lanes.size()) - 0.5;

    // Testing days shaded through every lane: soreness right after one stands out.
    ChartSeries testingDays = series(
        SeriesKind::Rects, {}, withAlpha(badgeFor(IntensityClass::Testing).color, Theme::isDark() ? 70 : 45));
    std::array<ChartSeries, 3> marks;
    for (IntensityClass cls : {IntensityClass::Training, IntensityClass::Hard, IntensityClass::Testing}) {
        const Badge b = badgeFor(cls);
        ChartSeries &s = marks[static_cast<std::size_t>(cls)];
        s.kind = SeriesKind::Points;
        s.name = tr("%1 session").arg(b.text);
        s.color = b.color;
        s.marker = cls == IntensityClass::Testing ? MarkerShape::Triangle
                   : cls == IntensityClass::Hard  ? MarkerShape::Diamond
                                                  : MarkerShape::Circle;
        s.markerSize = cls == IntensityClass::Training ? 8.0 : 11.0;
    }
    for (const SessionMark &m : t.sessions) {
        QStringList tip{tr("%1 session").arg(badgeFor(m.cls).text), dateTimeText(m.at)};
        QStringList tested;
        for (qint64 id : m.testedLifts)
            tested.append(exerciseName(id));
        if (!tested.isEmpty())
            tip.append(tr("Tested: %1").arg(tested.join(QStringLiteral(", "))));
        const QString text = tip.join(u'\n');
        marks[static_cast<std::size_t>(m.cls)].points.append({timeX(m.at), 0.0, text, {}});
        if (m.cls == IntensityClass::Testing) {
            const double day = dayStartX(m.at.date());
            testingDays.rects.append({day, day + kDayMs, -0.5, top, text});
        }
    }
    spec.series.append(testingDays);

    // At a year's scale a few hours are invisible: every bar is at least this wide.
    const double minWidth = std::max(kDayMs / 4.0, (*spec.x.max - *spec.x.min) / 150.0);
    std::array<ChartSeries, 5> bars;
    for (SorenessClass cls : {SorenessClass::Fatigue, SorenessClass::Doms, SorenessClass::Watch,
                              SorenessClass::Warning, SorenessClass::SeeDoctor}) {
        const Badge b = badgeFor(Severity{cls, std::nullopt});
        ChartSeries &s = bars[static_cast<std::size_t>(cls)];
        s.kind = SeriesKind::Rects;
        s.name = displayName(cls);
        s.color = b.color;
    }
    for (const SorenessBar &bar : t.bars) {
        const double lane = static_cast<double>(bar.lane + 1);
        const double height = 0.7 / bar.rows;
        const double y1 = lane - 0.35 + height * bar.row;
        const double x1 = timeX(bar.from);
        const double x2 = std::max(timeX(bar.to), x1 + minWidth);
        QStringList tip{
            tr("%1: %2").arg(displayName(bar.region), bar.severity.displayName()),
            tr("Noticed %1").arg(dateTimeText(bar.from)),
            bar.ongoing ? tr("Still there (%1 days so far)").arg(number(bar.from.secsTo(bar.to) / 86400.0, 1))
                        : tr("Gone %1 (%2 days)")
                              .arg(dateTimeText(bar.to), number(bar.from.secsTo(bar.to) / 86400.0, 1)),
            tr("Intensity %1/10").arg(bar.intensity)};
        if (bar.afterClass)
            tip.append(afterSessionText(*bar.afterClass));
        bars[static_cast<std::size_t>(bar.severity.cls)].rects.append(
            {x1, x2, y1, y1 + height * 0.88, tip.join(u'\n')});
    }
    for (const ChartSeries &s : bars)
        spec.series.append(s);
    for (const ChartSeries &s : marks)
        spec.series.append(s);
    return spec;
}

ChartSpec ProgressCharts::volume() const
{
    ChartSpec spec;
    spec.title = tr("Weekly volume per exercise");
    spec.x = timeAxis();
    const WeightUnit unit = m_series.athlete.unit;
    spec.y.title = tr("Volume (%1 × reps)").arg(unitName());
    spec.y.format = QStringLiteral("%.0f");
    spec.emptyText = tr("No working sets with a load in this range.");
    spec.summary = volumeSummary();
    const VolumeSeries &v = m_series.volume;
    QList<double> base(v.weeks.size(), 0.0);
    for (const VolumeLine &line : v.lines) {
        const QString name = line.exerciseId == 0 ? tr("Other exercises") : line.name;
        ChartSeries s = series(SeriesKind::Rects, name, barFill(colorOf(line.exerciseId), 215));
        for (qsizetype i = 0; i < v.weeks.size(); ++i) {
            const double value = Weight::fromGrams(line.grams[i]).in(unit);
            if (value <= 0.0)
                continue;
            const double start = dayStartX(v.weeks[i]);
            const QString sets = tr("%n working set(s)", nullptr, line.sets[i]);
            const QString tip = tr("%1, week of %2\n%3 %4 × reps in %5")
                                    .arg(name, longDate(v.weeks[i]), number(value, 0), unitName(), sets);
            s.rects.append({start + 0.6 * kDayMs, start + 6.4 * kDayMs, base[i], base[i] + value, tip});
            base[i] += value;
        }
        spec.series.append(s);
    }
    return spec;
}

} // namespace spotter
