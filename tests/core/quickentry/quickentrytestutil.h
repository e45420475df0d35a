// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the quick-entry tests: a context with a small catalogue of kinds.
#pragma once

#include "quickentry/quickentry.h"
#include "setbuilder.h"

#include <QHash>

#include <optional>

namespace spotter::test {

/// A context whose catalogue knows a few kinds, as the CLI and the GUI supply them.
inline QuickEntryContext context(WeightUnit unit = WeightUnit::Kg, const QString &exercise = {})
{
    QuickEntryContext c;
    c.unit = unit;
    c.exercise = exercise;
    c.kindOf = [](const QString &name) -> std::optional<ExerciseKind> {
        static const QHash<QString, ExerciseKind> kinds{
            {QStringLiteral("pull up"), ExerciseKind::Bodyweight},
            {QStringLiteral("pull up (assisted)"), ExerciseKind::Bodyweight},
            {QStringLiteral("push up"), ExerciseKind::Bodyweight},
            {QStringLiteral("dip"), ExerciseKind::Bodyweight},
            {QStringLiteral("plank"), ExerciseKind::Timed},
            {QStringLiteral("farmer's walk"), ExerciseKind::Timed},
            {QStringLiteral("squat"), ExerciseKind::Main},
        };
        const auto it = kinds.constFind(name.toCaseFolded());
        return it == kinds.constEnd() ? std::nullopt : std::optional(*it);
    };
    c.assistedOf = [](const QString &name) { return name.toCaseFolded() == u"pull up (assisted)"; };
    return c;
}

} // namespace spotter::test
