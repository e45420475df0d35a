// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/suggestionservice.h"

#include "analysis/e1rm.h"
#include "analysis/loadmetrics.h"
#include "analysis/thresholds.h"
#include "services/historyservice.h"
#include "services/teamservice.h"
#include "store/athleterepository.h"
#include "store/historyrepository.h"
#include "store/lasttimerepository.h"
#include "store/platerepository.h"
#include "store/snapshot.h"

#include <cmath>

namespace spotter {

SuggestionInputs SuggestionService::inputs(qint64 athleteId, const QDateTime &now) const
{
    const ReadSnapshot snapshot(m_db);
    SuggestionInputs in;
    in.now = now;
    in.exercises = HistoryRepository(m_db).exercises();
    in.plates = PlateRepository(m_db).getOrDefault(athleteId);
    const auto athlete = AthleteRepository(m_db).get(athleteId);
    if (!athlete)
        return in;
    const TeamInputs team = TeamService(m_db).inputs(*athlete, in.exercises, now);
    in.openItems = buildTeamSummary(team, now).openItems;
    for (const SessionAnalysis &a : analyzeSessions(team.sessions, in.exercises)) {
        if (a.start <= now)
            in.recent.append(a);
    }
    const QList<WeekLoad> weeks = weeklyLoads(team.daily, now.date(), now.date());
    in.weeklySpike = !weeks.isEmpty() && weeks.last().hasFlag(u"weekly_spike");
    const auto weeksBack = static_cast<qint64>(std::lround(th(Threshold::E1rmBestWeeks) * 7 * 86400));
    in.recentBest =
        bestE1rmByExercise(HistoryService(m_db).e1rmCandidates(athleteId, {}, now.addSecs(-weeksBack), now));
    return in;
}

QList<PlannedItem> SuggestionService::plan(const Routine &routine, qint64 athleteId,
                                           const QDateTime &now) const
{
    const SuggestionInputs in = inputs(athleteId, now);
    QList<qint64> ids;
    for (const RoutineItem &item : routine.items) {
        if (!ids.contains(item.exerciseId))
            ids.append(item.exerciseId);
    }
    const QHash<qint64, LastTime> last =
        LastTimeRepository(m_db).lastTimes(athleteId, ids, now.toSecsSinceEpoch() + 1);
    QList<PlannedItem> out;
    for (const RoutineItem &item : routine.items) {
        PlannedItem p{item, suggestLoad(item, in), std::nullopt};
        if (const auto it = last.constFind(item.exerciseId); it != last.cend())
            p.last = *it;
        out.append(p);
    }
    return out;
}

} // namespace spotter
