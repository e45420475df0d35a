// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synthetic/athleteprofile.h"

#include <QDate>
#include <QDateTime>

namespace spotter {

class GeneratorCatalogue;

/// Where one athlete's history of a given number of sets lies in the calendar, and who trains it.
struct HistoryPlan
{
    AthleteProfile profile; ///< the one asked for, or its heavy-volume version (heavyVolume)
    bool heavyVolume = false;
    QDate firstMonday; ///< the history's first week; its last one holds its last session
    int weeks = 0;
};

/// The plan for exactly @p sets sets with @p seed, the last of them no later than @p end. A
/// history that would begin before the earliest year a log or an import accepts (kMinYear) is
/// trained at heavyVolumeProfile()'s pace instead, so its Strong export imports again.
/// Throws StoreError (Invalid) when even that would begin too early.
[[nodiscard]] HistoryPlan planHistory(const AthleteProfile &profile, const GeneratorCatalogue &catalogue,
                                      quint64 seed, qint64 sets, const QDateTime &end);

} // namespace spotter
