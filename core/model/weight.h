// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace spotter {

/// A load, kept canonically as whole grams so that 150 lb never becomes 149.99999999999997.
/// Conversions from a unit round to the nearest gram; the decimal kg form is exact.
class Weight
{
public:
    static constexpr double kGramsPerPound = 453.59237;

    constexpr Weight() = default;
    [[nodiscard]] static constexpr Weight fromGrams(qint64 grams) { return Weight(grams); }
    [[nodiscard]] static Weight fromKg(double kg);
    [[nodiscard]] static Weight fromLb(double lb);
    [[nodiscard]] static Weight from(double value, WeightUnit unit);

    /// Parses a plain decimal number of kilograms without going through floating point
    /// ("102.5", "68.039", "-0"); more than three decimals are rounded half away from zero.
    [[nodiscard]] static std::optional<Weight> parseKg(QStringView text);

    [[nodiscard]] constexpr qint64 grams() const { return m_grams; }
    [[nodiscard]] double kg() const { return static_cast<double>(m_grams) / 1000.0; }
    [[nodiscard]] double lb() const { return static_cast<double>(m_grams) / kGramsPerPound; }
    [[nodiscard]] double in(WeightUnit unit) const { return unit == WeightUnit::Kg ? kg() : lb(); }

    /// Exact decimal kilograms with no trailing zeros: "100", "102.5", "68.039".
    [[nodiscard]] QString kgString() const;
    /// For people: the value in @p unit rounded to @p decimals, trailing zeros dropped.
    [[nodiscard]] QString number(WeightUnit unit, int decimals = 2) const;
    /// number() followed by the unit: "102.5 kg".
    [[nodiscard]] QString format(WeightUnit unit, int decimals = 2) const;

    constexpr auto operator<=>(const Weight &) const = default;

private:
    constexpr explicit Weight(qint64 grams) : m_grams(grams) {}
    qint64 m_grams = 0;
};

/// Rounds away floating-point artefacts of exported numbers (149.99999999999997 → 150).
[[nodiscard]] double roundArtefacts(double value, int decimals = 3);

/// A number for people: rounded to @p decimals with trailing zeros removed ("7.5", "8").
[[nodiscard]] QString formatNumber(double value, int decimals = 2);

} // namespace spotter
