// SPDX-License-Identifier: GPL-3.0-or-later
// File → Publish sends off the UI thread: past a moment a dialog shows how far it got and
// offers Cancel, which sends nothing; a publish the server refuses is said as before.
#include "connectingwatch.h"
#include "dialogs/connectdialog.h"
#include "shell/changenotifier.h"
#include "shell/mainwindow.h"
#include "shell/prompt.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/sessionrepository.h"
#include "store/transaction.h"
#include "teamserverfixture.h"

#include <QAction>
#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlDatabase>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

class PublishProgress : public TeamServer
{
protected:
    void SetUp() override
    {
        TeamServer::SetUp();
        if (IsSkipped())
            return;
        ASSERT_TRUE(m_dir.isValid());
        Prompt::reset();
        Prompt::setQuiet(true);
        m_ws = std::make_unique<Workspace>(std::make_unique<Database>(m_dir.filePath(u"phone.sqlite"_s)));
        m_window = std::make_unique<MainWindow>(*m_ws);
        m_window->show();
    }
    void TearDown() override
    {
        m_window.reset();
        m_ws.reset();
        Prompt::reset();
        TeamServer::TearDown();
    }

    /// Ann's phone log: two sessions of a built-in exercise, then one of an exercise the
    /// server does not know yet.
    void logOnThePhone(const QString &name)
    {
        const Database &phone = m_ws->database();
        Athlete a;
        a.name = name;
        AthleteRepository(phone).add(a);
        Exercise zercher;
        zercher.name = u"Zercher Hold"_s;
        ExerciseRepository::insert(phone.connection(), zercher);
        for (int day = 3; day >= 1; --day) {
            Session s = sessionOf(phone, a.id, u"Day %1"_s.arg(day));
            s.start = s.start.addDays(1 - day);
            if (day == 1)
                s.sets.first().exerciseId = zercher.id;
            SessionRepository(phone).add(s);
        }
        emit m_ws->notifier()->athletesChanged();
    }
    qint64 sessionsOnServer() const { return SessionRepository(*open(coach())).list(m_annId).size(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(PublishProgress, TheDialogShowsHowFarItGotAndCancelSendsNothing)
{
    logOnThePhone(u"Ann"_s);
    // Someone adds the same exercise on the server and has not committed yet: the publish
    // waits at the third session, after sending two.
    const std::unique_ptr<Database> other = open(coach());
    auto holding = std::make_unique<WriteTransaction>(other->connection());
    Exercise same;
    same.name = u"Zercher Hold"_s;
    ExerciseRepository::insert(other->connection(), same);
    const QStringList before = QSqlDatabase::connectionNames();

    int maximum = -1;
    int value = -1;
    QString label;
    QString cancelling;
    bool modal = false;
    bool stillShown = false;
    bool buttonOff = false;
    const ConnectingWatch watch(
        [&](QProgressDialog *dialog) {
            if (!QTest::qWaitFor([&] { return dialog->maximum() == 3 && dialog->value() == 2; }, 20'000))
                ADD_FAILURE() << "the dialog did not come to the third session";
            maximum = dialog->maximum();
            value = dialog->value();
            label = dialog->labelText();
            modal = QApplication::activeModalWidget() == dialog && dialog->windowModality() == Qt::WindowModal
                    && dialog->parentWidget() == m_window.get();
            auto *cancel = dialog->findChild<QPushButton *>();
            ASSERT_NE(cancel, nullptr);
            QTest::mouseClick(cancel, Qt::LeftButton);
            QTest::keyClick(dialog, Qt::Key_Escape); // does not close it either
            // Until the item being sent is done, the dialog stays and says so.
            cancelling = dialog->labelText();
            stillShown = dialog->isVisible();
            buttonOff = !cancel->isEnabled();
            holding.reset(); // the other transaction rolls back: the publish goes on and stops
        },
        u"publishingDialog"_s);
    m_window->publishTo(cluster().location(m_db, m_ann));

    EXPECT_GE(watch.ticks(), 10) << "the window's events were not delivered while it published";
    EXPECT_EQ(maximum, 3);
    EXPECT_EQ(value, 2) << "two sessions went before the wait";
    EXPECT_TRUE(label.contains(u"2 of 3"_s)) << label.toStdString();
    EXPECT_TRUE(modal) << "the window could be used while publishing";
    EXPECT_TRUE(cancelling.contains(u"Cancelling"_s)) << cancelling.toStdString();
    EXPECT_TRUE(stillShown);
    EXPECT_TRUE(buttonOff);
    EXPECT_TRUE(Prompt::shown().isEmpty()) << Prompt::shown().join(u'\n').toStdString();
    EXPECT_EQ(m_window->statusBar()->currentMessage(), u"Publishing was cancelled; nothing was sent."_s);
    EXPECT_EQ(sessionsOnServer(), 0) << "the two sessions sent before the cancel stayed";
    EXPECT_EQ(QSqlDatabase::connectionNames(), before) << "the publish's connections were left open";
    EXPECT_FALSE(m_ws->database().isServer()) << "publishing does not switch databases";

    // Nothing was recorded as sent: the next publish sends all three.
    m_window->publishTo(cluster().location(m_db, m_ann));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"3 new sessions"_s))
        << m_window->statusBar()->currentMessage().toStdString();
    EXPECT_EQ(sessionsOnServer(), 3);
}

TEST_F(PublishProgress, FilePublishAsksWhereToWithAPublishButton)
{
    QAction *publish = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (QString(action->text()).remove(u'&').startsWith(u"Publish to team server"_s))
            publish = action;
    }
    ASSERT_NE(publish, nullptr);
    QString title;
    QString button;
    QTimer::singleShot(0, m_window.get(), [&] {
        if (auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget())) {
            title = dialog->windowTitle();
            button = dialog->acceptButton()->text();
            dialog->reject();
        }
    });
    publish->trigger();
    EXPECT_EQ(title, u"Publish to team server"_s);
    EXPECT_EQ(button, u"&Publish"_s);
    EXPECT_EQ(sessionsOnServer(), 0) << "a cancelled choice publishes nothing";
}

TEST_F(PublishProgress, WhatTheServerRefusesIsSaid)
{
    logOnThePhone(u"Zed"_s);
    m_window->publishTo(cluster().location(m_db));
    ASSERT_EQ(Prompt::shown().size(), 1);
    EXPECT_TRUE(Prompt::shown().first().contains(u"no athlete named 'Zed'"_s))
        << Prompt::shown().first().toStdString();
    EXPECT_EQ(sessionsOnServer(), 0);
}

} // namespace
} // namespace spotter::test
