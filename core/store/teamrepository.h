// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/intensity.h"
#include "analysis/teamsummary.h"

#include <QDateTime>
#include <QList>

namespace spotter {

class Database;

/// Read-only queries behind the Team page. What grows with an athlete's history is only ever
/// aggregated or limited in SQL (the last session, counts, daily loads); what is read whole is
/// bounded by the 28-day window with its 12 weeks of context, and by the reports that are open
/// or the latest — so a coach's 50 athletes × 5 years cost about as much as 50 × 4 months.
class TeamRepository
{
public:
    explicit TeamRepository(const Database &db) : m_db(db) {}

    /// What buildTeamSummary() needs for @p athlete at @p now, read in one snapshot.
    /// @p exercises is the catalogue (read once for the whole team).
    [[nodiscard]] TeamInputs inputs(const Athlete &athlete, const ExerciseMap &exercises,
                                    const QDateTime &now) const;

private:
    const Database &m_db;
};

} // namespace spotter
