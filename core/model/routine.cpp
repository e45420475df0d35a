// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/routine.h"

#include <QCoreApplication>

#include <cmath>

namespace spotter {

WorkoutSet RoutineItem::plannedSet() const
{
    WorkoutSet s;
    s.exerciseId = exerciseId;
    s.kind = kind;
    s.reps = reps;
    s.seconds = seconds;
    s.rpe = rpe;
    s.restSeconds = restSeconds;
    return s;
}

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Validation
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Validation)
};

void checkItem(const RoutineItem &item, const QString &where, ValidationIssues &issues)
{
    const auto add = [&](const QString &field, const std::optional<QString> &message) {
        if (message)
            issues.append({field, where + *message});
    };
    if (item.exerciseId <= 0)
        issues.append({QStringLiteral("exercise"), where + Validation::tr("an item needs an exercise")});
    if (item.sets < 1 || item.sets > limits::kMaxRoutineSets)
        issues.append(
            {QStringLiteral("sets"), where
                                         + Validation::tr("the number of sets must be from 1 to %1; got %2")
                                               .arg(limits::kMaxRoutineSets)
                                               .arg(item.sets)});
    const bool timed = item.seconds.value_or(0) > 0;
    if (item.reps)
        add(QStringLiteral("reps"), checkReps(*item.reps, timed));
    else if (!timed)
        issues.append({QStringLiteral("reps"), where + Validation::tr("an item needs reps or a duration")});
    if (item.seconds)
        add(QStringLiteral("seconds"), checkSetSeconds(*item.seconds));
    if (item.rpe)
        add(QStringLiteral("rpe"), checkRpe(*item.rpe));
    if (item.pctE1rm && (!std::isfinite(*item.pctE1rm) || *item.pctE1rm <= 0.0 || *item.pctE1rm > 100.0))
        issues.append(
            {QStringLiteral("pct_e1rm"),
             where
                 + Validation::tr("a share of the e1RM must be more than 0% and at most 100%; got %1%")
                       .arg(formatNumber(*item.pctE1rm, 2))});
    if (item.rpe && item.pctE1rm)
        issues.append({QStringLiteral("pct_e1rm"),
                       where + Validation::tr("give either a target RPE or a share of the e1RM, not both")});
    if (item.weight)
        add(QStringLiteral("weight"), checkWeight(*item.weight));
    if (item.restSeconds)
        add(QStringLiteral("rest"), checkRest(*item.restSeconds));
}

} // namespace

ValidationIssues validate(const Routine &routine)
{
    ValidationIssues issues;
    if (const auto m = checkName(routine.name, Validation::tr("The routine's name")))
        issues.append({QStringLiteral("name"), *m});
    if (const auto m = checkNotes(routine.notes))
        issues.append({QStringLiteral("notes"), *m});
    if (routine.items.isEmpty())
        issues.append({QStringLiteral("items"), Validation::tr("A routine needs at least one exercise")});
    if (routine.items.size() > limits::kMaxRoutineItems)
        issues.append({QStringLiteral("items"), Validation::tr("A routine holds at most %1 items; got %2")
                                                    .arg(limits::kMaxRoutineItems)
                                                    .arg(routine.items.size())});
    for (qsizetype i = 0; i < routine.items.size(); ++i)
        checkItem(routine.items.at(i), Validation::tr("item %1: ").arg(i + 1), issues);
    return issues;
}

QList<RoutineItem> routineItemsFrom(const QList<WorkoutSet> &sets)
{
    QList<RoutineItem> items;
    for (const WorkoutSet &s : sets) {
        RoutineItem item;
        item.exerciseId = s.exerciseId;
        item.kind = s.kind;
        item.reps = s.reps;
        item.seconds = s.seconds;
        item.rpe = s.effectiveRpe();
        item.restSeconds = s.restSeconds;
        // The effort is the target when it is known; otherwise the load is all there is.
        if (!item.rpe)
            item.weight = s.weight;
        if (!items.isEmpty()) {
            RoutineItem &last = items.last();
            RoutineItem probe = item;
            probe.sets = last.sets;
            if (probe == last && last.sets < limits::kMaxRoutineSets) {
                ++last.sets;
                continue;
            }
        }
        items.append(item);
    }
    return items;
}

} // namespace spotter
