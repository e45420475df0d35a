// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/progressseries.h"
#include "charts/chartspec.h"

#include <QCoreApplication>
#include <QHash>

namespace spotter {

/// Turns the Progress series computed in core into chart descriptions: units, colours (the
/// badges' class colours, so a class looks the same everywhere), words and tooltips. Nothing is
/// computed here beyond placing what core computed.
class ProgressCharts
{
    Q_DECLARE_TR_FUNCTIONS(spotter::ProgressCharts)

public:
    explicit ProgressCharts(const ProgressSeries &series, const QDateTime &now);

    /// e1RM per main lift; testing sessions as triangles, PRs as stars, the latest PR of each
    /// lift labelled with its value.
    [[nodiscard]] ChartSpec e1rm() const;
    /// Weekly session-RPE load as bars, ACWR as a line on the right axis over its typical band.
    [[nodiscard]] ChartSpec load() const;
    /// Soreness reports as bars from onset to resolution, one lane per region, over the
    /// sessions: their classes in the bottom lane and testing days shaded through every lane.
    [[nodiscard]] ChartSpec soreness() const;
    /// Weekly volume (load × reps) per exercise, stacked.
    [[nodiscard]] ChartSpec volume() const;

    /// A lift's colour; the same exercise has the same colour in the e1RM and volume charts.
    [[nodiscard]] QColor colorOf(qint64 exerciseId) const;

private:
    [[nodiscard]] ChartAxis timeAxis() const;
    [[nodiscard]] QString unitName() const;
    [[nodiscard]] QString exerciseName(qint64 id) const;
    // The accessible summaries (progresschartsummary.cpp).
    [[nodiscard]] QString rangeSummary() const;
    [[nodiscard]] QString e1rmSummary() const;
    [[nodiscard]] QString loadSummary() const;
    [[nodiscard]] QString sorenessSummary() const;
    [[nodiscard]] QString volumeSummary() const;

    const ProgressSeries &m_series;
    QDateTime m_now;
    QHash<qint64, int> m_colorIndex;
};

} // namespace spotter
