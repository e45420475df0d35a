// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historyrows.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace spotter {

class Database;

/// Read-only queries behind the Progress page (services/progressservice assembles them). Sets
/// are reduced in SQL wherever a chart needs only a summary of them (e1RM candidates per
/// session, volume per week, load per day).
class ProgressRepository
{
public:
    explicit ProgressRepository(const Database &db) : m_db(db) {}

    /// Per session in [from, to] (local days) and main lift: the heaviest working set for each
    /// (reps, effort) that passes @p filter, chronological.
    [[nodiscard]] QList<SessionCandidate> sessionCandidates(qint64 athleteId, QDate from, QDate to,
                                                            E1rmSetFilter filter) const;

    /// Working sets per calendar week (of each session's own local date) and exercise in
    /// [from, to]: Σ load × reps and the number of sets.
    [[nodiscard]] QList<WeekVolumeRow> weeklyVolume(qint64 athleteId, QDate from, QDate to) const;

    /// Session-RPE load per local day in [from, to], summed in SQL.
    [[nodiscard]] QList<DailyLoad> dailyLoads(qint64 athleteId, QDate from, QDate to) const;

    /// Ids of the reports whose time, from noticed to resolved (or still open), touches
    /// [from, to]; oldest first.
    [[nodiscard]] QList<qint64> sorenessOverlapping(qint64 athleteId, QDate from, QDate to) const;

    /// Day of the athlete's first session, if any.
    [[nodiscard]] std::optional<QDate> firstSessionDay(qint64 athleteId) const;

private:
    const Database &m_db;
};

} // namespace spotter
