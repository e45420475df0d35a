// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/sessionanalyzer.h"

#include "analysis/ruletable.h"
#include "analysis/thresholds.h"

#include <algorithm>

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

const SessionAnalyzer::LiftSummary *SessionAnalyzer::Recent::lift(qint64 exerciseId) const
{
    for (const LiftSummary &l : lifts) {
        if (l.exerciseId == exerciseId)
            return &l;
    }
    return nullptr;
}

SessionAnalyzer::SessionAnalyzer(ExerciseMap exercises, QHash<qint64, Weight> bestEverBefore,
                                 QList<SorenessEvent> soreness)
    : m_exercises(std::move(exercises))
    , m_bestEver(std::move(bestEverBefore))
    , m_soreness(std::move(soreness))
    , m_recentWindow(days(th(T::E1rmBestWeeks) * 7.0))
    // IF-03 counts calendar days in each session's own UTC offset, which can shift a date by a
    // day either way: keep two days more than its window.
    , m_keepWindow(std::max(days(th(T::If01Days)), days(th(T::If03TwoWeekDays) + 2.0)))
{}

SessionAnalyzer SessionAnalyzer::withBestEstimates(ExerciseMap exercises,
                                                   const QHash<qint64, E1rmEstimate> &bestEverBefore,
                                                   QList<SorenessEvent> soreness)
{
    SessionAnalyzer analyzer(std::move(exercises), {}, std::move(soreness));
    for (auto it = bestEverBefore.cbegin(); it != bestEverBefore.cend(); ++it) {
        analyzer.m_bestEver.insert(it.key(), it->value);
        analyzer.m_bestEverMethod.insert(it.key(), it->method);
    }
    return analyzer;
}

Baselines SessionAnalyzer::baselinesFor(const Session &session)
{
    const qint64 t = session.start.toSecsSinceEpoch();
    Baselines baselines;
    for (const WorkoutSet &set : session.sets) {
        const qint64 id = set.exerciseId;
        if (baselines.contains(id))
            continue;
        LiftBaseline &b = baselines[id];
        const auto bests = m_recentBest.find(id);
        if (bests != m_recentBest.end()) {
            std::deque<Best> &window = *bests;
            while (!window.empty() && t - window.front().startUtc >= m_recentWindow)
                window.pop_front();
            if (!window.empty())
                b.recentBest = window.front().e1rm;
        }
        const auto ever = m_bestEver.constFind(id);
        if (ever != m_bestEver.constEnd())
            b.bestEver = *ever;
        if (const auto method = m_bestEverMethod.constFind(id); method != m_bestEverMethod.constEnd())
            b.bestEverMethod = *method;
    }
    return baselines;
}

SessionAnalysis SessionAnalyzer::add(const Session &session, Detail detail)
{
    SessionAnalysis a;
    a.sessionId = session.id;
    a.start = session.start;
    a.intensity = classifySession(session, m_exercises, baselinesFor(session));
    a.srpeLoad = session.srpeLoad();
    if (detail == Detail::Full)
        raiseFlags(session, a);
    remember(session, a);
    return a;
}

void SessionAnalyzer::raiseFlags(const Session &session, SessionAnalysis &a) const
{
    const qint64 t = session.start.toSecsSinceEpoch();
    for (const LiftIntensity &lift : a.intensity.lifts) {
        const qint64 id = lift.exerciseId;
        // IF-01: more than the allowed tests of this lift within the window, this one included.
        if (lift.cls == IntensityClass::Testing) {
            int tests = 1;
            for (auto it = m_recent.crbegin();
                 it != m_recent.crend() && t - it->startUtc < days(th(T::If01Days)); ++it) {
                const LiftSummary *other = it->lift(id);
                tests += other && other->cls == IntensityClass::Testing ? 1 : 0;
            }
            if (tests > th(T::If01MaxTests))
                a.flags.append(makeFlag(u"testing_too_often", u"IF-01", id));
        }
        // IF-02: a run of hard or testing sessions of this lift, this one included.
        if (lift.cls >= IntensityClass::Hard && 1 + m_hardRun.value(id) >= th(T::If02Sessions))
            a.flags.append(makeFlag(u"no_easy_days", u"IF-02", id));
        // IF-03: top load against the heaviest of the previous one and two weeks.
        if (lift.topLoad) {
            QList<EarlierTop> earlier;
            for (auto it = m_recent.crbegin(); it != m_recent.crend(); ++it) {
                const qint64 daysBefore = it->date.daysTo(session.start.date());
                if (daysBefore > th(T::If03TwoWeekDays))
                    break;
                const LiftSummary *other = it->lift(id);
                if (other && other->topLoad)
                    earlier.append({daysBefore, *other->topLoad});
            }
            if (const auto level = loadJumpLevel(*lift.topLoad, earlier))
                a.flags.append(makeFlag(u"load_jump", u"IF-03", id, level));
        }
        // IF-04: still sore where this lift loads, shortly before testing it.
        const auto ex = m_exercises.constFind(id);
        if (lift.cls == IntensityClass::Testing && ex != m_exercises.constEnd()) {
            for (const SorenessEvent &e : m_soreness) {
                if (soreBeforeTest(e, session.start, loadedRegions(*ex))) {
                    a.flags.append(makeFlag(u"postpone_test", u"IF-04", id));
                    break;
                }
            }
        }
    }
}

void SessionAnalyzer::remember(const Session &session, const SessionAnalysis &a)
{
    const qint64 t = session.start.toSecsSinceEpoch();
    Recent recent{t, session.start.date(), {}};
    recent.lifts.reserve(a.intensity.lifts.size());
    for (const LiftIntensity &lift : a.intensity.lifts) {
        const qint64 id = lift.exerciseId;
        recent.lifts.append({id, lift.cls, lift.topLoad});
        const auto run = m_hardRun.find(id);
        if (lift.cls >= IntensityClass::Hard)
            m_hardRun.insert(id, run == m_hardRun.end() ? 1 : *run + 1);
        else if (run != m_hardRun.end())
            *run = 0;
        // A lift's best e1RM is that of its sets, warm-ups having none: bestE1rmByExercise().
        if (!lift.bestE1rm)
            continue;
        const Weight best = *lift.bestE1rm;
        std::deque<Best> &window = m_recentBest[id];
        // A later session with an e1RM at least as high outlives the earlier ones in the window.
        while (!window.empty() && window.back().e1rm <= best)
            window.pop_back();
        window.push_back({t, best});
        const auto ever = m_bestEver.find(id);
        if (ever == m_bestEver.end() || best > *ever) {
            m_bestEver.insert(id, best);
            if (lift.bestE1rmMethod)
                m_bestEverMethod.insert(id, *lift.bestE1rmMethod);
            else
                m_bestEverMethod.remove(id);
        }
    }
    m_recent.push_back(std::move(recent));
    while (t - m_recent.front().startUtc >= m_keepWindow)
        m_recent.pop_front();
}

} // namespace spotter
