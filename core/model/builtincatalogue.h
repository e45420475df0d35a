// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exercise.h"

#include <QList>

#include <optional>

namespace spotter {

/// The exercises a new database starts with: the common barbell lifts and variants, the usual
/// accessories, and the alternatives suggested when lower-back soreness warns (SEED-8).
/// Aliases include the names Strong, Hevy and FitNotes export.
[[nodiscard]] QList<Exercise> builtinCatalogue();

/// Names of the alternatives offered while scaling back after lower-back soreness (TP-02).
[[nodiscard]] QStringList lowerBackAlternatives();

/// The built-in exercise called @p nameOrAlias (compared as nameKey()s), if there is one.
[[nodiscard]] std::optional<Exercise> findBuiltinExercise(QStringView nameOrAlias);

} // namespace spotter
