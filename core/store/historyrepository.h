// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/exercise.h"
#include "model/historyrows.h"
#include "model/session.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace spotter {

class Database;

/// Read-only queries over one athlete's history, as rows: what services/ assembles into the
/// inputs of the analysis. Every query is bounded to one athlete and driven by the session
/// (athlete_id, start_utc) index; sets are reached through workout_set (session_id, position).
/// Aggregates are done in SQL where a coach's database could hold millions of rows. Windows
/// are given by the caller, half-open ([from, to)), on the sessions' own wall clocks
/// (wallClockSeconds(), wallClockDayStart()): a session is on the day of the offset it was logged
/// with, whoever reads it.
class HistoryRepository
{
public:
    explicit HistoryRepository(const Database &db) : m_db(db) {}

    /// One set per (exercise, reps, effort) at its heaviest load, from working sets that pass
    /// @p filter, in sessions starting in [since, before) (compared on wall clocks); empty @p exerciseIds
    /// means all.
    [[nodiscard]] QList<WorkoutSet> e1rmCandidates(qint64 athleteId, const QList<qint64> &exerciseIds,
                                                   std::optional<QDateTime> since, const QDateTime &before,
                                                   E1rmSetFilter filter) const;

    /// Per session starting in [fromUtc, toUtc) and exercise of @p exerciseIds: the heaviest
    /// working load; ordered by session id, then exercise id.
    [[nodiscard]] QList<LiftSession> liftSessions(qint64 athleteId, const QList<qint64> &exerciseIds,
                                                  qint64 fromUtc, qint64 toUtc) const;

    /// Which of @p exerciseIds have a working set in a session starting before @p beforeUtc.
    [[nodiscard]] QSet<qint64> liftedBefore(qint64 athleteId, const QList<qint64> &exerciseIds,
                                            qint64 beforeUtc) const;

    /// Sessions starting in [fromUtc, toUtc) with one working set per exercise: its top load.
    [[nodiscard]] QList<Session> liftTops(qint64 athleteId, qint64 fromUtc, qint64 toUtc) const;

    /// Session-RPE load per local day (the session's own UTC offset), every day with load up to
    /// @p to; summed in SQL.
    [[nodiscard]] QList<DailyLoad> dailyLoads(qint64 athleteId, std::optional<QDate> to) const;

    /// Regions of the soreness reports attributed to each session of @p athleteId (starting in
    /// [fromUtc, toUtc) when given).
    [[nodiscard]] QHash<qint64, Regions> soreRegions(qint64 athleteId, std::optional<qint64> fromUtc = {},
                                                     std::optional<qint64> toUtc = {}) const;

    /// The whole catalogue by id.
    [[nodiscard]] ExerciseMap exercises() const;

private:
    const Database &m_db;
};

} // namespace spotter
