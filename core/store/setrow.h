// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Store-internal: the one reader of a workout_set row, for every repository that selects one
// (the GUI never includes this; tests/layering checks).

#include "model/enums.h"
#include "model/workoutset.h"
#include "store/rawquery.h"
#include "store/sqlvalues.h"

#include <QString>

#include <algorithm>
#include <type_traits>

namespace spotter::sql {

/// The columns readSet() reads, in its order, of a workout_set aliased `w`.
inline QString setColumns()
{
    return QStringLiteral("w.id, w.session_id, w.exercise_id, w.position, w.kind, w.weight_g, w.reps, w.rpe, "
                          "w.rir, w.rest_s, w.seconds, w.distance_cm, w.notes, w.row_version");
}

/// The set in the row of @p q whose setColumns() start at column @p first. Rows are read through
/// Query for single rows and RawQuery for lists; both have these accessors.
template <typename Q>
WorkoutSet readSet(const Q &q, int first = 0)
{
    const auto at = [first](int column) { return first + column; };
    WorkoutSet w;
    w.id = q.int64(at(0));
    w.sessionId = q.int64(at(1));
    w.exerciseId = q.int64(at(2));
    w.position = static_cast<int>(q.int64(at(3)));
    if constexpr (std::is_same_v<Q, RawQuery>) {
        // Compared as stored, without a QString per row: a history of a million sets reads
        // a million kinds.
        const QByteArrayView key = q.utf8(at(4));
        const auto kind = std::find_if(kSetKindKeys.begin(), kSetKindKeys.end(), [&](QStringView k) {
            return k.compare(QLatin1String(key.data(), key.size())) == 0;
        });
        w.kind = kind != kSetKindKeys.end() ? static_cast<SetKind>(kind - kSetKindKeys.begin())
                                            : enumOf(kSetKindKeys, q.string(at(4)), "workout_set.kind");
    } else {
        w.kind = enumOf(kSetKindKeys, q.string(at(4)), "workout_set.kind");
    }
    w.weight = weightOf(q.optInt64(at(5)));
    w.reps = q.optInt(at(6));
    w.rpe = q.optDouble(at(7));
    w.rir = q.optDouble(at(8));
    w.restSeconds = q.optInt(at(9));
    w.seconds = q.optInt(at(10));
    w.distanceCm = q.optInt64(at(11));
    w.notes = q.string(at(12));
    w.version = q.int64(at(13));
    return w;
}

} // namespace spotter::sql
