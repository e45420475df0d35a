// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exercise.h"
#include "model/session.h"
#include "model/weight.h"
#include "model/workoutset.h"

#include <QList>

#include <optional>

namespace spotter {

// What the analysis counts as the load of a set. A set of an assisted exercise (assisted pull-up)
// stores the help the machine gives as a negative weight; the load the lifter moved is the
// bodyweight less that help. e1RM, volume, top loads and %e1RM use that load, and skip such a set
// when the session's bodyweight is not known rather than guess it. core/store computes the same
// in SQL (sql::kLiftedLoad).

/// The load @p set moved: its weight, or for an @p assisted exercise @p bodyweight less the help
/// (the whole bodyweight when no help is logged); none when that bodyweight is unknown.
[[nodiscard]] std::optional<Weight> liftedLoad(const WorkoutSet &set, bool assisted,
                                               const std::optional<Weight> &bodyweight);

/// @p session's sets with the sets of assisted exercises carrying liftedLoad(); the same list
/// (shared, not copied) when it has none.
[[nodiscard]] QList<WorkoutSet> liftedSets(const Session &session, const ExerciseMap &exercises);

/// True when a set of an assisted exercise of @p session has no load for the analysis because the
/// session's bodyweight is unknown: what the screens say instead of an e1RM or a volume.
[[nodiscard]] bool lacksBodyweightForAssistance(const Session &session, const ExerciseMap &exercises);

} // namespace spotter
