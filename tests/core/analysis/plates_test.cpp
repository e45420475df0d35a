// SPDX-License-Identifier: GPL-3.0-or-later
// The plate calculator against a brute force: every weight a set can make, made with the fewest
// plates, both sides alike; every weight it cannot make answered with its two nearest neighbours.
#include "analysis/plates.h"

#include <QMap>

#include <gtest/gtest.h>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

PlateSet kgSet(double bar, double collar, QList<PlateStock> plates)
{
    PlateSet s;
    s.unit = WeightUnit::Kg;
    s.bar = bar;
    s.collar = collar;
    s.plates = std::move(plates);
    return s;
}

/// Every side load the set can make (in thousandths of its unit) and its fewest plates, by
/// trying every count of every size.
QMap<qint64, int> bruteForce(const PlateSet &set)
{
    QMap<qint64, int> out;
    const std::function<void(qsizetype, qint64, int)> go = [&](qsizetype i, qint64 side, int plates) {
        if (i == set.plates.size()) {
            if (!out.contains(side) || plates < out.value(side))
                out.insert(side, plates);
            return;
        }
        const qint64 size = std::llround(set.plates.at(i).size * 1000.0);
        for (int n = 0; n <= set.plates.at(i).count / 2; ++n)
            go(i + 1, side + n * size, plates + n);
    };
    go(0, 0, 0);
    return out;
}

Weight inUnits(qint64 thousandths, WeightUnit unit)
{
    return Weight::from(static_cast<double>(thousandths) / 1000.0, unit);
}

void checkAgainstBruteForce(const PlateSet &set, qint64 stepThousandths, qint64 maxThousandths)
{
    const PlateCalculator calc(set);
    const QMap<qint64, int> sides = bruteForce(set);
    const qint64 fixed = std::llround(set.bar * 1000.0) + 2 * std::llround(set.collar * 1000.0);
    QList<qint64> totals;
    for (auto it = sides.cbegin(); it != sides.cend(); ++it)
        totals.append(fixed + 2 * it.key());
    for (qint64 t = 0; t <= maxThousandths; t += stepThousandths) {
        const Weight target = inUnits(t, set.unit);
        const PlateLoadout l = calc.load(target);
        const qint64 twoSides = t - fixed;
        const bool makeable = twoSides >= 0 && twoSides % 2 == 0 && sides.contains(twoSides / 2);
        ASSERT_EQ(l.exact, makeable) << t;
        if (makeable) {
            double side = 0.0;
            for (qsizetype i = 0; i < l.perSide.size(); ++i) {
                side += l.perSide.at(i);
                if (i > 0) {
                    EXPECT_LE(l.perSide.at(i), l.perSide.at(i - 1)) << "heaviest first, " << t;
                }
            }
            EXPECT_EQ(std::llround(side * 1000.0), twoSides / 2) << t;
            EXPECT_EQ(l.perSide.size(), sides.value(twoSides / 2)) << "fewest plates, " << t;
            // No size is used more often than there are pairs of it.
            for (const PlateStock &p : set.plates)
                EXPECT_LE(l.perSide.count(p.size), p.count / 2) << t;
            continue;
        }
        std::optional<qint64> below;
        std::optional<qint64> above;
        for (const qint64 total : std::as_const(totals)) {
            if (total < t && (!below || total > *below))
                below = total;
            if (total > t && (!above || total < *above))
                above = total;
        }
        EXPECT_EQ(l.below.has_value(), below.has_value()) << t;
        EXPECT_EQ(l.above.has_value(), above.has_value()) << t;
        if (below && l.below) {
            EXPECT_EQ(*l.below, inUnits(*below, set.unit)) << t;
        }
        if (above && l.above) {
            EXPECT_EQ(*l.above, inUnits(*above, set.unit)) << t;
        }
    }
}

TEST(Plates, KilogramSetAgainstBruteForce)
{
    checkAgainstBruteForce(PlateSet::defaults(WeightUnit::Kg), 250, 350'000);
}

TEST(Plates, PoundSetAgainstBruteForce)
{
    checkAgainstBruteForce(PlateSet::defaults(WeightUnit::Lb), 500, 700'000);
}

TEST(Plates, CollarsAgainstBruteForce)
{
    // Competition collars, 2.5 kg each, and a 15 kg bar.
    checkAgainstBruteForce(kgSet(15, 2.5, {{25, 4}, {10, 2}, {5, 2}, {2.5, 2}, {1.25, 2}}), 250, 150'000);
}

TEST(Plates, OddPlatesAgainstBruteForce)
{
    // Odd sizes, odd counts (a single plate cannot be used: the sides must match) and a
    // set where taking the heaviest plate first is wrong (15 + 5 cannot make 20 per side; 10 + 10 can).
    const PlateSet odd = kgSet(20, 0, {{15, 2}, {10, 4}, {4, 2}, {0.5, 3}, {0.25, 1}});
    checkAgainstBruteForce(odd, 250, 120'000);
    const PlateLoadout l = loadPlates(Weight::fromKg(60), odd);
    ASSERT_TRUE(l.exact);
    EXPECT_EQ(l.perSide, (QList<double>{10, 10}));
}

TEST(Plates, CommonLoads)
{
    const PlateSet kg = PlateSet::defaults(WeightUnit::Kg);
    EXPECT_EQ(loadPlates(Weight::fromKg(142.5), kg).perSide, (QList<double>{25, 25, 10, 1.25}));
    EXPECT_EQ(loadPlates(Weight::fromKg(20), kg).perSide, QList<double>{});
    const PlateSet lb = PlateSet::defaults(WeightUnit::Lb);
    EXPECT_EQ(loadPlates(Weight::fromLb(225), lb).perSide, (QList<double>{45, 45}));
    EXPECT_EQ(loadPlates(Weight::fromLb(315), lb).perSide, (QList<double>{45, 45, 45}));
    EXPECT_EQ(loadPlates(Weight::fromLb(185), lb).perSide, (QList<double>{45, 25}));
}

TEST(Plates, ImpossibleWeightsNameTheNearestTwo)
{
    const PlateSet kg = PlateSet::defaults(WeightUnit::Kg);
    const PlateLoadout odd = loadPlates(Weight::fromKg(101), kg);
    EXPECT_FALSE(odd.exact);
    EXPECT_EQ(odd.below, Weight::fromKg(100));
    EXPECT_EQ(odd.above, Weight::fromKg(102.5));
    EXPECT_EQ(describeLoadout(odd, kg), QStringLiteral("cannot make 101 kg: 100 kg or 102.5 kg"));
    // Under the empty bar, and above everything the plates make.
    const PlateLoadout light = loadPlates(Weight::fromKg(15), kg);
    EXPECT_FALSE(light.below);
    EXPECT_EQ(light.above, Weight::fromKg(20));
    const PlateLoadout heavy = loadPlates(Weight::fromKg(600), kg);
    EXPECT_EQ(heavy.below, Weight::fromKg(20 + 2 * (100 + 20 + 15 + 10 + 5 + 2.5 + 1.25)));
    EXPECT_FALSE(heavy.above);
    // A pound set never makes a kilogram weight exactly.
    const PlateLoadout mixed = loadPlates(Weight::fromKg(100), PlateSet::defaults(WeightUnit::Lb));
    EXPECT_FALSE(mixed.exact);
    EXPECT_EQ(mixed.below, Weight::fromLb(220));
    EXPECT_EQ(mixed.above, Weight::fromLb(225));
}

TEST(Plates, Rounding)
{
    const PlateCalculator calc(PlateSet::defaults(WeightUnit::Kg));
    EXPECT_EQ(calc.round(Weight::fromKg(101)), Weight::fromKg(100));     // 1 below, 1.5 above
    EXPECT_EQ(calc.round(Weight::fromKg(101.5)), Weight::fromKg(102.5)); // 1.5 below, 1 above
    EXPECT_EQ(calc.round(Weight::fromKg(101.25)), Weight::fromKg(100));  // a tie goes down
    EXPECT_EQ(calc.round(Weight::fromKg(102.4), true), Weight::fromKg(100));
    EXPECT_EQ(calc.round(Weight::fromKg(10), true), std::nullopt);
    EXPECT_EQ(calc.round(Weight::fromKg(10)), Weight::fromKg(20));
}

TEST(Plates, Describe)
{
    PlateSet kg = PlateSet::defaults(WeightUnit::Kg);
    EXPECT_EQ(describeLoadout(loadPlates(Weight::fromKg(142.5), kg), kg),
              QStringLiteral("20 kg bar + 25 · 25 · 10 · 1.25 per side"));
    EXPECT_EQ(describeLoadout(loadPlates(Weight::fromKg(20), kg), kg), QStringLiteral("just the 20 kg bar"));
    kg.collar = 2.5;
    EXPECT_EQ(describeLoadout(loadPlates(Weight::fromKg(105), kg), kg),
              QStringLiteral("20 kg bar and collars + 25 · 15 per side"));
}

TEST(Plates, CompactLineOfTheLog)
{
    const PlateSet kg = PlateSet::defaults(WeightUnit::Kg);
    // The plates are joined by thin spaces around each +.
    const auto thin = [](QString text) { return text.replace(u" + "_s, u"\u2009+\u2009"_s); };
    const auto compact = [](double weight, const PlateSet &set) {
        return compactLoadout(loadPlates(Weight::from(weight, set.unit), set), set);
    };
    EXPECT_EQ(compact(142.5, kg), thin(u"2×25 + 10 + 1.25"_s));
    EXPECT_EQ(compact(100, kg), thin(u"25 + 15"_s));
    EXPECT_EQ(compact(20, kg), QStringLiteral("bar only"));
    EXPECT_EQ(compact(101, kg), QStringLiteral("nearest 100 / 102.5"));
    EXPECT_EQ(compact(15, kg), QStringLiteral("at least 20"));
    EXPECT_EQ(compact(600, kg), QStringLiteral("at most 327.5"));
    const PlateSet lb = PlateSet::defaults(WeightUnit::Lb);
    // 150 lb a side: four plates rather than 3×45 + 10 + 5.
    EXPECT_EQ(compact(345, lb), thin(u"2×45 + 35 + 25"_s));
    EXPECT_EQ(compact(315, lb), QStringLiteral("3×45"));
    // A kilogram load on a pound bar: the nearest two in pounds.
    EXPECT_EQ(compactLoadout(loadPlates(Weight::fromKg(100), lb), lb), QStringLiteral("nearest 220 / 225"));
    PlateSet none = kg;
    none.plates.clear();
    EXPECT_EQ(compact(20, none), QStringLiteral("bar only"));
    PlateSet heavyBar = kg;
    heavyBar.plates.clear();
    heavyBar.bar = 25;
    EXPECT_EQ(compact(20, heavyBar), QStringLiteral("at least 25"));
}

TEST(PlateSets, TextRoundTripAndValidation)
{
    const PlateSet lb = PlateSet::defaults(WeightUnit::Lb);
    QString error;
    EXPECT_EQ(PlateSet::parsePlates(lb.platesText(), &error), lb.plates);
    EXPECT_EQ(PlateSet::parsePlates(u"2.5x2, 25x8;10 x 4", &error),
              (QList<PlateStock>{{25, 8}, {10, 4}, {2.5, 2}}));
    EXPECT_FALSE(PlateSet::parsePlates(u"25x8 twenty", &error));
    EXPECT_EQ(error, QStringLiteral("expected plates as SIZExCOUNT, e.g. 25x8 20x2 2.5x2; got 'twenty'"));
    EXPECT_TRUE(validate(lb).isEmpty());
    PlateSet bad = kgSet(-1, 60, {{0, 2}, {20, 101}, {20, 2}, {1.2345, 2}});
    EXPECT_EQ(validate(bad).size(), 6) << validate(bad).join(u'\n').toStdString();
}

} // namespace
} // namespace spotter::test
