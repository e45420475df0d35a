// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/weight.h"

#include <QString>
#include <QStringView>

#include <optional>

// Values no real set has: typing slips (4500 reps, 2451 lb) that would otherwise pass as data and
// wreck every e1RM and volume figure. Such rows are invalid, reported with the value as the file
// writes it.
namespace spotter::plausibility {

/// More reps than this in one set is a typing slip, not a set.
inline constexpr int kMaxReps = 100;

/// The heaviest load ever lifted in the lift that @p exercise (a name as files write it) is a
/// variant of, with who lifted it; nothing for lifts without a record in the table.
struct Record
{
    QString lift;   ///< "squat", "bench press", "deadlift"
    Weight weight;  ///< the all-time record, in any equipment
    QString holder; ///< who, when, for messages
};
[[nodiscard]] std::optional<Record> recordFor(QStringView exercise);

/// The heaviest load any set may carry: the lift's record, or Spotter's limit for every set.
[[nodiscard]] Weight ceilingFor(QStringView exercise);

} // namespace spotter::plausibility
