// SPDX-License-Identifier: GPL-3.0-or-later
// A worker's connection after its job (Database::releaseThreadConnection()): a file's closes, a
// team server's stays open for the thread's next job — a login saved each time — and goes with
// its thread, or with the database when that goes first.
#include "backendtest.h"
#include "store/query.h"

#include <QSqlDatabase>
#include <QThread>
#include <QThreadPool>

#include <gtest/gtest.h>

#include <functional>

using namespace spotter;

namespace {

class ThreadConnections : public spotter::test::BackendTest
{
protected:
    void TearDown() override
    {
        if (m_worker) {
            m_worker->quit();
            m_worker->wait();
        }
        BackendTest::TearDown();
    }

    /// Runs @p step on the worker thread (started on first use) and waits for it.
    void onWorker(const std::function<void()> &step)
    {
        if (!m_worker) {
            m_worker = std::make_unique<QThread>();
            m_worker->start();
        }
        QObject context;
        context.moveToThread(m_worker.get());
        QMetaObject::invokeMethod(&context, step, Qt::BlockingQueuedConnection);
    }
    /// The server process behind the worker's connection (its connection name for a file).
    QString workerSession()
    {
        QString who;
        onWorker([&] {
            const QSqlDatabase c = db().connection();
            who = isPostgres() ? Query::scalar(c, QStringLiteral("SELECT pg_backend_pid()")).toString()
                               : c.connectionName();
            db().releaseThreadConnection();
        });
        return who;
    }
    /// Whether the server still has the process @p pid.
    bool serverHas(const QString &pid) const
    {
        return spotter::test::PgCluster::shared().psql(
                   pgDatabase(),
                   QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid))
               == QStringLiteral("1");
    }
    /// Whether the worker's connection of a file is still registered with Qt.
    static bool qtHas(const QString &name) { return QSqlDatabase::contains(name); }

    std::unique_ptr<QThread> m_worker;
};

} // namespace

TEST_P(ThreadConnections, AServersIsKeptForTheThreadsNextJobAndAFilesIsClosed)
{
    const QString first = workerSession();
    if (isPostgres()) {
        EXPECT_TRUE(serverHas(first)) << "kept open between jobs";
        EXPECT_EQ(workerSession(), first) << "the next job logged in again";
    } else {
        EXPECT_FALSE(qtHas(first)) << "a file's connection outlived its job";
    }
}

TEST_P(ThreadConnections, AKeptConnectionGoesWithItsThread)
{
    if (!isPostgres())
        GTEST_SKIP() << "a file's connection is closed with its job";
    const QString pid = workerSession();
    ASSERT_TRUE(serverHas(pid));
    m_worker->quit();
    ASSERT_TRUE(m_worker->wait(10'000));
    m_worker.reset();
    // The server ends the process once the client has hung up.
    for (int i = 0; i < 100 && serverHas(pid); ++i)
        QThread::msleep(50);
    EXPECT_FALSE(serverHas(pid)) << "the thread ended and left its login open";
    // A new thread (which may get the old one's address) gets a connection of its own.
    EXPECT_NE(workerSession(), pid);
}

TEST_P(ThreadConnections, ADatabaseThatGoesFirstClosesTheKeptConnections)
{
    if (!isPostgres())
        GTEST_SKIP() << "a file's connection is closed with its job";
    const QString pid = workerSession();
    ASSERT_TRUE(serverHas(pid));
    m_db.reset();
    for (int i = 0; i < 100 && serverHas(pid); ++i)
        QThread::msleep(50);
    EXPECT_FALSE(serverHas(pid)) << "the database went and left its worker's login open";
    // The thread's end afterwards finds nothing left to close.
    m_worker->quit();
    EXPECT_TRUE(m_worker->wait(10'000));
    m_worker.reset();
}

TEST_P(ThreadConnections, APoolThreadLetGoWhenIdleClosesItsConnection)
{
    if (!isPostgres())
        GTEST_SKIP() << "a file's connection is closed with its job";
    // BackgroundRunner's jobs run on QtConcurrent's pool, which ends a thread idle for 30 s.
    QThreadPool pool;
    pool.setExpiryTimeout(200);
    QString pid;
    pool.start([&] {
        pid = Query::scalar(db().connection(), QStringLiteral("SELECT pg_backend_pid()")).toString();
        db().releaseThreadConnection();
    });
    ASSERT_TRUE(pool.waitForDone(10'000));
    ASSERT_FALSE(pid.isEmpty());
    for (int i = 0; i < 100 && serverHas(pid); ++i)
        QThread::msleep(50);
    EXPECT_FALSE(serverHas(pid)) << "the pool let its thread go and the login stayed open";
}

SPOTTER_ON_BOTH_BACKENDS(ThreadConnections);
