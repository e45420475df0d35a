// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/intensity.h"
#include "analysis/triage.h"
#include "analysis/triageinput.h"
#include "model/athlete.h"
#include "model/historyrows.h"
#include "model/session.h"
#include "model/sorenessreport.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace spotter {

/// What the store knows around one soreness report (HistoryService::reportHistory reads it):
/// the raw material for the history-derived triage inputs. Plain data that depends only on the
/// athlete and the attributed session, so the GUI can keep it and re-run the triage on every
/// change of the form (region included) without another query.
struct ReportHistory
{
    Athlete athlete;
    std::optional<Session> session; ///< the attributed session, with its sets
    ExerciseMap exercises;          ///< at least the exercises of that session
    /// Per-exercise e1RM candidates (one set per exercise, reps and effort, at its heaviest load)
    /// from the 12 weeks before the session: the baselines of its intensity class. (The best
    /// ever, which only marks PRs, plays no part in the triage and is not read.)
    QList<WorkoutSet> recentCandidates;
    /// Sessions of the session's exercises from the lookback window up to the session itself.
    QList<LiftSession> liftSessions;
    /// Of those, the regions each was followed by soreness in. Kept for every region so that a
    /// form can change the region and triage again without another query.
    QHash<qint64, Regions> soreRegions;
    QSet<qint64> liftedBefore; ///< exercises trained before the lookback window

    bool operator==(const ReportHistory &) const = default;
};

/// The history-derived facts about a report, for display ("6 weeks on deadlift").
struct HistoryInputs
{
    QList<qint64> lifts;    ///< exercises behind the soreness, most relevant first
    qint64 primaryLift = 0; ///< the one whose numbers are reported below
    std::optional<int> weeksOnLift;
    std::optional<int> layoffWeeks;
    std::optional<int> weeksSoreEverySession;
    std::optional<int> age;
    HistoryFlags flags;
    std::optional<bool> bilateralLift;
    std::optional<IntensityClass> sessionClass;
};

/// Exercises of @p session that plausibly caused soreness in @p region: working sets of
/// exercises that load it; failing that its main lifts; failing that every exercise.
[[nodiscard]] QList<qint64> liftsBehind(const Session &session, const ExerciseMap &exercises, Region region);

/// Weeks on the lift, layoff, weeks sore after every session, age, health history, whether
/// the session was testing or followed a load jump (rules reference §5.2 inputs).
[[nodiscard]] HistoryInputs deriveHistory(const SorenessReport &report, const ReportHistory &history);

/// The full triage input of a stored (or about to be stored) report at time @p now.
[[nodiscard]] TriageInput triageInput(const SorenessReport &report, const ReportHistory &history,
                                      const QDateTime &now);

/// triage(triageInput(report, history, now)).
[[nodiscard]] TriageResult triageReport(const SorenessReport &report, const ReportHistory &history,
                                        const QDateTime &now);

} // namespace spotter
