// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ruletable.h"
#include "analysis/thresholds.h"
#include "models/historymodel.h"
#include "models/rulesmodels.h"
#include "pages/historypage.h"
#include "shell/changenotifier.h"
#include "shell/mainwindow.h"
#include "shell/prompt.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
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

TEST_F(MainWindowTest, AHiddenHistoryReadsNothingUntilItIsShownAgain)
{
    const Athlete ann = addAthlete(QStringLiteral("Ann"));
    addSessions(ann.id, 3);
    MainWindow window(*m_ws);
    window.show();
    window.showPage(MainWindow::History);
    HistoryModel *model = window.historyPage()->model();
    ASSERT_EQ(model->rowCount(), 3);
    window.showPage(MainWindow::Log);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    addSessions(ann.id, 2); // as the Log page's saves announce them
    emit m_ws->notifier()->sessionsChanged(ann.id);
    emit m_ws->notifier()->sessionsChanged(ann.id);
    EXPECT_EQ(resets.count(), 0) << "nobody looks at the History page";
    EXPECT_TRUE(model->isStale());
    window.showPage(MainWindow::History);
    EXPECT_EQ(resets.count(), 1) << "one reload catches up with every change";
    EXPECT_FALSE(model->isStale());
    EXPECT_EQ(model->rowCount(), 5);
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

TEST_F(MainWindowTest, HistoryShowsIntensityAndSorenessBadgesAndFiltersByClass)
{
    const Athlete ann = addAthlete(QStringLiteral("Ann"));
    Database &db = m_ws->database();
    const qint64 deadlift = ExerciseRepository(db).find(QStringLiteral("Deadlift"))->id;
    auto addSession = [&](const QDate &day, double kg, int reps, double rpe) {
        Session s;
        s.athleteId = ann.id;
        s.start = QDateTime(day, QTime(18, 0));
        WorkoutSet w;
        w.exerciseId = deadlift;
        w.weight = Weight::fromKg(kg);
        w.reps = reps;
        w.rpe = rpe;
        s.sets = {w};
        SessionRepository(db).add(s);
        return s;
    };
    addSession(QDate(2026, 10, 1), 140, 5, 7);                      // training
    const Session max = addSession(QDate(2026, 10, 8), 180, 1, 10); // testing (IR-01/IR-02)
    SorenessReport r;
    r.athleteId = ann.id;
    r.sessionId = max.id;
    r.region = Region::LowerBack;
    r.noticedAt = max.start.addSecs(3600);
    r.intensity = 6;
    r.character = Character::Sharp;
    r.trend = Trend::Stable;
    r.resolvedAt = max.start.addDays(3); // still present six weeks on would rightly be SR-11
    SorenessRepository(db).add(r);

    MainWindow window(*m_ws);
    window.show();
    HistoryModel *model = window.historyPage()->model();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->index(0, HistoryModel::Intensity).data().toString(), QStringLiteral("Testing ⚑"))
        << "140 kg to 180 kg in a week also raises a load-jump flag";
    EXPECT_TRUE(model->index(0, HistoryModel::Intensity)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("load_jump")));

    EXPECT_FALSE(model->index(0, HistoryModel::Intensity).data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_TRUE(
        model->index(0, HistoryModel::Soreness).data().toString().startsWith(QStringLiteral("Warning")))
        << model->index(0, HistoryModel::Soreness).data().toString().toStdString();
    EXPECT_EQ(model->index(1, HistoryModel::Intensity).data().toString(), QStringLiteral("Training"));
    EXPECT_FALSE(model->index(1, HistoryModel::Soreness).data().isValid());

    window.historyPage()->setClassFilter(HistoryPage::TestingOnly);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, 0).data(HistoryModel::SessionIdRole).toLongLong(), max.id);
    window.historyPage()->setClassFilter(HistoryPage::TrainingOnly);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_NE(model->index(0, 0).data(HistoryModel::SessionIdRole).toLongLong(), max.id);
    window.historyPage()->setClassFilter(HistoryPage::SorenessWarning);
    EXPECT_EQ(model->rowCount(), 1);
    window.historyPage()->setClassFilter(HistoryPage::AnyClass);
    window.historyPage()->setSearch(QStringLiteral("no such thing"));
    EXPECT_EQ(model->rowCount(), 0);
}

TEST(RulesModels, ShowEveryRuleAndThreshold)
{
    RulesModel rules;
    QAbstractItemModelTester t1(&rules, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ThresholdsModel thresholds;
    QAbstractItemModelTester t2(&thresholds, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(rules.rowCount(), RuleTable::all().size());
    ASSERT_EQ(thresholds.rowCount(), Thresholds::all().size());
    QStringList ids;
    for (int row = 0; row < rules.rowCount(); ++row)
        ids.append(rules.index(row, RulesModel::Id).data().toString());
    for (const char *id : {"SR-01", "SR-17", "SR-27", "IR-01", "IS-01", "IF-03", "LM-03", "TP-02"})
        EXPECT_TRUE(ids.contains(QLatin1String(id))) << id;
    const int sr01 = static_cast<int>(ids.indexOf(QStringLiteral("SR-01")));
    EXPECT_TRUE(rules.index(sr01, RulesModel::Result).data().toString().contains(QStringLiteral("emergency")))
        << rules.index(sr01, RulesModel::Result).data().toString().toStdString();
    EXPECT_TRUE(
        rules.index(sr01, RulesModel::Sources).data().toString().contains(QStringLiteral("NHS-SHEFF")));
    EXPECT_FALSE(thresholds.index(0, ThresholdsModel::Meaning).data().toString().isEmpty());
}

TEST(RulesDocument, IsEmbedded)
{
    QFile doc(QStringLiteral(":/docs/rules.md"));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly));
    EXPECT_TRUE(doc.readAll().contains("## Sources"));
}

TEST_F(MainWindowTest, DemoDataOpensInItsOwnFileAndLeavesTheUsersDatabaseAlone)
{
    const QString home = m_ws->database().path();
    MainWindow window(*m_ws);
    window.show();
    window.openDemoData();
    ASSERT_TRUE(window.isShowingDemo());
    EXPECT_NE(m_ws->database().path(), home);
    EXPECT_EQ(AthleteRepository(m_ws->database()).count(), 3);
    EXPECT_EQ(window.athleteSwitcher()->count(), 3);
    EXPECT_TRUE(window.isSwitcherShown());
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("Demo data")));
    EXPECT_TRUE(window.databaseStatus().endsWith(home))
        << "the status bar names the user's own file, not the temporary demo";

    EXPECT_GT(window.historyPage()->model()->rowCount(), 0) << "the demo has history to show";
    const QString demo = m_ws->database().path();
    window.openHome();
    EXPECT_FALSE(QFileInfo::exists(demo)) << "the demo file goes when the demo is left";
    EXPECT_FALSE(window.isShowingDemo());

    EXPECT_EQ(m_ws->database().path(), home);
    EXPECT_EQ(AthleteRepository(m_ws->database()).count(), 0) << "no demo rows in the user's file";
    EXPECT_FALSE(window.isSwitcherShown());
}

TEST_F(MainWindowTest, TwoWindowsShowingTheDemoNeverShareItsFile)
{
    QTemporaryDir otherDir;
    ASSERT_TRUE(otherDir.isValid());
    Workspace other(std::make_unique<Database>(otherDir.filePath(QStringLiteral("db.sqlite"))));
    MainWindow first(*m_ws);
    MainWindow second(other);
    first.openDemoData();
    second.openDemoData();
    ASSERT_TRUE(first.isShowingDemo());
    ASSERT_TRUE(second.isShowingDemo());
    EXPECT_NE(m_ws->database().path(), other.database().path());
    second.openHome();
    EXPECT_TRUE(QFileInfo::exists(m_ws->database().path())) << "leaving one demo keeps the other";
    EXPECT_EQ(AthleteRepository(m_ws->database()).count(), 3);
}

TEST_F(MainWindowTest, FitsALaptopScreenOnEveryPage)

{
    MainWindow window(*m_ws);
    window.openDemoData();
    window.show();
    for (auto page : {MainWindow::Log, MainWindow::History, MainWindow::Soreness, MainWindow::Progress,
                      MainWindow::Team}) {
        window.showPage(page);
        QCoreApplication::processEvents();
        EXPECT_LE(window.minimumSizeHint().width(), 1280) << "page " << page;
        EXPECT_LE(window.minimumSize().width(), 1280) << "page " << page;
    }
    window.openHome();
}

TEST_F(MainWindowTest, TheStatusBarNamesTheDatabaseAgainOnceAPassingMessageHasGoneAndElidesALongPath)
{
    // A folder name as long as a file system allows: the path must not widen the window.
    const QString folder = m_dir.filePath(QString(200, u'f'));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/training-log.sqlite");
    Workspace ws(std::make_unique<Database>(path));
    MainWindow window(ws);
    window.resize(1024, 640);
    window.show();
    QCoreApplication::processEvents();
    auto *label = window.findChild<QLabel *>(QStringLiteral("databaseStatus"));
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(window.databaseStatus(), QStringLiteral("Database: ") + path);
    EXPECT_LE(window.minimumSizeHint().width(), 1024);
    EXPECT_LE(window.width(), 1024);
    EXPECT_TRUE(label->text().contains(u'…')) << label->text().toStdString();
    EXPECT_TRUE(label->text().endsWith(QStringLiteral("training-log.sqlite"))) << label->text().toStdString();
    EXPECT_EQ(label->toolTip(), window.databaseStatus()) << "the whole path in the tooltip";

    // A passing message (a menu's hint, "Added 3 sets") covers it, and it comes back.
    window.statusBar()->showMessage(QStringLiteral("Added 3 sets of Back Squat"), 8000);
    EXPECT_FALSE(label->isVisible());
    window.statusBar()->clearMessage();
    EXPECT_TRUE(label->isVisible());
    EXPECT_TRUE(label->text().endsWith(QStringLiteral("training-log.sqlite"))) << label->text().toStdString();
}

TEST_F(MainWindowTest, DeletingAnAthleteAsksFirstAndNoKeepsThem)
{
    const Athlete ann = addAthlete(QStringLiteral("Ann"));
    addSessions(ann.id, 2);
    MainWindow window(*m_ws);
    window.show();
    QAction *remove = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == MainWindow::tr("&Delete athlete…"))
            remove = a;
    }
    ASSERT_NE(remove, nullptr);
    Prompt::reset();

    Prompt::setNextAnswer(QMessageBox::No);
    remove->trigger();
    ASSERT_EQ(Prompt::shown().size(), 1);
    EXPECT_TRUE(
        Prompt::shown().first().startsWith(QStringLiteral("Delete athlete: Delete Ann with every session")))
        << Prompt::shown().first().toStdString();
    EXPECT_TRUE(AthleteRepository(m_ws->database()).get(ann.id));
    EXPECT_EQ(m_ws->undoStack()->count(), 0);

    Prompt::setNextAnswer(QMessageBox::Yes);
    remove->trigger();
    EXPECT_FALSE(AthleteRepository(m_ws->database()).get(ann.id));
    EXPECT_EQ(Prompt::pending(), 0);
    m_ws->undoStack()->undo();
    EXPECT_TRUE(AthleteRepository(m_ws->database()).get(ann.id));
    EXPECT_EQ(SessionRepository(m_ws->database()).count(ann.id), 2);
    Prompt::reset();
}
