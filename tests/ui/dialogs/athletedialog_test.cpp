// SPDX-License-Identifier: GPL-3.0-or-later
// The athlete dialog (issue 17): an error goes once the input is corrected, and after adding an
// athlete the focus is where their first line of training is typed.
#include "dialogs/athletedialog.h"
#include "pages/logpage.h"
#include "shell/mainwindow.h"
#include "shell/workspace.h"
#include "store/database.h"
#include "widgets/quickentryline.h"

#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace spotter;

namespace {

TEST(AthleteDialogErrors, AnErrorGoesOnceTheInputIsCorrected)
{
    AthleteDialog dialog(Athlete{});
    auto *name = dialog.findChild<QLineEdit *>();
    ASSERT_NE(name, nullptr);
    dialog.accept(); // no name
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_EQ(dialog.result(), QDialog::Rejected) << "kept open";
    QTest::keyClicks(name, QStringLiteral("Ann"));
    EXPECT_EQ(dialog.errorText(), QString()) << "the name is given now";

    // A refusal of the store (the name is taken) goes when the name changes.
    dialog.showError(QStringLiteral("There is already an athlete named 'Ann'"));
    EXPECT_FALSE(dialog.errorText().isEmpty());
    QTest::keyClicks(name, QStringLiteral("a"));
    EXPECT_EQ(dialog.errorText(), QString());

    // What is still wrong after an edit is what is shown.
    name->clear();
    dialog.accept();
    const QString empty = dialog.errorText();
    EXPECT_FALSE(empty.isEmpty());
    QTest::keyClicks(name, QStringLiteral(" "));
    EXPECT_EQ(dialog.errorText(), empty) << "a blank name is still no name";
}

TEST(AthleteDialogFocus, AfterAddingAnAthleteTheFocusIsOnQuickEntry)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Workspace ws(std::make_unique<Database>(dir.filePath(QStringLiteral("db.sqlite"))));
    MainWindow window(ws);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    // The dialog is modal: fill it in from inside its own event loop, with a timer of the test's own.
    bool filled = false;
    QTimer filler;
    filler.setSingleShot(true);
    QObject::connect(&filler, &QTimer::timeout, [&filled] {
        auto *dialog = qobject_cast<AthleteDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QLineEdit *>()->setText(QStringLiteral("Ann"));
        filled = true;
        dialog->accept();
    });
    filler.start(0);
    ASSERT_TRUE(window.addAthlete());
    ASSERT_TRUE(filled);
    QLineEdit *quick = window.logPage()->quickEntry()->lineEdit();
    // The window's own focus widget: the one that has the keyboard when the window is active
    // again after the dialog (the offscreen platform does not activate it by itself).
    EXPECT_EQ(window.focusWidget(), quick);
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitFor([&] { return QApplication::focusWidget() == quick; }))
        << "the quick entry does not have the keyboard once the window is active again";
}

} // namespace
