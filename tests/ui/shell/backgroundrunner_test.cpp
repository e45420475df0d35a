// SPDX-License-Identifier: GPL-3.0-or-later
// The background loader the Progress and Team pages read through: off the UI thread, on its own
// connection, superseded by newer work, stopped before the database goes.
#include "shell/backgroundrunner.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "workspacefixture.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

using namespace spotter;

namespace {

class RunnerTest : public test::WorkspaceFixture
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WorkspaceFixture::SetUp());
        Athlete a;
        a.name = QStringLiteral("Ann");
        AthleteRepository(m_ws->database()).add(a);
    }
};

/// Reads until told to stop, as a long team load would.
int untilStopped(const Database &db, const BackgroundRunner::Control &control)
{
    while (!control.stopRequested())
        (void)AthleteRepository(db).count();
    return -1;
}

} // namespace

TEST_F(RunnerTest, RunsOffTheUiThreadOnItsOwnConnectionAndDeliversOnTheUiThread)
{
    BackgroundRunner runner(*m_ws);
    QSignalSpy busy(&runner, &BackgroundRunner::busyChanged);
    QSignalSpy finished(&runner, &BackgroundRunner::finished);
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();
    QThread *worker = nullptr;
    qint64 result = 0;
    QThread *deliveredOn = nullptr;
    runner.start<qint64>(
        [&worker](const Database &db, const BackgroundRunner::Control &) {
            worker = QThread::currentThread();
            return AthleteRepository(db).count();
        },
        [&](qint64 count) {
            result = count;
            deliveredOn = QThread::currentThread();
        });
    EXPECT_TRUE(runner.isBusy());
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(result, 1);
    EXPECT_NE(worker, QThread::currentThread());
    EXPECT_EQ(deliveredOn, QThread::currentThread());
    EXPECT_FALSE(runner.isBusy());
    ASSERT_EQ(busy.size(), 2);
    EXPECT_TRUE(busy[0].first().toBool());
    EXPECT_FALSE(busy[1].first().toBool());
    // The worker closed its connection before it ended.
    EXPECT_EQ(QSqlDatabase::connectionNames(), connectionsBefore);
}

TEST_F(RunnerTest, ANewJobSupersedesTheRunningOne)
{
    BackgroundRunner runner(*m_ws);
    QSignalSpy finished(&runner, &BackgroundRunner::finished);
    QList<int> delivered;
    runner.start<int>(&untilStopped, [&](int v) { delivered.append(v); });
    runner.start<int>([](const Database &, const BackgroundRunner::Control &) { return 2; },
                      [&](int v) { delivered.append(v); });
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(delivered, QList<int>{2});
    EXPECT_EQ(finished.size(), 1);
}

TEST_F(RunnerTest, FailuresAreReportedNotDelivered)
{
    BackgroundRunner runner(*m_ws);
    QSignalSpy failed(&runner, &BackgroundRunner::failed);
    QSignalSpy finished(&runner, &BackgroundRunner::finished);
    bool delivered = false;
    runner.start<int>(
        [](const Database &, const BackgroundRunner::Control &) -> int {
            throw StoreError(StoreError::Kind::Corrupt, QStringLiteral("the file is damaged"));
        },
        [&](int) { delivered = true; });
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().first().toString(), QStringLiteral("the file is damaged"));
    EXPECT_FALSE(delivered);
}

TEST_F(RunnerTest, ReplacingTheDatabaseStopsTheJobFirst)
{
    BackgroundRunner runner(*m_ws);
    bool delivered = false;
    runner.start<int>(&untilStopped, [&](int) { delivered = true; });
    ASSERT_TRUE(runner.isBusy());
    // The old Database is destroyed inside; the job reading it must be over by then.
    m_ws->replaceDatabase(std::make_unique<Database>(m_dir.filePath(QStringLiteral("b.sqlite"))));
    EXPECT_FALSE(runner.isBusy());
    QCoreApplication::processEvents();
    EXPECT_FALSE(delivered);
}

TEST_F(RunnerTest, CancelEndsTheJobEarlyAndStillDeliversWhatItReturns)
{
    // An import told to stop says how far it got: cancel() is not stop().
    BackgroundRunner runner(*m_ws);
    QSignalSpy finished(&runner, &BackgroundRunner::finished);
    QList<int> delivered;
    runner.start<int>(&untilStopped, [&](int v) { delivered.append(v); });
    runner.cancel();
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(delivered, QList<int>{-1});
    EXPECT_FALSE(runner.isBusy());
}

TEST_F(RunnerTest, ProgressArrivesOnTheRunnersThreadBeforeTheResult)
{
    BackgroundRunner runner(*m_ws);
    QStringList events;
    QThread *progressOn = nullptr;
    QObject::connect(&runner, &BackgroundRunner::progressChanged, &runner,
                     [&](int percent, const QString &text) {
                         progressOn = QThread::currentThread();
                         events.append(QStringLiteral("%1 %2").arg(percent).arg(text));
                     });
    QSignalSpy finished(&runner, &BackgroundRunner::finished);
    runner.start<int>(
        [](const Database &, const BackgroundRunner::Control &control) {
            control.reportProgress(50, QStringLiteral("half"));
            control.reportProgress(100, QStringLiteral("all"));
            return 7;
        },
        [&](int v) { events.append(QString::number(v)); });
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(events,
              (QStringList{QStringLiteral("50 half"), QStringLiteral("100 all"), QStringLiteral("7")}));
    EXPECT_EQ(progressOn, QThread::currentThread());
}

TEST_F(RunnerTest, AJobStartedFromADeliveryKeepsTheRunnerBusy)
{
    BackgroundRunner runner(*m_ws);
    QSignalSpy busy(&runner, &BackgroundRunner::busyChanged);
    QSignalSpy finished(&runner, &BackgroundRunner::finished);
    QList<int> delivered;
    runner.start<int>([](const Database &, const BackgroundRunner::Control &) { return 1; },
                      [&](int v) {
                          delivered.append(v);
                          runner.start<int>(
                              [](const Database &, const BackgroundRunner::Control &) { return 2; },
                              [&](int w) { delivered.append(w); });
                      });
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.size() == 2; }, 30000));
    EXPECT_EQ(delivered, (QList<int>{1, 2}));
    ASSERT_EQ(busy.size(), 2) << "busy once, idle once: never idle between the two";
    EXPECT_TRUE(busy[0].first().toBool());
    EXPECT_FALSE(busy[1].first().toBool());
}
