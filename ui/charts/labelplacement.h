// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace spotter {

/// A label to write beside a point of a chart, in pixels.
struct LabelRequest
{
    QPointF anchor;         ///< the point's centre
    QSizeF size;            ///< the label's text box
    double clearance = 0.0; ///< how far the box keeps from the anchor: half the marker and a gap
};

/// Where each label goes: the first of the places around its point (above, right, left, below,
/// the corners, then further out) whose box stays inside @p bounds and meets none of
/// @p obstacles (the markers) and no label placed before it; when every place meets something,
/// the one that covers the least. Parallel to @p labels.
[[nodiscard]] QList<QRectF> placeLabels(const QList<LabelRequest> &labels, const QList<QRectF> &obstacles,
                                        const QRectF &bounds);

} // namespace spotter
