// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/weight.h"
#include "model/workoutset.h"

#include <QDate>
#include <QDateTime>

#include <optional>

namespace spotter {

// Rows the store reads from a history, already reduced in SQL: what the analysis works from
// when it does not need whole sessions. Plain data shared by core/store (which fills them) and
// core/analysis (which reads them); neither knows the other.

/// A session with working sets of one exercise, and its heaviest working load.
struct LiftSession
{
    qint64 sessionId = 0;
    qint64 exerciseId = 0;
    QDateTime start;
    std::optional<Weight> topLoad; ///< heaviest working set

    bool operator==(const LiftSession &) const = default;
};

/// Session-RPE load of one calendar day (LM-01: CR-10 × minutes, summed over the day).
struct DailyLoad
{
    QDate day;
    double load = 0.0;

    bool operator==(const DailyLoad &) const = default;
};

/// A main lift's best set for one (reps, effort) in one session, as SQL groups them: the
/// heaviest load is the best e1RM candidate for that pair.
struct SessionCandidate
{
    qint64 sessionId = 0;
    QDateTime start;
    WorkoutSet set; ///< exercise, reps, effort (as RPE) and the heaviest load

    bool operator==(const SessionCandidate &) const = default;
};

/// Working-set volume of one exercise in one calendar week, summed in SQL.
struct WeekVolumeRow
{
    QDate weekStart; ///< a Monday
    qint64 exerciseId = 0;
    qint64 grams = 0; ///< Σ load × reps
    int sets = 0;     ///< working sets, loaded or not

    bool operator==(const WeekVolumeRow &) const = default;
};

/// Which sets can give an e1RM: loaded working sets of at most @c maxReps reps whose effort,
/// when known, is at least @c minRpe (the analysis owns the numbers, rules reference §5.4).
struct E1rmSetFilter
{
    int maxReps = 0;
    double minRpe = 0.0;
};

} // namespace spotter
