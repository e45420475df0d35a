// SPDX-License-Identifier: GPL-3.0-or-later
// Grabs the Log page with a realistic session to PNGs under the build folder (light, dark; run
// with QT_SCALE_FACTOR=2 for the 2× set) and checks that no cell or header is cut off.
#include "forms/sessionform.h"
#include "forms/setsview.h"
#include "logfixture.h"
#include "models/setsmodel.h"
#include "pages/logpage.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "widgets/intensitysummary.h"
#include "widgets/newexercisebar.h"
#include "widgets/quickentryline.h"
#include "widgets/resttimer.h"

#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSpinBox>

using namespace spotter;
using spotter::test::LogFixture;

namespace {

class LogScreens : public LogFixture
{
protected:
    void TearDown() override
    {
        LogFixture::TearDown();
        Theme::apply(ThemeChoice::System);
    }

    /// Three weeks of history, then today's session typed the way a lifter would.
    void fill(LogPage &page)
    {
        addPastSession(21, {{QStringLiteral("Back Squat"), 140, 5, 8},
                            {QStringLiteral("Romanian Deadlift"), 100, 8, 7}});
        addPastSession(
            14, {{QStringLiteral("Back Squat"), 145, 5, 8}, {QStringLiteral("Bench Press"), 95, 5, 8}});
        addPastSession(7, {{QStringLiteral("Back Squat"), 150, 3, 8}});
        const auto line = [&page](const QString &text) {
            page.quickEntry()->lineEdit()->setText(text);
            emit page.quickEntry()->lineEdit()->returnPressed();
        };
        page.form()->titleEdit()->setText(QStringLiteral("Heavy lower"));
        emit page.form()->titleEdit()->editingFinished();
        page.form()->durationEdit()->setValue(70);
        emit page.form()->durationEdit()->editingFinished();
        page.form()->bodyweightEdit()->setText(QStringLiteral("82.5"));
        emit page.form()->bodyweightEdit()->editingFinished();
        line(QStringLiteral("Back Squat w60x5, w100x3, 140x5@7 rest 3m, 155x3@8 rest 4m, 165x1@9.5 rest 5m"));
        line(QStringLiteral("Romanian Deadlift 3x8 100kg @7 rest 2m"));
        line(QStringLiteral("Plank 3x45s rest 1m"));
        line(QStringLiteral("Pull Up 3x8 bw+10 @8"));
        page.quickEntry()->lineEdit()->setText(QStringLiteral("Bench Press 3x5 100kg @8"));
        qint64 now = 0;
        page.restTimer()->setClock([now]() mutable { return now += 83'000; });
        page.restTimer()->start();
        page.restTimer()->tick();
    }

    void shoot(const QString &name)
    {
        MainWindow window(*m_ws);
        window.resize(1100, 720);
        activate(window);
        auto *page = window.findChild<LogPage *>();
        ASSERT_NE(page, nullptr);
        fill(*page);
        // Nested layouts settle over a few rounds of posted layout requests.
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        EXPECT_FALSE(page->summary()->notesText().isEmpty()) << "the demo shows a new best e1RM";

        // sizeHintForColumn() is public in QAbstractItemView, protected in QTableView.
        const QAbstractItemView *view = page->view();
        const QHeaderView *header = page->view()->horizontalHeader();
        // Every column but the last (last time, which may elide: its tooltip has it all) fits.
        for (int c = 0; c < SetsModel::ColumnCount - 1; ++c) {
            EXPECT_GE(header->sectionSize(c), view->sizeHintForColumn(c))
                << "cells of column " << c << " are cut off";
            EXPECT_GE(header->sectionSize(c), header->sectionSizeHint(c))
                << "header of column " << c << " is cut off";
        }
        EXPECT_GE(header->sectionSize(SetsModel::Intensity), view->sizeHintForColumn(SetsModel::Intensity))
            << "badges are cut off";
        EXPECT_GE(header->sectionSize(SetsModel::LastTime),
                  view->fontMetrics().horizontalAdvance(QStringLiteral("3×5 @ 120 kg RPE 8")))
            << "last time is squeezed out";
        EXPECT_FALSE(view->horizontalScrollBar()->isVisible()) << "the grid fits the window";

        const qreal ratio = window.devicePixelRatioF();
        const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        ASSERT_TRUE(QDir().mkpath(dir));
        const QString suffix = ratio >= 2 ? QStringLiteral("@2x") : QString();
        const QString file = dir + QStringLiteral("/logpage-%1%2.png").arg(name, suffix);
        const QPixmap shot = window.grab();
        ASSERT_FALSE(shot.isNull());
        EXPECT_TRUE(shot.save(file)) << file.toStdString();
        const QString empty = dir + QStringLiteral("/logpage-%1-empty%2.png").arg(name, suffix);
        // An unknown exercise: the name underlined, the offer to add it open.
        page->quickEntry()->lineEdit()->setText(QStringLiteral("Zercher Squat 3x5 60kg"));
        emit page->quickEntry()->lineEdit()->returnPressed();
        QCoreApplication::processEvents();
        EXPECT_TRUE(page->newExerciseBar()->isVisible());
        EXPECT_TRUE(window.grab().save(dir + QStringLiteral("/logpage-%1-unknown%2.png").arg(name, suffix)));

        page->newSession();
        QCoreApplication::processEvents();
        EXPECT_TRUE(window.grab().save(empty));
    }
};

} // namespace

TEST_F(LogScreens, Light)
{
    Theme::apply(ThemeChoice::Light);
    shoot(QStringLiteral("light"));
}

TEST_F(LogScreens, Dark)
{
    Theme::apply(ThemeChoice::Dark);
    shoot(QStringLiteral("dark"));
}
