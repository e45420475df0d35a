// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enumset.h"
#include "model/weight.h"

#include <QList>

#include <optional>

namespace spotter {

/// What kind of personal record a set set.
enum class RecordKind {
    E1rm, ///< the lift's best e1RM ever
    Reps  ///< more reps than ever before at this load or a heavier one
};
inline constexpr KeyTable<RecordKind, 2> kRecordKindKeys{{u"e1rm", u"reps"}};
[[nodiscard]] inline QString toKey(RecordKind kind)
{
    return keyOf(kRecordKindKeys, kind);
}

/// The most reps done at one load (working sets); no load for bodyweight work.
struct RepBest
{
    std::optional<Weight> load;
    int reps = 0;

    bool operator==(const RepBest &) const = default;
};

/// One record a session set, as the Log shows it on save and History keeps it.
struct PersonalRecord
{
    qint64 exerciseId = 0;
    qint64 sessionId = 0;
    qint64 setId = 0;
    int setIndex = -1; ///< into Session::sets
    RecordKind kind = RecordKind::E1rm;
    std::optional<Weight> weight;
    int reps = 0;
    std::optional<Weight> e1rm;         ///< the new best e1RM (kind E1rm)
    std::optional<Weight> previousE1rm; ///< the best before it
    std::optional<int> previousReps;    ///< the most reps before at this load or heavier (kind Reps)
    bool testing = false;               ///< the set was a testing set (IR rules)

    bool operator==(const PersonalRecord &) const = default;
};

} // namespace spotter
