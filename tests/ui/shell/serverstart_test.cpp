// SPDX-License-Identifier: GPL-3.0-or-later
// The app's start on a team server: the window is built while the server answers (its login
// and checks run aside, Database::Options::connectAside), reads once it has, and a refusal is
// said before the window shows anything.
#include "connectingwatch.h"
#include "pages/historypage.h"
#include "shell/appsettings.h"
#include "shell/desktopdatabase.h"
#include "shell/desktopstart.h"
#include "shell/mainwindow.h"
#include "shell/prompt.h"
#include "shell/workspace.h"
#include "silentport.h"
#include "store/database.h"
#include "store/sessionrepository.h"
#include "store/storeerror.h"
#include "teamserverfixture.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

/// The team server of the store's tests (the coach coaches Ann), with one session of Ann's.
class ServerStart : public TeamServer
{
protected:
    void SetUp() override
    {
        TeamServer::SetUp();
        if (IsSkipped())
            return;
        Prompt::reset();
        Prompt::setQuiet(true);
        const auto coachDb = open(coach());
        Session s = sessionOf(*coachDb, m_annId, u"Ann's pulls"_s);
        SessionRepository(*coachDb).add(s);
    }
    void TearDown() override
    {
        if (!m_passFile.isNull())
            qputenv("PGPASSFILE", m_passFile);
        Prompt::reset();
        TeamServer::TearDown();
    }
    /// The app's start on @p uri as app/gui/main.cpp makes it.
    static DesktopStart startOn(const QString &uri)
    {
        return startDesktop(openForDesktop(nullptr, uri, false, ServerConnect::Aside));
    }
    /// No password in libpq's password file from here on (until the test ends).
    void withoutPasswordFile()
    {
        m_passFile = qgetenv("PGPASSFILE");
        qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(u"no-such-pgpass"_s)));
    }

    QTemporaryDir m_dir;
    QByteArray m_passFile;
};

TEST_F(ServerStart, TheWindowIsBuiltWhileTheServerAnswersAndReadsOnceItHas)
{
    // The open waits for the test: a view that read while the window was built would wait for
    // it too (until the semaphore's time is up), and find it open afterwards.
    auto go = std::make_shared<QSemaphore>();
    Database::Options options;
    options.connectAside = true;
    options.beforeConnect = [go] { go->tryAcquire(1, 20'000); };
    Workspace ws(std::make_unique<Database>(cluster().location(m_db), options));
    MainWindow window(ws);
    window.showPage(MainWindow::History);
    EXPECT_TRUE(ws.database().isOpening()) << "something read the server while the window was built";
    // The start waits with the event loop running ("Connecting to …"): what the window queued
    // for it must not read either (it would block the loop until the open ends).
    QTest::qWait(100);
    EXPECT_TRUE(ws.database().isOpening()) << "something the window queued read the server before it opened";
    EXPECT_EQ(window.athleteSwitcher()->count(), 0);
    QSignalSpy opened(&ws, &Workspace::databaseOpened);
    go->release();
    ws.awaitDatabase();
    EXPECT_EQ(opened.count(), 1);
    EXPECT_EQ(window.athleteSwitcher()->currentText(), u"Ann"_s);
    EXPECT_EQ(window.historyPage()->view()->model()->rowCount(), 1) << "Ann's session on the first page";
    EXPECT_TRUE(window.databaseStatus().contains(u"(coach)"_s)) << window.databaseStatus().toStdString();
    ws.awaitDatabase(); // once is enough: nothing runs twice
    EXPECT_EQ(opened.count(), 1);
}

TEST_F(ServerStart, ARefusalIsThrownBeforeTheWindowReadsAnything)
{
    Database::Options options;
    options.connectAside = true;
    options.password = u"not the password"_s;
    Workspace ws(std::make_unique<Database>(cluster().location(m_db), options));
    QSignalSpy opened(&ws, &Workspace::databaseOpened);
    QSignalSpy failed(&ws, &Workspace::readFailed);
    MainWindow window(ws);
    try {
        ws.awaitDatabase();
        ADD_FAILURE() << "the wrong password was taken";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::Denied);
        EXPECT_TRUE(e.message().contains(u"password")) << e.message().toStdString();
    }
    EXPECT_EQ(opened.count(), 0);
    EXPECT_EQ(failed.count(), 0) << "a view read the refused server";
    EXPECT_EQ(window.athleteSwitcher()->count(), 0);
    EXPECT_THROW(ws.awaitDatabase(), StoreError) << "still refused, not opened by a second call";
}

TEST_F(ServerStart, WithoutAPasswordFileTheStartAsksForThePasswordAndBuildsTheWindowAgain)
{
    withoutPasswordFile();
    Prompt::setNextPassword(password());
    DesktopStart start = startOn(cluster().location(m_db).toString());
    ASSERT_TRUE(start.window) << Prompt::shown().join(u'\n').toStdString();
    EXPECT_EQ(AppSettings::instance().recentServers().value(0), cluster().location(m_db).toString())
        << "the server the app started on is not among the recent ones";
    ASSERT_EQ(Prompt::shown().size(), 1);
    EXPECT_TRUE(Prompt::shown().first().contains(u"Password of spotter_test_coach"_s))
        << Prompt::shown().first().toStdString();
    EXPECT_TRUE(start.workspace->database().isServer());
    start.window->showPage(MainWindow::History);
    EXPECT_EQ(start.window->athleteSwitcher()->currentText(), u"Ann"_s);
    EXPECT_EQ(start.window->historyPage()->view()->model()->rowCount(), 1)
        << "Ann's session on the first page";
    EXPECT_TRUE(start.window->databaseStatus().contains(u"(coach)"_s))
        << start.window->databaseStatus().toStdString();

    // Cancelling the prompt ends the start without a window or another word.
    Prompt::reset();
    Prompt::setQuiet(true);
    Prompt::setNextPassword(std::nullopt);
    start = {};
    const DesktopStart cancelled = startOn(cluster().location(m_db).toString());
    EXPECT_FALSE(cancelled.window);
    EXPECT_EQ(Prompt::shown().size(), 1) << Prompt::shown().join(u'\n').toStdString();
}

TEST_F(ServerStart, AStartOnANewerSchemaIsRefusedAndOneThatDoesNotAnswerCanBeCancelled)
{
    cluster().psql(m_db,
                   u"UPDATE spotter.spotter_schema SET version = %1"_s.arg(Database::kSchemaVersion + 1));
    try {
        (void)startOn(cluster().location(m_db).toString());
        ADD_FAILURE() << "a newer schema was opened";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::NewerSchema) << e.message().toStdString();
    }

    test::SilentPort silent;
    ASSERT_GT(silent.port(), 0);
    QString label;
    const ConnectingWatch watch([&](QProgressDialog *dialog) {
        label = dialog->labelText();
        if (auto *cancel = dialog->findChild<QPushButton *>())
            QTest::mouseClick(cancel, Qt::LeftButton);
        // The login gives up now, so the start's end does not wait the connect timeout for it.
        // Had the cancel not worked, the wait would end with this login's error.
        silent.close();
    });
    QElapsedTimer clock;
    clock.start();
    const QString uri = u"postgresql://coach@127.0.0.1:%1/team"_s.arg(silent.port());
    const DesktopStart start = startOn(uri);
    EXPECT_LT(clock.elapsed(), 8'000) << "the cancel, not the 10 s connect timeout, ended the wait";
    EXPECT_FALSE(start.window);
    EXPECT_TRUE(label.contains(u"127.0.0.1"_s)) << label.toStdString();
}

} // namespace
} // namespace spotter::test
