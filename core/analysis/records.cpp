// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/records.h"

#include "analysis/thresholds.h"

namespace spotter {

bool isE1rmRecord(const E1rmEstimate &candidate, const std::optional<E1rmEstimate> &best)
{
    if (!best)
        return false;
    // Epley reads a set without a rating as if taken to failure, and formulas for 8 reps disagree
    // by about a tenth: over a best from a rated set, only a clear margin is a record.
    if (candidate.method == E1rmMethod::Epley && best->method != E1rmMethod::Epley) {
        const double needed =
            static_cast<double>(best->value.grams()) * (1.0 + th(Threshold::E1rmRepsOnlyPrPct) / 100.0);
        return static_cast<double>(candidate.value.grams()) > needed;
    }
    return candidate.value > best->value;
}

bool isE1rmRecord(Weight candidate, const std::optional<Weight> &best)
{
    return best && candidate > *best;
}

std::optional<int> mostRepsAtOrAbove(const QList<RepBest> &bests, const std::optional<Weight> &load)
{
    const qint64 grams = load ? load->grams() : 0;
    std::optional<int> most;
    for (const RepBest &b : bests) {
        if ((b.load ? b.load->grams() : 0) >= grams && (!most || b.reps > *most))
            most = b.reps;
    }
    return most;
}

QList<PersonalRecord> detectRecords(const Session &session, const SessionIntensity &intensity,
                                    const QHash<qint64, RecordBaseline> &before)
{
    QList<qint64> order;
    QHash<qint64, PersonalRecord> e1rm;
    QHash<qint64, PersonalRecord> reps;
    for (qsizetype i = 0; i < session.sets.size(); ++i) {
        const WorkoutSet &s = session.sets.at(i);
        if (s.isWarmup() || s.isTimed() || s.distanceCm.value_or(0) > 0 || !s.reps || *s.reps < 1)
            continue;
        if (!order.contains(s.exerciseId))
            order.append(s.exerciseId);
        const RecordBaseline baseline = before.value(s.exerciseId);
        const bool testing = i < intensity.sets.size() && intensity.sets.at(i).cls == IntensityClass::Testing;
        PersonalRecord r;
        r.exerciseId = s.exerciseId;
        r.setIndex = static_cast<int>(i);
        r.setId = s.id;
        r.sessionId = session.id;
        r.weight = s.weight;
        r.reps = *s.reps;
        r.testing = testing;
        if (const auto estimate = estimateE1rm(s); estimate && isE1rmRecord(*estimate, baseline.bestE1rm)) {
            const auto it = e1rm.constFind(s.exerciseId);
            if (it == e1rm.cend() || estimate->value > *it->e1rm) {
                PersonalRecord best = r;
                best.kind = RecordKind::E1rm;
                best.e1rm = estimate->value;
                best.previousE1rm = baseline.bestE1rm->value;
                e1rm.insert(s.exerciseId, best);
            }
        }
        const auto most = mostRepsAtOrAbove(baseline.repBests, s.weight);
        if (most && *s.reps > *most) {
            const auto it = reps.constFind(s.exerciseId);
            const qint64 load = s.weight ? s.weight->grams() : 0;
            const qint64 heldLoad = it == reps.cend() ? -1 : (it->weight ? it->weight->grams() : 0);
            if (it == reps.cend() || load > heldLoad || (load == heldLoad && *s.reps > it->reps)) {
                PersonalRecord best = r;
                best.kind = RecordKind::Reps;
                best.previousReps = most;
                reps.insert(s.exerciseId, best);
            }
        }
    }
    QList<PersonalRecord> out;
    for (const qint64 id : std::as_const(order)) {
        if (e1rm.contains(id))
            out.append(e1rm.value(id));
        if (reps.contains(id))
            out.append(reps.value(id));
    }
    return out;
}

} // namespace spotter
