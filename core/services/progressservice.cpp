// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/progressservice.h"

#include "analysis/thresholds.h"
#include "services/historyservice.h"
#include "store/athleterepository.h"
#include "store/historyrepository.h"
#include "store/progressrepository.h"
#include "store/sessionrepository.h"
#include "store/snapshot.h"
#include "store/sorenessrepository.h"

#include <algorithm>
#include <cmath>

namespace spotter {

namespace {

int bestWeeksDays()
{
    return static_cast<int>(std::lround(th(Threshold::E1rmBestWeeks) * 7.0));
}

} // namespace

ProgressInputs ProgressService::inputs(qint64 athleteId, ProgressRange range, QDate today) const
{
    const ReadSnapshot snapshot(m_db);
    const ProgressRepository progress(m_db);
    const HistoryService history(m_db);
    ProgressInputs in;
    if (const auto athlete = AthleteRepository(m_db).get(athleteId))
        in.athlete = *athlete;
    in.exercises = HistoryRepository(m_db).exercises();
    in.to = today;
    // A range that begins before the first session starts at that session's week: nothing
    // before it to draw.
    const auto first = progress.firstSessionDay(athleteId);
    QDate from = rangeStart(range, today).value_or(weekStartOf(first.value_or(today)));
    if (first)
        from = std::max(from, weekStartOf(*first));
    in.from = std::min(from, weekStartOf(today));

    in.candidates = progress.sessionCandidates(athleteId, in.from, in.to, HistoryService::e1rmSetFilter());
    in.candidatesBefore =
        history.e1rmCandidates(athleteId, {}, std::nullopt, QDateTime(in.from, QTime(0, 0), Qt::UTC));
    SessionFilter context;
    context.from = in.from.addDays(-bestWeeksDays());
    context.to = in.to;
    in.sessions = SessionRepository(m_db).list(athleteId, context, true);
    in.daily = progress.dailyLoads(athleteId, in.from.addDays(-kLoadWarmupDays), in.to);
    in.volume = progress.weeklyVolume(athleteId, in.from, in.to);
    const SorenessRepository soreness(m_db);
    for (qint64 id : progress.sorenessOverlapping(athleteId, in.from, in.to)) {
        if (const auto report = soreness.get(id))
            in.soreness.append({*report, history.reportHistory(*report)});
    }
    return in;
}

} // namespace spotter
