// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace spotter {

/// Plates of one size and how many there are in all (both sides together).
struct PlateStock
{
    double size = 0.0; ///< in the plate set's unit
    int count = 0;

    bool operator==(const PlateStock &) const = default;
};

/// What an athlete loads a barbell with: the bar, the plates there are, and the collars. Sizes
/// are in the set's own unit (a gym's plates are kg or lb, whatever unit the athlete logs in).
struct PlateSet
{
    WeightUnit unit = WeightUnit::Kg;
    double bar = 20.0;
    double collar = 0.0;      ///< one collar's weight; one goes on each side
    QList<PlateStock> plates; ///< heaviest first

    /// A commercial gym's set: kg 25 to 1.25 with a 20 kg bar; lb 45 to 2.5 with a 45 lb bar.
    [[nodiscard]] static PlateSet defaults(WeightUnit unit);

    /// "25x8 20x4 15x2": size x count, heaviest first.
    [[nodiscard]] QString platesText() const;
    /// Reads platesText()'s form (commas or spaces between entries); nullopt and @p error when
    /// the text is not a list of plates.
    [[nodiscard]] static std::optional<QList<PlateStock>> parsePlates(QStringView text, QString *error);

    bool operator==(const PlateSet &) const = default;
};

/// Problems with a plate set, worded for people ("the bar must weigh …"); empty when valid.
[[nodiscard]] QStringList validate(const PlateSet &plates);

} // namespace spotter
