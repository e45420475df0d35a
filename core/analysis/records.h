// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/e1rm.h"
#include "analysis/intensity.h"
#include "model/personalrecord.h"
#include "model/session.h"

#include <QHash>
#include <QList>

#include <optional>

namespace spotter {

/// A lift's records before a session: its best e1RM ever (how it was estimated, too) and the
/// most reps at each load.
struct RecordBaseline
{
    std::optional<E1rmEstimate> bestE1rm;
    QList<RepBest> repBests;

    bool operator==(const RecordBaseline &) const = default;
};

/// The one rule for "this e1RM is a new best": every PR in Spotter (the Log, History, Progress,
/// reports) is decided here. There is no record without a best to beat.
[[nodiscard]] bool isE1rmRecord(const E1rmEstimate &candidate, const std::optional<E1rmEstimate> &best);
/// The same rule where only the values are known.
[[nodiscard]] bool isE1rmRecord(Weight candidate, const std::optional<Weight> &best);

/// The most reps done before at @p load or heavier; none when nothing that heavy was done.
[[nodiscard]] std::optional<int> mostRepsAtOrAbove(const QList<RepBest> &bests,
                                                   const std::optional<Weight> &load);

/// The records of @p session against what each lift had before it: per lift at most one e1RM
/// record (its best set) and one rep record (the heaviest set that beats its rep best). Warm-ups,
/// timed and distance sets set none. @p intensity is classifySession()'s result for the session.
[[nodiscard]] QList<PersonalRecord> detectRecords(const Session &session, const SessionIntensity &intensity,
                                                  const QHash<qint64, RecordBaseline> &before);

} // namespace spotter
