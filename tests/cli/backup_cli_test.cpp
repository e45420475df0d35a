// SPDX-License-Identifier: GPL-3.0-or-later
// backup --list and restore through the real spotter-cli: the round trip, the confirmation on a
// terminal (through script(1)), the refusal without --yes when nobody can be asked, and the
// refusal while another process holds the database, a stale -wal/-shm removed by a restore, and
// backups created owner-only.
#include "clirunner.h"
#include "store/athleterepository.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sys/stat.h>

namespace spotter::test {
namespace {

class BackupCli : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        cli.setEnvironment(QStringLiteral("SPOTTER_NOW"), QStringLiteral("2026-11-20T18:00"));
        ASSERT_EQ(run({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Ann")}).exitCode, 0);
        logOn(QStringLiteral("2026-11-10"));
    }
    void logOn(const QString &date)
    {
        const CliResult r = run({QStringLiteral("log"), QStringLiteral("--athlete"), QStringLiteral("Ann"),
                                 QStringLiteral("--date"), date, QStringLiteral("Squat 3x5 100kg")});
        ASSERT_EQ(r.exitCode, 0) << r;
    }
    int sessions()
    {
        const CliResult r = run({QStringLiteral("sessions"), QStringLiteral("--athlete"),
                                 QStringLiteral("Ann"), QStringLiteral("--json")});
        return static_cast<int>(QJsonDocument::fromJson(r.out.toUtf8()).array().size());
    }
    QString backupDir() const { return file(QStringLiteral("backups")); }
};

TEST_F(BackupCli, ListsBackupsWithWhatTheyHold)
{
    CliResult r = run({QStringLiteral("backup"), QStringLiteral("--list")});
    EXPECT_CLI(r, 0);
    EXPECT_EQ(r.out, QStringLiteral("No backups in %1 yet.\n").arg(backupDir()));
    r = run({QStringLiteral("backup")});
    EXPECT_CLI(r, 0);
    const QString taken = backupDir() + QStringLiteral("/spotter-20261120-180000-manual.sqlite");
    EXPECT_EQ(r.out, QStringLiteral("Backup written to %1\n").arg(taken));
    r = run({QStringLiteral("backup"), QStringLiteral("--list")});
    EXPECT_CLI(r, 0);
    EXPECT_TRUE(r.out.startsWith(u"2026-11-20 18:00  manual          1 session, 3 sets, 0 soreness reports"))
        << r;
    r = run({QStringLiteral("backup"), QStringLiteral("--list"), QStringLiteral("--json")});
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(list.size(), 1) << r;
    EXPECT_EQ(list[0][u"path"].toString(), taken);
    EXPECT_EQ(list[0][u"sets"].toInt(), 3);
    EXPECT_EQ(list[0][u"taken"].toString(), QStringLiteral("2026-11-20T18:00:00"));
}

TEST_F(BackupCli, RestoreRoundTripKeepsTheReplacedDatabase)
{
    const QString copy = file(QStringLiteral("copy.sqlite"));
    ASSERT_EQ(run({QStringLiteral("backup"), copy}).exitCode, 0);
    logOn(QStringLiteral("2026-11-12"));
    ASSERT_EQ(sessions(), 2);
    // Nobody to ask: refused, and nothing changed.
    CliResult r = run({QStringLiteral("restore"), copy});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(u"restoring replaces the database: confirm with --yes")) << r;
    EXPECT_EQ(sessions(), 2);
    r = run({QStringLiteral("restore"), copy, QStringLiteral("--yes")});
    EXPECT_CLI(r, 0);
    EXPECT_TRUE(r.out.contains(u"(1 session, 3 sets, 0 soreness reports)")) << r;
    const QString kept = backupDir() + QStringLiteral("/spotter-20261120-180000-before-restore.sqlite");
    EXPECT_TRUE(r.out.contains(QStringLiteral("The database it replaced was kept as %1").arg(kept))) << r;
    EXPECT_EQ(sessions(), 1);
    // What was replaced can be restored in turn.
    r = run({QStringLiteral("restore"), kept, QStringLiteral("--yes")});
    EXPECT_CLI(r, 0);
    EXPECT_EQ(sessions(), 2);
    // Not a Spotter database: refused before anything changes.
    QFile junk(file(QStringLiteral("junk.sqlite")));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("hello");
    junk.close();
    r = run({QStringLiteral("restore"), junk.fileName(), QStringLiteral("--yes")});
    EXPECT_CLI(r, 1);
    EXPECT_TRUE(r.err.contains(u"cannot be restored: not an SQLite database")) << r;
    EXPECT_EQ(sessions(), 2);
}

/// Runs `restore COPY` on a terminal (script(1)) in @p language ("C", "de"), typing @p answer.
std::pair<int, QString> restoreOnTerminal(const QString &script, const QString &db, const QString &copy,
                                          const QString &language, const QByteArray &answer)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SPOTTER_NOW"), QStringLiteral("2026-11-20T18:00"));
    env.insert(QStringLiteral("LANGUAGE"), language);
    env.insert(QStringLiteral("LC_ALL"),
               language == u"de" ? QStringLiteral("de_DE.UTF-8") : QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(script,
                  {QStringLiteral("-qec"),
                   QStringLiteral("'%1' --db '%2' restore '%3'").arg(QStringLiteral(SPOTTER_CLI), db, copy),
                   QStringLiteral("/dev/null")});
    EXPECT_TRUE(process.waitForStarted());
    process.write(answer);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60'000));
    return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
}

TEST_F(BackupCli, AsksOnATerminal)
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        GTEST_SKIP() << "script(1) is not installed";
    const QString copy = file(QStringLiteral("copy.sqlite"));
    ASSERT_EQ(run({QStringLiteral("backup"), copy}).exitCode, 0);
    logOn(QStringLiteral("2026-11-12"));
    const auto onTerminal = [&](const QByteArray &answer) {
        return restoreOnTerminal(script, dbPath(), copy, QStringLiteral("C"), answer);
    };
    const auto [declined, said] = onTerminal("n\n");
    EXPECT_EQ(declined, 1) << said.toStdString();
    EXPECT_TRUE(said.contains(u"Restore? [y/N]")) << said.toStdString();
    EXPECT_TRUE(said.contains(u"Nothing was changed.")) << said.toStdString();
    EXPECT_EQ(sessions(), 2);
    const auto [accepted, output] = onTerminal("y\n");
    EXPECT_EQ(accepted, 0) << output.toStdString();
    EXPECT_EQ(sessions(), 1);
}

// In German the prompt offers [j/N] and takes "j" and "ja"; "y" and "yes" still work.
TEST_F(BackupCli, AsksInTheUsersLanguage)
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        GTEST_SKIP() << "script(1) is not installed";
    const QString copy = file(QStringLiteral("copy.sqlite"));
    ASSERT_EQ(run({QStringLiteral("backup"), copy}).exitCode, 0);
    int day = 12;
    for (const QByteArray answer : {"ja\n", "J\n", "yes\n"}) {
        logOn(QStringLiteral("2026-11-%1").arg(day++));
        ASSERT_EQ(sessions(), 2);
        const auto [code, said] = restoreOnTerminal(script, dbPath(), copy, QStringLiteral("de"), answer);
        EXPECT_EQ(code, 0) << answer.constData() << said.toStdString();
        EXPECT_TRUE(said.contains(u"[j/N]")) << said.toStdString();
        EXPECT_EQ(sessions(), 1) << answer.constData();
    }
    logOn(QStringLiteral("2026-11-%1").arg(day));
    const auto [declined, said] = restoreOnTerminal(script, dbPath(), copy, QStringLiteral("de"), "n\n");
    EXPECT_EQ(declined, 1) << said.toStdString();
    EXPECT_EQ(sessions(), 2);
}

TEST_F(BackupCli, RefusedWhileAnotherProcessHoldsTheDatabase)
{
    const QString copy = file(QStringLiteral("copy.sqlite"));
    ASSERT_EQ(run({QStringLiteral("backup"), copy}).exitCode, 0);
    logOn(QStringLiteral("2026-11-12"));
    {
        // This test process is the other program: its connection holds the file.
        const Database held(dbPath());
        ASSERT_EQ(AthleteRepository(held).count(), 1);
        const CliResult r = run({QStringLiteral("restore"), copy, QStringLiteral("--yes")});
        EXPECT_CLI(r, 1);
        EXPECT_TRUE(
            r.err.contains(u"is open in another program (Spotter or spotter-cli); close it and restore "
                           u"again. Nothing was changed."))
            << r;
        EXPECT_FALSE(QDir(backupDir()).exists() && !QDir(backupDir()).isEmpty());
    }
    EXPECT_EQ(sessions(), 2);
    EXPECT_CLI(run({QStringLiteral("restore"), copy, QStringLiteral("--yes")}), 0);
    EXPECT_EQ(sessions(), 1);
}

TEST_F(BackupCli, RestoreRemovesTheOldWalAndShmFirst)
{
    const QString copy = file(QStringLiteral("copy.sqlite"));
    ASSERT_EQ(run({QStringLiteral("backup"), copy}).exitCode, 0);
    logOn(QStringLiteral("2026-11-12"));
    // A -wal holding a change of the current file (what a crash, or a copy made while Spotter
    // ran, leaves beside it); replayed into the restored file it would undo or corrupt the restore.
    const QString wal = dbPath() + QStringLiteral("-wal");
    const QString shm = dbPath() + QStringLiteral("-shm");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stale"));
        db.setDatabaseName(dbPath());
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE session SET title = 'from the old wal'")));
        ASSERT_GT(QFileInfo(wal).size(), 0);
        QFile::remove(file(QStringLiteral("stale-wal")));
        QFile::remove(file(QStringLiteral("stale-shm")));
        ASSERT_TRUE(QFile::copy(wal, file(QStringLiteral("stale-wal"))));
        ASSERT_TRUE(QFile::copy(shm, file(QStringLiteral("stale-shm"))));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stale"));
    QFile::remove(wal);
    QFile::remove(shm);
    ASSERT_TRUE(QFile::copy(file(QStringLiteral("stale-wal")), wal));
    ASSERT_TRUE(QFile::copy(file(QStringLiteral("stale-shm")), shm));

    const CliResult r = run({QStringLiteral("restore"), copy, QStringLiteral("--yes")});
    EXPECT_CLI(r, 0);
    EXPECT_TRUE(r.out.contains(u"(1 session, 3 sets, 0 soreness reports)")) << r;
    EXPECT_EQ(sessions(), 1);
    const CliResult shown =
        run({QStringLiteral("sessions"), QStringLiteral("--athlete"), QStringLiteral("Ann")});
    EXPECT_FALSE(shown.out.contains(u"from the old wal")) << shown;
    const CliResult check = run({QStringLiteral("check")});
    EXPECT_CLI(check, 0);
    EXPECT_TRUE(check.out.contains(u"Integrity: ok")) << check;
}

TEST_F(BackupCli, BackupsAreTheOwnersOnly)
{
    const mode_t before = ::umask(022);
    const QString copy = file(QStringLiteral("copy.sqlite"));
    const CliResult named = run({QStringLiteral("backup"), copy});
    const CliResult inFolder = run({QStringLiteral("backup"), QStringLiteral("--json")});
    ::umask(before);
    ASSERT_EQ(named.exitCode, 0) << named;
    ASSERT_EQ(inFolder.exitCode, 0) << inFolder;
    const QString taken = QJsonDocument::fromJson(inFolder.out.toUtf8()).object().value(u"path").toString();
    for (const QString &path : {copy, taken}) {
        struct stat st = {};
        ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0) << path.toStdString();
        EXPECT_EQ(st.st_mode & 0777, 0600u) << path.toStdString();
    }
}

} // namespace
} // namespace spotter::test
