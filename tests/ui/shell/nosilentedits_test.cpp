// SPDX-License-Identifier: GPL-3.0-or-later
// No silent edits (issue 17): the wheel changes a field only when it has focus, and an unsaved
// soreness report is never dropped by closing the window or choosing another athlete.
#include "forms/sorenessform.h"
#include "pages/sorenesspage.h"
#include "shell/changenotifier.h"
#include "shell/mainwindow.h"
#include "shell/prompt.h"
#include "shell/wheelguard.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/sorenessrepository.h"
#include "widgets/bodymap.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtTest/qtestspontaneevent.h>

#include <gtest/gtest.h>

using namespace spotter;

namespace {

// As a real wheel does (spontaneous: only such events give focus to a field with
// Qt::WheelFocus); true when the target took the event, false when it handed it on, which is
// what lets QApplication pass it to the parent scroll area.
bool turnWheel(QWidget *target, int steps)
{
    const QPointF pos = QRectF(target->rect()).center();
    QWheelEvent wheel(pos, target->mapToGlobal(pos), QPoint(), QPoint(0, -120 * steps), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&wheel);
    QApplication::sendEvent(target, &wheel);
    return wheel.isAccepted();
}

} // namespace

TEST(WheelGuardTest, TheWheelScrollsPastFieldsWithoutFocusAndEditsOnlyTheFocusedOne)
{
    WheelGuard::install();
    WheelGuard::install(); // once is enough; twice changes nothing
    QScrollArea area;
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *spin = new QSpinBox;
    spin->setRange(0, 10);
    spin->setValue(5);
    auto *date = new QDateEdit(QDate(2026, 11, 20));
    auto *combo = new QComboBox;
    combo->addItems({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    auto *other = new QSpinBox;
    layout->addWidget(other);
    layout->addWidget(spin);
    layout->addWidget(date);
    layout->addWidget(combo);
    layout->addSpacing(2000);
    area.setWidget(content);
    area.resize(300, 200);
    area.show();
    area.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&area));

    for (QWidget *w : std::initializer_list<QWidget *>{spin, date, combo})
        EXPECT_EQ(w->focusPolicy(), Qt::StrongFocus) << "the wheel must not give them focus";

    other->setFocus();
    EXPECT_FALSE(turnWheel(spin, 1)) << "handed on to the scroll area";
    EXPECT_FALSE(turnWheel(date, 1));
    EXPECT_FALSE(turnWheel(combo, 1));
    EXPECT_EQ(spin->value(), 5);
    EXPECT_EQ(date->date(), QDate(2026, 11, 20));
    EXPECT_EQ(combo->currentIndex(), 0);
    EXPECT_TRUE(other->hasFocus()) << "the wheel took no focus";

    spin->setFocus();
    ASSERT_TRUE(spin->hasFocus());
    EXPECT_TRUE(turnWheel(spin, -1));
    EXPECT_EQ(spin->value(), 6) << "a focused field takes the wheel";
}

namespace {

class UnsavedReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_ws = std::make_unique<Workspace>(
            std::make_unique<Database>(m_dir.filePath(QStringLiteral("db.sqlite"))));
        for (const QString &name : {QStringLiteral("Ann"), QStringLiteral("Bob")}) {
            Athlete a;
            a.name = name;
            AthleteRepository(m_ws->database()).add(a);
            m_ids.append(a.id);
        }
        Prompt::reset();
        Prompt::setQuiet(true);
    }
    void TearDown() override { Prompt::reset(); }

    void startReport(MainWindow &window)
    {
        window.showPage(MainWindow::Soreness);
        SorenessForm *form = window.sorenessPage()->form();
        form->bodyMap()->regionButton(Region::Quads)->click();
        form->intensitySpin()->setValue(6);
        form->characterCombo()->setCurrentIndex(
            form->characterCombo()->findData(static_cast<int>(Character::Ache)));
    }
    int reports() const
    {
        return static_cast<int>(SorenessRepository(m_ws->database()).list(m_ids[0]).size());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QList<qint64> m_ids;
};

} // namespace

TEST_F(UnsavedReportTest, ClosingTheWindowAsksAndCancelKeepsItOpen)
{
    MainWindow window(*m_ws);
    window.show();
    // Nothing typed: nothing to ask.
    window.showPage(MainWindow::Soreness);
    Prompt::reset();
    Prompt::setQuiet(true);
    EXPECT_TRUE(window.close());
    EXPECT_TRUE(Prompt::shown().isEmpty());

    window.show();
    startReport(window);
    Prompt::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(window.close());
    ASSERT_EQ(Prompt::shown().size(), 1);
    EXPECT_TRUE(Prompt::shown().first().startsWith(QStringLiteral("Save the soreness report?")))
        << Prompt::shown().first().toStdString();
    EXPECT_TRUE(window.isVisible());

    Prompt::setNextAnswer(QMessageBox::Discard);
    EXPECT_TRUE(window.close());
    EXPECT_EQ(reports(), 0);
}

TEST_F(UnsavedReportTest, SwitchingAthleteAsksAndSaveKeepsTheReportWithItsAthlete)
{
    MainWindow window(*m_ws);
    window.show();
    ASSERT_TRUE(window.isSwitcherShown());
    QComboBox *switcher = window.athleteSwitcher();
    switcher->setCurrentIndex(switcher->findData(m_ids[0]));
    startReport(window);

    Prompt::setNextAnswer(QMessageBox::Cancel);
    switcher->setCurrentIndex(switcher->findData(m_ids[1]));
    EXPECT_EQ(m_ws->currentAthleteId(), m_ids[0]) << "Cancel stays with Ann";
    EXPECT_EQ(switcher->currentData().toLongLong(), m_ids[0]);
    EXPECT_EQ(Prompt::shown().size(), 1);

    Prompt::setNextAnswer(QMessageBox::Save);
    switcher->setCurrentIndex(switcher->findData(m_ids[1]));
    EXPECT_EQ(m_ws->currentAthleteId(), m_ids[1]) << Prompt::shown().join(u'\n').toStdString();
    EXPECT_EQ(reports(), 1) << "saved for Ann, the athlete it was started for";
    EXPECT_TRUE(window.close()) << "nothing left unsaved";
}
