// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/reporthistory.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace spotter {

/// One athlete's history in memory, from which the ReportHistory of many soreness reports is
/// derived without a query per report (HistoryService::reportContext() reads it in a few
/// queries; `analyze` builds it from the sessions it has read anyway).
struct ReportContext
{
    Athlete athlete;
    ExerciseMap exercises; ///< the whole catalogue
    /// Every session of the athlete starting at or after @c fromUtc, chronological (start, then
    /// id), with their sets. A report is answered when its session is among them and its
    /// lookback window (sr17.lookback_weeks) starts at or after @c fromUtc.
    QList<Session> sessions;
    std::optional<qint64> fromUtc; ///< none: the sessions are all the athlete has
    /// The exercises with working sets in the sessions before @c fromUtc.
    QSet<qint64> liftedBefore;
    /// Regions of the soreness reports attributed to each session (any report, of any date).
    QHash<qint64, Regions> soreRegions;
};

/// For each report, the history HistoryService::reportHistory() would read, or nullopt when
/// @p context does not cover it (another athlete, a session not in it, a window reaching before
/// it); the caller then asks the store. One pass over the sessions for all reports.
[[nodiscard]] QList<std::optional<ReportHistory>> reportHistories(const ReportContext &context,
                                                                  const QList<SorenessReport> &reports);

} // namespace spotter
