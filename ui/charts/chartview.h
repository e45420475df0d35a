// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartspec.h"

#include <QWidget>

#include <optional>

namespace spotter {

/// A widget that draws a ChartSpec, with hover tooltips and PNG export. The pages talk only to
/// this interface; createChartView() picks the implementation (QtCharts today), so moving to
/// Qt Graphs later touches no page.
class ChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr) : QWidget(parent) {}

    /// Draws @p spec, replacing whatever was drawn.
    virtual void setSpec(const ChartSpec &spec) = 0;
    [[nodiscard]] virtual const ChartSpec &spec() const = 0;

    /// Saves the chart as shown, at the screen's pixel ratio, as a PNG at @p path. A chart that
    /// was never shown is laid out at its size hint first. Returns a message for people when
    /// the file cannot be written.
    [[nodiscard]] std::optional<QString> exportPng(const QString &path);

    [[nodiscard]] QSize sizeHint() const override { return {640, 320}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {320, 200}; }

signals:
    /// A tooltip was shown for the point, bar or span under the mouse.
    void toolTipShown(const QString &text);
};

/// The chart implementation the application uses.
[[nodiscard]] ChartView *createChartView(QWidget *parent);

} // namespace spotter
