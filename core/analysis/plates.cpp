// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/plates.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Plates
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Plates)
};

/// Steps of a plate set's unit that grams can hold exactly: a gram for kg, a hundredth of a pound
/// (4.5 g) for lb.
qint64 scaleOf(WeightUnit unit)
{
    return unit == WeightUnit::Kg ? 1000 : 100;
}

constexpr int kUnreachable = -1;

} // namespace

PlateCalculator::PlateCalculator(PlateSet set) : m_set(std::move(set)), m_scale(scaleOf(m_set.unit))
{
    const auto units = [this](double value) { return std::llround(value * static_cast<double>(m_scale)); };
    m_fixed = units(m_set.bar) + 2 * units(m_set.collar);
    qint64 total = 0;
    qint64 step = 0;
    for (const PlateStock &p : m_set.plates) {
        const int perSide = p.count / 2;
        const qint64 size = units(p.size);
        if (perSide <= 0 || size <= 0)
            continue;
        m_sizes.append({size, perSide});
        total += size * perSide;
        step = std::gcd(step, size);
    }
    std::sort(m_sizes.begin(), m_sizes.end());
    m_step = step > 0 ? step : 1;
    const auto entries = static_cast<std::size_t>(total / m_step + 1);
    // m_min after each size: the fewest plates that make each sum from the sizes so far; for
    // each size how many of it that best way takes (the most on a tie, so heavy plates win).
    m_min.assign(entries, kUnreachable);
    m_min[0] = 0;
    for (const auto &[size, perSide] : std::as_const(m_sizes)) {
        const auto stride = static_cast<std::size_t>(size / m_step);
        std::vector<int> next(entries, kUnreachable);
        std::vector<int> take(entries, 0);
        for (std::size_t s = 0; s < entries; ++s) {
            for (int n = 0; n <= perSide && static_cast<std::size_t>(n) * stride <= s; ++n) {
                const int before = m_min[s - static_cast<std::size_t>(n) * stride];
                if (before == kUnreachable)
                    continue;
                if (next[s] == kUnreachable || before + n <= next[s]) {
                    next[s] = before + n;
                    take[s] = n;
                }
            }
        }
        m_min = std::move(next);
        m_take.push_back(std::move(take));
    }
}

qint64 PlateCalculator::toUnits(Weight w) const
{
    return m_set.unit == WeightUnit::Kg ? w.grams() : std::llround(w.lb() * static_cast<double>(m_scale));
}

Weight PlateCalculator::fromUnits(qint64 value) const
{
    return Weight::from(static_cast<double>(value) / static_cast<double>(m_scale), m_set.unit);
}

bool PlateCalculator::reachable(qint64 side) const
{
    if (side < 0 || side % m_step != 0)
        return false;
    const auto index = static_cast<std::size_t>(side / m_step);
    return index < m_min.size() && m_min[index] != kUnreachable;
}

PlateLoadout PlateCalculator::load(Weight target) const
{
    PlateLoadout out;
    out.target = target;
    const qint64 wanted = toUnits(target);
    const qint64 twoSides = wanted - m_fixed;
    if (twoSides >= 0 && twoSides % 2 == 0 && reachable(twoSides / 2)) {
        out.exact = true;
        auto index = static_cast<std::size_t>(twoSides / 2 / m_step);
        for (auto k = m_sizes.size(); k-- > 0;) {
            const int n = m_take[static_cast<std::size_t>(k)][index];
            for (int i = 0; i < n; ++i)
                out.perSide.append(static_cast<double>(m_sizes[k].first) / static_cast<double>(m_scale));
            index -= static_cast<std::size_t>(n) * static_cast<std::size_t>(m_sizes[k].first / m_step);
        }
        return out;
    }
    const qint64 maxSide = static_cast<qint64>(m_min.size() - 1) * m_step;
    // Below: the largest reachable side sum whose total is under the target.
    for (qint64 side = std::min(maxSide, (twoSides - 1) / 2 / m_step * m_step); side >= 0 && twoSides > 0;
         side -= m_step) {
        if (reachable(side) && m_fixed + 2 * side < wanted) {
            out.below = fromUnits(m_fixed + 2 * side);
            break;
        }
    }
    for (qint64 side = std::max<qint64>(0, twoSides / 2 / m_step * m_step); side <= maxSide; side += m_step) {
        if (reachable(side) && m_fixed + 2 * side > wanted) {
            out.above = fromUnits(m_fixed + 2 * side);
            break;
        }
    }
    return out;
}

std::optional<Weight> PlateCalculator::round(Weight target, bool down) const
{
    const PlateLoadout l = load(target);
    if (l.exact)
        return target;
    if (down || !l.above)
        return l.below;
    if (!l.below)
        return l.above;
    const qint64 wanted = toUnits(target);
    return wanted - toUnits(*l.below) <= toUnits(*l.above) - wanted ? l.below : l.above;
}

PlateLoadout loadPlates(Weight target, const PlateSet &set)
{
    return PlateCalculator(set).load(target);
}

QString describeLoadout(const PlateLoadout &loadout, const PlateSet &set)
{
    const WeightUnit u = set.unit;
    if (!loadout.exact) {
        const QString wanted = loadout.target.format(u);
        if (loadout.below && loadout.above)
            return Plates::tr("cannot make %1: %2 or %3")
                .arg(wanted, loadout.below->format(u), loadout.above->format(u));
        if (loadout.below)
            return Plates::tr("cannot make %1: at most %2").arg(wanted, loadout.below->format(u));
        if (loadout.above)
            return Plates::tr("cannot make %1: at least %2").arg(wanted, loadout.above->format(u));
        return Plates::tr("cannot make %1 with these plates").arg(wanted);
    }
    QString fixed = Plates::tr("%1 bar").arg(Weight::from(set.bar, u).format(u));
    if (set.collar > 0.0)
        fixed = Plates::tr("%1 and collars").arg(fixed);
    if (loadout.perSide.isEmpty())
        return Plates::tr("just the %1").arg(fixed);
    QStringList plates;
    for (const double p : loadout.perSide)
        plates.append(formatNumber(p, 3));
    return Plates::tr("%1 + %2 per side").arg(fixed, plates.join(QStringLiteral(" · ")));
}

QString compactLoadout(const PlateLoadout &loadout, const PlateSet &set)
{
    const WeightUnit u = set.unit;
    if (!loadout.exact) {
        if (loadout.below && loadout.above)
            return Plates::tr("nearest %1 / %2").arg(loadout.below->number(u), loadout.above->number(u));
        if (loadout.below)
            return Plates::tr("at most %1").arg(loadout.below->number(u));
        if (loadout.above)
            return Plates::tr("at least %1").arg(loadout.above->number(u));
        return Plates::tr("cannot be made");
    }
    if (loadout.perSide.isEmpty())
        return Plates::tr("bar only");
    // perSide is heaviest first, so equal plates are neighbours.
    QStringList parts;
    for (qsizetype i = 0; i < loadout.perSide.size();) {
        qsizetype same = i + 1;
        while (same < loadout.perSide.size() && loadout.perSide.at(same) == loadout.perSide.at(i))
            ++same;
        const QString size = formatNumber(loadout.perSide.at(i), 3);
        parts.append(same - i > 1 ? Plates::tr("%1×%2").arg(same - i).arg(size) : size);
        i = same;
    }
    // Thin spaces: a grid column has little room, and "25+15" reads as one number.
    return parts.join(QStringLiteral("\u2009+\u2009"));
}

} // namespace spotter
