// SPDX-License-Identifier: GPL-3.0-or-later
// A team server opened aside (Database::Options::connectAside, the app's start): the login and
// the checks run on a thread of their own, the calling thread gets that very connection, and
// a refusal is thrown where the open is awaited, as the plain open throws it.
#include "store/database.h"
#include "store/query.h"
#include "store/sessionrepository.h"
#include "store/storeerror.h"
#include "teamserverfixture.h"

#include <QCoreApplication>
#include <QObject>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>

namespace spotter::test {
namespace {

class ServerAside : public TeamServer
{
protected:
    std::unique_ptr<Database> openAside(const DatabaseLocation &location,
                                        Database::Options options = {}) const
    {
        options.connectAside = true;
        return std::make_unique<Database>(location, options);
    }
    /// The server processes of @p login's sessions, as the admin sees them.
    QString backends(const QString &login) const
    {
        return cluster()
            .psql(m_db,
                  QStringLiteral("SELECT string_agg(pid::text, ',') FROM pg_stat_activity WHERE datname = "
                                 "current_database() AND usename = '%1'")
                      .arg(login))
            .trimmed();
    }
    /// A refusal as awaitOpen() throws it, or "opened".
    std::pair<StoreError::Kind, QString> refusal(const Database &db) const
    {
        try {
            db.awaitOpen();
        } catch (const StoreError &e) {
            return {e.kind(), e.message()};
        }
        return {StoreError::Kind::Sql, QStringLiteral("opened")};
    }
};

TEST_F(ServerAside, TheCallingThreadGetsTheConnectionThatWasCheckedAside)
{
    // Held until the test lets it go: the constructor must not wait for the server.
    auto go = std::make_shared<QSemaphore>();
    Database::Options options;
    options.beforeConnect = [go] { go->tryAcquire(1, 30'000); };
    const auto db = openAside(cluster().location(m_db, m_ann), options);
    EXPECT_TRUE(db->isOpening());
    EXPECT_TRUE(db->opensAside());
    go->release();
    db->awaitOpen();
    EXPECT_FALSE(db->isOpening());
    ASSERT_TRUE(db->serverIdentity());
    EXPECT_TRUE(db->serverIdentity()->athlete);
    EXPECT_EQ(db->serverIdentity()->athleteId, m_annId);
    EXPECT_EQ(db->originalVersion(), Database::kSchemaVersion);
    EXPECT_TRUE(db->openSnapshot().contains(u':')) << db->openSnapshot().toStdString();
    const QString checked = backends(m_ann);
    EXPECT_FALSE(checked.contains(u',')) << "one login: " << checked.toStdString();
    EXPECT_EQ(Query::scalar(db->connection(), QStringLiteral("SELECT pg_backend_pid()")).toString(), checked)
        << "the calling thread logged in again instead of taking the checked connection";
    Session s = sessionOf(*db, m_annId, QStringLiteral("Ann's squats"));
    SessionRepository(*db).add(s);
    EXPECT_EQ(SessionRepository(*db).list(m_annId).size(), 1);
}

TEST_F(ServerAside, ARefusalIsThrownWhereTheOpenIsAwaitedAndLeavesNoConnection)
{
    const QStringList before = QSqlDatabase::connectionNames();
    Database::Options wrong;
    wrong.password = QStringLiteral("not the password");
    const auto db = openAside(cluster().location(m_db, coach()), wrong);
    auto [kind, message] = refusal(*db);
    EXPECT_EQ(kind, StoreError::Kind::Denied);
    EXPECT_TRUE(message.contains(u"password")) << message.toStdString();
    // Every later use says the same, never a half-open database.
    std::tie(kind, message) = refusal(*db);
    EXPECT_EQ(kind, StoreError::Kind::Denied);
    EXPECT_THROW((void)db->serverIdentity(), StoreError);
    EXPECT_THROW((void)db->connection(), StoreError);
    EXPECT_EQ(QSqlDatabase::connectionNames(), before);

    // The checks after the login refuse as the plain open does.
    const auto owner = openAside(cluster().admin(m_db));
    std::tie(kind, message) = refusal(*owner);
    EXPECT_EQ(kind, StoreError::Kind::Denied);
    EXPECT_TRUE(message.contains(u"row-level security")) << message.toStdString();
    EXPECT_EQ(QSqlDatabase::connectionNames(), before) << "the refused login's connection was kept";
    cluster().psql(
        m_db,
        QStringLiteral("UPDATE spotter.spotter_schema SET version = %1").arg(Database::kSchemaVersion + 1));
    const auto newer = openAside(cluster().location(m_db, coach()));
    std::tie(kind, message) = refusal(*newer);
    EXPECT_EQ(kind, StoreError::Kind::NewerSchema) << message.toStdString();
}

TEST_F(ServerAside, ADatabaseMayGoBeforeItsOpenWasAwaited)
{
    const QStringList before = QSqlDatabase::connectionNames();
    {
        const auto db = openAside(cluster().location(m_db, coach()));
    }
    EXPECT_EQ(QSqlDatabase::connectionNames(), before) << "the connection made aside outlived its database";
}

TEST_F(ServerAside, WhenTheOpenEndsTheWaiterIsCalledOnceOnItsThread)
{
    auto go = std::make_shared<QSemaphore>();
    Database::Options options;
    options.beforeConnect = [go] { go->tryAcquire(1, 30'000); };
    const auto db = openAside(cluster().location(m_db, m_ann), options);
    QObject waiter;
    QObject gone;
    int calls = 0;
    bool onThisThread = false;
    bool goneCalled = false;
    db->whenOpenEnds(&waiter, [&] {
        ++calls;
        onThisThread = QThread::currentThread() == waiter.thread();
        EXPECT_FALSE(db->isOpening()) << "called before the open ended";
    });
    auto *stopped = new QObject;
    db->whenOpenEnds(stopped, [&] { goneCalled = true; });
    delete stopped; // a window that stopped waiting
    QCoreApplication::processEvents();
    EXPECT_EQ(calls, 0) << "called while the open is held";
    go->release();
    EXPECT_TRUE(QTest::qWaitFor([&] { return calls > 0; }, 20'000));
    QCoreApplication::processEvents();
    EXPECT_EQ(calls, 1);
    EXPECT_TRUE(onThisThread);
    EXPECT_FALSE(goneCalled);
    db->awaitOpen(); // no refusal to throw

    // A refused open ends too; so does a file's open, from the event loop.
    Database::Options wrong;
    wrong.password = QStringLiteral("not the password");
    const auto refused = openAside(cluster().location(m_db, coach()), wrong);
    bool refusedEnded = false;
    refused->whenOpenEnds(&waiter, [&] { refusedEnded = true; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return refusedEnded; }, 20'000));
    EXPECT_THROW(refused->awaitOpen(), StoreError);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Database file(dir.filePath(QStringLiteral("mine.sqlite")));
    bool fileEnded = false;
    file.whenOpenEnds(&waiter, [&] { fileEnded = true; });
    EXPECT_FALSE(fileEnded) << "called inside whenOpenEnds() instead of from the event loop";
    EXPECT_TRUE(QTest::qWaitFor([&] { return fileEnded; }, 5'000));
}

} // namespace
} // namespace spotter::test
