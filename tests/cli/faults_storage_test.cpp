// SPDX-License-Identifier: GPL-3.0-or-later
// Storage faults through the real spotter-cli (issue 18, items 4 to 7 and 9): a mistyped path,
// a read-only file, folder or mount, a full disk, a failed upgrade and a stale -wal. As root the
// read-only and full cases use a small tmpfs (remounted read-only, or filled up) and runs as an
// unprivileged user; without root, file permissions do the same and the full disk is skipped.
#include "clirunner.h"
#include "faultfixture.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

QStringList filesIn(const QString &folder, const QString &pattern)
{
    return QDir(folder).entryList({pattern}, QDir::Files | QDir::Hidden, QDir::Name);
}

/// Runs @p statements on @p path with a plain SQLite connection (what another program would do).
void runSql(const QString &path, const QStringList &statements)
{
    const QString name = u"faults-test-sql"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            ASSERT_TRUE(q.exec(s)) << s.toStdString() << ": " << q.lastError().text().toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

class Faults : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        cli.setEnvironment(u"TZ"_s, u"UTC"_s);
    }

    /// An athlete with three sessions in @p db.
    void fill(const QString &db) const
    {
        CliResult r = cli.runRaw({u"--db"_s, db, u"athlete"_s, u"add"_s, u"Ann"_s});
        ASSERT_EQ(r.exitCode, 0) << r;
        for (const QString &day : {u"2026-03-02"_s, u"2026-03-04"_s, u"2026-03-06"_s}) {
            r = cli.runRaw({u"--db"_s, db, u"log"_s, u"--athlete"_s, u"Ann"_s, u"--date"_s, day,
                            u"Squat 3x5 100kg"_s, u"Bench Press 3x5 70kg"_s});
            ASSERT_EQ(r.exitCode, 0) << r;
        }
    }

    /// The read commands that must work wherever the file is readable.
    void expectReadsWork(const QString &db, bool unprivileged) const
    {
        QDir().mkpath(file(u"out"_s));
        const auto go = [&](const QStringList &args) {
            const QStringList full = QStringList{u"--db"_s, db} + args;
            return unprivileged ? runUnprivileged(cli, full) : cli.runRaw(full);
        };
        CliResult r = go({u"check"_s});
        EXPECT_CLI(r, 0);
        EXPECT_TRUE(r.out.contains(u"Integrity: ok"_s)) << r;
        r = go({u"sessions"_s, u"--athlete"_s, u"Ann"_s});
        EXPECT_CLI(r, 0);
        EXPECT_EQ(r.outLines().size(), 3) << r;
        r = go({u"export"_s, u"--what"_s, u"sets"_s, u"-o"_s, file(u"out/sets.csv"_s)});
        EXPECT_CLI(r, 0);
        EXPECT_TRUE(QFileInfo(file(u"out/sets.csv"_s)).size() > 0);
        r = go({u"backup"_s, file(u"out/copy.sqlite"_s)});
        EXPECT_CLI(r, 0);
        EXPECT_TRUE(QFileInfo::exists(file(u"out/copy.sqlite"_s)));
        r = go({u"analyze"_s, u"--athlete"_s, u"Ann"_s});
        EXPECT_CLI(r, 0);
    }
};

// Item 7: a mistyped path is said to be missing; nothing (not even its folder) is created.
TEST_F(Faults, OnlyTheCommandsThatAddDataCreateADatabase)
{
    const QString missing = file(u"no-such-folder/no-such.sqlite"_s);
    const QList<QStringList> others = {
        {u"check"_s},
        {u"athlete"_s, u"list"_s},
        {u"sessions"_s, u"--athlete"_s, u"Ann"_s},
        {u"show"_s, u"1"_s},
        {u"analyze"_s, u"--athlete"_s, u"Ann"_s},
        {u"export"_s, u"--what"_s, u"sets"_s, u"-o"_s, file(u"x.csv"_s)},
        {u"report"_s, u"--athlete"_s, u"Ann"_s, u"--format"_s, u"html"_s, u"-o"_s, file(u"x.html"_s)},
        {u"backup"_s, file(u"copy.sqlite"_s)},
        {u"backup"_s},
        {u"routine"_s, u"list"_s},
        {u"soreness"_s, u"list"_s, u"--athlete"_s, u"Ann"_s},
        {u"plates"_s, u"--athlete"_s, u"Ann"_s},
        {u"soreness"_s, u"add"_s, u"--athlete"_s, u"Ann"_s, u"--region"_s, u"knees"_s, u"--noticed"_s,
         u"2026-03-02T10:00"_s, u"--intensity"_s, u"3"_s, u"--character"_s, u"dull"_s, u"--last"_s},
    };
    for (const QStringList &args : others) {
        const CliResult r = cli.runRaw(QStringList{u"--db"_s, missing} + args);
        EXPECT_CLI(r, 1);
        EXPECT_TRUE(r.err.contains(u"'%1' does not exist"_s.arg(missing))) << r;
        EXPECT_FALSE(QFileInfo::exists(file(u"no-such-folder"_s))) << args.join(u' ').toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(file(u"copy.sqlite"_s)));
    const CliResult r = cli.runRaw({u"--db"_s, missing, u"athlete"_s, u"add"_s, u"Ann"_s});
    EXPECT_CLI(r, 0);
    EXPECT_TRUE(QFileInfo::exists(missing));
}

// Item 4: reading needs no write at all; a write says the storage is read-only, never "damaged".
TEST_F(Faults, ReadsWorkOnAReadOnlyMountAndWritesSaySo)
{
    ScratchMount mount(file(u"mnt"_s), 8 << 20);
    if (!mount.mounted())
        GTEST_SKIP() << "cannot mount a tmpfs here (not root); the folder case covers permissions";
    const QString db = mount.filePath(u"spotter.sqlite"_s);
    fill(db);
    ASSERT_FALSE(QFileInfo::exists(db + u"-wal"_s));
    const QByteArray before = digest(db);
    ASSERT_TRUE(mount.makeReadOnly());
    expectReadsWork(db, false);
    const CliResult r = cli.runRaw({u"--db"_s, db, u"athlete"_s, u"add"_s, u"Bob"_s});
    EXPECT_CLI(r, 1);
    EXPECT_TRUE(r.err.contains(u"read-only"_s)) << r;
    EXPECT_FALSE(r.err.contains(u"damaged"_s)) << r;
    EXPECT_FALSE(r.err.contains(u"disk I/O error"_s)) << r;
    EXPECT_EQ(digest(db), before);
}

TEST_F(Faults, ReadsWorkInAReadOnlyFolderAndWritesSaySo)
{
    const QString folder = file(u"ro"_s);
    const QString db = folder + u"/spotter.sqlite"_s;
    fill(db);
    QDir().mkpath(file(u"out"_s));
    giveToUnprivileged(cli.directory().path());
    ASSERT_TRUE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ReadOther | QFileDevice::ExeOther));
    const QByteArray before = digest(db);
    expectReadsWork(db, true);
    const CliResult r = runUnprivileged(cli, {u"--db"_s, db, u"athlete"_s, u"add"_s, u"Bob"_s});
    EXPECT_CLI(r, 1);
    EXPECT_TRUE(r.err.contains(u"is read-only"_s)) << r;
    EXPECT_FALSE(r.err.contains(u"damaged"_s)) << r;
    EXPECT_EQ(digest(db), before);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_F(Faults, AReadOnlyFileIsReadAndNotWritten)
{
    const QString db = file(u"spotter.sqlite"_s);
    fill(db);
    QDir().mkpath(file(u"out"_s));
    giveToUnprivileged(cli.directory().path());
    ASSERT_TRUE(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadOther));
    expectReadsWork(db, true);
    const CliResult r = runUnprivileged(cli, {u"--db"_s, db, u"log"_s, u"--athlete"_s, u"Ann"_s, u"--date"_s,
                                              u"2026-03-08"_s, u"Squat 3x5 100kg"_s});
    EXPECT_CLI(r, 1);
    EXPECT_TRUE(r.err.contains(u"is read-only"_s)) << r;
    EXPECT_FALSE(r.err.contains(u"damaged"_s)) << r;
}

// Item 9: a -shm left without write permission does not keep a writable database read-only.
TEST_F(Faults, AReadOnlyShmLeftBesideTheFileIsRepaired)
{
    const QString db = file(u"spotter.sqlite"_s);
    fill(db);
    QFile shm(db + u"-shm"_s);
    ASSERT_TRUE(shm.open(QIODevice::WriteOnly));
    shm.write(QByteArray(32768, '\0'));
    shm.close();
    giveToUnprivileged(cli.directory().path());
    ASSERT_TRUE(QFile::setPermissions(shm.fileName(), QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                                          | QFileDevice::ReadOther));
    const CliResult r = runUnprivileged(cli, {u"--db"_s, db, u"athlete"_s, u"add"_s, u"Bob"_s});
    EXPECT_CLI(r, 0);
}

// Item 4: on a full disk everything can still be read out, and a write says the disk is full.
TEST_F(Faults, ReadsWorkOnAFullDiskAndWritesSaySo)
{
    ScratchMount mount(file(u"mnt"_s), 4 << 20);
    if (!mount.mounted())
        GTEST_SKIP() << "cannot mount a small tmpfs here (not root): no full disk to test with";
    const QString db = mount.filePath(u"spotter.sqlite"_s);
    fill(db);
    const QByteArray before = digest(db);
    ASSERT_TRUE(mount.fill());
    expectReadsWork(db, false);
    const CliResult r = cli.runRaw({u"--db"_s, db, u"log"_s, u"--athlete"_s, u"Ann"_s, u"--date"_s,
                                    u"2026-03-08"_s, u"Squat 3x5 100kg"_s});
    EXPECT_CLI(r, 1);
    EXPECT_TRUE(r.err.contains(u"disk is full"_s)) << r;
    EXPECT_FALSE(r.err.contains(u"damaged"_s)) << r;
    QFile::remove(mount.filePath(u"filler"_s));
    EXPECT_EQ(digest(db), before);
    const CliResult after = cli.runRaw({u"--db"_s, db, u"check"_s});
    EXPECT_CLI(after, 0);
}

class Upgrades : public Faults
{
protected:
    /// A database of schema 4 (the tables schema 5 adds are dropped, and what schema 7 adds);
    /// with @p broken, one of them is left so that the upgrade fails on every attempt.
    void makeVersion4(const QString &db, bool broken) const
    {
        fill(db);
        QStringList sql{u"DROP TABLE publish_state"_s};
        for (const QString &table : {u"athlete"_s, u"session"_s, u"workout_set"_s, u"soreness"_s})
            sql.append(u"ALTER TABLE "_s + table + u" DROP COLUMN row_version"_s);
        for (const QString &table : {u"personal_record"_s, u"plate_set"_s, u"routine_assignment"_s,
                                     u"routine_item"_s, u"routine"_s}) {
            if (!(broken && table == u"routine"_s))
                sql.append(u"DROP TABLE "_s + table);
        }
        sql.append(u"PRAGMA user_version = 4"_s);
        runSql(db, sql);
        ASSERT_FALSE(QFileInfo::exists(db + u"-wal"_s));
    }
};

// Item 5: a read never upgrades; it says which command does.
TEST_F(Upgrades, AReadOnlyCommandNeverStartsAnUpgrade)
{
    makeVersion4(dbPath(), false);
    const QByteArray before = digest(dbPath());
    for (const QStringList &args :
         {QStringList{u"sessions"_s, u"--athlete"_s, u"Ann"_s}, QStringList{u"check"_s},
          QStringList{u"export"_s, u"--what"_s, u"sets"_s}}) {
        const CliResult r = run(args);
        EXPECT_CLI(r, 1);
        EXPECT_TRUE(r.err.contains(u"needs an upgrade (schema 4 to"_s)) << r;
        EXPECT_TRUE(r.err.contains(u"check --upgrade"_s)) << r;
    }
    EXPECT_EQ(digest(dbPath()), before);
    EXPECT_TRUE(filesIn(file(QString()), u"*.backup.sqlite"_s).isEmpty());
    const CliResult up = run({u"check"_s, u"--upgrade"_s});
    EXPECT_CLI(up, 0);
    EXPECT_TRUE(up.err.contains(u"Upgraded from schema 4"_s)) << up;
    EXPECT_EQ(filesIn(file(QString()), u"*.backup.sqlite"_s).size(), 1);
    EXPECT_CLI(run({u"sessions"_s, u"--athlete"_s, u"Ann"_s}), 0);
}

// Item 5: retries of a failing upgrade reuse the backup the first attempt took; no -journal.
TEST_F(Upgrades, AFailingUpgradeKeepsOneBackupAndNoJournal)
{
    makeVersion4(dbPath(), true);
    for (int attempt = 0; attempt < 3; ++attempt) {
        const CliResult r = run({u"athlete"_s, u"add"_s, u"Bob"_s});
        EXPECT_CLI(r, 1);
    }
    EXPECT_EQ(filesIn(file(QString()), u"*.backup.sqlite"_s).size(), 1)
        << filesIn(file(QString()), u"*"_s).join(u' ').toStdString();
    EXPECT_TRUE(filesIn(file(QString()), u"*-journal"_s).isEmpty())
        << filesIn(file(QString()), u"*"_s).join(u' ').toStdString();
}

// Item 5: an upgrade that cannot fit is refused before anything is written.
TEST_F(Upgrades, AnUpgradeChecksTheFreeSpaceFirst)
{
    ScratchMount mount(file(u"mnt"_s), 2 << 20);
    if (!mount.mounted())
        GTEST_SKIP() << "cannot mount a small tmpfs here (not root)";
    const QString db = mount.filePath(u"spotter.sqlite"_s);
    makeVersion4(db, false);
    const QByteArray before = digest(db);
    // Leave less than the file's size twice over free.
    {
        QFile filler(mount.filePath(u"filler"_s));
        ASSERT_TRUE(filler.open(QIODevice::WriteOnly));
        ASSERT_TRUE(filler.resize((2 << 20) - 3 * QFileInfo(db).size() - (400 << 10)));
        const QByteArray block(4096, 'x');
        for (qint64 n = filler.size() / block.size(); n > 0; --n)
            filler.write(block);
    }
    const CliResult r = cli.runRaw({u"--db"_s, db, u"athlete"_s, u"add"_s, u"Bob"_s});
    EXPECT_CLI(r, 1);
    EXPECT_TRUE(r.err.contains(u"disk is too full to upgrade"_s)) << r;
    EXPECT_TRUE(filesIn(mount.filePath(QString()), u"*.backup.sqlite"_s).isEmpty());
    EXPECT_TRUE(filesIn(mount.filePath(QString()), u"*-journal"_s).isEmpty());
    EXPECT_EQ(digest(db), before);
}

// Item 6: a file that fails its integrity check is not written any more, and says the way out.
TEST_F(Faults, ADamagedDatabaseIsOpenedReadOnly)
{
    fill(dbPath());
    const QString page = dbPath();
    // Break the b-tree of the sets table's index without touching the header: a page of
    // garbage in the middle of the file.
    {
        QFile f(page);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        ASSERT_GT(size, 8 * 4096);
        f.seek(size - 3 * 4096);
        f.write(QByteArray(4096, '\x5a'));
    }
    const QByteArray before = digest(page);
    const CliResult r =
        run({u"log"_s, u"--athlete"_s, u"Ann"_s, u"--date"_s, u"2026-03-08"_s, u"Squat 3x5 100kg"_s});
    EXPECT_CLI(r, 1);
    EXPECT_TRUE(r.err.contains(u"failed its integrity check"_s)) << r;
    EXPECT_TRUE(r.err.contains(u"opened read-only"_s)) << r;
    EXPECT_TRUE(r.err.contains(u"restore"_s)) << r;
    EXPECT_EQ(digest(page), before);
}

// Item 9: an empty PATH is wrong usage, not a failure to write.
TEST_F(Faults, BackupToAnEmptyPathIsAUsageError)
{
    fill(dbPath());
    const CliResult r = run({u"backup"_s, QString()});
    EXPECT_CLI(r, 2);
}

} // namespace
} // namespace spotter::test
