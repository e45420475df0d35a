// SPDX-License-Identifier: GPL-3.0-or-later
// forEachInOrder(): results in item order whatever order they finish in, one store connection
// per thread for all its items (a connection to a server is a process there), a bounded lead,
// errors in their place, and every thread and connection gone when it returns.
#include "backendtest.h"
#include "services/orderedwork.h"
#include "store/query.h"

#include <QSqlDatabase>

#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <map>
#include <mutex>
#include <stdexcept>

using namespace spotter;

namespace {

class OrderedWork : public spotter::test::BackendTest
{
};

/// A number for the calling thread, the same for all its calls, new for every thread.
int threadToken()
{
    static std::atomic<int> tokens{0};
    thread_local const int mine = ++tokens;
    return mine;
}

} // namespace

TEST_P(OrderedWork, DeliversInItemOrderWhateverOrderTheItemsFinishIn)
{
    std::promise<void> secondDone;
    std::shared_future<void> second = secondDone.get_future().share();
    QList<int> delivered;
    forEachInOrder<int>(
        db(), 8, 2, 4,
        [&](qsizetype i) {
            if (i == 0)
                second.wait(); // the first item finishes after the second
            if (i == 1)
                secondDone.set_value();
            return static_cast<int>(i) * 10;
        },
        [&](int &&v) { delivered.append(v); });
    EXPECT_EQ(delivered, (QList<int>{0, 10, 20, 30, 40, 50, 60, 70}));
}

TEST_P(OrderedWork, EachThreadKeepsOneConnectionForAllItsItemsAndClosesIt)
{
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();
    std::mutex mutex;
    std::map<int, QList<qint64>> seenBefore; // thread → rows its connection held before each item
    forEachInOrder<int>(
        db(), 12, 2, 3,
        [&](qsizetype) {
            // A temporary table lives as long as the connection that made it.
            const QSqlDatabase c = db().connection();
            Query(c, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS seen (n integer)")).exec();
            const qint64 rows = Query::scalar(c, QStringLiteral("SELECT count(*) FROM seen")).toLongLong();
            Query(c, QStringLiteral("INSERT INTO seen VALUES (1)")).exec();
            const std::lock_guard lock(mutex);
            seenBefore[threadToken()].append(rows);
            return 0;
        },
        [](int &&) {});
    EXPECT_LE(seenBefore.size(), 2U) << "no more threads than asked for";
    qsizetype items = 0;
    for (const auto &[thread, rows] : seenBefore) {
        for (qsizetype i = 0; i < rows.size(); ++i)
            EXPECT_EQ(rows.at(i), i) << "thread " << thread << ", its item " << i << ": the same connection";
        items += rows.size();
    }
    EXPECT_EQ(items, 12);
    EXPECT_EQ(QSqlDatabase::connectionNames(), connectionsBefore) << "the threads' connections are closed";
}

TEST_P(OrderedWork, AnItemsErrorReachesTheCallerAfterTheItemsBeforeIt)
{
    std::atomic<qsizetype> furthest{0};
    QList<int> delivered;
    const auto run = [&] {
        forEachInOrder<int>(
            db(), 100, 2, 4,
            [&](qsizetype i) {
                qsizetype seen = furthest.load();
                while (i > seen && !furthest.compare_exchange_weak(seen, i)) {
                }
                if (i == 3)
                    throw std::runtime_error("item 3 failed");
                return static_cast<int>(i);
            },
            [&](int &&v) { delivered.append(v); });
    };
    EXPECT_THROW(run(), std::runtime_error);
    EXPECT_EQ(delivered, (QList<int>{0, 1, 2}));
    EXPECT_LT(furthest.load(), 3 + 4) << "no thread ran further ahead than allowed, nor on after the error";
}

TEST_P(OrderedWork, ACallerThatThrowsStopsTheThreads)
{
    std::atomic<int> worked{0};
    const auto run = [&] {
        forEachInOrder<int>(
            db(), 1000, 2, 2,
            [&](qsizetype i) {
                ++worked;
                return static_cast<int>(i);
            },
            [](int &&v) {
                if (v == 1)
                    throw std::runtime_error("the output is gone");
            });
    };
    EXPECT_THROW(run(), std::runtime_error);
    EXPECT_LE(worked.load(), 2 + 2) << "the threads stopped taking items";
}

TEST_P(OrderedWork, NothingToDoStartsNothing)
{
    int calls = 0;
    forEachInOrder<int>(
        db(), 0, 2, 2,
        [&](qsizetype) {
            ++calls;
            return 0;
        },
        [&](int &&) { ++calls; });
    EXPECT_EQ(calls, 0);
}

SPOTTER_ON_BOTH_BACKENDS(OrderedWork);
