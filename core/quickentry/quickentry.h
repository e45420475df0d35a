// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/weight.h"
#include "model/workoutset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace spotter {

/// Tells the kind of an exercise by the name a line uses, or nullopt when it is not known. The
/// kind decides how bare numbers read ("Pull Up 3x8" is 3 sets of 8; "Squat 3x8" is 3 × 8).
using ExerciseKindLookup = std::function<std::optional<ExerciseKind>(const QString &name)>;
/// Tells whether an exercise takes assistance (an assisted pull-up), by the name a line uses: its
/// load is then the help the machine or band gives, stored negative.
using ExerciseAssistedLookup = std::function<bool(const QString &name)>;

/// The sets of the last session in which an exercise (by the name a line uses) was trained, in
/// order, for "same" and "last +5kg"; nullopt (or no sets) when it never was.
using LastTimeLookup = std::function<std::optional<QList<WorkoutSet>>(const QString &name)>;

/// What a quick-entry line is read against.
struct QuickEntryContext
{
    WeightUnit unit = WeightUnit::Kg;  ///< for loads written without a unit (the athlete's unit)
    QString exercise;                  ///< the exercise already chosen; used when the line names none
    ExerciseKindLookup kindOf;         ///< may be empty: every exercise then reads as a loaded one
    ExerciseAssistedLookup assistedOf; ///< may be empty: no exercise then takes assistance
    LastTimeLookup lastTime;           ///< may be empty: "same" then finds no previous session
};

/// Why a line could not be read, and where.
struct QuickEntryError
{
    int column = 0;       ///< 1-based, counted in characters, for people
    qsizetype offset = 0; ///< 0-based UTF-16 index into the line, for a text cursor
    qsizetype length = 0; ///< UTF-16 code units of the offending text; 0 at the end of the line
    QString message;      ///< "expected reps after 'x'"

    /// "column 14: expected reps after 'x'"
    [[nodiscard]] QString toString() const;

    bool operator==(const QuickEntryError &) const = default;
};

/// What one line says.
struct QuickEntryResult
{
    /// The exercise the sets belong to: the name written in the line, or the context's when the
    /// line names none. Filled in even when a later part of the line fails.
    QString exercise;
    bool exerciseInLine = false; ///< the line names its exercise
    int exerciseColumn = 0;      ///< 1-based column of the name in the line (0 when not in the line)
    /// In the order written; exerciseId is 0 and position is the index within the line.
    QList<WorkoutSet> sets;
    std::optional<QuickEntryError> error; ///< when set, @c sets is empty

    [[nodiscard]] bool ok() const { return !error.has_value(); }
};

/// The quick-entry notation ("Deadlift 100x5, 120x5, 140x5@8 rest 3m"), documented with every
/// rule and message in docs/quick-entry.md. A pure function of its input: no store access, no
/// global state, linear in the length of the line.
class QuickEntry
{
    Q_DECLARE_TR_FUNCTIONS(spotter::QuickEntry)

public:
    /// A line can hold at most this many sets; one group ("100x5x3") at most kMaxSetsPerGroup.
    static constexpr int kMaxSets = 1000;
    static constexpr int kMaxSetsPerGroup = 100;

    /// Reads one line into sets. Never throws.
    [[nodiscard]] static QuickEntryResult parse(QStringView line, const QuickEntryContext &context);

    /// Reads a load on its own ("82.5", "82.5kg", "180 lb"): @p unit unless the text names one.
    /// Nullopt when the text is not a load; the value is not range-checked.
    [[nodiscard]] static std::optional<Weight> parseLoad(QStringView text, WeightUnit unit);
};

} // namespace spotter
