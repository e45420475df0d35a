// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/validation.h"
#include "model/weight.h"
#include "model/workoutset.h"

#include <QList>
#include <QString>

#include <optional>

namespace spotter {

/// One line of a routine: an exercise, how many sets of what, how hard and the rest before each.
/// The load is a target to reach (RPE, or a share of the recent e1RM) so that it follows the
/// lifter's strength; a fixed load is for work without an e1RM (warm-ups, accessories).
struct RoutineItem
{
    qint64 exerciseId = 0;
    SetKind kind = SetKind::Working;
    int sets = 1;
    std::optional<int> reps;
    std::optional<int> seconds;     ///< a timed target instead of reps
    std::optional<double> rpe;      ///< target effort (RIR-based RPE)
    std::optional<double> pctE1rm;  ///< or a share of the recent best e1RM, in percent
    std::optional<Weight> weight;   ///< or a fixed load
    std::optional<int> restSeconds; ///< rest before each set

    /// The set this item asks for, without a load (the suggestion or the lifter gives it).
    [[nodiscard]] WorkoutSet plannedSet() const;

    bool operator==(const RoutineItem &) const = default;
};

/// A named workout to start sessions from ("Heavy lower"). Routines belong to the database, not
/// to one athlete: a coach writes one and assigns it to several athletes.
struct Routine
{
    qint64 id = 0;
    QString name; ///< unique, compared case-insensitively
    QString notes;
    QList<RoutineItem> items;
    QList<qint64> athleteIds; ///< who it is assigned to, ascending
    qint64 version = 0;       ///< the row version it was read at (store/rowversion.h)

    bool operator==(const Routine &) const = default;
};

/// A workout name an imported history repeats ("Push Day" in Strong or Hevy): what a routine
/// could be made from.
struct WorkoutName
{
    QString title;
    int sessions = 0;
    qint64 latestSessionId = 0;

    bool operator==(const WorkoutName &) const = default;
};

/// Limits of a routine (the same for the GUI, the CLI and the store).
namespace limits {
inline constexpr int kMaxRoutineItems = 100;
inline constexpr int kMaxRoutineSets = 100; ///< per item
/// After an import, the workouts offered as routines: done at least this often, this many at most
/// (the CLI's list and the GUI's import dialog offer the same).
inline constexpr int kOfferedWorkoutMinSessions = 2;
inline constexpr int kOfferedWorkouts = 5;
} // namespace limits

/// The routine's name, notes and every item ("item 2: RPE must be …").
[[nodiscard]] ValidationIssues validate(const Routine &routine);

/// The routine a session's sets describe: consecutive sets of one exercise with the same kind,
/// reps, duration, effort and rest become one item ("3 × 5 @ 8"). A set with an effort keeps
/// it as the target (the load then follows the e1RM); a set without one keeps its load.
[[nodiscard]] QList<RoutineItem> routineItemsFrom(const QList<WorkoutSet> &sets);

} // namespace spotter
