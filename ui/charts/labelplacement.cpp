// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/labelplacement.h"

#include <limits>

namespace spotter {

namespace {

/// The label's box at place @p index around its anchor: the eight places at the clearance, then
/// again one and two label heights further out.
QRectF candidate(const LabelRequest &l, int index)
{
    const double w = l.size.width();
    const double h = l.size.height();
    const double c = l.clearance + (index / 8) * h;
    const QPointF a = l.anchor;
    switch (index % 8) {
    case 0: return {a.x() - w / 2, a.y() - c - h, w, h};             // above
    case 1: return {a.x() + c, a.y() - h / 2, w, h};                 // right
    case 2: return {a.x() - c - w, a.y() - h / 2, w, h};             // left
    case 3: return {a.x() - w / 2, a.y() + c, w, h};                 // below
    case 4: return {a.x() + c * 0.7, a.y() - c * 0.7 - h, w, h};     // above right
    case 5: return {a.x() - c * 0.7 - w, a.y() - c * 0.7 - h, w, h}; // above left
    case 6: return {a.x() + c * 0.7, a.y() + c * 0.7, w, h};         // below right
    default: return {a.x() - c * 0.7 - w, a.y() + c * 0.7, w, h};    // below left
    }
}

constexpr int kPlaces = 24;

double overlap(const QRectF &box, const QList<QRectF> &others)
{
    double area = 0.0;
    for (const QRectF &o : others) {
        const QRectF both = box.intersected(o);
        if (!both.isEmpty())
            area += both.width() * both.height();
    }
    return area;
}

} // namespace

QList<QRectF> placeLabels(const QList<LabelRequest> &labels, const QList<QRectF> &obstacles,
                          const QRectF &bounds)
{
    QList<QRectF> taken = obstacles;
    QList<QRectF> out;
    out.reserve(labels.size());
    for (const LabelRequest &l : labels) {
        QRectF best;
        double bestCost = std::numeric_limits<double>::max();
        for (int i = 0; i < kPlaces; ++i) {
            const QRectF box = candidate(l, i);
            // Leaving the plot costs more than any overlap: a cut label cannot be read.
            const double outside = bounds.contains(box) ? 0.0 : 1e9;
            const double cost = outside + overlap(box, taken);
            if (cost < bestCost) {
                bestCost = cost;
                best = box;
            }
            if (cost == 0.0)
                break;
        }
        out.append(best);
        taken.append(best);
    }
    return out;
}

} // namespace spotter
