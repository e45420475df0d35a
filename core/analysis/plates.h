// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plateset.h"
#include "model/weight.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace spotter {

/// How a barbell is loaded to a weight.
struct PlateLoadout
{
    Weight target;
    bool exact = false;    ///< the target can be made
    QList<double> perSide; ///< plates on each side, heaviest first (when exact)
    /// The nearest weights that can be made, below and above the target (when not exact; one of
    /// them is missing under the empty bar or above everything the plates make).
    std::optional<Weight> below;
    std::optional<Weight> above;

    bool operator==(const PlateLoadout &) const = default;
};

/// Which weights a plate set can make, worked out once (a bounded change-making table over grams,
/// or hundredths of a pound), then asked as often as needed. Both sides carry the same
/// plates, so a size needs two plates to be used; among the ways to make a weight the one with
/// the fewest plates wins, and among those the one with the heaviest plates.
class PlateCalculator
{
public:
    explicit PlateCalculator(PlateSet set);

    [[nodiscard]] const PlateSet &plateSet() const { return m_set; }
    [[nodiscard]] PlateLoadout load(Weight target) const;
    /// The nearest weight that can be made (the lower one on a tie), or the one below when
    /// @p down; none when nothing qualifies (below the empty bar when rounding down).
    [[nodiscard]] std::optional<Weight> round(Weight target, bool down = false) const;

private:
    [[nodiscard]] qint64 toUnits(Weight w) const; ///< steps of m_scale per unit
    [[nodiscard]] Weight fromUnits(qint64 units) const;
    /// Per-side sums that can be made, as indexes into the table.
    [[nodiscard]] bool reachable(qint64 side) const;

    PlateSet m_set;
    qint64 m_scale = 1000;  ///< units per kg or lb
    qint64 m_step = 1;      ///< units between table entries (the sizes' common divisor)
    qint64 m_fixed = 0;     ///< bar and collars, in units
    std::vector<int> m_min; ///< fewest plates per side for each side sum (index × step); -1 unreachable
    std::vector<std::vector<int>> m_take;  ///< per size, how many of it the best way uses
    QList<std::pair<qint64, int>> m_sizes; ///< size in units and plates per side, lightest first
};

/// The plates of @p target with @p set, in one go.
[[nodiscard]] PlateLoadout loadPlates(Weight target, const PlateSet &set);

/// The compact line the log shows: "20 kg bar + 25 · 20 · 2.5 per side", "just the bar",
/// or "cannot make 101 kg: 100 kg or 102.5 kg".
[[nodiscard]] QString describeLoadout(const PlateLoadout &loadout, const PlateSet &set);

/// The same in a grid cell, for a lifter loading the bar: the plates of one side heaviest first,
/// a size used more than once counted ("2×25 + 10 + 1.25", with thin spaces), "bar only", or the
/// nearest two weights
/// that can be made ("nearest 100 / 102.5"). Numbers are in the plate set's unit.
[[nodiscard]] QString compactLoadout(const PlateLoadout &loadout, const PlateSet &set);

} // namespace spotter
