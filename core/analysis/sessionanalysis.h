// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/intensity.h"
#include "analysis/severity.h"
#include "model/enums.h"
#include "model/session.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace spotter {

enum class FlagLevel { Caution, High };
inline constexpr KeyTable<FlagLevel, 2> kFlagLevelKeys{{u"caution", u"high"}};
QString toKey(FlagLevel v);

/// A flag raised on a session (IF-01..04): stable key, the rule, the lift it concerns.
struct SessionFlag
{
    QString key;    ///< "testing_too_often", "no_easy_days", "load_jump", "postpone_test"
    QString ruleId; ///< "IF-01"
    qint64 exerciseId = 0;
    std::optional<FlagLevel> level; ///< load_jump only
    QString advice;

    bool operator==(const SessionFlag &) const = default;
};

/// Soreness already triaged, as IF-04 needs it.
struct SorenessEvent
{
    QDateTime noticedAt;
    std::optional<QDateTime> resolvedAt;
    Region region = Region::Other;
    Severity severity;
};

struct SessionAnalysis
{
    qint64 sessionId = 0;
    QDateTime start;
    SessionIntensity intensity;
    QList<SessionFlag> flags;
    std::optional<double> srpeLoad; ///< LM-01

    /// Distinct flag keys in the order raised.
    [[nodiscard]] QStringList flagKeys() const;
    [[nodiscard]] bool hasFlag(QStringView key, qint64 exerciseId = 0) const;
};

/// Classifies every session of one athlete and raises the flags that need the sessions around
/// it. @p sessions are chronological and should start at least 12 weeks before the first one
/// the caller reports, so that e1RM baselines and the 28-day windows are complete.
/// @p bestEverBefore is the best e1RM per exercise before the first session of the list, with
/// how it was estimated.
[[nodiscard]] QList<SessionAnalysis> analyzeSessions(const QList<Session> &sessions,
                                                     const ExerciseMap &exercises,
                                                     const QHash<qint64, E1rmEstimate> &bestEverBefore = {},
                                                     const QList<SorenessEvent> &soreness = {});

/// A lift's top load in an earlier session, for IF-03.
struct EarlierTop
{
    qint64 daysBefore = 0; ///< calendar days between the two sessions' dates (0 = same day)
    Weight load;
};

/// IF-03: caution above the heaviest top load of the previous 7 calendar days, high above that of
/// the previous 14; none when there is nothing to compare with. Calendar days, so that a lifter
/// who trains every Monday compares with last Monday whatever the time of day.
[[nodiscard]] std::optional<FlagLevel> loadJumpLevel(Weight topLoad, const QList<EarlierTop> &earlier);

/// Regions an exercise loads, including the lower back when it loads it.
[[nodiscard]] Regions loadedRegions(const Exercise &exercise);

} // namespace spotter
