// SPDX-License-Identifier: GPL-3.0-or-later
// Help → About: the version and the licence, reached from the main window's Help menu.
#include "dialogs/aboutdialog.h"
#include "shell/mainwindow.h"
#include "shell/workspace.h"
#include "store/database.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace spotter;

TEST(AboutDialog, NamesTheVersionTheLicenseAndQt)
{
    const AboutDialog about;
    const QString text = about.text();
    EXPECT_TRUE(text.contains(u"Spotter " + QApplication::applicationVersion())) << text.toStdString();
    EXPECT_FALSE(QApplication::applicationVersion().isEmpty());
    EXPECT_TRUE(text.contains(u"GPL-3.0-or-later")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Qt Charts, which is licensed under the GPL-3.0")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"not medical advice")) << text.toStdString();
    EXPECT_TRUE(text.contains(QString::fromLatin1(qVersion()))) << text.toStdString();
}

TEST(AboutDialog, OpensFromTheHelpMenuAndClosesItself)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Workspace ws(std::make_unique<Database>(dir.filePath(QStringLiteral("db.sqlite"))));
    MainWindow window(ws);
    window.show();
    QAction *aboutAction = nullptr;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                if (a->menuRole() == QAction::AboutRole)
                    aboutAction = a;
    ASSERT_NE(aboutAction, nullptr);
    EXPECT_EQ(aboutAction->text(), QStringLiteral("&About Spotter"));

    aboutAction->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return window.findChild<AboutDialog *>() && window.findChild<AboutDialog *>()->isVisible();
    })) << "never came true: window.findChild<AboutDialog *>() && window.findChild<AboutDialog "
           "*>()->isVisible()";
    AboutDialog *about = window.findChild<AboutDialog *>();
    EXPECT_TRUE(about->text().contains(u"GPL-3.0-or-later"));
    EXPECT_TRUE(about->isModal());
    about->reject();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.findChild<AboutDialog *>() == nullptr; }))
        << "never came true: window.findChild<AboutDialog *>() == nullptr";
}
