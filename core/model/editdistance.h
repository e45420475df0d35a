// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exercise.h"

#include <QList>
#include <QStringList>
#include <QStringView>

#include <limits>

namespace spotter {

/// Optimal-string-alignment distance between @p a and @p b: inserting, deleting or replacing a
/// character, or swapping two neighbours ("Sqaut"), each cost 1. Compares the strings as given,
/// so fold case first. Once the distance must exceed @p limit it stops and returns limit + 1,
/// which keeps comparing a long name against a catalogue cheap.
[[nodiscard]] int editDistance(QStringView a, QStringView b, int limit = std::numeric_limits<int>::max() - 1);

/// For "did you mean" hints: up to @p maxResults spellings from @p catalogue (names and aliases,
/// compared as nameKey()s) closest to @p query, best first and one per exercise. A spelling counts
/// as close when it is a few edits away or contains the query ("bench" finds "Bench Press").
[[nodiscard]] QStringList closestExerciseNames(QStringView query, const QList<Exercise> &catalogue,
                                               int maxResults = 3);

} // namespace spotter
