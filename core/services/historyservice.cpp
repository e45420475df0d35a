// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/historyservice.h"

#include "analysis/thresholds.h"
#include "model/liftedload.h"
#include "store/athleterepository.h"
#include "store/exerciserepository.h"
#include "store/historyrepository.h"
#include "store/sessionrepository.h"
#include "store/snapshot.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace spotter {

namespace {

QList<qint64> exerciseIdsOf(const Session &s)
{
    QList<qint64> ids;
    for (const WorkoutSet &w : s.sets) {
        if (!w.isWarmup() && !ids.contains(w.exerciseId))
            ids.append(w.exerciseId);
    }
    return ids;
}

/// Lift sessions in one order whatever produced them (the window query or a refresh).
void sortLiftSessions(QList<LiftSession> &lifts)
{
    std::sort(lifts.begin(), lifts.end(), [](const LiftSession &a, const LiftSession &b) {
        return std::tie(a.sessionId, a.exerciseId) < std::tie(b.sessionId, b.exerciseId);
    });
}

qint64 lookbackSeconds()
{
    return static_cast<qint64>(std::lround(th(Threshold::Sr17LookbackWeeks) * 7.0 * 86400.0));
}

/// The store's day bounds: midnight on the sessions' own wall clocks (whoever reads them).
qint64 localDayStartUtc(QDate date)
{
    return wallClockDayStart(date);
}

qint64 recentSeconds()
{
    return static_cast<qint64>(std::lround(th(Threshold::E1rmBestWeeks) * 7.0 * 86400.0));
}

} // namespace

E1rmSetFilter HistoryService::e1rmSetFilter()
{
    return {static_cast<int>(th(Threshold::E1rmMaxReps)), th(Threshold::E1rmMinRpe)};
}

QList<WorkoutSet> HistoryService::e1rmCandidates(qint64 athleteId, const QList<qint64> &exerciseIds,
                                                 std::optional<QDateTime> since,
                                                 const QDateTime &before) const
{
    return HistoryRepository(m_db).e1rmCandidates(athleteId, exerciseIds, since, before, e1rmSetFilter());
}

ReportHistory HistoryService::reportHistory(const SorenessReport &report) const
{
    const ReadSnapshot snapshot(m_db);
    ReportHistory h;
    if (const auto athlete = AthleteRepository(m_db).get(report.athleteId))
        h.athlete = *athlete;
    if (!report.sessionId)
        return h;
    h.session = SessionRepository(m_db).get(*report.sessionId);
    if (!h.session)
        return h;
    const Session &session = *h.session;
    const QList<qint64> ids = exerciseIdsOf(session);
    const ExerciseRepository exercises(m_db);
    for (qint64 id : ids) {
        if (const auto e = exercises.get(id))
            h.exercises.insert(id, *e);
    }
    if (ids.isEmpty())
        return h;
    h.recentCandidates =
        e1rmCandidates(report.athleteId, ids, session.start.addSecs(-recentSeconds()), session.start);

    // The window is (since, until]: the session itself and the lookback before it.
    const qint64 until = wallClockSeconds(session.start);
    const qint64 since = until - lookbackSeconds();
    const HistoryRepository history(m_db);
    h.liftSessions = history.liftSessions(report.athleteId, ids, since + 1, until + 1);
    h.soreRegions = history.soreRegions(report.athleteId, since + 1, until + 1);
    h.liftedBefore = history.liftedBefore(report.athleteId, ids, since + 1);
    return h;
}

bool HistoryService::refreshSession(ReportHistory &h) const
{
    if (!h.session)
        return false;
    const auto fresh = SessionRepository(m_db).get(h.session->id);
    if (!fresh || fresh->start != h.session->start || fresh->athleteId != h.session->athleteId)
        return false;
    QList<qint64> ids = exerciseIdsOf(*fresh);
    QList<qint64> before = exerciseIdsOf(*h.session);
    std::sort(ids.begin(), ids.end());
    std::sort(before.begin(), before.end());
    if (ids != before) // a lift came or went: its history in the window is not in memory
        return false;
    // The session's own top working loads, as the window query computes them (MAX ignores a
    // set without a load).
    QHash<qint64, std::optional<Weight>> tops;
    for (const WorkoutSet &w : liftedSets(*fresh, h.exercises)) {
        if (w.isWarmup())
            continue;
        std::optional<Weight> &top = tops[w.exerciseId];
        if (w.weight && (!top || *w.weight > *top))
            top = w.weight;
    }
    h.liftSessions.removeIf([&](const LiftSession &l) { return l.sessionId == fresh->id; });
    for (auto it = tops.cbegin(); it != tops.cend(); ++it)
        h.liftSessions.append({fresh->id, it.key(), fresh->start, it.value()});
    sortLiftSessions(h.liftSessions);
    h.session = fresh;
    return true;
}

TrainingHistory HistoryService::trainingHistory(qint64 athleteId, std::optional<QDate> from,
                                                std::optional<QDate> to) const
{
    const ReadSnapshot snapshot(m_db);
    TrainingHistory h;
    h.exercises = HistoryRepository(m_db).exercises();
    SessionFilter filter;
    filter.to = to;
    if (from) {
        h.rangeStart = QDateTime(*from, QTime(0, 0), Qt::UTC);
        const QDateTime contextStart = h.rangeStart.addSecs(-recentSeconds());
        filter.from = contextStart.date();
        h.bestBefore = bestE1rmEstimateByExercise(
            e1rmCandidates(athleteId, {}, std::nullopt, QDateTime(*filter.from, QTime(0, 0), Qt::UTC)));
    }
    h.sessions = SessionRepository(m_db).list(athleteId, filter, true);
    return h;
}

ReportContext HistoryService::reportContext(qint64 athleteId, std::optional<QDate> from,
                                            std::optional<QDate> to, const ExerciseMap *catalogue) const
{
    const ReadSnapshot snapshot(m_db);
    const HistoryRepository history(m_db);
    ReportContext c;
    if (const auto athlete = AthleteRepository(m_db).get(athleteId))
        c.athlete = *athlete;
    c.exercises = catalogue ? *catalogue : history.exercises();
    SessionFilter filter;
    filter.to = to;
    if (from) {
        const QDateTime start(*from, QTime(0, 0), Qt::UTC);
        c.fromUtc = localDayStartUtc(start.addSecs(-lookbackSeconds()).date());
        filter.from = start.addSecs(-recentSeconds()).date();
        c.sessions = history.liftTops(athleteId, *c.fromUtc, localDayStartUtc(*filter.from));
    }
    c.sessions.append(SessionRepository(m_db).list(athleteId, filter, true));
    c.soreRegions = history.soreRegions(
        athleteId, c.fromUtc, to ? std::optional<qint64>(localDayStartUtc(to->addDays(1))) : std::nullopt);
    if (!c.fromUtc)
        return c;
    QList<qint64> ids;
    for (const Session &s : std::as_const(c.sessions)) {
        for (const qint64 id : exerciseIdsOf(s)) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    c.liftedBefore = history.liftedBefore(athleteId, ids, *c.fromUtc);
    return c;
}

} // namespace spotter
