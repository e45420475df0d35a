// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/e1rm.h"
#include "analysis/reportcontext.h"
#include "analysis/reporthistory.h"
#include "model/exercise.h"
#include "model/historyrows.h"
#include "model/session.h"
#include "model/sorenessreport.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace spotter {

class Database;

/// What the intensity analysis of a range needs: the sessions with their sets from 12 weeks
/// before the range (e1RM baselines, 28-day windows) to its end, and the best e1RM of each lift
/// from before those.
struct TrainingHistory
{
    QList<Session> sessions; ///< chronological, with sets
    /// The best e1RM per exercise before the first of @ref sessions, with how it was estimated:
    /// a PR from reps alone over a best from a rated set needs a margin (isE1rmRecord()).
    QHash<qint64, E1rmEstimate> bestBefore;
    ExerciseMap exercises; ///< the whole catalogue
    QDateTime rangeStart;  ///< midnight (UTC) of the first day asked about; sessions on earlier days
                           ///< (their own calendar day) are context
};

/// The history the analysis rules need, read through the store in one snapshot. The windows
/// (the soreness lookback, the 12 weeks of e1RM baselines) and the e1RM set filter are the
/// analysis's thresholds; the store only answers for the windows it is given.
class HistoryService
{
public:
    explicit HistoryService(const Database &db) : m_db(db) {}

    /// Everything the triage of @p report needs: its session, the athlete, the sessions of the
    /// same lifts in the lookback window and which regions each was followed by soreness in.
    /// Only the athlete and the session of @p report are read, so the result stays valid while a
    /// form changes anything else; @p report need not be stored yet.
    [[nodiscard]] ReportHistory reportHistory(const SorenessReport &report) const;

    /// Brings @p history up to date after the sets of its own session changed (a set saved
    /// from the Log page), reading only that session: the window before it is untouched by such
    /// an edit. Returns false, leaving @p history as it was, when more than that changed (the
    /// session's start, athlete or lifts, or the session is gone); then call reportHistory().
    /// The result equals what reportHistory() would read.
    [[nodiscard]] bool refreshSession(ReportHistory &history) const;

    /// Sessions of [from, to] (local days, both optional) and the context before them.
    [[nodiscard]] TrainingHistory trainingHistory(qint64 athleteId, std::optional<QDate> from,
                                                  std::optional<QDate> to) const;

    /// What reportHistories() needs for the reports on sessions of [from, to] (local days, both
    /// optional): the sessions from the soreness lookback (sr17.lookback_weeks) before @p from
    /// on, and which of their exercises were trained before those. A few queries for a whole
    /// page of the History view instead of several per report. The sessions from the 12 weeks
    /// (e1rm.best_weeks) before @p from on have all their sets; older ones only one working set
    /// per exercise with its top load, which is all the lookback reads of them.
    /// @p catalogue is the whole exercise catalogue when the caller has it already; otherwise it
    /// is read.
    [[nodiscard]] ReportContext reportContext(qint64 athleteId, std::optional<QDate> from,
                                              std::optional<QDate> to,
                                              const ExerciseMap *catalogue = nullptr) const;

    /// The e1RM candidates (HistoryRepository::e1rmCandidates) with the analysis's set filter.
    [[nodiscard]] QList<WorkoutSet> e1rmCandidates(qint64 athleteId, const QList<qint64> &exerciseIds,
                                                   std::optional<QDateTime> since,
                                                   const QDateTime &before) const;

    /// Which sets can give an e1RM (e1rm.max_reps, e1rm.min_rpe).
    [[nodiscard]] static E1rmSetFilter e1rmSetFilter();

private:
    const Database &m_db;
};

} // namespace spotter
