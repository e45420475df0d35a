// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/weight.h"
#include "model/workoutset.h"

#include <QHash>
#include <QList>

#include <optional>

namespace spotter {

/// How an e1RM was estimated (rules reference §2.2, §2.3, §5.4).
enum class E1rmMethod { Rts, Epley, Single };

struct E1rmEstimate
{
    Weight value;
    E1rmMethod method;

    bool operator==(const E1rmEstimate &) const = default;
};

/// Share of 1RM (0–1) for reps + reps in reserve on the Reactive Training Systems chart, in half
/// steps from 1 to 15; nullopt outside the chart.
[[nodiscard]] std::optional<double> rtsFraction(double repsPlusRir);

/// Epley: load × (1 + reps / 30).
[[nodiscard]] double epleyKg(double kg, int reps);

/// e1RM of one set: the RTS chart on reps + RIR when the effort is known, Epley otherwise, the
/// load itself for a single without a rating. None for warm-ups, sets without load or reps,
/// sets of more than 10 reps and sets rated below RPE 6 (thresholds e1rm.*).
[[nodiscard]] std::optional<E1rmEstimate> estimateE1rm(const WorkoutSet &set);

/// The best e1RM among @p sets (any exercise mix: callers pass one exercise's sets).
[[nodiscard]] std::optional<Weight> bestE1rm(const QList<WorkoutSet> &sets);

/// The best e1RM of each exercise among @p sets (e.g. the per-bucket maxima the store returns).
[[nodiscard]] QHash<qint64, Weight> bestE1rmByExercise(const QList<WorkoutSet> &sets);
/// The same, with how each best was estimated (a PR from reps alone must beat a rated best by a
/// margin: isE1rmRecord()).
[[nodiscard]] QHash<qint64, E1rmEstimate> bestE1rmEstimateByExercise(const QList<WorkoutSet> &sets);

} // namespace spotter
