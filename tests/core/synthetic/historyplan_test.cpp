// SPDX-License-Identifier: GPL-3.0-or-later
// Where a generated history lies in the calendar: a history too long for an amateur's pace is
// trained at a full-time lifter's, so that its Strong export stays within the years an import
// accepts (benchmarks 2 and 6 import one lifter's million sets).
#include "generatortestutil.h"
#include "model/session.h"
#include "store/storeerror.h"
#include "synthetic/generatorcatalogue.h"
#include "synthetic/historyplan.h"
#include "synthetic/trainingsimulator.h"
#include "testutil.h"

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

constexpr quint64 kBenchSeed = 20261121; // tests/bench's default seed

class HistoryPlanTest : public TempDatabase
{
protected:
    /// Lays @p plan out week by week as Generator::run does and checks what a lifter's log
    /// must be: sessions in order, none before the previous one ended, the last at or before
    /// @p end, and at least @p sets sets by then.
    void expectLaidOut(const HistoryPlan &plan, quint64 seed, qint64 sets, const QDateTime &end)
    {
        const GeneratorCatalogue catalogue(db());
        TrainingSimulator simulator(plan.profile, catalogue, seed);
        qint64 count = 0;
        QDateTime first;
        QDateTime previousEnd;
        for (int w = 0; w < plan.weeks && count < sets; ++w) {
            for (const GeneratedSession &g : simulator.nextWeek(plan.firstMonday.addDays(7LL * w)).sessions) {
                const Session &s = g.session;
                if (!first.isValid())
                    first = s.start;
                if (previousEnd.isValid()) {
                    ASSERT_GE(s.start, previousEnd) << s.start.toString(Qt::ISODate).toStdString();
                }
                previousEnd = s.start.addSecs(60LL * s.durationMin.value_or(0));
                count += s.sets.size();
                if (count >= sets) {
                    EXPECT_LE(s.start, end);
                    break;
                }
            }
        }
        EXPECT_GE(count, sets);
        ASSERT_TRUE(first.isValid());
        EXPECT_GE(first.date().year(), kMinYear) << first.toString(Qt::ISODate).toStdString();
    }
};

TEST_F(HistoryPlanTest, AMillionSetsOfOneLifterBeginNoEarlierThanAnImportAccepts)
{
    const GeneratorCatalogue catalogue(db());
    const QDateTime end = testEnd();
    const AthleteProfile profile = Generator::drawnProfile(kBenchSeed, 0, end.date().year());
    const quint64 seed = Generator::trainingSeed(kBenchSeed, 0);
    const HistoryPlan plan = planHistory(profile, catalogue, seed, 1'000'000, end);
    EXPECT_TRUE(plan.heavyVolume);
    EXPECT_EQ(plan.profile.sessionsPerDay, 2);
    EXPECT_GE(plan.firstMonday, QDate(kMinYear, 1, 1))
        << plan.firstMonday.toString(Qt::ISODate).toStdString();
    EXPECT_EQ(plan.firstMonday.dayOfWeek(), 1);
    // Twice a day, ten sets across: about 63 years for this lifter, who started at 16 at the latest.
    EXPECT_GE(plan.firstMonday.year(), 1960);
    ASSERT_TRUE(plan.profile.athlete.birthYear);
    EXPECT_LE(*plan.profile.athlete.birthYear, plan.firstMonday.year() - 16);
    expectLaidOut(plan, seed, 1'000'000, end);
}

TEST_F(HistoryPlanTest, AHistoryThatFitsKeepsTheLiftersOwnPace)
{
    // 250,000 sets of the bench's lifter reach back to 1932 at their own pace: unchanged.
    const GeneratorCatalogue catalogue(db());
    const QDateTime end = testEnd();
    const AthleteProfile profile = Generator::drawnProfile(kBenchSeed, 0, end.date().year());
    const quint64 seed = Generator::trainingSeed(kBenchSeed, 0);
    const HistoryPlan plan = planHistory(profile, catalogue, seed, 250'000, end);
    EXPECT_FALSE(plan.heavyVolume);
    EXPECT_EQ(plan.profile.sessionsPerDay, 1);
    EXPECT_EQ(plan.firstMonday.year(), 1932);
    expectLaidOut(plan, seed, 250'000, end);
}

TEST_F(HistoryPlanTest, RefusesMoreSetsThanTheYearsSince1900Hold)
{
    const GeneratorCatalogue catalogue(db());
    const QDateTime end(QDate(1905, 6, 30), QTime(12, 0));
    const AthleteProfile profile = Generator::drawnProfile(kBenchSeed, 0, end.date().year());
    try {
        (void)planHistory(profile, catalogue, Generator::trainingSeed(kBenchSeed, 0), 1'000'000, end);
        FAIL() << "expected a StoreError";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::Invalid);
        EXPECT_TRUE(e.message().contains(QStringLiteral("between 1900 and 1905")))
            << e.message().toStdString();
    }
}

TEST_F(HistoryPlanTest, RefusesWithNothingWritten)
{
    GeneratorOptions options;
    options.totalSets = 1'000'000;
    options.seed = kBenchSeed;
    options.end = QDateTime(QDate(1905, 6, 30), QTime(12, 0));
    EXPECT_THROW(Generator(db()).run(options), StoreError);
    EXPECT_TRUE(dumpHistory(db()).isEmpty());
}

} // namespace
} // namespace spotter::test
