// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/e1rm.h"

#include "analysis/thresholds.h"

#include <array>
#include <cmath>

namespace spotter {

namespace {

// %1RM for reps + RIR = 1, 1.5, 2, … 15 (rules reference §2.2, [RTS-CODE], [COACHSHEET]).
constexpr std::array<double, 29> kRtsPercent{100.0, 97.8, 95.5, 93.9, 92.2, 90.7, 89.2, 87.8, 86.3, 85.0,
                                             83.7,  82.4, 81.1, 79.9, 78.6, 77.4, 76.2, 75.1, 73.9, 72.3,
                                             70.7,  69.4, 68.0, 66.7, 65.3, 64.0, 62.6, 61.3, 59.9};

} // namespace

std::optional<double> rtsFraction(double repsPlusRir)
{
    const double index = (repsPlusRir - 1.0) * 2.0;
    if (!std::isfinite(index) || index < 0.0 || std::fabs(index - std::round(index)) > 1e-9)
        return std::nullopt;
    const auto i = static_cast<std::size_t>(std::lround(index));
    if (i >= kRtsPercent.size())
        return std::nullopt;
    return kRtsPercent[i] / 100.0;
}

double epleyKg(double kg, int reps)
{
    return kg * (1.0 + static_cast<double>(reps) / 30.0);
}

std::optional<E1rmEstimate> estimateE1rm(const WorkoutSet &set)
{
    if (set.isWarmup() || !set.weight || set.weight->grams() <= 0 || !set.reps || *set.reps < 1)
        return std::nullopt;
    const int reps = *set.reps;
    if (reps > th(Threshold::E1rmMaxReps))
        return std::nullopt;
    const double kg = set.weight->kg();
    if (const auto rpe = set.effectiveRpe()) {
        if (*rpe < th(Threshold::E1rmMinRpe))
            return std::nullopt;
        const auto fraction = rtsFraction(reps + (10.0 - *rpe));
        if (!fraction)
            return std::nullopt;
        return E1rmEstimate{Weight::fromKg(kg / *fraction), E1rmMethod::Rts};
    }
    if (reps == 1)
        return E1rmEstimate{*set.weight, E1rmMethod::Single};
    return E1rmEstimate{Weight::fromKg(epleyKg(kg, reps)), E1rmMethod::Epley};
}

std::optional<Weight> bestE1rm(const QList<WorkoutSet> &sets)
{
    std::optional<Weight> best;
    for (const WorkoutSet &s : sets) {
        const auto e = estimateE1rm(s);
        if (e && (!best || e->value > *best))
            best = e->value;
    }
    return best;
}

QHash<qint64, E1rmEstimate> bestE1rmEstimateByExercise(const QList<WorkoutSet> &sets)
{
    QHash<qint64, E1rmEstimate> out;
    for (const WorkoutSet &s : sets) {
        const auto e = estimateE1rm(s);
        if (!e)
            continue;
        const auto it = out.find(s.exerciseId);
        if (it == out.end())
            out.insert(s.exerciseId, *e);
        else if (e->value > it->value)
            *it = *e;
    }
    return out;
}

QHash<qint64, Weight> bestE1rmByExercise(const QList<WorkoutSet> &sets)
{
    QHash<qint64, Weight> out;
    const QHash<qint64, E1rmEstimate> best = bestE1rmEstimateByExercise(sets);
    for (auto it = best.cbegin(); it != best.cend(); ++it)
        out.insert(it.key(), it->value);
    return out;
}

} // namespace spotter
