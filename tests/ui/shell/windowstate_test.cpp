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

TEST_F(WindowStateTest, TheFirstWindowHasTheDefaultSize)
{
    MainWindow window(*m_ws);
    EXPECT_EQ(window.size(), QSize(1100, 700));
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
