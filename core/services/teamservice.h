// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/teamsummary.h"

#include <QDateTime>

namespace spotter {

class Database;

/// Reads, in one snapshot, what buildTeamSummary() needs for one athlete.
class TeamService
{
public:
    explicit TeamService(const Database &db) : m_db(db) {}

    /// What buildTeamSummary() needs for @p athlete at @p now: counts and dates as SQL
    /// aggregates, the sessions of the window with the 12 weeks of context their classes need,
    /// daily loads and the reports that can be open or are the latest. @p exercises is the
    /// catalogue (read once for the whole team).
    [[nodiscard]] TeamInputs inputs(const Athlete &athlete, const ExerciseMap &exercises,
                                    const QDateTime &now) const;

private:
    const Database &m_db;
};

} // namespace spotter
