// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/weight.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

// Parsing of the values that import files write in their own ways: numbers with decimal
// commas, Strong's duration text, FitNotes' clock times, units (dates: importdates.h).
namespace spotter::importfields {

/// Durations longer than this come from a workout timer left running (Strong exports
/// "45h 56m"): they are dropped with a warning instead of failing the import.
inline constexpr int kMaxPlausibleSessionMinutes = 12 * 60;

/// Replaces the Unicode spaces exports use (no-break, narrow no-break, thin, ...) with a plain
/// space, collapses runs of them and trims.
[[nodiscard]] QString normalizeSpaces(QStringView text);

/// A finite decimal number ("62.5", "-3", "1e2"); with @p decimalComma also "62,5". Group
/// separators are refused rather than guessed at.
[[nodiscard]] std::optional<double> number(QStringView text, bool decimalComma);

/// Rounds to the nearest int; values beyond ±10⁹ become ±10⁹, still out of every range, so
/// that validation reports them instead of an overflow garbling them.
[[nodiscard]] int roundedInt(double value);

/// A whole number, also when written as "10.0".
[[nodiscard]] std::optional<qint64> wholeNumber(QStringView text, bool decimalComma);

/// Strong's duration text in seconds: "48m", "1h 8m", "1h", "20s", "38min", "1h 8m 20s", the
/// units of its localized exports ("1小时13分钟", "31min", "1 Std. 5 Min."), or plain seconds
/// ("3600").
[[nodiscard]] std::optional<qint64> durationSeconds(QStringView text);

/// A clock duration "H:MM:SS" or "M:SS" in seconds (FitNotes' Time).
[[nodiscard]] std::optional<qint64> clockSeconds(QStringView text);

/// "kg", "kgs", "lb", "lbs" (any case).
[[nodiscard]] std::optional<WeightUnit> weightUnit(QStringView text);

/// Centimetres in one @p unit of distance: m, km, mi, ft, yd (and their plurals).
[[nodiscard]] std::optional<double> centimetresPer(QStringView unit);

/// A load in @p unit, with float artefacts of the exporter rounded away
/// (149.99999999999997 lb is 150 lb).
[[nodiscard]] Weight weightFrom(double value, WeightUnit unit);

/// A header name compared loosely: case-folded, spaces collapsed, typographic apostrophes
/// made plain, a BOM dropped.
[[nodiscard]] QString headerKey(QStringView name);

} // namespace spotter::importfields
