// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/sessionanalysis.h"

#include "analysis/sessionanalyzer.h"
#include "analysis/thresholds.h"

namespace spotter {

namespace {

using T = Threshold;

} // namespace

QString toKey(FlagLevel v)
{
    return keyOf(kFlagLevelKeys, v);
}

QStringList SessionAnalysis::flagKeys() const
{
    QStringList keys;
    for (const SessionFlag &f : flags) {
        if (!keys.contains(f.key))
            keys.append(f.key);
    }
    return keys;
}

bool SessionAnalysis::hasFlag(QStringView key, qint64 exerciseId) const
{
    for (const SessionFlag &f : flags) {
        if (f.key == key && (exerciseId == 0 || f.exerciseId == exerciseId))
            return true;
    }
    return false;
}

std::optional<FlagLevel> loadJumpLevel(Weight topLoad, const QList<EarlierTop> &earlier)
{
    if (topLoad.grams() <= 0)
        return std::nullopt;
    std::optional<Weight> week;
    std::optional<Weight> twoWeeks;
    for (const EarlierTop &e : earlier) {
        if (e.daysBefore < 0 || e.daysBefore > th(T::If03TwoWeekDays))
            continue;
        if (!twoWeeks || e.load > *twoWeeks)
            twoWeeks = e.load;
        if (e.daysBefore <= th(T::If03WeekDays) && (!week || e.load > *week))
            week = e.load;
    }
    const auto above = [&](const std::optional<Weight> &ref, double pct) {
        return ref && ref->grams() > 0
               && static_cast<double>(topLoad.grams())
                      > static_cast<double>(ref->grams()) * (1.0 + pct / 100.0);
    };
    if (above(twoWeeks, th(T::If03TwoWeekPct)))
        return FlagLevel::High;
    if (above(week, th(T::If03WeekPct)))
        return FlagLevel::Caution;
    return std::nullopt;
}

Regions loadedRegions(const Exercise &exercise)
{
    Regions r = exercise.regions;
    if (exercise.loadsLowerBack)
        r.insert(Region::LowerBack);
    return r;
}

QList<SessionAnalysis> analyzeSessions(const QList<Session> &sessions, const ExerciseMap &exercises,
                                       const QHash<qint64, E1rmEstimate> &bestEverBefore,
                                       const QList<SorenessEvent> &soreness)
{
    SessionAnalyzer analyzer = SessionAnalyzer::withBestEstimates(exercises, bestEverBefore, soreness);
    QList<SessionAnalysis> out;
    out.reserve(sessions.size());
    for (const Session &s : sessions)
        out.append(analyzer.add(s));
    return out;
}

} // namespace spotter
