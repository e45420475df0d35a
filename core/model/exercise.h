// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace spotter {

/// One entry of the exercise catalogue. Imported names ("Deadlift (Barbell)") resolve to an
/// exercise through its aliases.
struct Exercise
{
    qint64 id = 0;
    QString name;
    QStringList aliases;
    ExerciseKind kind = ExerciseKind::Accessory;
    bool loadsLowerBack = false;
    bool unilateral = false; ///< one side at a time (split squat); two-sided lifts are the default
    /// A machine or band takes load off the bodyweight (assisted pull-up): a set's weight is that
    /// help, stored negative, and the load lifted is the bodyweight minus it.
    bool assisted = false;
    /// The category another app filed it under (FitNotes' Category), kept as written.
    QString category;
    Regions regions;
    bool builtin = false; ///< seeded by Spotter rather than added by the user

    [[nodiscard]] bool isMainLift() const { return kind == ExerciseKind::Main; }

    bool operator==(const Exercise &) const = default;
};

using ExerciseMap = QHash<qint64, Exercise>;

/// Key used to compare names and aliases: Unicode NFC, case-folded, inner white space collapsed.
[[nodiscard]] QString nameKey(QStringView name);

/// True for the names apps give assisted variants ("Pull Up (Assisted)", "Assisted Dip"),
/// whose load is help taken away from the bodyweight.
[[nodiscard]] bool looksAssisted(QStringView name);

} // namespace spotter
