// SPDX-License-Identifier: GPL-3.0-or-later
// The window over a file whose b-tree is damaged (a page of garbage over a table page of a valid
// file): every page that reads it stays up, shows nothing it read only in part, and says what is
// wrong and the way out. Before, the first SELECT of the sessions threw "database disk image is
// malformed" through the event loop and took the window down.
#include "dialogs/exportdialog.h"
#include "pagedamage.h"
#include "pages/historypage.h"
#include "pages/logpage.h"
#include "pages/progresspage.h"
#include "pages/sorenesspage.h"
#include "pages/teampage.h"
#include "salvagefixture.h"
#include "shell/desktopdatabase.h"
#include "shell/mainwindow.h"
#include "shell/prompt.h"
#include "shell/workspace.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace spotter;

namespace {

class DamagedWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Prompt::reset();
        Prompt::setQuiet(true);
    }
    void TearDown() override { Prompt::reset(); }

    QString damagedDatabase(const QString &table)
    {
        const QString path = m_dir.filePath(QStringLiteral("db.sqlite"));
        test::makeSalvageFixture(path, 120);
        const int root = test::rootPageOf(path, table);
        EXPECT_GT(root, 1);
        EXPECT_TRUE(test::overwritePage(path, root));
        return path;
    }

    /// Shows every page in turn and lets each finish what it reads.
    static void visitEveryPage(MainWindow &window)
    {
        for (const MainWindow::Page page : {MainWindow::Log, MainWindow::History, MainWindow::Soreness,
                                            MainWindow::Progress, MainWindow::Team, MainWindow::Log}) {
            window.showPage(page);
            QCoreApplication::processEvents();
            QTest::qWait(0);
        }
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(DamagedWindow, EveryPageStaysUpAndSaysWhyOverADamagedSessionTable)
{
    const QString path = damagedDatabase(QStringLiteral("session"));
    DesktopDatabase opened = openForDesktop(path, false);
    ASSERT_TRUE(opened.db);
    Workspace ws(std::move(opened.db));
    MainWindow window(ws);
    window.show();
    // The integrity check after the open (or a page's read) finds the damage.
    ASSERT_TRUE(QTest::qWaitFor([&] { return ws.database().isReadOnly(); }, 10000));
    visitEveryPage(window);
    // Switching athletes reads everything again.
    window.athleteSwitcher()->setCurrentIndex(1);
    visitEveryPage(window);

    // The history shows no half-read list; it says the sessions cannot be read.
    auto *history = window.historyPage();
    auto *view = history->findChild<QTableView *>();
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->model()->rowCount(), 0);
    bool said = false;
    for (QLabel *label : history->findChildren<QLabel *>())
        said =
            said || (label->isVisibleTo(history) && label->text().contains(QStringLiteral("cannot be read")));
    EXPECT_TRUE(said);
    // The window names the damage and the way out.
    const QString status = window.databaseStatus();
    EXPECT_TRUE(status.contains(QStringLiteral("failed its integrity check"))) << status.toStdString();
    EXPECT_TRUE(window.windowTitle().endsWith(QStringLiteral("(read-only)")));
    auto *banner = window.findChild<QWidget *>(QStringLiteral("readFailureBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisibleTo(&window));
    QString bannerText;
    for (QLabel *label : banner->findChildren<QLabel *>())
        bannerText += label->text();
    EXPECT_TRUE(bannerText.contains(QStringLiteral("damaged"))) << bannerText.toStdString();
    EXPECT_TRUE(bannerText.contains(QStringLiteral("Restore from backup"))) << bannerText.toStdString();
    EXPECT_TRUE(bannerText.contains(QStringLiteral("Export what is readable with File › Export…")))
        << bannerText.toStdString();
}

// The banner's way out: File › Export… writes what can still be read, through the same salvage
// as 'spotter-cli export', and says what was lost.
TEST_F(DamagedWindow, ExportSavesWhatCanStillBeReadOfADamagedFile)
{
    const QString path = m_dir.filePath(QStringLiteral("db.sqlite"));
    test::makeSalvageFixture(path, 120);
    const QList<int> leaves = test::leafPagesOf(path, test::rootPageOf(path, QStringLiteral("workout_set")));
    ASSERT_GE(leaves.size(), 3);
    const int leaf = leaves.at(leaves.size() / 2);
    const auto lost = static_cast<qint64>(test::rowidsOnLeaf(path, leaf).size());
    ASSERT_GT(lost, 0);
    ASSERT_TRUE(test::overwritePage(path, leaf));
    DesktopDatabase opened = openForDesktop(path, false);
    ASSERT_TRUE(opened.db);
    Workspace ws(std::move(opened.db));
    // The integrity check after the open finds the damage.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !ws.database().damage().isEmpty(); }, 10000));
    ExportDialog dialog(ws);
    dialog.setKind(ExportKind::Sets);
    QSignalSpy done(&dialog, &ExportDialog::exportFinished);
    const QString out = m_dir.filePath(QStringLiteral("sets.csv"));
    dialog.exportTo(out);
    ASSERT_TRUE(done.wait(60000));
    EXPECT_TRUE(done.first().first().toBool()) << dialog.statusText().toStdString();
    EXPECT_EQ(dialog.result().sets, 1200 - lost);
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("is damaged; this is what could still be read:")))
        << dialog.statusText().toStdString();
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("workout_set: %1 row").arg(1200 - lost)))
        << dialog.statusText().toStdString();
    EXPECT_TRUE(QFile::exists(out));
}

TEST_F(DamagedWindow, EveryPageStaysUpOverADamagedSetTable)
{
    const QString path = damagedDatabase(QStringLiteral("workout_set"));
    DesktopDatabase opened = openForDesktop(path, false);
    ASSERT_TRUE(opened.db);
    Workspace ws(std::move(opened.db));
    MainWindow window(ws);
    window.show();
    visitEveryPage(window);
    window.athleteSwitcher()->setCurrentIndex(1);
    visitEveryPage(window);
    auto *view = window.historyPage()->findChild<QTableView *>();
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->model()->rowCount(), 0);
    auto *banner = window.findChild<QWidget *>(QStringLiteral("readFailureBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisibleTo(&window));
}

TEST_F(DamagedWindow, DamageFoundByAReadReopensTheFileReadOnly)
{
    // A file too big for the check at open is found damaged by a page's read: from then on it is
    // read-only with that damage, and the window's status bar and title say so.
    const QString path = m_dir.filePath(QStringLiteral("db.sqlite"));
    test::makeSalvageFixture(path, 2);
    Workspace ws(std::make_unique<Database>(path));
    MainWindow window(ws);
    ASSERT_FALSE(ws.database().isReadOnly());
    QSignalSpy failed(&ws, &Workspace::readFailed);
    QSignalSpy replaced(&ws, &Workspace::databaseReplaced);
    const QString text = ws.reportReadFailure(
        QStringLiteral("The sessions"),
        StoreError(StoreError::Kind::Corrupt, QStringLiteral("database disk image is malformed")));
    EXPECT_TRUE(text.startsWith(QStringLiteral("The sessions cannot be read: the database is damaged there")))
        << text.toStdString();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().at(1).toBool());
    ASSERT_TRUE(QTest::qWaitFor([&] { return replaced.size() == 1; }))
        << "never came true: replaced.size() == 1";
    EXPECT_TRUE(ws.database().isReadOnly());
    EXPECT_EQ(ws.database().damage(), QStringList{QStringLiteral("database disk image is malformed")});
    EXPECT_TRUE(window.windowTitle().endsWith(QStringLiteral("(read-only)")));
    EXPECT_TRUE(window.databaseStatus().contains(QStringLiteral("failed its integrity check")));
    // A second failure does not reopen it again; one that is not damage never does.
    ws.reportReadFailure(QStringLiteral("The team"),
                         StoreError(StoreError::Kind::Corrupt, QStringLiteral("malformed again")));
    ws.reportReadFailure(QStringLiteral("The team"),
                         StoreError(StoreError::Kind::Busy, QStringLiteral("busy")));
    QCoreApplication::processEvents();
    EXPECT_EQ(replaced.size(), 1);
    EXPECT_EQ(failed.size(), 3);
}
