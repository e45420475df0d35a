// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: settings are kept under the organisation's name (not "Unknown Organization"), and the
// window opens as it was last closed. Each test process has settings of its own (guimain.cpp).
#include "shell/appsettings.h"
#include "shell/mainwindow.h"
#include "shell/workspace.h"
#include "store/database.h"
#include "workspacefixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace spotter;

namespace {

class WindowStateTest : public test::WorkspaceFixture
{
protected:
    void TearDown() override
    {
        WorkspaceFixture::TearDown();
        QSettings().clear();
    }
};

TEST_F(WindowStateTest, SettingsAreKeptUnderTheOrganisationsNameInATestsOwnFolder)
{
    EXPECT_EQ(QCoreApplication::organizationName(), QStringLiteral("Spotter"));
    const QString file = QSettings().fileName();
    EXPECT_FALSE(file.contains(QStringLiteral("Unknown Organization"))) << file.toStdString();
    EXPECT_TRUE(file.endsWith(QStringLiteral("/Spotter/spotter.conf"))) << file.toStdString();
    EXPECT_TRUE(file.startsWith(QDir::tempPath())) << "never a real user's settings: " << file.toStdString();
}

TEST_F(WindowStateTest, AWindowOpensAtTheSizeItWasClosedAt)
{
    const QSize closedAt(1013, 655);
    {
        MainWindow window(*m_ws);
        window.show();
        window.resize(closedAt);
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.size() == closedAt; }))
            << "never came true: window.size() == closedAt";
        ASSERT_TRUE(window.close());
    }
    MainWindow window(*m_ws);
    EXPECT_EQ(window.size(), closedAt);
    window.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.size() == closedAt; }))
        << "never came true: window.size() == closedAt";
}

TEST_F(WindowStateTest, TheFirstWindowFitsTheScreenItOpensOn)
{
    MainWindow window(*m_ws);
    const QSize available = window.screen()->availableGeometry().size();
    EXPECT_EQ(window.size(), MainWindow::firstSize(available).expandedTo(window.minimumSize()));
    EXPECT_LE(window.width(), available.width());
    EXPECT_LE(window.height(), available.height());
}

TEST_F(WindowStateTest, TheFirstSizeIsTheDefaultWhereItFitsAndLeavesRoomForAFrameWhereItDoesNot)
{
    EXPECT_EQ(MainWindow::firstSize(QSize(1920, 1080)), QSize(1100, 700));
    EXPECT_EQ(MainWindow::firstSize(QSize(1280, 800)), QSize(1100, 700));
    // A 1280 × 800 laptop at 125 %, and its panel: a 1100 × 700 window would reach off screen.
    const QSize small = MainWindow::firstSize(QSize(1024, 608));
    EXPECT_LE(small.width(), 1024 - 60);
    EXPECT_LE(small.height(), 608 - 40);
    EXPECT_GE(small.width(), 900) << "still as much of the screen as a frame leaves";
    EXPECT_GE(small.height(), 540);
}

TEST_F(WindowStateTest, SettingsOfTheUnnamedOrganisationAreBroughtOverOnce)
{
    QSettings().clear();
    {
        QSettings old(QStringLiteral("Unknown Organization"), QCoreApplication::applicationName());
        old.setValue(QStringLiteral("display/theme"), QStringLiteral("dark"));
        old.setValue(QStringLiteral("log/defaultRestSeconds"), 150);
    }
    AppSettings::adoptUnnamedOrganisationSettings();
    EXPECT_EQ(AppSettings::instance().theme(), ThemeChoice::Dark);
    EXPECT_EQ(AppSettings::instance().defaultRestSeconds(), 150);
    // Once: a setting changed since is never overwritten by the old file.
    QSettings().setValue(QStringLiteral("log/defaultRestSeconds"), 90);
    AppSettings::adoptUnnamedOrganisationSettings();
    EXPECT_EQ(AppSettings::instance().defaultRestSeconds(), 90);
    QSettings(QStringLiteral("Unknown Organization"), QCoreApplication::applicationName()).clear();
}

} // namespace
