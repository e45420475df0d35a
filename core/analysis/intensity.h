// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/e1rm.h"
#include "analysis/triage.h"
#include "model/exercise.h"
#include "model/session.h"
#include "model/weight.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace spotter {

/// Intensity classes of the rules reference §5.3, from least to most intense.
enum class IntensityClass { Training, Hard, Testing };
inline constexpr KeyTable<IntensityClass, 3> kIntensityClassKeys{{u"training", u"hard", u"testing"}};

QString toKey(IntensityClass v);
QString displayName(IntensityClass v);

/// What the e1RM of a lift was before a session: the best of the previous 12 weeks (for
/// %e1RM and IR-02/03/05) and the best ever (for PRs).
struct LiftBaseline
{
    std::optional<Weight> recentBest;
    std::optional<Weight> bestEver;
    /// How bestEver was estimated, when the caller knows (a reps-alone PR over a rated best needs
    /// a margin); unknown counts as reps alone, which asks for no margin.
    std::optional<E1rmMethod> bestEverMethod;

    bool operator==(const LiftBaseline &) const = default;
};
using Baselines = QHash<qint64, LiftBaseline>; ///< by exercise id

struct SetIntensity
{
    IntensityClass cls = IntensityClass::Training;
    QStringList rules; ///< IR ids that matched, most intense first
    std::optional<Weight> e1rm;
    std::optional<E1rmMethod> e1rmMethod;
    std::optional<double> pctE1rm; ///< load as a percentage of the recent best e1RM

    bool operator==(const SetIntensity &) const = default;
};

/// One lift within a session.
struct LiftIntensity
{
    qint64 exerciseId = 0;
    IntensityClass cls = IntensityClass::Training;
    int topSet = -1; ///< index into Session::sets of the heaviest working set, -1 if none
    std::optional<Weight> topLoad;
    std::optional<Weight> bestE1rm; ///< best e1RM of this session's sets
    /// How bestE1rm was estimated: Epley means from reps alone (no RPE), shown as such.
    std::optional<E1rmMethod> bestE1rmMethod;
    LiftBaseline baseline;
    bool pr = false; ///< this session's best e1RM beats the best ever before it

    bool operator==(const LiftIntensity &) const = default;
};

struct SessionIntensity
{
    IntensityClass cls = IntensityClass::Training;
    QStringList rules;          ///< the IS rule first, then the IR rules behind it
    QList<SetIntensity> sets;   ///< parallel to Session::sets
    QList<LiftIntensity> lifts; ///< in order of first appearance
    QList<Tip> tips;            ///< TP-01

    [[nodiscard]] const LiftIntensity *lift(qint64 exerciseId) const;
    bool operator==(const SessionIntensity &) const = default;
};

/// IR-01..07 for one set. @p exercise may be null (unknown exercise: not a main lift).
[[nodiscard]] SetIntensity classifySet(const WorkoutSet &set, const Exercise *exercise,
                                       const std::optional<Weight> &recentBest);

/// IS-01..03 for a session, with every set and lift classified and TP-01. A pure function; the
/// History view calls it per row with baselines from HistoryRepository.
[[nodiscard]] SessionIntensity classifySession(const Session &session, const ExerciseMap &exercises,
                                               const Baselines &baselines);

} // namespace spotter
