// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard-first promise walked end to end: a session logged and a soreness report filed
// with key events only — every key goes to whichever widget has the focus, as on a desktop; no
// setters, no mouse. What was stored is read back through the store.
#include "forms/sorenessform.h"
#include "model/clock.h"
#include "pages/logfixture.h"
#include "pages/sorenesspage.h"
#include "shell/mainwindow.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace spotter;

namespace {

class KeyboardWalkTest : public test::LogFixture
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(LogFixture::SetUp());
        Clock::set(QDateTime(QDate(2026, 11, 3), QTime(18, 0)));
    }
    void TearDown() override
    {
        LogFixture::TearDown();
        Clock::set({});
    }
};

} // namespace

TEST_F(KeyboardWalkTest, LogASessionAndReportSorenessWithKeysOnly)
{
    MainWindow window(*m_ws);
    window.show();
    QApplication::setActiveWindow(&window);
    QCoreApplication::processEvents();

    // Log: Ctrl+1, Alt+Q to the quick-entry line; each line and Enter adds its sets.
    press(Qt::Key_1, Qt::ControlModifier);
    ASSERT_EQ(window.currentPage(), MainWindow::Log);
    press(Qt::Key_Q, Qt::AltModifier); // Quick entry
    type(QStringLiteral("Squat 3x5 100kg @7"));
    press(Qt::Key_Return);
    type(QStringLiteral("Bench Press 3x8 60kg @8"));
    press(Qt::Key_Return);
    // A new exercise: the first Enter offers to add it, the second adds it and its sets.
    type(QStringLiteral("Zercher Squat 2x5 60kg"));
    press(Qt::Key_Return);
    press(Qt::Key_Return);

    const QList<Session> sessions = SessionRepository(m_ws->database()).list(m_athlete.id);
    ASSERT_EQ(sessions.size(), 1);
    const Session &s = sessions.first();
    ASSERT_EQ(s.sets.size(), 8);
    const ExerciseRepository exercises(m_ws->database());
    EXPECT_EQ(s.sets.at(0).exerciseId, exercises.find(QStringLiteral("Back Squat"))->id);
    EXPECT_EQ(s.sets.at(0).weight, Weight::fromKg(100));
    EXPECT_EQ(s.sets.at(0).reps, 5);
    EXPECT_EQ(s.sets.at(5).exerciseId, exercises.find(QStringLiteral("Bench Press"))->id);
    EXPECT_EQ(s.sets.at(5).reps, 8);
    const auto zercher = exercises.find(QStringLiteral("Zercher Squat"));
    ASSERT_TRUE(zercher) << "the second Enter did not add the new exercise";
    EXPECT_EQ(s.sets.at(7).exerciseId, zercher->id);

    // Soreness, the next morning: Ctrl+3, then each field by its mnemonic, Ctrl+S saves.
    Clock::set(QDateTime(QDate(2026, 11, 4), QTime(8, 0)));
    press(Qt::Key_3, Qt::ControlModifier);
    ASSERT_EQ(window.currentPage(), MainWindow::Soreness);
    press(Qt::Key_R, Qt::AltModifier); // Region
    type(QStringLiteral("Quad"));
    press(Qt::Key_B, Qt::AltModifier); // How bad
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Right);
    press(Qt::Key_C, Qt::AltModifier); // Character
    press(Qt::Key_Down);
    press(Qt::Key_Q, Qt::AltModifier); // A one-sided lift: a check box whose text wraps
    // The key clicks the box as a mouse does, a moment later (QAbstractButton::animateClick()).
    const QCheckBox *oneSided = window.sorenessPage()->form()->oneSidedBox();
    EXPECT_TRUE(QTest::qWaitFor([oneSided] { return oneSided->isChecked(); }));
    press(Qt::Key_S, Qt::ControlModifier);

    const QList<SorenessReport> reports = SorenessRepository(m_ws->database()).list(m_athlete.id);
    ASSERT_EQ(reports.size(), 1) << "the report was not saved";
    const SorenessReport &r = reports.first();
    EXPECT_EQ(r.sessionId, std::optional<qint64>(s.id));
    EXPECT_EQ(r.region, Region::Quads);
    EXPECT_EQ(r.intensity, 3);
    EXPECT_TRUE(r.oneSided);
}
