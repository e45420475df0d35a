// SPDX-License-Identifier: GPL-3.0-or-later
#include "changenotifier.h"
#include "historymodel.h"
#include "mainwindow.h"
#include "pages/historypage.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/sessionrepository.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace spotter;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_ws = std::make_unique<Workspace>(
            std::make_unique<Database>(m_dir.filePath(QStringLiteral("db.sqlite"))));
    }
    Athlete addAthlete(const QString &name)
    {
        Athlete a;
        a.name = name;
        AthleteRepository(m_ws->database()).add(a);
        return a;
    }
    void addSessions(qint64 athleteId, int count)
    {
        const qint64 bench = ExerciseRepository(m_ws->database()).find(QStringLiteral("Bench Press"))->id;
        for (int i = 0; i < count; ++i) {
            Session s;
            s.athleteId = athleteId;
            s.start = QDateTime(QDate(2026, 1, 1).addDays(i), QTime(18, 0));
            s.title = QStringLiteral("Session %1").arg(i);
            WorkoutSet w;
            w.exerciseId = bench;
            w.weight = Weight::fromKg(100);
            w.reps = 5;
            s.sets = {w, w};
            SessionRepository(m_ws->database()).add(s);
        }
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

} // namespace

TEST_F(MainWindowTest, FirstRunShowsTheWelcomeAndNoSwitcher)
{
    MainWindow window(*m_ws);
    window.show();
    EXPECT_EQ(m_ws->currentAthleteId(), 0);
    EXPECT_FALSE(window.isSwitcherShown());
}

TEST_F(MainWindowTest, OneAthleteNeedsNoSwitcherSeveralDo)
{
    addAthlete(QStringLiteral("Ann"));
    MainWindow window(*m_ws);
    window.show();
    EXPECT_FALSE(window.isSwitcherShown());
    EXPECT_GT(m_ws->currentAthleteId(), 0);
    addAthlete(QStringLiteral("Bob"));
    emit m_ws->notifier()->athletesChanged();
    EXPECT_TRUE(window.isSwitcherShown());
    EXPECT_EQ(window.athleteSwitcher()->count(), 2);
}

TEST_F(MainWindowTest, HistoryPagesInLongHistoriesNewestFirst)
{
    const Athlete ann = addAthlete(QStringLiteral("Ann"));
    addSessions(ann.id, 250);
    MainWindow window(*m_ws);
    window.show();
    window.showPage(MainWindow::History);
    HistoryModel *model = window.historyPage()->model();
    EXPECT_EQ(model->rowCount(), HistoryModel::kPageSize) << "only the first page is read at first";
    // The tester exercises fetchMore() itself, paging through to the end.
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model->index(0, HistoryModel::Title).data().toString(), QStringLiteral("Session 249"));
    while (model->canFetchMore({}))
        model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 250);
    EXPECT_EQ(model->index(249, HistoryModel::Title).data().toString(), QStringLiteral("Session 0"));
    EXPECT_EQ(model->index(0, HistoryModel::Tonnage).data().toString(), QStringLiteral("1000 kg"));
    EXPECT_EQ(model->index(0, HistoryModel::TopSet).data().toString(),
              QStringLiteral("Bench Press 100 kg × 5"));
}

TEST_F(MainWindowTest, HistoryDeleteIsUndoable)
{
    const Athlete ann = addAthlete(QStringLiteral("Ann"));
    addSessions(ann.id, 3);
    MainWindow window(*m_ws);
    window.show();
    HistoryPage *page = window.historyPage();
    page->view()->selectRow(0);
    page->deleteSelected();
    EXPECT_EQ(page->model()->rowCount(), 2);
    EXPECT_EQ(SessionRepository(m_ws->database()).count(ann.id), 2);
    m_ws->undoStack()->undo();
    EXPECT_EQ(page->model()->rowCount(), 3);
    EXPECT_EQ(page->model()->index(0, HistoryModel::Title).data().toString(), QStringLiteral("Session 2"));
}
