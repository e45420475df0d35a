// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthetic/trainingsimulator.h"

#include "analysis/e1rm.h"
#include "synthetic/generatedsoreness.h"

#include <algorithm>
#include <cmath>

namespace spotter {

namespace {

using G = GenLift;
using S = AccessorySlot;

constexpr double kKgPerLb = 0.45359237;
constexpr int kFreshAfterDays = 14; ///< two weeks off brings DOMS back (sr19.layoff_weeks)

int testedIndex(G lift)
{
    switch (lift) {
    case G::Squat: return 0;
    case G::Bench: return 1;
    case G::Deadlift: return 2;
    default: return 3;
    }
}

double halfSteps(double value)
{
    return std::round(value * 2.0) / 2.0;
}

/// Reps plus reps in reserve a lifter has at @p fraction of their true 1RM, from the RTS chart
/// the analysis uses, so that logged RPEs and the e1RMs derived from them agree.
double capacity(double fraction)
{
    if (fraction >= 1.0)
        return 1.0;
    double reps = 1.0;
    for (double x = 1.0; x <= 15.0; x += 0.5) {
        const auto f = rtsFraction(x);
        if (f && *f >= fraction)
            reps = x;
    }
    return reps >= 15.0 ? 16.0 : reps;
}

const QList<QString> &sessionNotes()
{
    static const QList<QString> notes{
        QStringLiteral("Slept badly."),   QStringLiteral("Felt strong today."),
        QStringLiteral("Short on time."), QStringLiteral("Gym was busy, long waits for the rack."),
        QStringLiteral("New shoes."),     QStringLiteral("Trained with a partner.")};
    return notes;
}

const QList<QString> &setNotes()
{
    static const QList<QString> notes{QStringLiteral("Belt"), QStringLiteral("Paused reps"),
                                      QStringLiteral("Bar speed good"), QStringLiteral("Grip slipped"),
                                      QStringLiteral("Knee sleeves")};
    return notes;
}

} // namespace

struct TrainingSimulator::DayPlan
{
    const char16_t *title;
    QList<G> primary;
    QList<G> secondary;
    QList<S> accessories;
    bool light;
};

const QList<TrainingSimulator::DayPlan> &TrainingSimulator::plans() const
{
    static const QList<DayPlan> three{
        {u"Squat & Bench", {G::Squat, G::Bench}, {G::Row}, {S::Legs, S::Pull}, false},
        {u"Deadlift & Press", {G::Deadlift, G::Press}, {}, {S::Pull, S::Arms, S::Core}, false},
        {u"Squat & Bench, light", {G::Squat, G::Bench}, {G::Rdl}, {S::Legs, S::Arms}, true}};
    static const QList<DayPlan> four{
        {u"Lower A", {G::Squat}, {G::Rdl}, {S::Legs, S::Legs, S::Core}, false},
        {u"Upper A", {G::Bench}, {G::Row}, {S::Pull, S::Arms}, false},
        {u"Lower B", {G::Deadlift}, {G::FrontSquat}, {S::Legs, S::Core}, false},
        {u"Upper B", {G::Press}, {G::Incline}, {S::Pull, S::Push, S::Arms}, false}};
    return m_profile.trainingDays.size() >= 4 ? four : three;
}

TrainingSimulator::TrainingSimulator(AthleteProfile profile, const GeneratorCatalogue &catalogue,
                                     quint64 seed)
    : m_profile(std::move(profile))
    , m_catalogue(catalogue)
    , m_rng(seed)
    , m_trueMax(m_profile.startMaxKg)
    , m_plannedMax(m_profile.startMaxKg)
    , m_bodyweight(m_profile.bodyweightKg)
    , m_gain(m_profile.weeklyGain)
{
    for (const DayPlan &plan : plans()) {
        QList<G> picks;
        for (S slot : plan.accessories) {
            QList<G> choices = GeneratorCatalogue::inSlot(slot);
            choices.removeIf([&](G g) { return picks.contains(g); });
            picks.append(m_rng.pick(choices));
        }
        m_accessories.append(picks);
    }
    m_blockLength = m_rng.between(4, 6);
}

void TrainingSimulator::startBlock()
{
    m_blockLength = m_rng.between(4, 6);
    m_weekInBlock = 0;
    for (int i = 0; i < 4; ++i) {
        if (!m_testedThisWeek[static_cast<std::size_t>(i)])
            m_plannedMax[static_cast<std::size_t>(i)] =
                m_trueMax[static_cast<std::size_t>(i)] * (1.0 + m_rng.normal(0.0, 0.02));
    }
    // Some accessories change between blocks: the first sessions with a new one bring DOMS.
    for (QList<G> &picks : m_accessories) {
        for (qsizetype i = 0; i < picks.size(); ++i) {
            if (!m_rng.chance(0.3))
                continue;
            QList<G> choices =
                GeneratorCatalogue::inSlot(GeneratorCatalogue::exercise(picks[i]).slot.value());
            choices.removeIf([&](G g) { return picks.contains(g); });
            if (!choices.isEmpty())
                picks[i] = m_rng.pick(choices);
        }
    }
}

WeekKind TrainingSimulator::beginWeek()
{
    m_testedThisWeek.fill(false);
    m_amrapThisWeek = false;
    if (m_layoffLeft > 0) {
        --m_layoffLeft;
        return WeekKind::Layoff;
    }
    if (m_profile.layoffWeeks.contains(m_week))
        return WeekKind::Layoff;
    if (m_week >= 4 && m_rng.chance(m_profile.layoffRate)) {
        m_layoffLeft = m_rng.between(1, 4) - 1;
        return WeekKind::Layoff;
    }
    const bool lastOfBlock = m_weekInBlock >= m_blockLength - 1;
    const bool due = m_weeksSinceTest + 1 >= m_profile.testEveryWeeks;
    if (due && (m_profile.testsWhenDue || lastOfBlock))
        return WeekKind::Testing;
    return lastOfBlock ? WeekKind::Deload : WeekKind::Normal;
}

void TrainingSimulator::endWeek(WeekKind kind)
{
    ++m_week;
    ++m_weeksSinceTest;
    m_bodyweight = std::clamp(m_bodyweight + m_rng.normal(m_profile.bodyweightDriftKg, 0.15), 45.0, 160.0);
    if (kind == WeekKind::Layoff) {
        for (double &max : m_trueMax)
            max *= 0.985;
        if (m_layoffLeft == 0 && !m_profile.layoffWeeks.contains(m_week))
            startBlock();
        return;
    }
    // Gains slow as the athlete trains; deloads and test weeks add little.
    const double factor = kind == WeekKind::Deload ? 0.3 : kind == WeekKind::Testing ? 0.5 : 1.0;
    static constexpr std::array<double, 4> kLiftShare{1.0, 0.8, 1.0, 0.7};
    for (std::size_t i = 0; i < 4; ++i) {
        const double g = (m_gain + 0.0005) * factor * std::max(0.0, 1.0 + 0.5 * m_rng.normal());
        m_trueMax[i] *= 1.0 + g * kLiftShare[i];
    }
    m_gain *= 0.985;
    if (kind == WeekKind::Testing)
        m_weeksSinceTest = 0;
    if (kind == WeekKind::Testing || kind == WeekKind::Deload)
        startBlock();
    else
        ++m_weekInBlock;
}

GeneratedWeek TrainingSimulator::nextWeek(QDate monday)
{
    GeneratedWeek out;
    const WeekKind kind = beginWeek();
    if (kind != WeekKind::Layoff) {
        const qsizetype perDay = std::max(1, m_profile.sessionsPerDay);
        for (qsizetype n = 0; n < m_profile.trainingDays.size() * perDay; ++n) {
            if (m_rng.chance(m_profile.missRate))
                continue;
            const int weekday = m_profile.trainingDays.at(n / perDay);
            const int dayIndex = m_week * 7 + weekday;
            GeneratedSession generated;
            generated.index = m_sessions++;
            QList<G> lifts;
            QList<G> tested;
            const int usualMinute = n % perDay == 0 ? m_profile.startMinute : m_profile.secondStartMinute;
            buildSession(generated, static_cast<int>(n % plans().size()), monday.addDays(weekday),
                         usualMinute, kind, lifts, tested);
            QList<G> fresh;
            for (G lift : std::as_const(lifts)) {
                const auto last = m_lastTrainedDay.constFind(static_cast<int>(lift));
                if (last == m_lastTrainedDay.cend() || dayIndex - *last >= kFreshAfterDays)
                    fresh.append(lift);
                m_lastTrainedDay.insert(static_cast<int>(lift), dayIndex);
            }
            const SessionFacts facts{generated.session, lifts, fresh, tested};
            for (SorenessReport &r : drawSoreness(m_rng, m_profile, facts))
                out.reports.append({generated.index, std::move(r)});
            for (const ScriptedSoreness &script : std::as_const(m_profile.scripted)) {
                const bool first =
                    std::none_of(out.sessions.cbegin(), out.sessions.cend(), [&](const auto &g) {
                        return std::any_of(
                            g.session.sets.cbegin(), g.session.sets.cend(), [&](const WorkoutSet &w) {
                                return w.exerciseId == m_catalogue.id(script.lift) && !w.isWarmup();
                            });
                    });
                if (script.week == m_week && lifts.contains(script.lift) && first)
                    out.reports.append({generated.index, scriptedReport(script, generated.session)});
            }
            out.sessions.append(std::move(generated));
        }
    }
    endWeek(kind);
    return out;
}

void TrainingSimulator::buildSession(GeneratedSession &out, int day, QDate date, int usualMinute,
                                     WeekKind kind, QList<GenLift> &lifts, QList<GenLift> &tested)
{
    const DayPlan &plan = plans().at(day);
    Session &s = out.session;
    const int minute = std::clamp(usualMinute + 5 * m_rng.between(-4, 4), 5 * 60, 22 * 60);
    s.start = withLocalOffset(QDateTime(date, QTime(minute / 60, minute % 60)));
    s.title = QString::fromUtf16(plan.title);
    if (kind == WeekKind::Testing && !plan.light)
        s.title = QStringLiteral("Test day: ") + s.title;
    s.source.kind = SourceKind::Generated;

    for (G lift : plan.primary) {
        bool testedIt = false;
        mainLift(s, lift, true, plan.light, kind, testedIt);
        lifts.append(lift);
        if (testedIt)
            tested.append(lift);
    }
    if (kind != WeekKind::Testing || plan.light) {
        for (G lift : plan.secondary) {
            bool testedIt = false;
            mainLift(s, lift, false, plan.light, kind, testedIt);
            lifts.append(lift);
        }
    }
    const QList<G> &picks = m_accessories.at(day);
    const qsizetype count = kind == WeekKind::Testing && !plan.light ? 1 : picks.size();
    for (qsizetype i = 0; i < count; ++i) {
        accessory(s, picks.at(i), kind);
        lifts.append(picks.at(i));
    }

    s.durationMin = std::clamp(static_cast<int>(std::lround(10.0 + 2.2 * static_cast<double>(s.sets.size())
                                                            + m_rng.normal(0.0, 5.0))),
                               20, 150);
    double srpe = kind == WeekKind::Deload    ? 4.5
                  : kind == WeekKind::Testing ? 8.5
                  : plan.light                ? 6.0
                                              : 6.5 + 0.4 * m_weekInBlock;
    srpe = std::clamp(halfSteps(srpe + m_rng.normal(0.0, 0.5)), 1.0, 10.0);
    if (m_profile.logsSessionRpe && m_rng.chance(0.9))
        s.sessionRpe = srpe;
    if (m_profile.logsBodyweight && m_rng.chance(0.5)) {
        const WeightUnit unit = m_profile.athlete.unit;
        const double value = unit == WeightUnit::Kg ? m_bodyweight : m_bodyweight / kKgPerLb;
        s.bodyweight = Weight::from(std::round(value * 10.0) / 10.0, unit);
    }
    if (std::any_of(s.sets.cbegin(), s.sets.cend(), [](const WorkoutSet &w) { return w.isWarmup(); }))
        s.warmupDone = true;
    if (m_rng.chance(0.04))
        s.notes = m_rng.pick(sessionNotes());
}

double TrainingSimulator::trueMaxKg(GenLift lift) const
{
    const GenExercise &e = GeneratorCatalogue::exercise(lift);
    return m_trueMax[static_cast<std::size_t>(testedIndex(e.base))] * e.ratio;
}

double TrainingSimulator::plannedMaxKg(GenLift lift) const
{
    const GenExercise &e = GeneratorCatalogue::exercise(lift);
    return m_plannedMax[static_cast<std::size_t>(testedIndex(e.base))] * e.ratio;
}

Weight TrainingSimulator::load(double kg, LoadKind kind, bool roundDown) const
{
    const bool metric = m_profile.athlete.unit == WeightUnit::Kg;
    double step = metric ? 2.5 : 5.0;
    double minimum = metric ? 20.0 : 45.0; // the empty bar
    if (kind == LoadKind::Dumbbell) {
        step = metric ? 2.0 : 5.0;
        minimum = step;
    } else if (kind == LoadKind::Machine) {
        step = metric ? 5.0 : 10.0;
        minimum = step;
    }
    const double value = metric ? kg : kg / kKgPerLb;
    const double steps = roundDown ? std::floor(value / step) : std::round(value / step);
    return Weight::from(std::max(minimum, steps * step), m_profile.athlete.unit);
}

std::optional<double> TrainingSimulator::loggedRpe(double rpe, bool mainLift)
{
    const bool logs =
        m_profile.rpe == RpeLogging::All || (m_profile.rpe == RpeLogging::MainLifts && mainLift);
    if (!logs || m_rng.chance(0.05))
        return std::nullopt;
    return std::clamp(halfSteps(rpe), 6.0, 10.0);
}

std::optional<int> TrainingSimulator::rest(int meanSeconds)
{
    if (!m_profile.logsRest)
        return std::nullopt;
    const double seconds = m_rng.normal(meanSeconds, meanSeconds * 0.15);
    return std::clamp(static_cast<int>(std::lround(seconds / 5.0)) * 5, 30, 600);
}

void TrainingSimulator::addSet(Session &s, GenLift lift, SetKind kind, Weight weight, std::optional<int> reps,
                               std::optional<double> rpe, std::optional<int> restSeconds)
{
    WorkoutSet w;
    w.exerciseId = m_catalogue.id(lift);
    w.position = static_cast<int>(s.sets.size());
    w.kind = kind;
    if (weight.grams() > 0)
        w.weight = weight;
    w.reps = reps;
    w.rpe = rpe;
    if (!s.sets.isEmpty())
        w.restSeconds = restSeconds;
    s.sets.append(w);
}

void TrainingSimulator::warmups(Session &s, GenLift lift, Weight firstWorking, int count)
{
    static const QList<QList<double>> ramps{{0.6}, {0.0, 0.6}, {0.0, 0.5, 0.75}, {0.0, 0.4, 0.6, 0.8}};
    static const QList<int> reps{8, 5, 3, 2};
    const QList<double> &ramp = ramps.at(std::clamp(count, 1, 4) - 1);
    Weight previous;
    for (qsizetype i = 0; i < ramp.size(); ++i) {
        const Weight w = load(firstWorking.kg() * ramp.at(i), LoadKind::Barbell);
        if (w <= previous || w >= firstWorking)
            continue;
        addSet(s, lift, SetKind::Warmup, w, reps.at(std::min<qsizetype>(i, reps.size() - 1)), std::nullopt,
               rest(75));
        previous = w;
    }
}

void TrainingSimulator::mainLift(Session &s, GenLift lift, bool primary, bool light, WeekKind kind,
                                 bool &testedIt)
{
    const double trueMax = trueMaxKg(lift);
    const double planned = plannedMaxKg(lift);
    if (kind == WeekKind::Testing && primary && !light && GeneratorCatalogue::isTested(lift)) {
        // Work up to heavy singles; the last one is a max at RPE 9.5–10 (IR-02, IS-01).
        const Weight opener = load(planned * 0.9, LoadKind::Barbell);
        warmups(s, lift, opener, 4);
        addSet(s, lift, SetKind::Warmup, load(planned * 0.85, LoadKind::Barbell), 1, std::nullopt, rest(150));
        Weight previous = opener;
        addSet(s, lift, SetKind::Working, opener, 1,
               loggedRpe(10.0 - (capacity(opener.kg() / trueMax) - 1.0), true),
               rest(m_profile.restMainSeconds + 60));
        for (const double pct : {0.95, m_rng.uniform(0.965, 1.0)}) {
            const Weight single = load(trueMax * pct, LoadKind::Barbell, true);
            if (single <= previous)
                continue;
            const double rpe = pct >= 0.965 ? (m_rng.chance(0.6) ? 10.0 : 9.5)
                                            : 10.0 - (capacity(single.kg() / trueMax) - 1.0);
            addSet(s, lift, SetKind::Working, single, 1, loggedRpe(rpe, true),
                   rest(m_profile.restMainSeconds + 90));
            previous = single;
        }
        m_plannedMax[static_cast<std::size_t>(testedIndex(lift))] = previous.kg() / 0.98;
        m_testedThisWeek[static_cast<std::size_t>(testedIndex(lift))] = true;
        testedIt = true;
        return;
    }
    // Reps drop and the target RPE rises through a block (6.5 to 8); a deload is easy work, the
    // light day of a three-day programme lighter and longer.
    const int k = m_weekInBlock;
    int reps = primary ? std::max(3, 8 - k) : 8;
    double targetRpe = primary ? std::min(8.0, 6.5 + 0.5 * k) : 7.0;
    int sets = primary ? m_profile.workingSets : m_profile.secondarySets;
    if (kind == WeekKind::Deload) {
        reps = 5;
        targetRpe = 5.0;
        sets = primary ? 3 : 2;
    } else if (light) {
        reps += 2;
        targetRpe -= 1.5;
    }
    const double pct = rtsFraction(reps + 10.0 - targetRpe).value_or(0.6);
    const Weight working = load(planned * pct, LoadKind::Barbell);
    const int warmupCount = !primary ? 1 : working.kg() >= 80.0 ? 4 : working.kg() >= 50.0 ? 3 : 2;
    warmups(s, lift, working, warmupCount);
    const int restMean = primary ? m_profile.restMainSeconds : 120;
    const bool heavyDay = kind == WeekKind::Normal && !light;
    for (int i = 0; i < sets; ++i) {
        // Each set leaves a little less in the tank.
        const double cap = capacity(working.kg() / trueMax) - 0.15 * i;
        const int possible = std::max(1, static_cast<int>(std::floor(cap)));
        // One rep-out a week, usually stopped a rep short (IR-04: hard, not testing).
        if (primary && heavyDay && m_profile.amrap && !m_amrapThisWeek && i == sets - 1) {
            m_amrapThisWeek = true;
            const int done = std::max(1, possible - (m_rng.chance(0.7) ? 1 : 0));
            const double rpe = 10.0 - std::max(0.0, cap - done);
            addSet(s, lift, SetKind::Amrap, working, done,
                   m_rng.chance(0.9) ? loggedRpe(rpe, true) : std::nullopt, rest(restMean));
            continue;
        }
        if (heavyDay && m_rng.chance(0.002)) {
            addSet(s, lift, SetKind::Failure, working, possible, std::nullopt, rest(restMean));
            continue;
        }
        const int done = std::min(reps, possible);
        double rpe = 10.0 - std::max(0.0, cap - done);
        if (m_rng.chance(0.35))
            rpe += m_rng.chance(0.5) ? 0.5 : -0.5;
        addSet(s, lift, SetKind::Working, working, done, loggedRpe(rpe, true), rest(restMean));
        if (m_rng.chance(0.005))
            s.sets.last().notes = m_rng.pick(setNotes());
    }
}

void TrainingSimulator::accessory(Session &s, GenLift lift, WeekKind kind)
{
    const GenExercise &e = GeneratorCatalogue::exercise(lift);
    const int sets = kind == WeekKind::Deload ? 2 : m_profile.accessorySets;
    const int target = 8 + (static_cast<int>(lift) % 3) * 2; // 8, 10 or 12 reps
    if (e.load == LoadKind::Timed) {
        for (int i = 0; i < sets; ++i) {
            addSet(s, lift, SetKind::Working, Weight(), std::nullopt, std::nullopt, rest(60));
            s.sets.last().seconds = m_rng.between(6, 18) * 5;
        }
        return;
    }
    if (e.load == LoadKind::Bodyweight) {
        // Reps follow relative strength: a bench press of body weight gives about ten pull-ups.
        const double relative = m_trueMax[1] / m_bodyweight;
        const int best = std::clamp(static_cast<int>(std::lround(10.0 * relative)), 3, 20);
        for (int i = 0; i < sets; ++i) {
            const int done = std::max(1, best - m_rng.between(2, 4));
            addSet(s, lift, SetKind::Working, Weight(), done,
                   loggedRpe(10.0 - (best - done) + 0.5 * i, false), rest(90));
        }
        return;
    }
    const double progress = (1.0 + 0.015 * m_weekInBlock) * (kind == WeekKind::Deload ? 0.8 : 1.0);
    const Weight weight = load(e.ratio * trueMaxKg(e.base) * progress, e.load);
    static const QList<double> efforts{6.5, 7.0, 7.5};
    const double effort = m_rng.pick(efforts);
    for (int i = 0; i < sets; ++i) {
        const int done = target - (i > 0 && m_rng.chance(0.3) ? 1 : 0);
        addSet(s, lift, SetKind::Working, weight, done, loggedRpe(effort + 0.5 * i, false), rest(90));
    }
    const bool isolation = lift == G::Curl || lift == G::Pushdown || lift == G::LateralRaise
                           || lift == G::LegExtension || lift == G::LegCurl;
    if (m_profile.dropSets && isolation && m_rng.chance(0.3))
        addSet(s, lift, SetKind::Drop, load(weight.kg() * 0.7, e.load), target + 4, loggedRpe(9.5, false),
               m_profile.logsRest ? std::optional<int>(15) : std::nullopt);
}

} // namespace spotter
