// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the Log page writes and reads the parts of a set in text: the grid's cells, the
// quick-entry preview and the rest timer share these so that they always agree.

#include "model/enums.h"
#include "model/workoutset.h"

#include <QString>
#include <QStringView>

class QVariant;

#include <optional>

namespace spotter {

/// "45 s" below a minute, then "2:30" and "1:00:05".
[[nodiscard]] QString formatDuration(int seconds);
/// A clock reading for a running timer: "0:07", "2:30", "1:00:05".
[[nodiscard]] QString formatClock(int seconds);
/// "40 m", "2.5 km".
[[nodiscard]] QString formatDistance(qint64 cm);

/// Reads a time the way quick entry writes rest: "90" and "90s" (seconds), "2:30", "3m",
/// "2.5 min", "1:00:00". Nullopt when it is not a time; the value is not range-checked.
[[nodiscard]] std::optional<int> parseDuration(QStringView text);

/// What a set's work column shows: its reps, else its duration, else its distance.
[[nodiscard]] QString formatWork(const WorkoutSet &set);
/// Replaces the work of @p set with @p text: a bare number keeps the set's sort (reps, seconds
/// or metres); "45s", "1:30", "2min" make it timed and "40m", "2km" a distance. Returns the
/// message for people when the text is not one of those; nothing is range-checked here.
[[nodiscard]] std::optional<QString> applyWork(WorkoutSet &set, QStringView text);

/// Sets the kind of @p set from a kind's index or its name or key ("Warm-up", "warmup").
[[nodiscard]] std::optional<QString> applyKind(WorkoutSet &set, const QVariant &value);
/// Sets the load of @p set from what was typed in @p unit: "102.5", "225lb", "bw+20" or empty/"bw"
/// for bodyweight; for an @p assisted exercise the help ("25", "bw-25", "-25"), stored negative.
[[nodiscard]] std::optional<QString> applyLoad(WorkoutSet &set, const QString &text, bool assisted,
                                               WeightUnit unit);
/// Sets the effort of @p set: an RPE ("8", "@8.5") or reps in reserve ("rir 2", "2 rir").
[[nodiscard]] std::optional<QString> applyEffort(WorkoutSet &set, const QString &text);
/// Sets the rest after @p set: "90", "2:30", "3m"; empty for none.
[[nodiscard]] std::optional<QString> applyRest(WorkoutSet &set, const QString &text);

/// One line for people: "warm-up 60 kg × 5 @8, rest 2:30", "8 reps", "32 kg × 40 m".
[[nodiscard]] QString describeSet(const WorkoutSet &set, WeightUnit unit);

} // namespace spotter
