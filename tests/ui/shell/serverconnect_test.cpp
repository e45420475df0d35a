// SPDX-License-Identifier: GPL-3.0-or-later
// File → Connect to team server, Open recent and Publish wait for the server without freezing
// the window: past a moment a "Connecting to …" dialog offers Cancel, which leaves the window
// on the database it had; a cancelled login that ends later leaves nothing behind.
#include "connectingwatch.h"
#include "shell/appsettings.h"
#include "shell/mainwindow.h"
#include "shell/prompt.h"
#include "shell/serverconnector.h"
#include "shell/workspace.h"
#include "silentport.h"
#include "store/database.h"
#include "teamserverfixture.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

class ServerConnecting : public TeamServer
{
protected:
    void SetUp() override
    {
        TeamServer::SetUp();
        if (IsSkipped())
            return;
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_GT(m_silent.port(), 0);
        Prompt::reset();
        Prompt::setQuiet(true);
        m_none = QSqlDatabase::connectionNames();
        m_ws = std::make_unique<Workspace>(std::make_unique<Database>(m_dir.filePath(u"mine.sqlite"_s)));
        m_window = std::make_unique<MainWindow>(*m_ws);
        m_window->show();
        m_before = QSqlDatabase::connectionNames();
    }
    void TearDown() override
    {
        m_silent.close(); // a login still waiting gives up, so the window's end does not wait
        m_window.reset();
        m_ws.reset();
        if (!IsSkipped()) {
            EXPECT_EQ(QSqlDatabase::connectionNames(), m_none) << "a cancelled login left its connection";
        }
        Prompt::reset();
        TeamServer::TearDown();
    }

    /// A server that takes the connection and never answers.
    DatabaseLocation silentServer() const
    {
        return DatabaseLocation::parse(u"postgresql://coach@127.0.0.1:%1/team"_s.arg(m_silent.port()));
    }
    QTemporaryDir m_dir;
    SilentPort m_silent;
    QStringList m_none;   ///< before the window's own database
    QStringList m_before; ///< the window's own database's
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(ServerConnecting, CancelLeavesTheWindowOnItsDatabaseWhileTheServerDoesNotAnswer)
{
    const QString mine = m_ws->database().path();
    const QStringList recent = AppSettings::instance().recentServers();
    QString label;
    bool busyMeanwhile = false;
    bool secondRefused = false;
    const ConnectingWatch watch([&](QProgressDialog *dialog) {
        label = dialog->labelText();
        busyMeanwhile = m_window->serverConnector().isConnecting();
        // The menus run again inside the dialog's loop: a second open is not started.
        QElapsedTimer second;
        second.start();
        secondRefused = !m_window->connectTo(cluster().location(m_db)) && second.elapsed() < 1000;
        auto *cancel = dialog->findChild<QPushButton *>();
        ASSERT_NE(cancel, nullptr);
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    QElapsedTimer clock;
    clock.start();
    EXPECT_FALSE(m_window->connectTo(silentServer()));
    // The connect timeout is 10 s: the cancel, not the timeout, ended the wait.
    EXPECT_LT(clock.elapsed(), 8'000);
    EXPECT_GE(watch.ticks(), 10) << "the window's events were not delivered while it waited";
    EXPECT_TRUE(label.contains(u"coach@127.0.0.1:%1/team"_s.arg(m_silent.port()))) << label.toStdString();
    EXPECT_TRUE(busyMeanwhile);
    EXPECT_TRUE(secondRefused);
    EXPECT_FALSE(m_window->serverConnector().isConnecting());
    EXPECT_TRUE(Prompt::shown().isEmpty())
        << "a cancel is not an error: " << Prompt::shown().join(u'\n').toStdString();
    EXPECT_EQ(m_ws->database().path(), mine);
    EXPECT_FALSE(m_ws->database().isServer());
    EXPECT_EQ(AppSettings::instance().recentServers(), recent) << "a server never reached was remembered";

    // The login still waits for the server; once it gives up, its database goes.
    EXPECT_EQ(m_window->serverConnector().pendingCancelled(), 1);
    QSignalSpy ended(&m_window->serverConnector(), &ServerConnector::cancelledOpenEnded);
    m_silent.close();
    ASSERT_TRUE(ended.wait(20'000));
    EXPECT_EQ(m_window->serverConnector().pendingCancelled(), 0);
    EXPECT_EQ(QSqlDatabase::connectionNames(), m_before);

    // And the next connection works as before.
    ASSERT_TRUE(m_window->connectTo(cluster().location(m_db))) << Prompt::shown().join(u'\n').toStdString();
    EXPECT_TRUE(m_ws->database().isServer());
    EXPECT_EQ(m_window->athleteSwitcher()->currentText(), u"Ann"_s);
    // The server's open ended before it replaced the file: a view's first read runs at once,
    // not after an awaitDatabase() that nobody calls any more.
    bool read = false;
    m_ws->whenOpen(m_window.get(), [&read] { read = true; });
    EXPECT_TRUE(read);
}

TEST_F(ServerConnecting, ALoginCancelledJustBeforeItSucceedsIsClosed)
{
    // The login finishes after the cancel: it hands its connection over, and the database that
    // nobody wants any more closes it.
    auto go = std::make_shared<QSemaphore>();
    const ConnectingWatch watch([](QProgressDialog *dialog) { dialog->reject(); });
    Database::Options options;
    options.connectAside = true;
    options.beforeConnect = [go] { go->tryAcquire(1, 20'000); };
    EXPECT_FALSE(m_window->serverConnector().open(cluster().location(m_db), options));
    EXPECT_EQ(m_window->serverConnector().pendingCancelled(), 1);
    QSignalSpy ended(&m_window->serverConnector(), &ServerConnector::cancelledOpenEnded);
    go->release();
    ASSERT_TRUE(ended.wait(20'000));
    EXPECT_EQ(m_window->serverConnector().pendingCancelled(), 0);
    EXPECT_EQ(QSqlDatabase::connectionNames(), m_before) << "the late login's connection was kept";
    EXPECT_FALSE(m_ws->database().isServer());
}

TEST_F(ServerConnecting, TheWindowsEndWaitsForALoginStillGoingOn)
{
    const ConnectingWatch watch([](QProgressDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    EXPECT_FALSE(m_window->connectTo(silentServer()));
    EXPECT_EQ(m_window->serverConnector().pendingCancelled(), 1);
    // The server gives up now, but the window goes before the login's thread noticed: its end
    // waits for the thread, and no connection is left (checked in TearDown).
    m_silent.close();
    m_window.reset();
}

} // namespace
} // namespace spotter::test
