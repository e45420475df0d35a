// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/loadsuggestion.h"

#include "analysis/e1rm.h"
#include "analysis/ruletable.h"
#include "analysis/thresholds.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace spotter {

namespace {

using T = Threshold;

// Holds this file's translation context in a form lupdate can follow.
struct Suggestion
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Suggestion)
};

/// The lift's top loads in the sessions before now, as IF-03 reads them.
QList<EarlierTop> earlierTops(qint64 exerciseId, const SuggestionInputs &in)
{
    QList<EarlierTop> out;
    const QDate today = in.now.date();
    for (const SessionAnalysis &a : in.recent) {
        if (a.start > in.now)
            continue;
        const LiftIntensity *lift = a.intensity.lift(exerciseId);
        if (lift && lift->topLoad)
            out.append({a.start.date().daysTo(today), *lift->topLoad});
    }
    return out;
}

/// Last time's top working load of the lift.
std::optional<Weight> lastTop(qint64 exerciseId, const SuggestionInputs &in)
{
    for (auto it = in.recent.crbegin(); it != in.recent.crend(); ++it) {
        if (it->start > in.now)
            continue;
        if (const LiftIntensity *lift = it->intensity.lift(exerciseId); lift && lift->topLoad)
            return lift->topLoad;
    }
    return std::nullopt;
}

/// A session of the lift classed testing within the SG-02 window.
std::optional<QDateTime> recentTest(qint64 exerciseId, const SuggestionInputs &in)
{
    const QDateTime since = in.now.addSecs(-static_cast<qint64>(std::lround(th(T::Sg02Days) * 86400.0)));
    for (auto it = in.recent.crbegin(); it != in.recent.crend(); ++it) {
        if (it->start > in.now || it->start < since)
            continue;
        if (const LiftIntensity *lift = it->intensity.lift(exerciseId);
            lift && lift->cls == IntensityClass::Testing)
            return it->start;
    }
    return std::nullopt;
}

/// The smallest jump a pair of plates makes: how lifts that are not barbell lifts are rounded.
Weight smallestJump(const PlateSet &set)
{
    double smallest = 0.0;
    for (const PlateStock &p : set.plates) {
        if (p.count >= 2 && (smallest == 0.0 || p.size < smallest))
            smallest = p.size;
    }
    return Weight::from(smallest > 0.0 ? 2.0 * smallest : 1.0, set.unit);
}

std::optional<Weight> roundToStep(Weight w, Weight step, bool down)
{
    if (step.grams() <= 0)
        return w;
    const double steps = static_cast<double>(w.grams()) / static_cast<double>(step.grams());
    const double n = down ? std::floor(steps + 1e-9) : std::round(steps);
    if (n <= 0.0)
        return std::nullopt;
    return Weight::fromGrams(static_cast<qint64>(n) * step.grams());
}

class Rounder
{
public:
    Rounder(const Exercise *exercise, const PlateSet &plates)
        : m_barbell(exercise && exercise->isMainLift()), m_calculator(plates), m_step(smallestJump(plates))
    {}
    [[nodiscard]] std::optional<Weight> round(Weight w, bool down) const
    {
        return m_barbell ? m_calculator.round(w, down) : roundToStep(w, m_step, down);
    }
    /// The next weight that can be made below @p w.
    [[nodiscard]] std::optional<Weight> below(Weight w) const
    {
        return w.grams() <= 1 ? std::nullopt : round(Weight::fromGrams(w.grams() - 1), true);
    }
    [[nodiscard]] std::optional<PlateLoadout> loadout(Weight w) const
    {
        return m_barbell ? std::optional(m_calculator.load(w)) : std::nullopt;
    }

private:
    bool m_barbell;
    PlateCalculator m_calculator;
    Weight m_step;
};

QString regionsText(const QList<const SorenessItem *> &items)
{
    QStringList names;
    for (const SorenessItem *i : items) {
        const QString n = displayName(i->region);
        if (!names.contains(n))
            names.append(n);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

QString toKey(SuggestionAction action)
{
    return keyOf(kSuggestionActionKeys, action);
}

std::optional<double> chartFraction(int reps, double rpe)
{
    return rtsFraction(static_cast<double>(reps) + (10.0 - rpe));
}

LoadSuggestion suggestLoad(const RoutineItem &item, const SuggestionInputs &in)
{
    LoadSuggestion out;
    const auto ex = in.exercises.constFind(item.exerciseId);
    const Exercise *exercise = ex == in.exercises.cend() ? nullptr : &*ex;
    const WeightUnit unit = in.plates.unit;
    const Rounder rounder(exercise, in.plates);

    // The chart's load.
    if (const auto best = in.recentBest.constFind(item.exerciseId); best != in.recentBest.cend()) {
        std::optional<double> fraction;
        if (item.pctE1rm)
            fraction = *item.pctE1rm / 100.0;
        else if (item.reps && item.rpe)
            fraction = chartFraction(*item.reps, *item.rpe);
        if (fraction && !item.weight) {
            out.e1rm = *best;
            out.pct = *fraction * 100.0;
            out.chart = Weight::fromGrams(std::llround(static_cast<double>(best->grams()) * *fraction));
        }
    }
    if (!out.chart && item.weight)
        out.chart = item.weight;
    if (!out.chart) {
        out.action = SuggestionAction::Unknown;
        if (item.weight || item.rpe || item.pctE1rm)
            out.reasons.append(Suggestion::tr("No e1RM in the last %1 weeks to work from: enter the load.")
                                   .arg(formatNumber(th(T::E1rmBestWeeks), 0)));
        return out;
    }
    out.action = SuggestionAction::Chart;

    // SG-01: the regions this lift loads.
    QList<const SorenessItem *> unresolved;
    QList<const SorenessItem *> settled;
    if (exercise) {
        const Regions loaded = loadedRegions(*exercise);
        for (const SorenessItem &i : in.openItems) {
            if (!loaded.contains(i.region) || i.severity.cls < SorenessClass::Warning)
                continue;
            (i.resolvedAt && *i.resolvedAt <= in.now ? settled : unresolved).append(&i);
        }
    }
    if (!unresolved.isEmpty()) {
        out.action = SuggestionAction::Skip;
        out.rules.append(QStringLiteral("SG-01"));
        const Severity worst = std::max_element(unresolved.cbegin(), unresolved.cend(),
                                                [](const SorenessItem *a, const SorenessItem *b) {
                                                    return a->severity < b->severity;
                                                })
                                   .
                                   operator*()
                                   ->severity;
        out.reasons.append(
            Suggestion::tr("No load today: %1 has an open report (%2). %3")
                .arg(regionsText(unresolved), worst.displayName(), RuleTable::advice(u"SG-01")));
        return out;
    }

    double backOff = 0.0;
    if (!settled.isEmpty()) {
        backOff = th(T::Sg01BackoffPct);
        out.rules.append(QStringLiteral("SG-01"));
        out.reasons.append(Suggestion::tr("%1% lighter: %2 had a report that resolved in the last %3 days.")
                               .arg(formatNumber(th(T::Sg01BackoffPct), 0), regionsText(settled))
                               .arg(kOpenResolvedDays));
    }
    if (const auto tested = recentTest(item.exerciseId, in)) {
        backOff = std::max(backOff, th(T::Sg02BackoffPct));
        out.rules.append(QStringLiteral("SG-02"));
        out.reasons.append(Suggestion::tr("%1% lighter: this lift was tested on %2. %3")
                               .arg(formatNumber(th(T::Sg02BackoffPct), 0),
                                    QLocale().toString(tested->date(), QLocale::ShortFormat),
                                    RuleTable::advice(u"SG-02")));
    }

    const bool lowered = backOff > 0.0;
    Weight target = *out.chart;
    if (lowered) {
        out.action = SuggestionAction::BackOff;
        target =
            Weight::fromGrams(std::llround(static_cast<double>(target.grams()) * (1.0 - backOff / 100.0)));
    }
    std::optional<Weight> weight = rounder.round(target, lowered);

    // SG-03: no load jump over the last weeks' tops (IF-03), and no increase in a week whose load
    // already jumped (LM-04).
    const QList<EarlierTop> earlier = earlierTops(item.exerciseId, in);
    QStringList holdRules;
    const std::optional<Weight> beforeHold = weight;
    for (int guard = 0; weight && loadJumpLevel(*weight, earlier) && guard < 10000; ++guard)
        weight = rounder.below(*weight);
    if (weight != beforeHold)
        holdRules.append(QStringLiteral("IF-03"));
    if (in.weeklySpike) {
        if (const auto top = lastTop(item.exerciseId, in); top && weight && *weight > *top) {
            weight = rounder.round(*top, true);
            holdRules.append(QStringLiteral("LM-04"));
        }
    }
    if (!holdRules.isEmpty()) {
        if (out.action == SuggestionAction::Chart)
            out.action = SuggestionAction::Hold;
        out.rules.append(QStringLiteral("SG-03"));
        out.rules.append(holdRules);
        out.reasons.append(
            holdRules.contains(u"LM-04")
                ? Suggestion::tr("Held at last time's top load: this week's session load is already much "
                                 "higher than last week's (LM-04).")
                : Suggestion::tr("Held: more would be a load jump over this lift's recent top loads (IF-03). "
                                 "%1")
                      .arg(RuleTable::advice(u"IF-03")));
    }
    if (!weight) {
        out.reasons.append(Suggestion::tr("The plates cannot make a load this light for %1.")
                               .arg(Weight::fromGrams(target.grams()).format(unit)));
        out.action = SuggestionAction::Unknown;
        return out;
    }
    out.weight = weight;
    out.loadout = rounder.loadout(*weight);
    return out;
}

} // namespace spotter
