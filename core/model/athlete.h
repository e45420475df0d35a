// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QString>

#include <optional>

namespace spotter {

/// Health history that changes how soreness is triaged (SR-06, SR-07, SR-22, SR-33 to SR-37).
struct HealthHistory
{
    bool priorBackInjury = false;
    bool steroidsOrOsteoporosis = false;
    bool cancerHistory = false;
    /// A weakened immune system, a recent serious infection, or drugs injected into a vein.
    bool immunosuppressed = false;

    bool operator==(const HealthHistory &) const = default;
};

struct Athlete
{
    qint64 id = 0;
    QString name; ///< unique, compared case-insensitively
    WeightUnit unit = WeightUnit::Kg;
    std::optional<int> birthYear;
    QString notes;
    HealthHistory health;

    /// Age in whole years during @p year, if the birth year is known.
    [[nodiscard]] std::optional<int> ageIn(int year) const
    {
        if (!birthYear)
            return std::nullopt;
        return year - *birthYear;
    }

    bool operator==(const Athlete &) const = default;
};

} // namespace spotter
