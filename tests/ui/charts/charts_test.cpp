// SPDX-License-Identifier: GPL-3.0-or-later
// The chart layer on its own: what a spec becomes in QtCharts, tooltips and calendar ticks.
#include "charts/labelplacement.h"
#include "charts/progresscharts.h"
#include "charts/qtchartview.h"
#include "charts/timeticks.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace spotter;

namespace {

const QDate kMonday(2026, 3, 2);

double day(int d, int hour = 0)
{
    return timeX(QDateTime(kMonday.addDays(d), QTime(hour, 0)));
}

ChartSpec sampleSpec()
{
    ChartSpec spec;
    spec.title = QStringLiteral("Sample");
    spec.x.min = day(0);
    spec.x.max = day(28);
    spec.y.title = QStringLiteral("kg");
    ChartSeries line;
    line.kind = SeriesKind::Line;
    line.name = QStringLiteral("Squat");
    line.color = Qt::darkMagenta;
    line.points = {{day(1, 18), 100, QStringLiteral("a"), {}},
                   {day(8, 18), 110, QStringLiteral("b"), {}},
                   {day(15, 18), 120, QStringLiteral("c"), {}}};
    ChartSeries marks;
    marks.kind = SeriesKind::Points;
    marks.name = QString(); // kept out of the legend
    marks.color = Qt::red;
    marks.marker = MarkerShape::Triangle;
    marks.points = {{day(15, 18), 120, QStringLiteral("tested"), {}}};
    ChartSeries bars;
    bars.kind = SeriesKind::Rects;
    bars.name = QStringLiteral("Load");
    bars.color = QColor(0, 0, 200, 120);
    bars.secondaryAxis = true;
    bars.rects = {{day(0), day(6), 0, 1, QStringLiteral("week 1")},
                  {day(14), day(20), 0, 2, QStringLiteral("week 3")}};
    ChartSeries empty;
    empty.name = QStringLiteral("Nothing");
    spec.series = {line, marks, bars, empty};
    ChartAxis y2;
    y2.title = QStringLiteral("ratio");
    spec.y2 = y2;
    return spec;
}

} // namespace

TEST(QtChartView, DrawsEachSeriesOfTheSpecOnItsAxes)
{
    QtChartView view;
    view.resize(900, 400);
    view.setSpec(sampleSpec());
    view.show();
    QChart *chart = view.chart();
    EXPECT_EQ(chart->title(), QStringLiteral("Sample"));
    EXPECT_EQ(view.accessibleName(), QStringLiteral("Sample"));
    ASSERT_EQ(chart->series().size(), 3); // the empty series draws nothing
    EXPECT_EQ(view.seriesFor(3), nullptr);
    auto *marks = qobject_cast<QScatterSeries *>(view.seriesFor(1));
    ASSERT_NE(marks, nullptr);
    EXPECT_EQ(marks->markerShape(), QScatterSeries::MarkerShapeTriangle);
    for (QLegendMarker *m : chart->legend()->markers(marks))
        EXPECT_FALSE(m->isVisible());
    auto *bars = qobject_cast<QAreaSeries *>(view.seriesFor(2));
    ASSERT_NE(bars, nullptr);
    EXPECT_EQ(bars->upperSeries()->count(), 8); // four corners per bar
    EXPECT_EQ(chart->axes(Qt::Vertical).size(), 2);
    EXPECT_EQ(bars->attachedAxes().size(), 2);
    EXPECT_EQ(bars->attachedAxes().last()->alignment(), Qt::AlignRight);
    auto *time = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).first());
    ASSERT_NE(time, nullptr);
    EXPECT_DOUBLE_EQ(time->min(), day(0));
    EXPECT_DOUBLE_EQ(time->max(), day(28));
    // Ticks fall on Mondays, inside the range.
    const QStringList labels = time->categoriesLabels();
    ASSERT_FALSE(labels.isEmpty());
    EXPECT_EQ(labels.first(), QLocale().toString(kMonday.addDays(7), QStringLiteral("d MMM")));
}

TEST(QtChartView, TooltipsComeFromTheNearestPointOrTheBarUnderTheMouse)
{
    QtChartView view;
    view.resize(900, 400);
    view.setSpec(sampleSpec());
    view.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.chart()->plotArea().width() > 100; }));
    EXPECT_EQ(view.toolTipAt(0, QPointF(day(8, 20), 110.2)), QStringLiteral("b"));
    EXPECT_EQ(view.toolTipAt(0, QPointF(day(4), 105)), QString()); // between two points, far from both
    EXPECT_EQ(view.toolTipAt(2, QPointF(day(16), 1.5)), QStringLiteral("week 3"));
    EXPECT_EQ(view.toolTipAt(2, QPointF(day(16), 2.5)), QString()); // above the bar
    EXPECT_EQ(view.toolTipAt(9, QPointF(day(16), 1.0)), QString());

    QSignalSpy shown(&view, &ChartView::toolTipShown);
    emit qobject_cast<QAreaSeries *>(view.seriesFor(2))->hovered(QPointF(day(2), 0.5), true);
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown.first().first().toString(), QStringLiteral("week 1"));
}

TEST(QtChartView, AnEmptySpecShowsItsText)
{
    QtChartView view;
    ChartSpec spec;
    spec.emptyText = QStringLiteral("No e1RM in this range.");
    view.setSpec(spec);
    view.show();
    EXPECT_TRUE(view.chart()->series().isEmpty());
    bool shown = false;
    for (QLabel *label : view.findChildren<QLabel *>())
        shown = shown || (label->isVisible() && label->text() == spec.emptyText);
    EXPECT_TRUE(shown);
}

TEST(QtChartView, ExportsEvenBeforeItWasShown)
{
    QTemporaryDir dir;
    QtChartView view;
    view.setSpec(sampleSpec());
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    ASSERT_EQ(view.exportPng(path), std::nullopt);
    const QImage image(path);
    EXPECT_GE(image.width(), view.sizeHint().width());
    EXPECT_GE(image.height(), view.sizeHint().height());
}

TEST(TimeTicks, PickTheFinestCalendarStepThatFits)
{
    const QLocale locale;
    const QDateTime from(QDate(2026, 2, 23), QTime(0, 0));
    // Four weeks: every Monday, both ends included.
    const auto weeks = timeTicks(from, from.addDays(28), 8);
    ASSERT_EQ(weeks.size(), 5);
    EXPECT_EQ(weeks[1].at, QDateTime(QDate(2026, 3, 2), QTime(0, 0)));
    EXPECT_EQ(weeks[1].label, locale.toString(QDate(2026, 3, 2), QStringLiteral("d MMM")));
    // Twelve weeks in four ticks: neither Mondays nor every other Monday fit, months do.
    const auto months = timeTicks(from, from.addDays(84), 4);
    ASSERT_EQ(months.size(), 3);
    EXPECT_EQ(months[0].at.date(), QDate(2026, 3, 1));
    EXPECT_EQ(months[0].label, locale.toString(QDate(2026, 3, 1), QStringLiteral("MMM yyyy")));
    EXPECT_EQ(months[1].label, locale.toString(QDate(2026, 4, 1), QStringLiteral("MMM")));
    // A year in six: every other month, January with its year.
    const auto year = timeTicks(QDateTime(QDate(2025, 3, 24), QTime(0, 0)), from.addDays(28), 6);
    ASSERT_EQ(year.size(), 6);
    EXPECT_EQ(year[0].at.date(), QDate(2025, 5, 1));
    EXPECT_EQ(year[1].label, locale.toString(QDate(2025, 7, 1), QStringLiteral("MMM")));
    EXPECT_EQ(year[4].at.date(), QDate(2026, 1, 1));
    EXPECT_EQ(year[4].label, locale.toString(QDate(2026, 1, 1), QStringLiteral("MMM yyyy")));
    // Almost five years in four: every other year.
    const auto years = timeTicks(QDateTime(QDate(2021, 6, 1), QTime(0, 0)), from, 4);
    ASSERT_EQ(years.size(), 3);
    EXPECT_EQ(years[0].label, QStringLiteral("2022"));
    EXPECT_EQ(years[2].label, QStringLiteral("2026"));
    EXPECT_TRUE(timeTicks(from, from, 5).isEmpty());
}

TEST(ProgressCharts, AFirstSessionHasItsDayOnTheAxis)
{
    // All time with one session, today a Monday: the range is that one day.
    ProgressSeries series;
    series.athlete.unit = WeightUnit::Kg;
    series.from = kMonday;
    series.to = kMonday;
    E1rmLine line;
    line.exerciseId = 1;
    line.name = QStringLiteral("Bench Press");
    E1rmPoint p;
    p.sessionId = 1;
    p.at = QDateTime(kMonday, QTime(18, 0));
    p.e1rm = Weight::fromKg(80);
    line.points = {p};
    series.e1rm = {line};
    const ChartSpec spec = ProgressCharts(series, QDateTime(kMonday, QTime(20, 0))).e1rm();
    QtChartView view;
    view.resize(900, 400);
    view.setSpec(spec);
    view.show();
    const QStringList labels = view.timeLabels();
    EXPECT_GE(labels.size(), 2) << "dates around the session, not a bare axis";
    EXPECT_TRUE(labels.contains(QLocale().toString(kMonday, QStringLiteral("d MMM"))))
        << labels.join(u',').toStdString();
}

TEST(LabelPlacement, LabelsAvoidMarkersAndEachOther)
{
    // Two PRs on the same day and almost the same value, a marker right above the first.
    const QSizeF size(60, 16);
    const QList<LabelRequest> labels{{{100, 100}, size, 9}, {{102, 104}, size, 9}};
    const QList<QRectF> markers{{94, 94, 12, 12}, {96, 98, 12, 12}, {94, 70, 12, 12}};
    const QList<QRectF> boxes = placeLabels(labels, markers, QRectF(0, 0, 400, 300));
    ASSERT_EQ(boxes.size(), 2);
    EXPECT_FALSE(boxes[0].intersects(boxes[1]));
    for (const QRectF &box : boxes) {
        EXPECT_TRUE(QRectF(0, 0, 400, 300).contains(box));
        for (const QRectF &m : markers)
            EXPECT_FALSE(box.intersects(m)) << box.x() << "," << box.y();
    }
    // At the plot's top edge a label goes beside or below its point, never off the chart.
    const QList<QRectF> top = placeLabels({{{200, 4}, size, 9}}, {}, QRectF(0, 0, 400, 300));
    EXPECT_TRUE(QRectF(0, 0, 400, 300).contains(top.first()));
}

TEST(QtChartView, PrLabelsCoverNoMarkerAndNoOtherLabel)
{
    // Two lifts with a PR on the same evening at nearly the same e1RM, each labelled.
    ChartSpec spec = sampleSpec();
    spec.series.clear();
    ChartSeries squat;
    squat.kind = SeriesKind::Line;
    squat.name = QStringLiteral("Squat");
    squat.color = Qt::darkMagenta;
    squat.pointsVisible = true;
    squat.points = {{day(1, 18), 100, {}, {}}, {day(8, 18), 104, {}, {}}, {day(15, 18), 110, {}, {}}};
    ChartSeries bench = squat;
    bench.name = QStringLiteral("Bench");
    bench.points = {{day(1, 18), 98, {}, {}}, {day(8, 18), 103, {}, {}}, {day(15, 18), 109, {}, {}}};
    ChartSeries prs;
    prs.kind = SeriesKind::Points;
    prs.name = QStringLiteral("PR");
    prs.color = Qt::darkYellow;
    prs.marker = MarkerShape::Star;
    prs.markerSize = 13;
    prs.points = {{day(15, 18), 110, {}, QStringLiteral("PR 110")},
                  {day(15, 18), 109, {}, QStringLiteral("PR 109")}};
    spec.series = {squat, bench, prs};
    spec.y2.reset();
    QtChartView view;
    view.resize(700, 360);
    view.setSpec(spec);
    view.show();
    QCoreApplication::processEvents(); // the plot area is laid out
    const QList<QRectF> labels = view.labelRects();
    ASSERT_EQ(labels.size(), 2);
    EXPECT_FALSE(labels[0].intersects(labels[1]));
    for (const QRectF &label : labels) {
        for (const QRectF &marker : view.markerRects())
            EXPECT_FALSE(label.intersects(marker));
    }
}
