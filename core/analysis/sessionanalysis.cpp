// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/sessionanalysis.h"

#include "analysis/e1rm.h"
#include "analysis/ruletable.h"
#include "analysis/thresholds.h"

#include <deque>

namespace spotter {

namespace {

using T = Threshold;

qint64 days(double n)
{
    return static_cast<qint64>(n * 86400.0);
}

SessionFlag makeFlag(const char16_t *key, QStringView rule, qint64 exerciseId,
                     std::optional<FlagLevel> level = std::nullopt)
{
    return {QString::fromUtf16(key), rule.toString(), exerciseId, level, RuleTable::advice(rule)};
}

bool soreBeforeTest(const SorenessEvent &e, const QDateTime &start, Regions regions)
{
    if (e.severity < Severity{SorenessClass::Doms, std::nullopt} || !regions.contains(e.region))
        return false;
    const QDateTime windowStart = start.addSecs(-static_cast<qint64>(th(T::If04Hours) * 3600.0));
    if (e.noticedAt >= start)
        return false;
    // Noticed in the window, or noticed earlier and still there when the window opened.
    return e.noticedAt >= windowStart || (e.resolvedAt && *e.resolvedAt > windowStart);
}

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
                                       const QHash<qint64, Weight> &bestEverBefore,
                                       const QList<SorenessEvent> &soreness)
{
    QList<SessionAnalysis> out;
    out.reserve(sessions.size());
    QHash<qint64, Weight> bestEver = bestEverBefore;
    const qint64 recentWindow = days(th(T::E1rmBestWeeks) * 7.0);
    // Per exercise, the sessions' best e1RMs in the window as a monotone queue (times rising,
    // values falling): its front is the best of the window, at O(1) per session instead of a
    // scan of every session in it (a coach's history has thousands).
    struct Best
    {
        qint64 start;
        Weight e1rm;
    };
    QHash<qint64, std::deque<Best>> window;

    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const Session &s = sessions[i];
        const qint64 t = s.start.toSecsSinceEpoch();
        Baselines baselines;
        for (const WorkoutSet &set : s.sets) {
            if (baselines.contains(set.exerciseId))
                continue;
            LiftBaseline &b = baselines[set.exerciseId];
            const auto queue = window.find(set.exerciseId);
            if (queue != window.end()) {
                while (!queue->empty() && t - queue->front().start >= recentWindow)
                    queue->pop_front();
                if (!queue->empty())
                    b.recentBest = queue->front().e1rm;
            }
            const auto ever = bestEver.constFind(set.exerciseId);
            if (ever != bestEver.cend())
                b.bestEver = *ever;
        }

        SessionAnalysis a;
        a.sessionId = s.id;
        a.start = s.start;
        a.intensity = classifySession(s, exercises, baselines);
        a.srpeLoad = s.srpeLoad();
        const QHash<qint64, Weight> best = bestE1rmByExercise(s.sets);
        for (auto it = best.cbegin(); it != best.cend(); ++it) {
            std::deque<Best> &queue = window[it.key()];
            while (!queue.empty() && queue.back().e1rm <= it.value())
                queue.pop_back();
            queue.push_back({t, it.value()});
            if (!bestEver.contains(it.key()) || it.value() > bestEver.value(it.key()))
                bestEver.insert(it.key(), it.value());
        }

        for (const LiftIntensity &lift : a.intensity.lifts) {
            const qint64 id = lift.exerciseId;
            // IF-01: more than the allowed tests of this lift within the window, this one included.
            if (lift.cls == IntensityClass::Testing) {
                int tests = 1;
                for (qsizetype j = i - 1;
                     j >= 0 && t - sessions[j].start.toSecsSinceEpoch() < days(th(T::If01Days)); --j) {
                    const LiftIntensity *other = out[j].intensity.lift(id);
                    tests += other && other->cls == IntensityClass::Testing ? 1 : 0;
                }
                if (tests > th(T::If01MaxTests))
                    a.flags.append(makeFlag(u"testing_too_often", u"IF-01", id));
            }
            // IF-02: a run of hard or testing sessions of this lift.
            if (lift.cls >= IntensityClass::Hard) {
                int run = 1;
                for (qsizetype j = i - 1; j >= 0 && run < th(T::If02Sessions); --j) {
                    const LiftIntensity *other = out[j].intensity.lift(id);
                    if (!other)
                        continue;
                    if (other->cls < IntensityClass::Hard)
                        break;
                    ++run;
                }
                if (run >= th(T::If02Sessions))
                    a.flags.append(makeFlag(u"no_easy_days", u"IF-02", id));
            }
            // IF-03: top load against the heaviest of the previous one and two weeks.
            if (lift.topLoad) {
                QList<EarlierTop> earlier;
                for (qsizetype j = i - 1; j >= 0; --j) {
                    const qint64 daysBefore = sessions[j].start.date().daysTo(s.start.date());
                    if (daysBefore > th(T::If03TwoWeekDays))
                        break;
                    const LiftIntensity *other = out[j].intensity.lift(id);
                    if (other && other->topLoad)
                        earlier.append({daysBefore, *other->topLoad});
                }
                if (const auto level = loadJumpLevel(*lift.topLoad, earlier))
                    a.flags.append(makeFlag(u"load_jump", u"IF-03", id, level));
            }
            // IF-04: still sore where this lift loads, shortly before testing it.
            const auto ex = exercises.constFind(id);
            if (lift.cls == IntensityClass::Testing && ex != exercises.constEnd()) {
                for (const SorenessEvent &e : soreness) {
                    if (soreBeforeTest(e, s.start, loadedRegions(*ex))) {
                        a.flags.append(makeFlag(u"postpone_test", u"IF-04", id));
                        break;
                    }
                }
            }
        }
        out.append(a);
    }
    return out;
}

} // namespace spotter
