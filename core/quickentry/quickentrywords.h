// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "quickentry/quickentrylexer.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace spotter {

/// What a quantity in a quick-entry line measures: a bare number ("5"), or one with a unit.
enum class QuickEntryMeasure { Count, Load, Duration, Distance };

/// The vocabulary of quick entry: units, set-kind markers and modifier keywords. Words are
/// compared ignoring case; docs/quick-entry.md lists them all.
class QuickEntryWords
{
public:
    struct Unit
    {
        QStringView word;
        QuickEntryMeasure measure;
        std::optional<WeightUnit> weightUnit; ///< for loads
        qint64 factor;                        ///< seconds or centimetres per unit
    };

    /// The unit a word names inside a set ("kg", "lbs", "s", "min", "m" for metres, "km").
    [[nodiscard]] static const Unit *unit(const QuickEntryToken &token);
    /// Seconds per unit of a rest time, where "m" is minutes; 0 when the word is none.
    [[nodiscard]] static qint64 restUnit(const QuickEntryToken &token);
    /// The set kind a marker names: "w", "warmup", "f", "fail", "d", "drop", "amrap", ...
    [[nodiscard]] static std::optional<SetKind> kind(const QuickEntryToken &token);
    /// Words that start a modifier and may follow a number directly ("100x5r90", "2rir").
    [[nodiscard]] static bool isModifier(const QuickEntryToken &token);
    /// "same" or "last": the sets of the last time the exercise was trained.
    [[nodiscard]] static bool isRepeat(const QuickEntryToken &token);
    /// A piece of the line for a message, cut short so that a runaway token cannot flood it.
    [[nodiscard]] static QString shown(QStringView text);
};

} // namespace spotter
