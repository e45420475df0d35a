// SPDX-License-Identifier: GPL-3.0-or-later
// File → Restore from backup…: the backups listed with their date and counts, a restore after a
// confirmation that keeps the replaced file, a cancelled one that changes nothing; and the day's
// automatic backup the main window takes, which warns once when it fails and never blocks.
#include "../pages/logfixture.h"
#include "dialogs/restoredialog.h"
#include "model/clock.h"
#include "models/backupmodel.h"
#include "shell/dailybackup.h"
#include "shell/mainwindow.h"
#include "shell/prompt.h"
#include "store/backupfolder.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>

#include <sys/stat.h>

using namespace spotter;
using spotter::test::LogFixture;

namespace {

class RestoreTest : public LogFixture
{
protected:
    void TearDown() override
    {
        Prompt::reset();
        LogFixture::TearDown();
    }
    QString path() { return db().path(); }
};

} // namespace

TEST_F(RestoreTest, ListsBackupsAndRestoresOneKeepingTheReplacedFile)
{
    addPastSession(3, {{QStringLiteral("Back Squat"), 100.0, 5, 8.0}});
    const QString taken =
        BackupFolder(path()).take(db(), BackupKind::Manual, QDateTime::currentDateTime().addSecs(-60));
    addPastSession(
        1, {{QStringLiteral("Deadlift"), 150.0, 3, 8.0}, {QStringLiteral("Deadlift"), 150.0, 3, 8.0}});
    ASSERT_EQ(sessions().size(), 2);

    RestoreDialog dialog(*m_ws);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(dialog.model()->rowCount(), 1);
    const auto cell = [&](int column) { return dialog.model()->index(0, column).data().toString(); };
    EXPECT_EQ(cell(BackupModel::Kind), QStringLiteral("Manual"));
    EXPECT_EQ(cell(BackupModel::Sessions), QStringLiteral("1"));
    EXPECT_EQ(cell(BackupModel::Sets), QStringLiteral("1"));
    EXPECT_FALSE(cell(BackupModel::Taken).isEmpty());

    // Cancelled: nothing changes.
    Prompt::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(dialog.restoreSelected());
    EXPECT_EQ(sessions().size(), 2);
    EXPECT_EQ(dialog.statusText(), QStringLiteral("Nothing was restored."));

    Prompt::setNextAnswer(QMessageBox::Yes);
    const auto kept = dialog.restoreSelected();
    ASSERT_TRUE(kept.has_value()) << dialog.statusText().toStdString();
    EXPECT_EQ(Prompt::pending(), 0);
    EXPECT_TRUE(Prompt::shown().last().startsWith(QStringLiteral("Restore from backup: Replace ")));
    EXPECT_EQ(db().path(), path());
    EXPECT_EQ(SessionRepository(db()).list(m_athlete.id).size(), 1) << "the backup's content is back";
    EXPECT_TRUE(QFile::exists(*kept));
    const BackupInfo replaced = BackupFolder::inspect(*kept);
    EXPECT_EQ(replaced.sessions, 2) << "the replaced file is kept";
    ASSERT_EQ(dialog.model()->rowCount(), 2) << "and listed";
    EXPECT_EQ(dialog.model()->index(0, BackupModel::Kind).data().toString(),
              QStringLiteral("Before a restore"));
    EXPECT_TRUE(QFile::exists(taken));
}

TEST_F(RestoreTest, TheWindowTakesTheDaysBackupOnceAndAFailureWarnsOnceWithoutBlocking)
{
    {
        MainWindow window(*m_ws);
        auto *backup = window.findChild<DailyBackup *>();
        ASSERT_NE(backup, nullptr);
        QSignalSpy done(backup, &DailyBackup::finished);
        ASSERT_TRUE(done.wait(10000));
        const QString file = done.first().at(0).toString();
        ASSERT_FALSE(file.isEmpty()) << done.first().at(1).toString().toStdString();
        struct stat st = {};
        ASSERT_EQ(::stat(QFile::encodeName(file).constData(), &st), 0);
        EXPECT_EQ(st.st_mode & 0777, 0600u);
        backup->run();
        ASSERT_TRUE(done.wait(10000));
        EXPECT_TRUE(done.last().at(0).toString().isEmpty()) << "one a day";
    }
    // The backup folder cannot be made (a file is in its way): a warning, once, and logging goes on.
    QDir(BackupFolder(path()).folder()).removeRecursively();
    QFile blocker(BackupFolder(path()).folder());
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Prompt::setQuiet(true);
    MainWindow window(*m_ws);
    auto *backup = window.findChild<DailyBackup *>();
    QSignalSpy done(backup, &DailyBackup::finished);
    ASSERT_TRUE(done.wait(10000));
    EXPECT_FALSE(done.first().at(1).toString().isEmpty());
    backup->run();
    ASSERT_TRUE(done.wait(10000));
    QStringList warnings;
    for (const QString &s : Prompt::shown()) {
        if (s.startsWith(QStringLiteral("The daily backup failed")))
            warnings.append(s);
    }
    EXPECT_EQ(warnings.size(), 1) << "told once";
    addPastSession(0, {{QStringLiteral("Back Squat"), 100.0, 5, 8.0}});
    EXPECT_EQ(sessions().size(), 1) << "logging goes on";
}
