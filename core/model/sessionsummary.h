// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exercise.h"
#include "model/session.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace spotter {

/// What a history row shows about a session, computed from its sets.
struct SessionSummary
{
    QStringList exercises;   ///< in the order first done
    int workingSets = 0;     ///< sets that are not warm-ups or failed attempts
    qint64 tonnageGrams = 0; ///< Σ load lifted × reps over those sets
    /// Heaviest working set by the load lifted (liftedload.h), main lifts first, as logged.
    std::optional<WorkoutSet> topSet;
};

/// Exercises by id, for naming and for telling main lifts apart.
using ExerciseIndex = QHash<qint64, Exercise>;

[[nodiscard]] SessionSummary summarize(const Session &session, const ExerciseIndex &exercises);

} // namespace spotter
