// SPDX-License-Identifier: GPL-3.0-or-later
// Automatic daily backups with their retention, the backup list, and restore: a round trip to
// exactly the backup's content, the replaced file kept, stale -wal/-shm removed, and a refusal
// while another connection or another process holds the database.
#include "../../reliability/dbdump.h"
#include "model/clock.h"
#include "store/athleterepository.h"
#include "store/backupfolder.h"
#include "store/exerciserepository.h"
#include "store/routinerepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "store/storeerror.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSet>

#include <gtest/gtest.h>

#include <cstdio>
#include <iostream>
#include <sys/stat.h>

namespace spotter::test {
namespace {

const QDateTime kMonday(QDate(2026, 11, 2), QTime(7, 30));

/// The permission bits of @p path.
int modeOf(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? static_cast<int>(st.st_mode & 07777) : -1;
}

class Backups : public TempDatabase
{
protected:
    void TearDown() override
    {
        Clock::set({});
        TempDatabase::TearDown();
    }
    void addSession(const QString &athleteName, int day)
    {
        auto a = AthleteRepository(db()).findByName(athleteName);
        if (!a) {
            Athlete fresh;
            fresh.name = athleteName;
            AthleteRepository(db()).add(fresh);
            a = fresh;
        }
        Session s;
        s.athleteId = a->id;
        s.start = QDateTime(QDate(2026, 10, 1).addDays(day), QTime(18, 0));
        WorkoutSet w;
        w.exerciseId = ExerciseRepository(db()).find(QStringLiteral("Deadlift"))->id;
        w.weight = Weight::fromKg(100 + day);
        w.reps = 5;
        s.sets = {w, w};
        SessionRepository(db()).add(s);
    }
    BackupFolder folder() const { return BackupFolder(path()); }
};

TEST_F(Backups, FirstOpenOfEachDayTakesOnePrivateBackup)
{
    addSession(QStringLiteral("Ann"), 0);
    const BackupFolder f = folder();
    EXPECT_EQ(f.folder(), m_dir.filePath(QStringLiteral("backups")));
    const auto first = f.ensureDaily(db(), kMonday, {});
    ASSERT_TRUE(first);
    EXPECT_EQ(QFileInfo(*first).fileName(), QStringLiteral("spotter-20261102-073000-daily.sqlite"));
    EXPECT_EQ(modeOf(*first), 0600);
    EXPECT_FALSE(f.ensureDaily(db(), kMonday.addSecs(3600), {})); // the same day: nothing more
    const auto next = f.ensureDaily(db(), kMonday.addDays(1), {});
    ASSERT_TRUE(next);
    const QList<BackupInfo> list = f.list();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].path, *next); // newest first
    EXPECT_EQ(list[0].taken, kMonday.addDays(1));
    EXPECT_EQ(list[0].kind, BackupKind::Daily);
    EXPECT_EQ(list[0].sessions, 1);
    EXPECT_EQ(list[0].sets, 2);
    EXPECT_EQ(list[0].reports, 0);
    EXPECT_EQ(list[0].schemaVersion, Database::kSchemaVersion);
    EXPECT_TRUE(list[0].readable());
}

TEST_F(Backups, KeepsSevenDailyAndFourWeekly)
{
    const BackupFolder f = folder();
    const BackupRetention keep;
    for (int day = 0; day < 45; ++day)
        ASSERT_TRUE(f.ensureDaily(db(), kMonday.addDays(day), keep));
    QSet<QDate> days;
    for (const BackupInfo &b : f.list(false))
        days.insert(b.taken.date());
    // Day 44 is a Wednesday. The last 7 days (38..44), and the newest backup of each of the last
    // four ISO weeks: this week's (44), last week's Sunday (41), then the two Sundays before (34, 27).
    QSet<QDate> expected;
    for (int day = 38; day <= 44; ++day)
        expected.insert(kMonday.date().addDays(day));
    for (const int day : {34, 27})
        expected.insert(kMonday.date().addDays(day));
    EXPECT_EQ(days, expected);
    // Other kinds are never pruned, and the counts are settings.
    f.take(db(), BackupKind::Manual, kMonday.addDays(45));
    EXPECT_TRUE(f.prune({2, 0}).size() == 7);
    EXPECT_EQ(f.list(false).size(), 3);
}

TEST_F(Backups, ListIgnoresOtherFilesAndSaysWhatCannotBeRead)
{
    const BackupFolder f = folder();
    f.take(db(), BackupKind::Manual, kMonday);
    QDir().mkpath(f.folder());
    for (const char *name : {"notes.txt", "other-20261102-073000-daily.sqlite", "spotter-latest.sqlite"}) {
        QFile junk(f.folder() + u'/' + QLatin1String(name));
        ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
        junk.write("junk");
    }
    QFile broken(f.folder() + QStringLiteral("/spotter-20261101-090000-daily.sqlite"));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("not a database");
    broken.close();
    const QList<BackupInfo> list = f.list();
    ASSERT_EQ(list.size(), 2);
    EXPECT_TRUE(list[0].readable());
    EXPECT_EQ(list[1].problem, QStringLiteral("not an SQLite database"));
    EXPECT_THROW(restoreBackup(list[1].path, path(), f, kMonday), StoreError);
}

TEST_F(Backups, RestoreRoundTripKeepsTheReplacedFile)
{
    addSession(QStringLiteral("Ann"), 0);
    addSession(QStringLiteral("Bo"), 1);
    const BackupFolder f = folder();
    const QString backup = f.take(db(), BackupKind::Manual, kMonday);
    // Changed after the backup: every kind of table.
    addSession(QStringLiteral("Ann"), 2);
    AthleteRepository(db()).remove(AthleteRepository(db()).findByName(QStringLiteral("Bo"))->id);
    Routine r;
    r.name = QStringLiteral("Pull");
    RoutineItem item;
    item.exerciseId = ExerciseRepository(db()).find(QStringLiteral("Deadlift"))->id;
    item.reps = 5;
    r.items = {item};
    RoutineRepository(db()).add(r);
    m_db.reset();
    const QString modified = logicalDump(path());
    ASSERT_NE(modified, logicalDump(backup));
    // A -wal and -shm left beside the file would be replayed into the restored one.
    for (const char *suffix : {"-wal", "-shm"}) {
        QFile stale(path() + QLatin1String(suffix));
        ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
        stale.write(QByteArray(4096, 'x'));
    }

    const QString kept = restoreBackup(backup, path(), f, kMonday.addSecs(60));
    EXPECT_FALSE(QFileInfo::exists(path() + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(path() + QStringLiteral("-shm")));
    EXPECT_EQ(logicalDump(path()), logicalDump(backup));
    EXPECT_EQ(modeOf(path()), 0600);
    ASSERT_FALSE(kept.isEmpty());
    EXPECT_EQ(QFileInfo(kept).fileName(), QStringLiteral("spotter-20261102-073100-before-restore.sqlite"));
    EXPECT_EQ(logicalDump(kept), modified);
    // It opens as a Spotter database with the backup's data.
    reopen();
    EXPECT_EQ(AthleteRepository(db()).count(), 2);
    EXPECT_FALSE(RoutineRepository(db()).findByName(QStringLiteral("Pull")));
    const QList<BackupInfo> list = f.list();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].kind, BackupKind::BeforeRestore);
    EXPECT_EQ(list[0].sessions, 2);
}

TEST_F(Backups, RestoreRefusesWhileAnotherConnectionHoldsTheDatabase)
{
    addSession(QStringLiteral("Ann"), 0);
    const BackupFolder f = folder();
    const QString backup = f.take(db(), BackupKind::Manual, kMonday);
    addSession(QStringLiteral("Ann"), 1);
    // db() is still open in this process: its connection holds the file.
    const QString before = logicalDump(path());
    try {
        restoreBackup(backup, path(), f, kMonday);
        FAIL() << "restored over an open database";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::Busy);
        EXPECT_TRUE(e.message().contains(QStringLiteral("is open in another program")))
            << e.message().toStdString();
    }
    EXPECT_EQ(logicalDump(path()), before);
    EXPECT_EQ(f.list(false).size(), 1); // nothing kept, nothing changed
}

TEST_F(Backups, RestoreRefusesWhileAnotherProcessHoldsTheDatabase)
{
    addSession(QStringLiteral("Ann"), 0);
    const BackupFolder f = folder();
    const QString backup = f.take(db(), BackupKind::Manual, kMonday);
    m_db.reset();
    QProcess holder;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SPOTTER_HOLD_DB"), path());
    holder.setProcessEnvironment(env);
    holder.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--gtest_filter=BackupHelper.HoldsTheDatabaseWhenAsked")});
    ASSERT_TRUE(holder.waitForStarted());
    // The helper says when it has the file open; until then a restore could still go through.
    QByteArray said;
    while (!said.contains("held") && holder.waitForReadyRead(20'000))
        said += holder.readAllStandardOutput();
    ASSERT_TRUE(said.contains("held")) << said.toStdString();
    const QString before = logicalDump(path());
    EXPECT_THROW(restoreBackup(backup, path(), f, kMonday), StoreError);
    EXPECT_EQ(logicalDump(path()), before);
    holder.write("done\n");
    holder.closeWriteChannel();
    ASSERT_TRUE(holder.waitForFinished(20'000));
    // Once it has let go, the restore goes through.
    EXPECT_FALSE(restoreBackup(backup, path(), f, kMonday.addSecs(1)).isEmpty());
    EXPECT_EQ(logicalDump(path()), logicalDump(backup));
}

TEST(BackupHelper, HoldsTheDatabaseWhenAsked)
{
    const QString path = qEnvironmentVariable("SPOTTER_HOLD_DB");
    if (path.isEmpty())
        GTEST_SKIP() << "a helper process for RestoreRefusesWhileAnotherProcessHoldsTheDatabase";
    const Database db(path);
    ASSERT_GE(AthleteRepository(db).count(), 0);
    std::cout << "held" << std::endl;
    std::string line;
    std::getline(std::cin, line);
}

TEST(BackupInspect, RefusesWhatIsNotARestorableSpotterFile)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("spotter.sqlite"));
    {
        const Database db(target);
    }
    const QString before = logicalDump(target);
    const BackupFolder f(target);
    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    withReadOnlyConnection(foreign, [](const QSqlDatabase &) {});
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(foreign);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    EXPECT_EQ(BackupFolder::inspect(foreign).problem, QStringLiteral("not a Spotter database"));
    EXPECT_THROW(restoreBackup(foreign, target, f, kMonday), StoreError);
    EXPECT_THROW(restoreBackup(target, target, f, kMonday), StoreError);
    EXPECT_EQ(BackupFolder::inspect(dir.filePath(QStringLiteral("missing.sqlite"))).problem,
              QStringLiteral("cannot be read"));
    EXPECT_EQ(logicalDump(target), before);
}

} // namespace
} // namespace spotter::test
