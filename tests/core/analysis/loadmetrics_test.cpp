// SPDX-License-Identifier: GPL-3.0-or-later
// LM-01..04 with the worked numbers of the rules reference §3 and §6.11.
#include "analysis/loadmetrics.h"
#include "model/session.h"
#include "testutil.h"

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

using namespace Qt::StringLiterals;

const QDate kMonday(2026, 1, 5);

QList<DailyLoad> everyDay(QDate from, int days, double load)
{
    QList<DailyLoad> out;
    for (int i = 0; i < days; ++i)
        out.append({from.addDays(i), load});
    return out;
}

TEST(LoadMetrics, SessionRpeLoad)
{
    Session s;
    s.sessionRpe = 7;
    s.durationMin = 60;
    EXPECT_DOUBLE_EQ(*s.srpeLoad(), 420.0); // 60 min at RPE 7 = 420 AU
    s.sessionRpe.reset();
    EXPECT_FALSE(s.srpeLoad());
}

TEST(LoadMetrics, EwmaLambdas)
{
    EXPECT_DOUBLE_EQ(ewmaLambda(7), 0.25);
    EXPECT_NEAR(ewmaLambda(28), 0.069, 0.0005);
    const QList<double> e = ewma({100, 0, 0}, 7);
    EXPECT_DOUBLE_EQ(e[0], 100);
    EXPECT_DOUBLE_EQ(e[1], 75);
    EXPECT_DOUBLE_EQ(e[2], 56.25);
}

TEST(LoadMetrics, RollingRatiosOfTheReference)
{
    // Weekly loads 1200, 1200, 1300, 1950: coupled 1.38, uncoupled 1.58 (§6.11).
    const QList<double> weeks{1200, 1200, 1300, 1950};
    EXPECT_NEAR(*rollingAcwrCoupled(weeks), 1.38, 0.005);
    EXPECT_NEAR(*rollingAcwrUncoupled(weeks), 1.58, 0.005);
    EXPECT_FALSE(rollingAcwrCoupled({1, 2, 3}));
}

TEST(LoadMetrics, MonotonyAndStrain)
{
    // Five days of 100 and two rest days: mean 71.43, population SD 45.18, monotony 1.58.
    Monotony m = monotonyOf({100, 100, 100, 100, 100, 0, 0});
    EXPECT_NEAR(m.mean, 71.43, 0.005);
    EXPECT_NEAR(m.sd, 45.18, 0.005);
    EXPECT_NEAR(*m.monotony, 1.58, 0.005);
    EXPECT_NEAR(m.strain, 790.6, 0.05);
    // Six identical days: 2.45, above the 2.0 cut-off.
    m = monotonyOf({300, 300, 300, 300, 300, 300, 0});
    EXPECT_NEAR(*m.monotony, 2.449, 0.001);
    // Seven identical days: SD 0, capped at 10.
    m = monotonyOf({100, 100, 100, 100, 100, 100, 100});
    EXPECT_DOUBLE_EQ(*m.monotony, 10.0);
    EXPECT_DOUBLE_EQ(m.strain, 7000.0);
    EXPECT_FALSE(monotonyOf({0, 0, 0, 0, 0, 0, 0}).monotony);
}

TEST(LoadMetrics, MonotonyFlagAboveTwo)
{
    QList<DailyLoad> varied;
    QList<DailyLoad> alike;
    for (int i = 0; i < 7; ++i) {
        if (i < 5)
            varied.append({kMonday.addDays(i), 100}); // monotony 1.58
        if (i < 6)
            alike.append({kMonday.addDays(i), 300}); // monotony 2.45
    }
    EXPECT_FALSE(weeklyLoads(varied, kMonday, kMonday.addDays(6)).first().hasFlag(u"monotony_high"));
    const WeekLoad w = weeklyLoads(alike, kMonday, kMonday.addDays(6)).first();
    EXPECT_TRUE(w.hasFlag(u"monotony_high"));
    EXPECT_NEAR(w.monotony.strain, 1800 * 2.449, 1.0);
}

TEST(LoadMetrics, AcwrBands)
{
    EXPECT_EQ(acwrBand(0.79), AcwrBand::Low);
    EXPECT_EQ(acwrBand(0.8), AcwrBand::Typical);
    EXPECT_EQ(acwrBand(1.3), AcwrBand::Typical);
    EXPECT_EQ(acwrBand(1.31), AcwrBand::Caution);
    EXPECT_EQ(acwrBand(1.5), AcwrBand::Spike);
    EXPECT_EQ(toKey(AcwrBand::Spike), u"spike"_s);
}

TEST(LoadMetrics, AcwrOnlyAfter28DaysOfData)
{
    const auto weeks = weeklyLoads(everyDay(kMonday, 28, 100), kMonday, kMonday.addDays(27));
    ASSERT_EQ(weeks.size(), 4);
    for (int i = 0; i < 3; ++i)
        EXPECT_FALSE(weeks[i].acwr) << i;
    ASSERT_TRUE(weeks[3].acwr);
    EXPECT_NEAR(*weeks[3].acwr, 1.0, 1e-9);
    EXPECT_EQ(weeks[3].band, AcwrBand::Typical);
    EXPECT_DOUBLE_EQ(weeks[0].load, 700);
    EXPECT_TRUE(weeks[0].hasFlag(u"monotony_high"));
}

TEST(LoadMetrics, SpikesAfterASteadyMonth)
{
    QList<DailyLoad> daily;
    for (int i = 0; i < 35; ++i)
        daily.append({kMonday.addDays(i), i % 7 < 4 ? 100.0 : 0.0}); // four days a week
    for (int i = 35; i < 42; ++i)
        daily.append({kMonday.addDays(i), i % 7 < 4 ? 400.0 : 0.0});
    const auto weeks = weeklyLoads(daily, kMonday.addDays(28), kMonday.addDays(41));
    ASSERT_EQ(weeks.size(), 2);
    EXPECT_EQ(weeks[0].weekStart, kMonday.addDays(28));
    EXPECT_EQ(weeks[0].band, AcwrBand::Typical);
    EXPECT_FALSE(weeks[0].hasFlag(u"weekly_spike"));
    EXPECT_NEAR(*weeks[0].changePct, 0.0, 1e-9);
    ASSERT_TRUE(weeks[1].acwr);
    EXPECT_GE(*weeks[1].acwr, 1.5);
    EXPECT_EQ(weeks[1].band, AcwrBand::Spike);
    EXPECT_TRUE(weeks[1].hasFlag(u"load_spike"));
    EXPECT_TRUE(weeks[1].hasFlag(u"weekly_spike"));
    EXPECT_NEAR(*weeks[1].changePct, 300.0, 1e-9);
    EXPECT_FALSE(weeks[1].hasFlag(u"monotony_high"));
}

TEST(LoadMetrics, WeeklySpikeThreshold)
{
    QList<DailyLoad> daily{{kMonday, 1000}, {kMonday.addDays(7), 1150}, {kMonday.addDays(14), 1323}};
    const auto weeks = weeklyLoads(daily, kMonday, kMonday.addDays(20));
    ASSERT_EQ(weeks.size(), 3);
    EXPECT_FALSE(weeks[0].changePct);                // nothing before
    EXPECT_FALSE(weeks[1].hasFlag(u"weekly_spike")); // +15% exactly
    EXPECT_TRUE(weeks[2].hasFlag(u"weekly_spike"));  // +15.04%
}

} // namespace
} // namespace spotter::test
