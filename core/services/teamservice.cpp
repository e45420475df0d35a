// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/teamservice.h"

#include "analysis/progressseries.h"
#include "analysis/thresholds.h"
#include "model/validation.h"
#include "services/historyservice.h"
#include "store/progressrepository.h"
#include "store/sessionrepository.h"
#include "store/snapshot.h"
#include "store/sorenessrepository.h"
#include "store/teamrepository.h"

#include <cmath>

namespace spotter {

TeamInputs TeamService::inputs(const Athlete &athlete, const ExerciseMap &exercises,
                               const QDateTime &now) const
{
    const ReadSnapshot snapshot(m_db);
    const TeamRepository team(m_db);
    TeamInputs in;
    in.athlete = athlete;
    in.exercises = exercises;
    const QDate today = now.date();
    const QDate windowStart = today.addDays(1 - kTeamWindowDays);

    in.lastSession = team.lastSessionBy(athlete.id, now);
    in.sessionsInWindow = team.sessionCount(athlete.id, windowStart, today);

    SessionFilter context;
    context.from = windowStart.addDays(-static_cast<int>(std::lround(th(Threshold::E1rmBestWeeks) * 7.0)));
    context.to = today;
    in.sessions = SessionRepository(m_db).list(athlete.id, context, true);
    in.daily = ProgressRepository(m_db).dailyLoads(athlete.id, windowStart.addDays(-kLoadWarmupDays), today);

    const SorenessRepository soreness(m_db);
    const HistoryService history(m_db);
    // A report the form accepted a few minutes ahead of the clock is already open: reading only
    // those noticed by `now` hid a fresh red flag from the coach until the clock caught up.
    const QDateTime noticedBy = now.addSecs(limits::kNoticedAheadSeconds);
    for (const qint64 id : team.openOrLatestReports(athlete.id, noticedBy, now.addDays(-kOpenResolvedDays))) {
        if (const auto report = soreness.get(id))
            in.soreness.append({*report, history.reportHistory(*report)});
    }
    return in;
}

} // namespace spotter
