// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/plates.h"
#include "analysis/sessionanalysis.h"
#include "analysis/teamsummary.h"
#include "model/exercise.h"
#include "model/plateset.h"
#include "model/routine.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace spotter {

/// What today's suggestion knows of the lifter (SuggestionService reads it through the store).
struct SuggestionInputs
{
    ExerciseMap exercises;
    QHash<qint64, Weight> recentBest; ///< best e1RM of each lift over the e1rm.best_weeks before now
    QList<SorenessItem> openItems;    ///< open warning and see-doctor reports (the Team page's "open")
    QList<SessionAnalysis> recent;    ///< sessions before now, oldest first, at least two weeks of them
    bool weeklySpike = false;         ///< LM-04 flags the week in progress
    PlateSet plates;
    QDateTime now;
};

/// What the suggestion does with the chart's load, mildest first.
enum class SuggestionAction {
    Chart,   ///< the chart's load as it is
    Hold,    ///< no more than the load rules allow (SG-03)
    BackOff, ///< lighter than the chart (SG-01 after a report resolved, SG-02)
    Skip,    ///< no load for this lift today (SG-01 with an unresolved report)
    Unknown  ///< no recent e1RM and no fixed load: the lifter gives the load
};
inline constexpr KeyTable<SuggestionAction, 5> kSuggestionActionKeys{
    {u"chart", u"hold", u"back-off", u"skip", u"unknown"}};
[[nodiscard]] QString toKey(SuggestionAction action);

/// Today's load for one routine item, and why.
struct LoadSuggestion
{
    SuggestionAction action = SuggestionAction::Unknown;
    std::optional<Weight> weight;        ///< what to load, made with the plates; none when skipped or unknown
    std::optional<Weight> chart;         ///< the chart's load before rounding, backing off or holding
    std::optional<Weight> e1rm;          ///< the recent best e1RM it rests on
    std::optional<double> pct;           ///< the chart's share of that e1RM, in percent
    QStringList rules;                   ///< SG rules that changed it, with IF-03 / LM-04 behind SG-03
    QStringList reasons;                 ///< one sentence per change, for people
    std::optional<PlateLoadout> loadout; ///< for main lifts

    bool operator==(const LoadSuggestion &) const = default;
};

/// The load for @p item today: its fixed load, or the recent best e1RM times the RTS chart's share
/// for reps + reps in reserve (rules reference §2.2), or its %e1RM; then backed off, held or
/// skipped by SG-01..03 and made with the athlete's plates (main lifts; other lifts are rounded
/// to the smallest jump a pair of plates makes). A pure function.
[[nodiscard]] LoadSuggestion suggestLoad(const RoutineItem &item, const SuggestionInputs &inputs);

/// The chart's share of 1RM (0–1) for @p reps at @p rpe: rtsFraction(reps + 10 − RPE).
[[nodiscard]] std::optional<double> chartFraction(int reps, double rpe);

} // namespace spotter
