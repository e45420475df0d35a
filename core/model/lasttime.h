// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workoutset.h"

#include <QDateTime>
#include <QList>

namespace spotter {

/// What was done the last time an exercise was trained: that session and its sets of the
/// exercise, in order (warm-ups included, marked as such).
struct LastTime
{
    qint64 sessionId = 0;
    QDateTime start;
    QList<WorkoutSet> sets;

    /// The working sets in a line: "3×5 @ 120 kg RPE 8, 4 @ 120 kg RPE 9" (equal sets grouped,
    /// warm-ups left out).
    [[nodiscard]] QString summary(WeightUnit unit) const;

    bool operator==(const LastTime &) const = default;
};

} // namespace spotter
