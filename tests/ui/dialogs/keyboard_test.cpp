// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard promise (issue 17): Enter in the Import dialog never reopens the file chooser,
// every File menu item has its own mnemonic, and the window's shortcuts work from a text field.
#include "dialogs/importdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "pages/logpage.h"
#include "shell/mainwindow.h"
#include "shell/prompt.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "widgets/quickentryline.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace spotter;

namespace {

class KeyboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_ws = std::make_unique<Workspace>(
            std::make_unique<Database>(m_dir.filePath(QStringLiteral("db.sqlite"))));
        Prompt::reset();
    }
    void TearDown() override { Prompt::reset(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&' && text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
    }
    return {};
}

/// QLineEdit on X11 takes Ctrl+E as "move to end of line" before any shortcut sees it.
class X11EndOfLine : public QObject
{
protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->keyCombination() != QKeyCombination(Qt::ControlModifier, Qt::Key_E))
            return false;
        key->accept();
        return true;
    }
};

} // namespace

TEST_F(KeyboardTest, EnterInTheImportDialogDoesNotReopenTheFileChooser)
{
    ImportDialog dialog(*m_ws);
    dialog.show();
    QPushButton *choose = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("C&hoose…"))
            choose = b;
    }
    ASSERT_NE(choose, nullptr);
    EXPECT_FALSE(choose->autoDefault());
    Prompt::setNextFileName(QString()); // would be used if the chooser opened
    choose->setFocus();
    QTest::keyClick(choose, Qt::Key_Return);
    EXPECT_EQ(Prompt::pending(), 1) << "Enter went to the Choose button";
}

TEST_F(KeyboardTest, EveryFileMenuItemHasItsOwnMnemonic)
{
    MainWindow window(*m_ws);
    QMenu *file = nullptr;
    for (QAction *a : window.menuBar()->actions()) {
        if (a->text() == QStringLiteral("&File"))
            file = a->menu();
    }
    ASSERT_NE(file, nullptr);
    QHash<QChar, QString> seen;
    for (QAction *a : file->actions()) {
        if (a->isSeparator())
            continue;
        const QChar key = mnemonic(a->text());
        EXPECT_FALSE(key.isNull()) << a->text().toStdString() << " has no mnemonic";
        EXPECT_FALSE(seen.contains(key))
            << a->text().toStdString() << " shares '" << QString(key).toStdString() << "' with "
            << seen.value(key).toStdString();
        seen.insert(key, a->text());
    }
}

TEST_F(KeyboardTest, CtrlEExportsWhileTheQuickLineHasTheFocus)
{
    Athlete ann;
    ann.name = QStringLiteral("Ann");
    AthleteRepository(m_ws->database()).add(ann);
    MainWindow window(*m_ws);
    window.show();
    QApplication::setActiveWindow(&window);
    window.showPage(MainWindow::Log);
    QLineEdit *line = window.logPage()->quickEntry()->lineEdit();
    // The offscreen platform has no emacs bindings; claim Ctrl+E exactly as a line edit on X11
    // does (it accepts the shortcut override), so the test sees what an X11 user sees.
    X11EndOfLine x11;
    line->installEventFilter(&x11);
    line->setFocus();
    QCoreApplication::processEvents();
    ASSERT_EQ(QApplication::focusWidget(), line);
    QTest::keyClicks(line, QStringLiteral("Squat"));

    // The dialog is modal: note which one opened and close it from inside its own event loop.
    // A timer of the test's own, so that it cannot fire into a later test.
    QString opened;
    QTimer closer;
    closer.setSingleShot(true);
    QObject::connect(&closer, &QTimer::timeout, [&opened] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            opened = QString::fromLatin1(dialog->metaObject()->className());
            dialog->reject();
        }
    });
    closer.start(0);
    QTest::keyClick(line, Qt::Key_E, Qt::ControlModifier);
    EXPECT_EQ(opened, QStringLiteral("spotter::ExportDialog")) << "Ctrl+E went to the line edit";
    EXPECT_EQ(line->text(), QStringLiteral("Squat"));

    // The line's own editing keys stay its own: Ctrl+Z undoes typing, not a stored change.
    closer.stop();
    QTest::keyClick(line, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_NE(line->text(), QStringLiteral("Squat"));
}

TEST_F(KeyboardTest, TheShortcutsDialogListsEveryActionWithAShortcut)
{
    MainWindow window(*m_ws);
    ShortcutsDialog dialog(&window);
    const QString text = dialog.text();
    // Every line names its command and its keys (the screenshot showed keys without a command).
    for (const ShortcutsDialog::Entry &e : ShortcutsDialog::entries(&window)) {
        EXPECT_FALSE(e.command.trimmed().isEmpty()) << e.keys.toStdString();
        EXPECT_FALSE(e.keys.trimmed().isEmpty()) << e.command.toStdString();
        EXPECT_FALSE(e.keys.startsWith(u' ')) << e.command.toStdString();
    }
    int listed = 0;
    for (const QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty())
            continue;
        const QString command = ShortcutsDialog::withoutMnemonic(a->text());
        EXPECT_TRUE(text.contains(command)) << command.toStdString() << " is missing";
        for (const QKeySequence &k : a->shortcuts()) {
            EXPECT_TRUE(text.contains(k.toString(QKeySequence::NativeText)))
                << command.toStdString() << ": " << k.toString().toStdString() << " is missing";
        }
        ++listed;
    }
    EXPECT_GE(listed, 12) << "File, Edit, View and Help between them";
    EXPECT_TRUE(text.contains(QStringLiteral("Export…")));
    EXPECT_FALSE(text.contains(QStringLiteral("E&xport"))) << "no mnemonic markers";
    EXPECT_EQ(ShortcutsDialog::withoutMnemonic(QStringLiteral("Sets && reps")),
              QStringLiteral("Sets & reps"));
}
