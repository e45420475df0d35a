// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/reporthistory.h"

#include "analysis/e1rm.h"
#include "analysis/sessionanalysis.h"
#include "analysis/thresholds.h"
#include "model/liftedload.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace spotter {

namespace {

using T = Threshold;

constexpr qint64 kWeekSeconds = 7 * 86400;

/// Week index counted back from the session: 0 holds the session and the six days before it.
int weekBack(qint64 secondsBefore)
{
    return static_cast<int>(secondsBefore / kWeekSeconds);
}

struct LiftFacts
{
    qint64 exerciseId = 0;
    bool isNew = false;
    int weeksOnLift = 0;
    std::optional<int> layoffWeeks;
    int weeksSore = 0;
    bool loadJump = false;
};

LiftFacts liftFacts(qint64 exerciseId, Region region, const Session &session, const ReportHistory &h)
{
    LiftFacts f;
    f.exerciseId = exerciseId;
    const qint64 t = session.start.toSecsSinceEpoch();
    const int lookback = static_cast<int>(th(T::Sr17LookbackWeeks));
    // Sessions of this lift per week back, and whether every one of them was followed by soreness.
    // The session itself is sore by definition: it is the one the report is about.
    QMap<int, int> sessionsInWeek{{0, 1}};
    QMap<int, bool> allSore{{0, true}};
    std::optional<qint64> previousGap;
    QList<EarlierTop> earlierTops;
    for (const LiftSession &ls : h.liftSessions) {
        if (ls.exerciseId != exerciseId || ls.sessionId == session.id)
            continue;
        const qint64 before = t - ls.start.toSecsSinceEpoch();
        if (before < 0 || (before == 0 && ls.sessionId > session.id))
            continue;
        const int week = weekBack(before);
        if (week >= lookback)
            continue;
        sessionsInWeek[week] += 1;
        allSore[week] = allSore.value(week, true) && h.soreRegions.value(ls.sessionId).contains(region);
        if (!previousGap || before < *previousGap)
            previousGap = before;
        if (ls.topLoad)
            earlierTops.append({ls.start.date().daysTo(session.start.date()), *ls.topLoad});
    }
    const bool trainedBefore = h.liftedBefore.contains(exerciseId);
    f.isNew = !previousGap && !trainedBefore;

    // Weeks on the lift: the run of weeks back from the session that a layoff does not break.
    const int layoffBreak = static_cast<int>(th(T::Sr19LayoffWeeks));
    int lastTrained = 0;
    int empty = 0;
    bool laidOff = false;
    for (int week = 1; week < lookback && !laidOff; ++week) {
        if (sessionsInWeek.value(week) > 0) {
            lastTrained = week;
            empty = 0;
        } else {
            laidOff = ++empty >= layoffBreak;
        }
    }
    // A run that reaches the end of the window and goes on before it is at least that long.
    f.weeksOnLift = !laidOff && trainedBefore ? lookback : lastTrained + 1;

    if (previousGap)
        f.layoffWeeks = std::max(0, weekBack(*previousGap) - 1);
    else if (trainedBefore)
        f.layoffWeeks = lookback;

    // Weeks sore after every session: consecutive weeks back, each with enough sessions of the
    // lift, every one of them followed by soreness in this region.
    const int perWeek = static_cast<int>(th(T::Sr17SessionsPerWeek));
    for (int week = 0; week < lookback; ++week) {
        if (sessionsInWeek.value(week) < perWeek || !allSore.value(week, false))
            break;
        ++f.weeksSore;
    }

    // The load lifted, as the store's top loads count it (liftedload.h).
    const auto ex = h.exercises.constFind(exerciseId);
    const bool assisted = ex != h.exercises.constEnd() && ex->assisted;
    Weight top;
    for (const WorkoutSet &s : session.sets) {
        const auto load = liftedLoad(s, assisted, session.bodyweight);
        if (s.exerciseId == exerciseId && !s.isWarmup() && load && *load > top)
            top = *load;
    }
    f.loadJump = loadJumpLevel(top, earlierTops).has_value();
    return f;
}

} // namespace

QList<qint64> liftsBehind(const Session &session, const ExerciseMap &exercises, Region region)
{
    QList<qint64> loading;
    QList<qint64> main;
    QList<qint64> all;
    for (const WorkoutSet &s : session.sets) {
        if (s.isWarmup() || all.contains(s.exerciseId))
            continue;
        all.append(s.exerciseId);
        const auto ex = exercises.constFind(s.exerciseId);
        if (ex == exercises.constEnd())
            continue;
        if (loadedRegions(*ex).contains(region))
            loading.append(s.exerciseId);
        if (ex->isMainLift())
            main.append(s.exerciseId);
    }
    if (!loading.isEmpty())
        return loading;
    return main.isEmpty() ? all : main;
}

HistoryInputs deriveHistory(const SorenessReport &report, const ReportHistory &h)
{
    HistoryInputs out;
    out.age = h.athlete.ageIn(report.noticedAt.date().year());
    out.flags.set(HistoryFlag::PriorInjury, h.athlete.health.priorBackInjury);
    out.flags.set(HistoryFlag::SteroidsOrOsteoporosis, h.athlete.health.steroidsOrOsteoporosis);
    out.flags.set(HistoryFlag::Cancer, h.athlete.health.cancerHistory);
    out.flags.set(HistoryFlag::Immunosuppressed, h.athlete.health.immunosuppressed);
    if (!h.session)
        return out;
    const Session &session = *h.session;
    out.lifts = liftsBehind(session, h.exercises, report.region);
    if (out.lifts.isEmpty())
        return out;

    // Only the class is used: it depends on the recent bests, not on the best ever (PRs).
    Baselines baselines;
    const auto recent = bestE1rmByExercise(h.recentCandidates);
    for (auto it = recent.cbegin(); it != recent.cend(); ++it)
        baselines[it.key()].recentBest = it.value();
    out.sessionClass = classifySession(session, h.exercises, baselines).cls;
    out.flags.set(HistoryFlag::AfterTesting, out.sessionClass == IntensityClass::Testing);

    QList<LiftFacts> facts;
    bool allNew = true;
    bool anyTwoSided = false;
    bool anyKnown = false;
    for (qint64 id : out.lifts) {
        facts.append(liftFacts(id, report.region, session, h));
        allNew = allNew && facts.last().isNew;
        if (facts.last().loadJump)
            out.flags.insert(HistoryFlag::AfterLoadJump);
        const auto ex = h.exercises.constFind(id);
        if (ex != h.exercises.constEnd()) {
            anyKnown = true;
            anyTwoSided = anyTwoSided || !ex->unilateral;
        }
    }
    out.flags.set(HistoryFlag::FirstTimeLift, allNew);
    if (anyKnown)
        out.bilateralLift = anyTwoSided;
    // Report the lift whose history is most worrying (bias to safety).
    const auto primary =
        std::max_element(facts.cbegin(), facts.cend(), [](const LiftFacts &a, const LiftFacts &b) {
            return std::pair(a.weeksSore, a.weeksOnLift) < std::pair(b.weeksSore, b.weeksOnLift);
        });
    out.primaryLift = primary->exerciseId;
    out.weeksOnLift = primary->weeksOnLift;
    out.layoffWeeks = primary->layoffWeeks;
    out.weeksSoreEverySession = primary->weeksSore;
    return out;
}

TriageInput triageInput(const SorenessReport &report, const ReportHistory &history, const QDateTime &now)
{
    TriageInput in;
    in.region = report.region;
    if (history.session)
        in.onsetHours = report.onsetHours(history.session->end());
    in.durationHours = report.durationHours(now);
    in.resolved = report.isResolved();
    in.intensity = report.intensity;
    in.character = report.character;
    in.trend = report.trend;
    in.side = report.side;
    in.signs = report.signs;
    in.redFlags = report.redFlags;

    const HistoryInputs h = deriveHistory(report, history);
    in.weeksOnLift = h.weeksOnLift;
    in.layoffWeeks = h.layoffWeeks;
    in.weeksSoreEverySession = h.weeksSoreEverySession;
    in.age = h.age;
    in.history = h.flags;
    in.bilateralLift = h.bilateralLift;
    // What the lifter said about the lift wins over what the session suggests.
    if (report.oneSided)
        in.bilateralLift = false;
    in.lift = report.lift;
    if (in.lift.isEmpty() && h.primaryLift) {
        const auto primary = history.exercises.constFind(h.primaryLift);
        if (primary != history.exercises.cend())
            in.lift = primary->name;
    }
    return in;
}

TriageResult triageReport(const SorenessReport &report, const ReportHistory &history, const QDateTime &now)
{
    return triage(triageInput(report, history, now));
}

} // namespace spotter
