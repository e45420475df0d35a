// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/weight.h"

#include <QString>

#include <optional>

namespace spotter {

/// One set of one exercise. RPE is the RIR-based set scale (RPE = 10 − RIR); a set may carry
/// either or both, and they must agree when both are given.
struct WorkoutSet
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 exerciseId = 0;
    int position = 0; ///< order within the session, from 0
    SetKind kind = SetKind::Working;
    std::optional<Weight> weight; ///< none for bodyweight or timed work
    std::optional<int> reps;
    std::optional<double> rpe;
    std::optional<double> rir;
    std::optional<int> restSeconds; ///< rest taken before this set
    std::optional<int> seconds;     ///< duration of a timed set
    std::optional<qint64> distanceCm;
    QString notes;
    /// The version of the row this value was read at; an update names it and is refused when
    /// someone else changed the row since (StoreError::Conflict).
    qint64 version = 0;

    /// RPE if logged, otherwise derived from RIR.
    [[nodiscard]] std::optional<double> effectiveRpe() const
    {
        if (rpe)
            return rpe;
        if (rir)
            return 10.0 - *rir;
        return std::nullopt;
    }
    /// RIR if logged, otherwise derived from RPE.
    [[nodiscard]] std::optional<double> effectiveRir() const
    {
        if (rir)
            return rir;
        if (rpe)
            return 10.0 - *rpe;
        return std::nullopt;
    }
    /// The same work again as a new set: its kind, load, reps, time and distance. How hard it
    /// felt, the rest before it and its notes are the new set's own; so is its exercise, which the
    /// caller names.
    [[nodiscard]] WorkoutSet sameWork() const
    {
        WorkoutSet next;
        next.kind = kind;
        next.weight = weight;
        next.reps = reps;
        next.seconds = seconds;
        next.distanceCm = distanceCm;
        return next;
    }
    [[nodiscard]] bool isWarmup() const { return kind == SetKind::Warmup; }
    [[nodiscard]] bool isTimed() const { return seconds.has_value() && seconds.value() > 0; }
    /// A failed attempt: a set to failure that lifted nothing (0 reps, no time or distance). It
    /// is a max effort, so the testing analysis counts it (IR-01, IR-03); it moved no load, so it
    /// is in no e1RM and no volume.
    [[nodiscard]] bool isMissedAttempt() const
    {
        return kind == SetKind::Failure && reps == 0 && seconds.value_or(0) <= 0
               && distanceCm.value_or(0) <= 0;
    }

    bool operator==(const WorkoutSet &) const = default;
};

} // namespace spotter
