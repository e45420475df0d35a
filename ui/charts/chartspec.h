// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace spotter {

// What a chart shows, independent of the library that draws it: the pages describe their charts
// with these value types and a ChartView draws them. Swapping QtCharts for Qt Graphs means a
// new ChartView, not new pages.

enum class AxisKind {
    Time,  ///< x in milliseconds since the epoch, ticks on calendar boundaries
    Value, ///< numbers
    Lanes  ///< named rows: lane i is drawn at y = i
};

struct ChartAxis
{
    AxisKind kind = AxisKind::Value;
    QString title;
    std::optional<double> min; ///< Value: fitted to the data when not given
    std::optional<double> max;
    bool includeZero = true; ///< Value: fitted ranges start at 0 (bars) or not (e1RM)
    QString format;          ///< Value: printf-style ("%.0f")
    QStringList lanes;       ///< Lanes: their labels, bottom first
    bool operator==(const ChartAxis &) const = default;
};

enum class SeriesKind {
    Line,   ///< points joined in order
    Points, ///< markers only
    Rects   ///< filled rectangles in data coordinates: bars, spans, bands
};

enum class MarkerShape { Circle, Square, Diamond, Triangle, Star };

struct ChartPoint
{
    double x = 0.0;
    double y = 0.0;
    QString toolTip;
    /// Written beside the point (Points series), where it covers no marker and no other label.
    QString label;

    bool operator==(const ChartPoint &) const = default;
};

struct ChartRect
{
    double x1 = 0.0;
    double x2 = 0.0;
    double y1 = 0.0;
    double y2 = 0.0;
    QString toolTip;

    [[nodiscard]] bool contains(double x, double y) const
    {
        return x >= std::min(x1, x2) && x <= std::max(x1, x2) && y >= std::min(y1, y2)
               && y <= std::max(y1, y2);
    }
    bool operator==(const ChartRect &) const = default;
};

struct ChartSeries
{
    SeriesKind kind = SeriesKind::Line;
    QString name; ///< the legend entry; empty keeps it out of the legend
    QColor color; ///< its alpha is the fill's opacity for Rects
    bool secondaryAxis = false;
    QList<ChartPoint> points; ///< Line, Points
    QList<ChartRect> rects;   ///< Rects; within one series they must not overlap
    MarkerShape marker = MarkerShape::Circle;
    double markerSize = 8.0;
    bool pointsVisible = false; ///< Line: draw markers on its points too
    bool hollow = false;        ///< Points: outlines only, so that a marker under one stays visible
    Qt::PenStyle penStyle = Qt::SolidLine;
    double lineWidth = 2.0;

    [[nodiscard]] bool isEmpty() const { return points.isEmpty() && rects.isEmpty(); }
    bool operator==(const ChartSeries &) const = default;
};

struct ChartSpec
{
    QString title; ///< for the accessible name and the exported file
    ChartAxis x{AxisKind::Time, {}, {}, {}, false, {}, {}};
    ChartAxis y;
    std::optional<ChartAxis> y2; ///< the secondary axis on the right
    QList<ChartSeries> series;   ///< drawn in order: later series on top
    QString emptyText;           ///< shown instead of the chart when there is nothing to draw
    /// What the chart shows in words (range, latest and best values), its accessible
    /// description: a screen reader cannot see the lines.
    QString summary;

    /// True when no series has anything to draw.
    [[nodiscard]] bool isEmpty() const
    {
        for (const ChartSeries &s : series) {
            if (!s.isEmpty())
                return false;
        }
        return true;
    }
    bool operator==(const ChartSpec &) const = default;
};

/// The x of an instant on a Time axis.
[[nodiscard]] inline double timeX(const QDateTime &t)
{
    return static_cast<double>(t.toMSecsSinceEpoch());
}

} // namespace spotter
