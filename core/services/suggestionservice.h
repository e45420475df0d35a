// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/loadsuggestion.h"
#include "model/lasttime.h"
#include "model/routine.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace spotter {

class Database;

/// One line of today's plan: the routine's item, the suggested load and what was done last time.
struct PlannedItem
{
    RoutineItem item;
    LoadSuggestion suggestion;
    std::optional<LastTime> last;
};

/// Reads what today's load suggestion needs (the athlete's plates, recent e1RMs, open soreness
/// reports, the last weeks' sessions and their load) and plans a routine with it.
class SuggestionService
{
public:
    explicit SuggestionService(const Database &db) : m_db(db) {}

    /// What suggestLoad() needs for @p athleteId at @p now (the Team page's reads for one athlete,
    /// plus the plates and the 12-week best e1RMs).
    [[nodiscard]] SuggestionInputs inputs(qint64 athleteId, const QDateTime &now) const;

    /// Each item of @p routine with today's suggestion and last time's sets of its exercise.
    [[nodiscard]] QList<PlannedItem> plan(const Routine &routine, qint64 athleteId,
                                          const QDateTime &now) const;

private:
    const Database &m_db;
};

} // namespace spotter
