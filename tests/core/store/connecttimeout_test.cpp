// SPDX-License-Identifier: GPL-3.0-or-later
// A team server that takes the connection and never answers (a hung server, a firewall that
// lets the handshake through): Spotter gives up after its connect timeout with a clear error,
// rather than waiting as long as the system does, with the window frozen behind it.
#include "silentport.h"
#include "store/database.h"
#include "store/location.h"
#include "store/storeerror.h"

#include <QElapsedTimer>
#include <QSqlDatabase>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace spotter::test {
namespace {

TEST(ConnectTimeout, AServerThatNeverAnswersIsAClearErrorAfterTenSeconds)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        GTEST_SKIP() << "Qt's PostgreSQL driver is not installed";
    SilentPort silent;
    ASSERT_GT(silent.port(), 0);
    std::atomic<bool> done{false};
    std::thread watchdog([&] {
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (!done && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        silent.close();
    });
    QElapsedTimer clock;
    clock.start();
    try {
        const Database db(DatabaseLocation::parse(
                              QStringLiteral("postgresql://coach@127.0.0.1:%1/team").arg(silent.port())),
                          Database::Options());
        ADD_FAILURE() << "a server that never answered was opened";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::Connection) << e.message().toStdString();
        EXPECT_TRUE(e.message().startsWith(QStringLiteral("Cannot reach the team server")))
            << e.message().toStdString();
    }
    const qint64 ms = clock.elapsed();
    done = true;
    watchdog.join();
    EXPECT_GE(ms, 9'000) << "gave up before its timeout";
    EXPECT_LT(ms, 20'000) << "waited until the test's watchdog reset the connection";
}

} // namespace
} // namespace spotter::test
