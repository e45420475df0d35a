// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartview.h"

#include <QList>
#include <QPointF>

class QAbstractSeries;
class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace spotter {

/// ChartView drawn with QtCharts. Rectangles become one QAreaSeries per ChartSeries (bars
/// traced as a step outline over a flat lower line), so thousands of bars stay one item; the
/// time axis is a QCategoryAxis with its ticks on calendar boundaries (timeTicks()).
class QtChartView final : public ChartView
{
    Q_OBJECT

public:
    explicit QtChartView(QWidget *parent = nullptr);

    void setSpec(const ChartSpec &spec) override;
    [[nodiscard]] const ChartSpec &spec() const override { return m_spec; }

    /// What was drawn, for tests.
    [[nodiscard]] QChart *chart() const { return m_chart; }
    /// The QtCharts series drawn for spec series @p index (null for an empty one).
    [[nodiscard]] QAbstractSeries *seriesFor(qsizetype index) const { return m_series.value(index); }
    /// The tooltip for a hover at @p value (data coordinates) over spec series @p index: the
    /// nearest point of a line or marker series, the rectangle under it for rectangles.
    [[nodiscard]] QString toolTipAt(qsizetype index, QPointF value) const;
    /// The boxes of the points' labels and of every marker drawn, in chart coordinates, for tests.
    [[nodiscard]] QList<QRectF> labelRects() const;
    [[nodiscard]] QList<QRectF> markerRects() const;
    /// The time axis' labels as drawn now, for tests.
    [[nodiscard]] QStringList timeLabels() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();
    void updateTimeTicks();
    void placePointLabels();
    [[nodiscard]] int tickBudget() const;
    void hover(qsizetype index, QPointF value, bool state);

    ChartSpec m_spec;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QChart *m_chart;
    QLabel *m_empty;
    QList<QAbstractSeries *> m_series; ///< parallel to m_spec.series
    QCategoryAxis *m_timeAxis = nullptr;
    QList<QGraphicsSimpleTextItem *> m_labels; ///< one per ChartPoint::label, in series order
    int m_ticks = 0;
};

} // namespace spotter
