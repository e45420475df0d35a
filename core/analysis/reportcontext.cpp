// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/reportcontext.h"

#include "analysis/thresholds.h"

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

/// The sets of @p session that HistoryRepository::e1rmCandidates() would count (of @p ids only,
/// when given).
void addCandidates(CandidateTable &table, const Session &session, const QList<qint64> &ids = {})
{
    const int maxReps = static_cast<int>(th(T::E1rmMaxReps));
    const double minRpe = th(T::E1rmMinRpe);
    for (const WorkoutSet &w : session.sets) {
        if (w.isWarmup() || !w.weight || w.weight->grams() <= 0 || !w.reps || *w.reps < 1 || *w.reps > maxReps
            || (!ids.isEmpty() && !ids.contains(w.exerciseId)))
            continue;
        const std::optional<double> effort = w.rpe   ? w.rpe
                                             : w.rir ? std::optional<double>(10.0 - *w.rir)
                                                     : std::nullopt;
        if (effort && *effort < minRpe)
            continue;
        addCandidate(table, w.exerciseId, *w.reps, effort, w.weight->grams());
    }
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

    explicit Index(const ReportContext &context)
    {
        const QList<Session> &sessions = context.sessions;
        starts.reserve(sessions.size());
        for (qsizetype i = 0; i < sessions.size(); ++i) {
            const Session &s = sessions[i];
            starts.append(s.start.toSecsSinceEpoch());
            indexOf.insert(s.id, i);
            const qsizetype first = lifts.size();
            for (const WorkoutSet &w : s.sets) {
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

    // Reports in the order of their sessions, so that the best-ever candidates grow in one sweep.
    QList<qsizetype> order;
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
        const auto at = index.indexOf.constFind(*report.sessionId);
        if (at == index.indexOf.cend()
            || (context.fromUtc && *context.fromUtc > index.starts[*at] - lookback))
            continue;
        order.append(r);
    }
    const auto startOf = [&](qsizetype r) {
        return index.starts[index.indexOf.value(*reports[r].sessionId)];
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return startOf(a) < startOf(b); });

    CandidateTable ever;
    for (const WorkoutSet &w : context.candidatesBefore)
        addCandidate(ever, w.exerciseId, w.reps.value_or(0), w.rpe, w.weight ? w.weight->grams() : 0);
    qsizetype swept = 0;
    for (qsizetype r : std::as_const(order)) {
        const qsizetype at = index.indexOf.value(*reports[r].sessionId);
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
        for (const qsizetype end = index.firstAt(until); swept < end; ++swept)
            addCandidates(ever, sessions[swept]);
        h.everCandidates = candidatesOf(ever, ids);

        CandidateTable window;
        for (qsizetype i = index.firstAt(until - recent), end = index.firstAt(until); i < end; ++i)
            addCandidates(window, sessions[i], ids);
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
