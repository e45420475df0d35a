// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/reportcontext.h"

#include "analysis/e1rm.h"
#include "analysis/thresholds.h"
#include "model/liftedload.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace spotter {

namespace {

using T = Threshold;

/// A group of e1RM candidates: reps and effort (RPE, or 10 − RIR), as the store groups them.
struct CandidateKey
{
    int reps = 0;
    std::optional<double> effort;

    bool operator==(const CandidateKey &) const = default;
};

size_t qHash(const CandidateKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.reps, key.effort.has_value(), key.effort.value_or(0.0));
}

/// Heaviest load (grams) of each candidate group, per exercise.
using CandidateTable = QHash<qint64, QHash<CandidateKey, qint64>>;

void addCandidate(CandidateTable &table, qint64 exerciseId, int reps, std::optional<double> effort,
                  qint64 grams)
{
    qint64 &best = table[exerciseId][CandidateKey{reps, effort}];
    best = std::max(best, grams);
}

std::optional<double> effortOf(const WorkoutSet &w)
{
    return w.rpe ? w.rpe : w.rir ? std::optional<double>(10.0 - *w.rir) : std::nullopt;
}

/// Whether HistoryRepository::e1rmCandidates() counts @p w.
bool isCandidate(const WorkoutSet &w)
{
    if (w.isWarmup() || !w.weight || w.weight->grams() <= 0 || !w.reps || *w.reps < 1
        || *w.reps > th(T::E1rmMaxReps))
        return false;
    const std::optional<double> effort = effortOf(w);
    return !effort || *effort >= th(T::E1rmMinRpe);
}

QList<WorkoutSet> candidatesOf(const CandidateTable &table, const QList<qint64> &ids)
{
    QList<WorkoutSet> out;
    for (qint64 id : ids) {
        const auto groups = table.constFind(id);
        if (groups == table.cend())
            continue;
        for (auto it = groups->cbegin(); it != groups->cend(); ++it) {
            WorkoutSet w;
            w.exerciseId = id;
            w.reps = it.key().reps;
            w.rpe = it.key().effort;
            w.weight = Weight::fromGrams(it.value());
            out.append(w);
        }
    }
    return out;
}

QList<qint64> workingExercises(const Session &s)
{
    QList<qint64> ids;
    for (const WorkoutSet &w : s.sets) {
        if (!w.isWarmup() && !ids.contains(w.exerciseId))
            ids.append(w.exerciseId);
    }
    return ids;
}

qint64 weeksInSeconds(Threshold weeks)
{
    return static_cast<qint64>(std::lround(th(weeks) * 7.0 * 86400.0));
}

} // namespace

namespace {

/// What the reports' windows need from each session, computed once for all reports.
struct Index
{
    QList<qint64> starts;                    ///< per session, UTC seconds
    QHash<qint64, qsizetype> indexOf;        ///< session id → position
    QHash<qint64, qint64> firstWorking;      ///< exercise → start of its first session with working sets
    QHash<qint64, QList<qsizetype>> liftsOf; ///< exercise → positions in @c lifts, chronological
    QList<LiftSession> lifts;                ///< one per session and exercise with working sets
    QList<qsizetype> liftSession;            ///< the session position of each of @c lifts
    QList<qsizetype> sore;                   ///< sessions followed by soreness, chronological
    /// Per exercise, the sets that can give an e1RM: (session position, set), chronological.
    QHash<qint64, QList<QPair<qsizetype, const WorkoutSet *>>> candidateSets;
    /// Each session's sets with the load lifted (liftedload.h), as the store's queries count
    /// it; candidateSets points into them.
    QList<QList<WorkoutSet>> lifted;

    explicit Index(const ReportContext &context)
    {
        const QList<Session> &sessions = context.sessions;
        starts.reserve(sessions.size());
        lifted.reserve(sessions.size());
        for (qsizetype i = 0; i < sessions.size(); ++i) {
            const Session &s = sessions[i];
            starts.append(s.start.toSecsSinceEpoch());
            indexOf.insert(s.id, i);
            lifted.append(liftedSets(s, context.exercises));
            const QList<WorkoutSet> &sets = lifted.constLast();
            const qsizetype first = lifts.size();
            for (const WorkoutSet &w : sets) {
                if (w.isWarmup())
                    continue;
                firstWorking.insert(w.exerciseId,
                                    std::min(firstWorking.value(w.exerciseId, starts.last()), starts.last()));
                qsizetype at = first;
                while (at < lifts.size() && lifts[at].exerciseId != w.exerciseId)
                    ++at;
                if (at == lifts.size()) {
                    lifts.append({s.id, w.exerciseId, s.start, std::nullopt});
                    liftSession.append(i);
                    liftsOf[w.exerciseId].append(at);
                }
                if (w.weight && (!lifts[at].topLoad || *w.weight > *lifts[at].topLoad))
                    lifts[at].topLoad = w.weight;
            }
            if (context.soreRegions.contains(s.id))
                sore.append(i);
            for (const WorkoutSet &w : sets) {
                if (isCandidate(w))
                    candidateSets[w.exerciseId].append({i, &w});
            }
        }
    }

    [[nodiscard]] qsizetype firstAt(qint64 t) const
    {
        return std::lower_bound(starts.cbegin(), starts.cend(), t) - starts.cbegin();
    }
    [[nodiscard]] qsizetype firstAfter(qint64 t) const
    {
        return std::upper_bound(starts.cbegin(), starts.cend(), t) - starts.cbegin();
    }
};

} // namespace

QList<std::optional<ReportHistory>> reportHistories(const ReportContext &context,
                                                    const QList<SorenessReport> &reports)
{
    QList<std::optional<ReportHistory>> out(reports.size());
    const QList<Session> &sessions = context.sessions;
    const Index index(context);
    const qint64 lookback = weeksInSeconds(T::Sr17LookbackWeeks);
    const qint64 recent = weeksInSeconds(T::E1rmBestWeeks);

    for (qsizetype r = 0; r < reports.size(); ++r) {
        const SorenessReport &report = reports[r];
        if (report.athleteId != context.athlete.id)
            continue;
        if (!report.sessionId) {
            ReportHistory h;
            h.athlete = context.athlete;
            out[r] = h;
            continue;
        }
        const auto found = index.indexOf.constFind(*report.sessionId);
        if (found == index.indexOf.cend()
            || (context.fromUtc && *context.fromUtc > index.starts[*found] - lookback))
            continue;
        const qsizetype at = *found;
        const Session &session = sessions[at];
        const qint64 until = index.starts[at];
        ReportHistory h;
        h.athlete = context.athlete;
        h.session = session;
        const QList<qint64> ids = workingExercises(session);
        for (qint64 id : ids) {
            const auto e = context.exercises.constFind(id);
            if (e != context.exercises.cend())
                h.exercises.insert(id, *e);
        }
        if (ids.isEmpty()) {
            out[r] = h;
            continue;
        }
        const qsizetype untilAt = index.firstAt(until); // the first session at or after this one
        CandidateTable window;
        const qsizetype recentFrom = index.firstAt(until - recent);
        for (qint64 id : ids) {
            const auto sets = index.candidateSets.constFind(id);
            if (sets == index.candidateSets.cend())
                continue;
            auto it = std::lower_bound(sets->cbegin(), sets->cend(), recentFrom,
                                       [](const auto &entry, qsizetype from) { return entry.first < from; });
            for (; it != sets->cend() && it->first < untilAt; ++it) {
                const WorkoutSet &w = *it->second;
                addCandidate(window, id, *w.reps, effortOf(w), w.weight->grams());
            }
        }
        h.recentCandidates = candidatesOf(window, ids);

        // The lifts' sessions in the lookback window, and the soreness after every session in it.
        const qint64 since = until - lookback;
        const qsizetype from = index.firstAfter(since);
        const qsizetype to = index.firstAfter(until);
        for (qint64 id : ids) {
            const QList<qsizetype> positions = index.liftsOf.value(id);
            auto it = std::lower_bound(positions.cbegin(), positions.cend(), from,
                                       [&](qsizetype p, qsizetype f) { return index.liftSession[p] < f; });
            for (; it != positions.cend() && index.liftSession[*it] < to; ++it)
                h.liftSessions.append(index.lifts[*it]);
        }
        for (auto it = std::lower_bound(index.sore.cbegin(), index.sore.cend(), from);
             it != index.sore.cend() && *it < to; ++it) {
            const qint64 id = sessions[*it].id;
            h.soreRegions.insert(id, context.soreRegions.value(id));
        }
        for (qint64 id : ids) {
            const auto first = index.firstWorking.constFind(id);
            if (context.liftedBefore.contains(id) || (first != index.firstWorking.cend() && *first <= since))
                h.liftedBefore.insert(id);
        }
        out[r] = std::move(h);
    }
    return out;
}

} // namespace spotter
