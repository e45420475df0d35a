// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard promise (issue 17): Enter in the Import dialog never reopens the file chooser, and
// every File menu item has its own mnemonic.
#include "dialogs/importdialog.h"
#include "shell/mainwindow.h"
#include "shell/prompt.h"
#include "shell/workspace.h"
#include "store/database.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

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
