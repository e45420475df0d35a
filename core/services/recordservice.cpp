// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/recordservice.h"

#include "analysis/e1rm.h"
#include "analysis/thresholds.h"
#include "services/historyservice.h"
#include "store/historyrepository.h"
#include "store/recordrepository.h"
#include "store/sessionrepository.h"
#include "store/snapshot.h"

#include <cmath>

namespace spotter {

QHash<qint64, RecordBaseline> RecordService::baselines(qint64 athleteId, const QList<qint64> &exerciseIds,
                                                       const QDateTime &before) const
{
    QHash<qint64, RecordBaseline> out;
    if (exerciseIds.isEmpty())
        return out;
    const HistoryService history(m_db);
    for (const WorkoutSet &candidate : history.e1rmCandidates(athleteId, exerciseIds, std::nullopt, before)) {
        const auto estimate = estimateE1rm(candidate);
        if (!estimate)
            continue;
        RecordBaseline &b = out[candidate.exerciseId];
        if (!b.bestE1rm || estimate->value > b.bestE1rm->value)
            b.bestE1rm = estimate;
    }
    const auto reps = RecordRepository(m_db).repBests(athleteId, exerciseIds, before.toSecsSinceEpoch());
    for (auto it = reps.cbegin(); it != reps.cend(); ++it)
        out[it.key()].repBests = it.value();
    return out;
}

QList<PersonalRecord> RecordService::refreshSession(qint64 sessionId) const
{
    std::optional<Session> session;
    QList<PersonalRecord> records;
    {
        const ReadSnapshot snapshot(m_db);
        session = SessionRepository(m_db).get(sessionId);
        if (!session)
            return {};
        QList<qint64> ids;
        for (const WorkoutSet &s : session->sets) {
            if (!s.isWarmup() && !ids.contains(s.exerciseId))
                ids.append(s.exerciseId);
        }
        const QHash<qint64, RecordBaseline> before = baselines(session->athleteId, ids, session->start);
        // The set classes say which record came from a testing set (IR rules, 12-week baseline).
        const HistoryService history(m_db);
        const auto weeks = static_cast<qint64>(std::lround(th(Threshold::E1rmBestWeeks) * 7 * 86400));
        Baselines intensityBaselines;
        const auto recent = bestE1rmByExercise(
            history.e1rmCandidates(session->athleteId, ids, session->start.addSecs(-weeks), session->start));
        for (auto it = recent.cbegin(); it != recent.cend(); ++it)
            intensityBaselines[it.key()].recentBest = it.value();
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it->bestE1rm) {
                intensityBaselines[it.key()].bestEver = it->bestE1rm->value;
                intensityBaselines[it.key()].bestEverMethod = it->bestE1rm->method;
            }
        }
        const SessionIntensity intensity =
            classifySession(*session, HistoryRepository(m_db).exercises(), intensityBaselines);
        records = detectRecords(*session, intensity, before);
    }
    RecordRepository(m_db).replaceForSession(session->athleteId, sessionId, records);
    return records;
}

} // namespace spotter
