// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's integrity check after the open (Database::Options::deferCheck): reads go ahead at
// once, a write waits for the check's verdict, and once the check found damage no write lands.
#include "pagedamage.h"
#include "store/database.h"
#include "store/query.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace spotter;
using spotter::test::readAll;

namespace {

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

class DeferredCheck : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    /// A closed, checkpointed database with one athlete and @p paddingMiB of filler.
    QString makeDatabase(const QString &name, int paddingMiB = 0)
    {
        const QString path = m_dir.filePath(name);
        {
            Database db(path);
            Query::run(db.connection(), QStringLiteral("INSERT INTO athlete (name, name_key, unit) "
                                                       "VALUES ('Ann', 'ann', 'kg')"));
            if (paddingMiB > 0) {
                Query::run(db.connection(), QStringLiteral("CREATE TABLE padding (bytes BLOB)"));
                for (int i = 0; i < paddingMiB; ++i)
                    Query::run(db.connection(),
                               QStringLiteral("INSERT INTO padding VALUES (randomblob(1024 * 1024))"));
            }
            Query::run(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        EXPECT_FALSE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        return path;
    }

    /// The same with the root page of the sessions overwritten with garbage: a write of an
    /// athlete does not touch it, so only the check stands between that write and the file.
    QString makeDamagedDatabase(const QString &name)
    {
        const QString path = makeDatabase(name);
        const int root = test::rootPageOf(path, QStringLiteral("session"));
        EXPECT_GT(root, 1);
        EXPECT_TRUE(test::overwritePage(path, root));
        return path;
    }

    static Database::Options deferred()
    {
        Database::Options options;
        options.create = false;
        options.deferCheck = true;
        return options;
    }

    static void addAthlete(const Database &db, const QString &name)
    {
        WriteTransaction tx(db.connection());
        Query q(db.connection(),
                QStringLiteral("INSERT INTO athlete (name, name_key, unit) VALUES (:n, :k, 'kg')"));
        q.bind(QStringLiteral(":n"), name);
        q.bind(QStringLiteral(":k"), name.toLower());
        q.exec();
        tx.commit();
    }

    static qint64 athletes(const Database &db)
    {
        return Query::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM athlete")).toLongLong();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(DeferredCheck, TheOpenDoesNotWaitAndReadsGoAhead)
{
    const Database db(makeDatabase(QStringLiteral("ok.sqlite")), deferred());
    EXPECT_TRUE(db.checkPending());
    EXPECT_FALSE(db.isReadOnly());
    EXPECT_EQ(athletes(db), 1);
    EXPECT_TRUE(db.checkPending()) << "a read does not wait for the check";
    EXPECT_EQ(db.runDeferredCheck(), QStringList{QStringLiteral("ok")});
    EXPECT_FALSE(db.checkPending());
}

TEST_F(DeferredCheck, AWriteBeforeTheCheckRanRunsItFirstAndThenLands)
{
    const Database db(makeDatabase(QStringLiteral("ok.sqlite")), deferred());
    ASSERT_TRUE(db.checkPending());
    addAthlete(db, QStringLiteral("Bea"));
    EXPECT_FALSE(db.checkPending()) << "the write waited for the verdict";
    EXPECT_EQ(athletes(db), 2);
}

TEST_F(DeferredCheck, AWriteWaitsForTheCheckRunningOnAnotherThreadAndThenLands)
{
    // 40 MiB: the check on the other thread takes far longer than starting a write does.
    const Database db(makeDatabase(QStringLiteral("big.sqlite"), 40), deferred());
    ASSERT_TRUE(db.checkPending());
    std::atomic_bool started{false};
    QStringList verdict;
    std::thread checker([&] {
        started = true;
        verdict = db.runDeferredCheck();
        db.closeThreadConnection();
    });
    while (!started)
        std::this_thread::yield();
    addAthlete(db, QStringLiteral("Bea"));
    const bool pendingAfterWrite = db.checkPending();
    checker.join();
    EXPECT_FALSE(pendingAfterWrite) << "the write landed before the check gave its verdict";
    EXPECT_EQ(verdict, QStringList{QStringLiteral("ok")});
    EXPECT_EQ(athletes(db), 2);
}

TEST_F(DeferredCheck, AWriteIntoAFileTheCheckFoundDamagedIsRefusedAndChangesNothing)
{
    const QString path = makeDamagedDatabase(QStringLiteral("damaged.sqlite"));
    const QByteArray before = sha(path);
    {
        const Database db(path, deferred());
        ASSERT_FALSE(db.isReadOnly()) << "the open did not wait for the check";
        QStringList problems;
        std::thread checker([&] {
            problems = db.runDeferredCheck();
            db.closeThreadConnection();
        });
        checker.join();
        ASSERT_NE(problems, QStringList{QStringLiteral("ok")});
        try {
            addAthlete(db, QStringLiteral("Bea"));
            ADD_FAILURE() << "a write into a damaged file landed";
        } catch (const StoreError &e) {
            EXPECT_EQ(e.kind(), StoreError::Kind::Corrupt);
            EXPECT_EQ(e.message(), db.damageMessageFor(problems));
            EXPECT_TRUE(e.message().contains(QStringLiteral("failed its integrity check")))
                << e.message().toStdString();
        }
        EXPECT_FALSE(db.checkPending());
    }
    EXPECT_EQ(sha(path), before) << "the damaged file was written";
}

TEST_F(DeferredCheck, AWriteWaitingForACheckThatFindsDamageIsRefused)
{
    // The write comes first: it runs the check itself and is refused by what it finds.
    const QString path = makeDamagedDatabase(QStringLiteral("damaged.sqlite"));
    const QByteArray before = sha(path);
    {
        const Database db(path, deferred());
        ASSERT_TRUE(db.checkPending());
        EXPECT_THROW(addAthlete(db, QStringLiteral("Bea")), StoreError);
        EXPECT_FALSE(db.checkPending());
        EXPECT_THROW(addAthlete(db, QStringLiteral("Cy")), StoreError) << "and every later one";
    }
    EXPECT_EQ(sha(path), before) << "the damaged file was written";
}

TEST_F(DeferredCheck, ALeftoverWalIsStillCheckedBeforeTheOpenReturns)
{
    // The -wal is replayed into the file on this very open: the check cannot come after it.
    const QString path = m_dir.filePath(QStringLiteral("wal.sqlite"));
    {
        Database db(path);
        Query::run(db.connection(), QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        addAthlete(db, QStringLiteral("Ann"));
        // A copy of the file and its -wal as a crash leaves them.
        ASSERT_TRUE(QFile::copy(path, m_dir.filePath(QStringLiteral("crash.sqlite"))));
        ASSERT_TRUE(
            QFile::copy(path + QStringLiteral("-wal"), m_dir.filePath(QStringLiteral("crash.sqlite-wal"))));
    }
    const QString crash = m_dir.filePath(QStringLiteral("crash.sqlite"));
    ASSERT_GT(QFileInfo(crash + QStringLiteral("-wal")).size(), 0);
    const Database db(crash, deferred());
    EXPECT_FALSE(db.checkPending());
    EXPECT_EQ(athletes(db), 1);
}

TEST_F(DeferredCheck, AFileThatNeedsAnUpgradeIsCheckedBeforeIt)
{
    const QString path = m_dir.filePath(QStringLiteral("new.sqlite"));
    const Database db(path, [] {
        Database::Options options = deferred();
        options.create = true;
        return options;
    }());
    EXPECT_FALSE(db.checkPending()) << "the new file's schema was written after its check";
}
