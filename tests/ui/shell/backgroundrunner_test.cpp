// SPDX-License-Identifier: GPL-3.0-or-later
// The background loader the Progress and Team pages read through: off the UI thread, on its own
// connection, superseded by newer work, stopped before the database goes.
#include "shell/backgroundloader.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "shell/workspace.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace spotter;

namespace {

class LoaderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_ws = std::make_unique<Workspace>(
            std::make_unique<Database>(m_dir.filePath(QStringLiteral("a.sqlite"))));
        Athlete a;
        a.name = QStringLiteral("Ann");
        AthleteRepository(m_ws->database()).add(a);
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

/// Reads until told to stop, as a long team load would.
int untilStopped(const Database &db, const BackgroundLoader::StopRequested &stop)
{
    while (!stop())
        (void)AthleteRepository(db).count();
    return -1;
}

} // namespace

TEST_F(LoaderTest, RunsOffTheUiThreadOnItsOwnConnectionAndDeliversOnTheUiThread)
{
    BackgroundLoader loader(*m_ws);
    QSignalSpy busy(&loader, &BackgroundLoader::busyChanged);
    QSignalSpy finished(&loader, &BackgroundLoader::finished);
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();
    QThread *worker = nullptr;
    qint64 result = 0;
    QThread *deliveredOn = nullptr;
    loader.start<qint64>(
        [&worker](const Database &db, const BackgroundLoader::StopRequested &) {
            worker = QThread::currentThread();
            return AthleteRepository(db).count();
        },
        [&](qint64 count) {
            result = count;
            deliveredOn = QThread::currentThread();
        });
    EXPECT_TRUE(loader.isBusy());
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(result, 1);
    EXPECT_NE(worker, QThread::currentThread());
    EXPECT_EQ(deliveredOn, QThread::currentThread());
    EXPECT_FALSE(loader.isBusy());
    ASSERT_EQ(busy.size(), 2);
    EXPECT_TRUE(busy[0].first().toBool());
    EXPECT_FALSE(busy[1].first().toBool());
    // The worker closed its connection before it ended.
    EXPECT_EQ(QSqlDatabase::connectionNames(), connectionsBefore);
}

TEST_F(LoaderTest, ANewJobSupersedesTheRunningOne)
{
    BackgroundLoader loader(*m_ws);
    QSignalSpy finished(&loader, &BackgroundLoader::finished);
    QList<int> delivered;
    loader.start<int>(&untilStopped, [&](int v) { delivered.append(v); });
    loader.start<int>([](const Database &, const BackgroundLoader::StopRequested &) { return 2; },
                      [&](int v) { delivered.append(v); });
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(delivered, QList<int>{2});
    EXPECT_EQ(finished.size(), 1);
}

TEST_F(LoaderTest, FailuresAreReportedNotDelivered)
{
    BackgroundLoader loader(*m_ws);
    QSignalSpy failed(&loader, &BackgroundLoader::failed);
    QSignalSpy finished(&loader, &BackgroundLoader::finished);
    bool delivered = false;
    loader.start<int>(
        [](const Database &, const BackgroundLoader::StopRequested &) -> int {
            throw StoreError(StoreError::Kind::Corrupt, QStringLiteral("the file is damaged"));
        },
        [&](int) { delivered = true; });
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().first().toString(), QStringLiteral("the file is damaged"));
    EXPECT_FALSE(delivered);
}

TEST_F(LoaderTest, ReplacingTheDatabaseStopsTheJobFirst)
{
    BackgroundLoader loader(*m_ws);
    bool delivered = false;
    loader.start<int>(&untilStopped, [&](int) { delivered = true; });
    ASSERT_TRUE(loader.isBusy());
    // The old Database is destroyed inside; the job reading it must be over by then.
    m_ws->replaceDatabase(std::make_unique<Database>(m_dir.filePath(QStringLiteral("b.sqlite"))));
    EXPECT_FALSE(loader.isBusy());
    QCoreApplication::processEvents();
    EXPECT_FALSE(delivered);
}
