// SPDX-License-Identifier: GPL-3.0-or-later
// The app's start on a team server: the window is built while the server answers (its login
// and checks run aside, Database::Options::connectAside), reads once it has, and a refusal is
// said before the window shows anything.
#include "pages/historypage.h"
#include "shell/mainwindow.h"
#include "shell/prompt.h"
#include "shell/workspace.h"
#include "store/database.h"
#include "store/sessionrepository.h"
#include "store/storeerror.h"
#include "teamserverfixture.h"

#include <QComboBox>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>

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
        Prompt::reset();
        TeamServer::TearDown();
    }
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
    EXPECT_EQ(window.athleteSwitcher()->count(), 0);
    QSignalSpy opened(&ws, &Workspace::databaseOpened);
    go->release();
    ws.awaitDatabase();
    EXPECT_EQ(opened.count(), 1);
    EXPECT_EQ(window.athleteSwitcher()->currentText(), u"Ann"_s);
    EXPECT_EQ(window.historyPage()->view()->model()->rowCount(), 1) << "Ann's session on the first page";
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(u"(coach)"_s))
        << window.statusBar()->currentMessage().toStdString();
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

} // namespace
} // namespace spotter::test
