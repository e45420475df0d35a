// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/qtchartview.h"

#include "charts/labelplacement.h"
#include "charts/timeticks.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace spotter {

namespace {

// Hovering further than this from every point shows nothing.
constexpr double kHoverRadiusPx = 14.0;
// Rough width of a date label, for how many ticks fit.
constexpr int kTickSpacingPx = 84;

QScatterSeries::MarkerShape qtShape(MarkerShape shape)
{
    switch (shape) {
    case MarkerShape::Circle: return QScatterSeries::MarkerShapeCircle;
    case MarkerShape::Square: return QScatterSeries::MarkerShapeRectangle;
    case MarkerShape::Diamond: return QScatterSeries::MarkerShapeRotatedRectangle;
    case MarkerShape::Triangle: return QScatterSeries::MarkerShapeTriangle;
    case MarkerShape::Star: return QScatterSeries::MarkerShapeStar;
    }
    return QScatterSeries::MarkerShapeCircle;
}

struct Extent
{
    double min = std::numeric_limits<double>::max();
    double max = std::numeric_limits<double>::lowest();
    void add(double v)
    {
        min = std::min(min, v);
        max = std::max(max, v);
    }
    [[nodiscard]] bool isValid() const { return min <= max; }
};

Extent xExtent(const ChartSpec &spec)
{
    Extent e;
    for (const ChartSeries &s : spec.series) {
        for (const ChartPoint &p : s.points)
            e.add(p.x);
        for (const ChartRect &r : s.rects) {
            e.add(r.x1);
            e.add(r.x2);
        }
    }
    return e;
}

Extent yExtent(const ChartSpec &spec, bool secondary)
{
    Extent e;
    for (const ChartSeries &s : spec.series) {
        if (s.secondaryAxis != secondary)
            continue;
        for (const ChartPoint &p : s.points)
            e.add(p.y);
        for (const ChartRect &r : s.rects) {
            e.add(r.y1);
            e.add(r.y2);
        }
    }
    return e;
}

QAbstractAxis *makeYAxis(const ChartAxis &spec, const Extent &data)
{
    if (spec.kind == AxisKind::Lanes) {
        auto *axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        axis->setStartValue(-0.5);
        for (qsizetype i = 0; i < spec.lanes.size(); ++i)
            axis->append(spec.lanes[i], static_cast<double>(i) + 0.5);
        axis->setRange(-0.5, std::max<double>(0.5, static_cast<double>(spec.lanes.size()) - 0.5));
        axis->setTitleText(spec.title);
        return axis;
    }
    auto *axis = new QValueAxis;
    double lo = spec.min.value_or(data.isValid() ? data.min : 0.0);
    double hi = spec.max.value_or(data.isValid() ? data.max : 1.0);
    if (!spec.min && spec.includeZero)
        lo = std::min(0.0, lo);
    if (!spec.min && !spec.includeZero)
        lo -= (hi - lo) * 0.08;
    if (!spec.max)
        hi += (hi - lo) * 0.08;
    if (hi <= lo)
        hi = lo + 1.0;
    axis->setRange(lo, hi);
    axis->setTickCount(5);
    if (!spec.min && !spec.max)
        axis->applyNiceNumbers();
    if (!spec.format.isEmpty())
        axis->setLabelFormat(spec.format);
    axis->setTitleText(spec.title);
    return axis;
}

QAbstractSeries *makeSeries(const ChartSeries &s)
{
    switch (s.kind) {
    case SeriesKind::Line: {
        auto *line = new QLineSeries;
        for (const ChartPoint &p : s.points)
            line->append(p.x, p.y);
        QPen pen(s.color, s.lineWidth, s.penStyle);
        pen.setCapStyle(Qt::RoundCap);
        line->setPen(pen);
        line->setPointsVisible(s.pointsVisible);
        line->setMarkerSize(s.markerSize);
        return line;
    }
    case SeriesKind::Points: {
        auto *points = new QScatterSeries;
        for (const ChartPoint &p : s.points)
            points->append(p.x, p.y);
        points->setMarkerShape(qtShape(s.marker));
        points->setMarkerSize(s.markerSize);
        if (s.hollow) {
            points->setBrush(Qt::NoBrush);
            points->setPen(QPen(s.color, 2.5));
        } else {
            points->setColor(s.color);
        }
        return points;
    }
    case SeriesKind::Rects: {
        // Each rectangle is traced up, across and down on the upper line while the lower line
        // stays at its base; the segments joining two rectangles are the same on both lines and
        // enclose nothing.
        QList<ChartRect> rects = s.rects;
        std::stable_sort(rects.begin(), rects.end(),
                         [](const ChartRect &a, const ChartRect &b) { return a.x1 < b.x1; });
        auto *area = new QAreaSeries;
        auto *upper = new QLineSeries(area);
        auto *lower = new QLineSeries(area);
        for (const ChartRect &r : rects) {
            upper->append(
                {QPointF(r.x1, r.y1), QPointF(r.x1, r.y2), QPointF(r.x2, r.y2), QPointF(r.x2, r.y1)});
            lower->append(
                {QPointF(r.x1, r.y1), QPointF(r.x1, r.y1), QPointF(r.x2, r.y1), QPointF(r.x2, r.y1)});
        }
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setBrush(s.color);
        area->setPen(Qt::NoPen);
        return area;
    }
    }
    return nullptr;
}

} // namespace

QtChartView::QtChartView(QWidget *parent)
    : ChartView(parent)
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(this))
    , m_chart(new QChart)
    , m_empty(new QLabel(this))
{
    // Room on the right for a label on the last point (a PR is often the latest).
    m_chart->setMargins(QMargins(4, 4, 24, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // Labels are placed in pixels: again whenever the plot moves or is resized.
    connect(m_chart, &QChart::plotAreaChanged, this, &QtChartView::placePointLabels);
    // QChartView starts with a chart of its own and only lets go of it on setChart().
    QChart *const placeholder = m_view->chart();
    m_view->setChart(m_chart);
    delete placeholder;

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(12);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    applyPalette();
}

void QtChartView::setSpec(const ChartSpec &spec)
{
    m_spec = spec;
    rebuild();
}

void QtChartView::rebuild()
{
    QToolTip::hideText();
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_series.clear();
    m_timeAxis = nullptr;
    qDeleteAll(m_labels);
    m_labels.clear();
    setAccessibleName(m_spec.title);
    // A screen reader cannot see the lines: the description says what they show.
    setAccessibleDescription(m_spec.isEmpty() ? m_spec.emptyText : m_spec.summary);
    m_chart->setTitle(m_spec.title);
    m_empty->setText(m_spec.emptyText);
    if (m_spec.isEmpty()) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_view);

    QAbstractAxis *x = nullptr;
    const Extent xs = xExtent(m_spec);
    if (m_spec.x.kind == AxisKind::Time) {
        m_timeAxis = new QCategoryAxis;
        m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const double lo = m_spec.x.min.value_or(xs.min);
        const double hi = std::max(m_spec.x.max.value_or(xs.max), lo + 1.0);
        m_timeAxis->setRange(lo, hi);
        m_timeAxis->setTitleText(m_spec.x.title);
        x = m_timeAxis;
    } else {
        x = makeYAxis(m_spec.x, xs);
    }
    m_chart->addAxis(x, Qt::AlignBottom);
    QAbstractAxis *y = makeYAxis(m_spec.y, yExtent(m_spec, false));
    m_chart->addAxis(y, Qt::AlignLeft);
    QAbstractAxis *y2 = nullptr;
    if (m_spec.y2) {
        y2 = makeYAxis(*m_spec.y2, yExtent(m_spec, true));
        m_chart->addAxis(y2, Qt::AlignRight);
    }

    for (qsizetype i = 0; i < m_spec.series.size(); ++i) {
        const ChartSeries &s = m_spec.series[i];
        if (s.isEmpty()) {
            m_series.append(nullptr);
            continue;
        }
        QAbstractSeries *series = makeSeries(s);
        series->setName(s.name);
        m_chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(s.secondaryAxis && y2 ? y2 : y);
        const auto onHover = [this, i](const QPointF &point, bool state) { hover(i, point, state); };
        if (auto *xy = qobject_cast<QXYSeries *>(series))
            connect(xy, &QXYSeries::hovered, this, onHover);
        else if (auto *area = qobject_cast<QAreaSeries *>(series))
            connect(area, &QAreaSeries::hovered, this, onHover);
        for (QLegendMarker *marker : m_chart->legend()->markers(series)) {
            marker->setVisible(!s.name.isEmpty());
            if (s.hollow) // an empty box in the legend would say nothing
                marker->setBrush(s.color);
        }
        m_series.append(series);
    }
    // A long legend wraps into elided names at the bottom; a column on the right has room.
    int entries = 0;
    for (const ChartSeries &s : std::as_const(m_spec.series))
        entries += !s.isEmpty() && !s.name.isEmpty() ? 1 : 0;
    m_chart->legend()->setAlignment(entries > 6 ? Qt::AlignRight : Qt::AlignBottom);
    m_ticks = 0;

    for (const ChartSeries &s : std::as_const(m_spec.series)) {
        if (s.kind != SeriesKind::Points)
            continue;
        for (const ChartPoint &p : s.points) {
            if (!p.label.isEmpty()) {
                auto *label = new QGraphicsSimpleTextItem(p.label, m_chart);
                label->setZValue(100); // over the series
                m_labels.append(label);
            }
        }
    }
    applyPalette();
    updateTimeTicks();
    placePointLabels();
}

QList<QRectF> QtChartView::markerRects() const
{
    QList<QRectF> out;
    for (qsizetype i = 0; i < m_spec.series.size(); ++i) {
        const ChartSeries &s = m_spec.series[i];
        const bool marked = s.kind == SeriesKind::Points || (s.kind == SeriesKind::Line && s.pointsVisible);
        if (!marked || !m_series.value(i))
            continue;
        for (const ChartPoint &p : s.points) {
            const QPointF at = m_chart->mapToPosition(QPointF(p.x, p.y), m_series[i]);
            out.append(
                QRectF(at.x() - s.markerSize / 2, at.y() - s.markerSize / 2, s.markerSize, s.markerSize));
        }
    }
    return out;
}

QList<QRectF> QtChartView::labelRects() const
{
    QList<QRectF> out;
    for (const QGraphicsSimpleTextItem *label : m_labels)
        out.append(QRectF(label->pos(), label->boundingRect().size()));
    return out;
}

QStringList QtChartView::timeLabels() const
{
    return m_timeAxis ? m_timeAxis->categoriesLabels() : QStringList();
}

void QtChartView::placePointLabels()
{
    if (m_labels.isEmpty())
        return;
    QList<LabelRequest> requests;
    for (qsizetype i = 0, n = 0; i < m_spec.series.size(); ++i) {
        const ChartSeries &s = m_spec.series[i];
        if (s.kind != SeriesKind::Points)
            continue;
        for (const ChartPoint &p : s.points) {
            if (p.label.isEmpty())
                continue;
            const QPointF at = m_chart->mapToPosition(QPointF(p.x, p.y), m_series[i]);
            requests.append({at, m_labels[n++]->boundingRect().size(), s.markerSize / 2 + 3.0});
        }
    }
    // A label may reach a little into the margin above the plot, never into the axes' labels or
    // the legend beside it.
    const QRectF bounds = m_chart->plotArea().adjusted(0, -8, 0, 0);
    const QList<QRectF> boxes = placeLabels(requests, markerRects(), bounds);
    for (qsizetype i = 0; i < boxes.size(); ++i)
        m_labels[i]->setPos(boxes[i].topLeft());
}

int QtChartView::tickBudget() const
{
    // From the widget's width rather than the plot area, which QtCharts lays out later.
    const int plot = width() - (m_spec.y2 ? 170 : 110);
    return std::max(2, plot / kTickSpacingPx);
}

void QtChartView::updateTimeTicks()
{
    if (!m_timeAxis)
        return;
    const int budget = tickBudget();
    if (budget == m_ticks)
        return;
    m_ticks = budget;
    for (const QString &label : m_timeAxis->categoriesLabels())
        m_timeAxis->remove(label);
    const double lo = m_timeAxis->min();
    const double hi = m_timeAxis->max();
    m_timeAxis->setStartValue(lo);
    const auto ticks = timeTicks(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(lo)),
                                 QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(hi)), budget);
    for (const TimeTick &t : ticks) {
        const double at = timeX(t.at);
        if (at > lo && at < hi)
            m_timeAxis->append(t.label, at);
    }
    m_timeAxis->setRange(lo, hi);
}

void QtChartView::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(40);
    QColor line = text;
    line.setAlpha(110);
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setTitleBrush(text);
    QFont title = font();
    title.setBold(true);
    m_chart->setTitleFont(title);
    m_chart->legend()->setLabelColor(text);
    m_chart->legend()->setFont(font());
    m_empty->setPalette(pal);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(font());
        axis->setTitleBrush(text);
        axis->setTitleFont(font());
        axis->setGridLineColor(grid);
        axis->setLinePenColor(line);
        axis->setShadesVisible(false);
    }
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        if (auto *points = qobject_cast<QScatterSeries *>(m_series[i])) {
            // A ring of the background colour sets filled markers off the lines under them.
            if (!m_spec.series[i].hollow)
                points->setBorderColor(pal.color(QPalette::Base));
        }
    }
    QFont bold = font();
    bold.setBold(true);
    for (QGraphicsSimpleTextItem *label : std::as_const(m_labels)) {
        label->setBrush(text);
        label->setFont(bold);
    }
    placePointLabels();
}

QString QtChartView::toolTipAt(qsizetype index, QPointF value) const
{
    if (index < 0 || index >= m_spec.series.size() || !m_series.value(index))
        return {};
    const ChartSeries &s = m_spec.series[index];
    QAbstractSeries *series = m_series[index];
    if (s.kind == SeriesKind::Rects) {
        for (const ChartRect &r : s.rects) {
            if (r.contains(value.x(), value.y()))
                return r.toolTip;
        }
        // A hover on the edge of a thin bar lands just outside it: take the nearest in x.
        const ChartRect *nearest = nullptr;
        double best = std::numeric_limits<double>::max();
        for (const ChartRect &r : s.rects) {
            if (value.y() < std::min(r.y1, r.y2) || value.y() > std::max(r.y1, r.y2))
                continue;
            const double d = std::min(std::abs(value.x() - r.x1), std::abs(value.x() - r.x2));
            if (d < best) {
                best = d;
                nearest = &r;
            }
        }
        const QPointF a = m_chart->mapToPosition(QPointF(0.0, value.y()), series);
        const QPointF b = m_chart->mapToPosition(QPointF(best, value.y()), series);
        return nearest && std::abs(b.x() - a.x()) <= kHoverRadiusPx ? nearest->toolTip : QString();
    }
    const QPointF at = m_chart->mapToPosition(value, series);
    const ChartPoint *nearest = nullptr;
    double best = kHoverRadiusPx * kHoverRadiusPx;
    for (const ChartPoint &p : s.points) {
        const QPointF d = m_chart->mapToPosition(QPointF(p.x, p.y), series) - at;
        const double dist = d.x() * d.x() + d.y() * d.y();
        if (dist <= best) {
            best = dist;
            nearest = &p;
        }
    }
    return nearest ? nearest->toolTip : QString();
}

void QtChartView::hover(qsizetype index, QPointF value, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const QString text = toolTipAt(index, value);
    if (text.isEmpty())
        return;
    QToolTip::showText(QCursor::pos(), text, m_view);
    emit toolTipShown(text);
}

void QtChartView::resizeEvent(QResizeEvent *event)
{
    ChartView::resizeEvent(event);
    updateTimeTicks();
}

void QtChartView::changeEvent(QEvent *event)
{
    ChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

} // namespace spotter
