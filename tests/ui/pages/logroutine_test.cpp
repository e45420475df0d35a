// SPDX-License-Identifier: GPL-3.0-or-later
// Everyday logging on the Log page: a session started from a routine (targets, today's
// suggested load, plates, last time), the last-time column of the grid, records on save,
// routines saved, renamed, assigned and deleted undoably, and the plates dialog.
#include "commands/routinecommands.h"
#include "dialogs/platesdialog.h"
#include "dialogs/routinesdialog.h"
#include "forms/planpanel.h"
#include "forms/sessioneditor.h"
#include "forms/setsview.h"
#include "logfixture.h"
#include "models/planmodel.h"
#include "models/setsmodel.h"
#include "pages/logpage.h"
#include "store/platerepository.h"
#include "store/recordrepository.h"
#include "store/routinerepository.h"
#include "widgets/quickentryline.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QTableView>

using namespace spotter;
using spotter::test::LogFixture;

namespace {

class LogRoutine : public LogFixture
{
protected:
    qint64 addRoutine(const QString &name, QList<RoutineItem> items, QList<qint64> athletes)
    {
        Routine r;
        r.name = name;
        r.items = std::move(items);
        r.athleteIds = std::move(athletes);
        return RoutineRepository(db()).add(r);
    }
    RoutineItem item(const QString &exerciseName, int sets, int reps, std::optional<double> rpe,
                     std::optional<double> kg = std::nullopt)
    {
        RoutineItem i;
        i.exerciseId = exercise(exerciseName);
        i.sets = sets;
        i.reps = reps;
        i.rpe = rpe;
        if (kg)
            i.weight = Weight::fromKg(*kg);
        return i;
    }
    static QString cell(const QAbstractItemModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }
};

} // namespace

TEST_F(LogRoutine, StartsASessionFromARoutineWithTodaysLoadsToConfirmOrChange)
{
    // 140 kg × 5 @ 8 three days ago: a recent best e1RM of 140 / 0.811 on the RTS chart.
    addPastSession(3, {{QStringLiteral("Back Squat"), 140.0, 5, 8.0}});
    const qint64 id = addRoutine(QStringLiteral("Heavy lower"),
                                 {item(QStringLiteral("Back Squat"), 3, 5, 8.0),
                                  item(QStringLiteral("Deadlift"), 1, 5, std::nullopt, 100.0)},
                                 {m_athlete.id});
    addRoutine(QStringLiteral("Someone else's"), {item(QStringLiteral("Deadlift"), 1, 5, 8.0)}, {});
    LogPage page(*m_ws);
    activate(page);
    PlanPanel *panel = page.planPanel();
    QComboBox *box = panel->routineBox();
    ASSERT_EQ(box->count(), 2);
    EXPECT_EQ(box->itemText(0), QStringLiteral("Heavy lower")) << "the athlete's own routines first";
    EXPECT_EQ(box->itemText(1), QStringLiteral("Someone else's (not assigned)"));
    EXPECT_FALSE(panel->view()->isVisible()) << "no plan before a routine is started";

    ASSERT_TRUE(panel->startRoutine(id));
    EXPECT_TRUE(panel->view()->isVisible());
    EXPECT_EQ(panel->planTitle(), QStringLiteral("Today's plan: Heavy lower"));
    const PlanModel *plan = panel->model();
    ASSERT_EQ(plan->rowCount(), 2);
    EXPECT_EQ(cell(plan, 0, PlanModel::Exercise), QStringLiteral("Back Squat"));
    EXPECT_EQ(cell(plan, 0, PlanModel::Target), QStringLiteral("3 × 5 @8"));
    EXPECT_EQ(cell(plan, 0, PlanModel::Load), QStringLiteral("140 kg"))
        << "the chart's load, made with plates";
    EXPECT_EQ(cell(plan, 0, PlanModel::Plates), QStringLiteral("20 kg bar + 25 · 25 · 10 per side"));
    EXPECT_EQ(cell(plan, 0, PlanModel::Done), QStringLiteral("0/3"));
    EXPECT_EQ(cell(plan, 0, PlanModel::LastTime), QStringLiteral("5 @ 140 kg RPE 8"));
    EXPECT_TRUE(
        plan->index(0, PlanModel::Load).data(Qt::ToolTipRole).toString().contains(QStringLiteral("81.1%")));
    EXPECT_EQ(cell(plan, 1, PlanModel::Load), QStringLiteral("100 kg")) << "a fixed load stays";
    EXPECT_TRUE(page.editor()->isDraft()) << "starting a plan stores nothing yet";

    // The lifter feels heavy today: types 135 over the suggestion, then logs the item.
    ASSERT_TRUE(
        const_cast<PlanModel *>(plan)->setData(plan->index(0, PlanModel::Load), QStringLiteral("135")));
    EXPECT_EQ(cell(plan, 0, PlanModel::Load), QStringLiteral("135 kg"));
    EXPECT_FALSE(
        const_cast<PlanModel *>(plan)->setData(plan->index(0, PlanModel::Load), QStringLiteral("heavy")));
    panel->view()->setCurrentIndex(plan->index(0, PlanModel::Exercise));
    panel->view()->setFocus();
    press(Qt::Key_Return);
    ASSERT_EQ(sessions().size(), 2);
    const Session &today = page.editor()->session();
    ASSERT_EQ(today.sets.size(), 3);
    for (const WorkoutSet &s : today.sets) {
        EXPECT_EQ(s.exerciseId, exercise(QStringLiteral("Back Squat")));
        EXPECT_EQ(s.weight, Weight::fromKg(135));
        EXPECT_EQ(s.reps, 5);
        EXPECT_EQ(s.rpe, 8.0) << "the target, to confirm or change in the grid";
    }
    EXPECT_EQ(cell(plan, 0, PlanModel::Done), QStringLiteral("3/3"));
    EXPECT_EQ(page.model()->rowCount(), 3);
    EXPECT_EQ(panel->view()->currentIndex().row(), 1) << "on to the next item";
    EXPECT_TRUE(page.statusText().startsWith(QStringLiteral("Logged 3 sets of Back Squat as planned")));

    // A set changed in the grid stays in the plan's count; undo takes the logged item back.
    stack().undo();
    EXPECT_TRUE(page.editor()->session().sets.isEmpty());
    EXPECT_EQ(cell(plan, 0, PlanModel::Done), QStringLiteral("0/3"));
    panel->logItem(1);
    EXPECT_EQ(page.editor()->session().sets.size(), 1);
    EXPECT_EQ(cell(plan, 1, PlanModel::Done), QStringLiteral("1/1"));
    panel->logItem(1);
    EXPECT_EQ(page.editor()->session().sets.size(), 1) << "a done item logs nothing more";
    EXPECT_EQ(page.statusText(), QStringLiteral("Every set of Deadlift is logged."));
}

TEST_F(LogRoutine, AnOpenWarningOnTheRegionSkipsTheLoadAndSaysWhy)
{
    addPastSession(3, {{QStringLiteral("Back Squat"), 140.0, 5, 8.0}});
    SorenessReport r;
    r.athleteId = m_athlete.id;
    r.region = Region::LowerBack;
    r.noticedAt = withLocalOffset(QDateTime::currentDateTime().addDays(-1));
    r.intensity = 7;
    r.character = {Character::Sharp};
    ASSERT_FALSE(m_ws->execute(new AddSorenessCommand(*m_ws, r, QStringLiteral("add"))));
    const qint64 id = addRoutine(QStringLiteral("Heavy lower"),
                                 {item(QStringLiteral("Back Squat"), 3, 5, 8.0)}, {m_athlete.id});
    LogPage page(*m_ws);
    activate(page);
    ASSERT_TRUE(page.planPanel()->startRoutine(id));
    const PlanModel *plan = page.planPanel()->model();
    if (plan->item(0).suggestion.action != SuggestionAction::Skip)
        GTEST_SKIP() << "this report does not class as warning or see-doctor";
    EXPECT_EQ(cell(plan, 0, PlanModel::Load), QStringLiteral("skip today"));
    EXPECT_FALSE(cell(plan, 0, PlanModel::Why).isEmpty());
    page.planPanel()->logItem(0);
    EXPECT_TRUE(page.editor()->isDraft()) << "no load, nothing logged";
    EXPECT_TRUE(page.statusText().contains(QStringLiteral("type one in the Load column")));
    // Always overridable: a typed load logs.
    ASSERT_TRUE(
        const_cast<PlanModel *>(plan)->setData(plan->index(0, PlanModel::Load), QStringLiteral("60")));
    page.planPanel()->logItem(0);
    EXPECT_EQ(page.editor()->session().sets.size(), 3);
}

TEST_F(LogRoutine, TheGridShowsLastTimeBesideEachExercise)
{
    addPastSession(9, {{QStringLiteral("Back Squat"), 110.0, 5, 8.0}});
    addPastSession(2, {{QStringLiteral("Back Squat"), 120.0, 5, 8.0},
                       {QStringLiteral("Back Squat"), 120.0, 5, 8.0},
                       {QStringLiteral("Back Squat"), 120.0, 5, 9.0}});
    LogPage page(*m_ws);
    activate(page);
    page.quickEntry()->lineEdit()->setFocus();
    type(QStringLiteral("Squat 2x5 125kg @8"));
    press(Qt::Key_Return);
    type(QStringLiteral("Deadlift 1x5 100kg @6"));
    press(Qt::Key_Return);
    const SetsModel *model = page.model();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->headerData(SetsModel::LastTime, Qt::Horizontal).toString(), QStringLiteral("Last time"));
    const QString squat = cell(model, 0, SetsModel::LastTime);
    EXPECT_EQ(squat, QStringLiteral("3×5 @ 120 kg RPE 8–9 · best e1RM 148 kg"))
        << "last time, then the recent best e1RM";
    EXPECT_TRUE(cell(model, 1, SetsModel::LastTime).isEmpty()) << "once per exercise";
    EXPECT_EQ(cell(model, 2, SetsModel::LastTime), QStringLiteral("first time"));
    EXPECT_FALSE(model->index(0, SetsModel::LastTime).data(Qt::ToolTipRole).toString().isEmpty());

    // Quick entry's "same" repeats last time's sets.
    type(QStringLiteral("Squat same"));
    press(Qt::Key_Return);
    ASSERT_EQ(model->rowCount(), 6);
    EXPECT_EQ(page.editor()->session().sets.at(5).weight, Weight::fromKg(120));
}

TEST_F(LogRoutine, ANewRecordIsShownOnSaveAndKept)
{
    addPastSession(5, {{QStringLiteral("Back Squat"), 100.0, 5, 8.0}});
    LogPage page(*m_ws);
    activate(page);
    page.quickEntry()->lineEdit()->setFocus();
    type(QStringLiteral("Squat 1x1 130kg @10"));
    press(Qt::Key_Return);
    EXPECT_TRUE(page.statusText().endsWith(QStringLiteral("New record: Back Squat e1RM 130 kg (test).")))
        << page.statusText().toStdString();
    EXPECT_EQ(RecordRepository(db()).forAthlete(m_athlete.id).size(), 1) << "kept for History";
    type(QStringLiteral("Squat 1x5 80kg @6"));
    press(Qt::Key_Return);
    EXPECT_FALSE(page.statusText().contains(QStringLiteral("New record: Back Squat e1RM")))
        << "a record is news once";
    stack().undo();
    stack().undo();
    EXPECT_TRUE(RecordRepository(db()).forAthlete(m_athlete.id).isEmpty()) << "undo takes the record back";
}

TEST_F(LogRoutine, ASessionIsSavedAsARoutineRenamedAssignedAndDeletedUndoably)
{
    Athlete ben;
    ben.name = QStringLiteral("Ben");
    AthleteRepository(db()).add(ben);
    LogPage page(*m_ws);
    activate(page);
    page.quickEntry()->lineEdit()->setFocus();
    type(QStringLiteral("Squat 3x5 120kg @8"));
    press(Qt::Key_Return);
    const auto name = page.planPanel()->saveAsRoutine();
    ASSERT_TRUE(name.has_value());
    auto routines = RoutineRepository(db()).list();
    ASSERT_EQ(routines.size(), 1);
    EXPECT_EQ(routines.first().items.size(), 1);
    EXPECT_EQ(routines.first().items.first().sets, 3);
    EXPECT_EQ(routines.first().athleteIds, QList<qint64>{m_athlete.id});
    EXPECT_EQ(page.planPanel()->routineBox()->currentText(), *name);

    RoutinesDialog dialog(*m_ws);
    ASSERT_EQ(dialog.routineList()->count(), 1);
    EXPECT_TRUE(dialog.itemsText().startsWith(QStringLiteral("Back Squat: ")))
        << dialog.itemsText().toStdString();
    dialog.nameEdit()->setText(QStringLiteral("Squat day"));
    for (int i = 0; i < dialog.athleteList()->count(); ++i)
        dialog.athleteList()->item(i)->setCheckState(Qt::Checked);
    EXPECT_FALSE(dialog.apply());
    auto stored = RoutineRepository(db()).findByName(QStringLiteral("Squat day"));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->athleteIds, (QList<qint64>{m_athlete.id, ben.id})) << "a coach's one routine for both";
    EXPECT_EQ(page.planPanel()->routineBox()->itemText(0), QStringLiteral("Squat day"));
    dialog.nameEdit()->clear();
    EXPECT_TRUE(dialog.apply().has_value()) << "a routine needs a name";

    EXPECT_FALSE(dialog.removeSelected());
    EXPECT_TRUE(RoutineRepository(db()).list().isEmpty());
    EXPECT_EQ(dialog.routineList()->count(), 0);
    stack().undo();
    EXPECT_EQ(RoutineRepository(db()).findByName(QStringLiteral("Squat day"))->athleteIds.size(), 2);
    stack().undo();
    EXPECT_EQ(RoutineRepository(db()).findByName(*name)->athleteIds, QList<qint64>{m_athlete.id});
    stack().undo();
    EXPECT_TRUE(RoutineRepository(db()).list().isEmpty());
}

TEST_F(LogRoutine, PlatesAreEditedPerAthleteAndUndoable)
{
    PlatesDialog dialog(*m_ws, m_athlete.id);
    EXPECT_EQ(dialog.previewText(), QStringLiteral("100 kg: 20 kg bar + 25 · 15 per side\n"
                                                   "142.5 kg: 20 kg bar + 25 · 25 · 10 · 1.25 per side"));
    dialog.barBox()->setValue(15.0);
    dialog.platesEdit()->setText(QStringLiteral("20x2 10x2 2.5x2"));
    EXPECT_TRUE(dialog.previewText().startsWith(QStringLiteral("100 kg: cannot make 100 kg")));
    EXPECT_FALSE(dialog.save());
    const auto stored = PlateRepository(db()).get(m_athlete.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->bar, 15.0);
    EXPECT_EQ(stored->plates.size(), 3);
    dialog.platesEdit()->setText(QStringLiteral("20x"));
    EXPECT_TRUE(dialog.save().has_value());
    stack().undo();
    EXPECT_FALSE(PlateRepository(db()).get(m_athlete.id));
}

TEST_F(LogRoutine, TheGridShowsThePlatesOfEachSetAndFitsANarrowWindow)
{
    // The plates are joined by thin spaces around each +.
    const auto thin = [](QString text) {
        return text.replace(QStringLiteral(" + "), QStringLiteral("\u2009+\u2009"));
    };
    LogPage page(*m_ws);
    // As wide as a 1024-pixel window leaves the page beside the navigation (150 px).
    page.resize(1024 - 150, 700);
    activate(page);
    page.quickEntry()->lineEdit()->setFocus();
    type(QStringLiteral("Squat 1x5 100kg @8"));
    press(Qt::Key_Return);
    type(QStringLiteral("Bench Press 1x5 101kg"));
    press(Qt::Key_Return);
    const SetsModel *model = page.model();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(cell(model, 0, SetsModel::Plates), thin(QStringLiteral("25 + 15")));
    EXPECT_EQ(cell(model, 1, SetsModel::Plates), QStringLiteral("nearest 100 / 102.5"));

    // The athlete's own plates, and back with undo.
    PlateSet twenties = PlateSet::defaults(WeightUnit::Kg);
    twenties.plates = {{20.0, 4}};
    ASSERT_FALSE(m_ws->execute(new EditPlatesCommand(*m_ws, m_athlete.id, std::nullopt, twenties)));
    EXPECT_EQ(cell(model, 0, SetsModel::Plates), QStringLiteral("2×20"));
    EXPECT_EQ(cell(model, 1, SetsModel::Plates), QStringLiteral("at most 100")) << "two 20s a side at most";
    stack().undo();
    EXPECT_EQ(cell(model, 0, SetsModel::Plates), thin(QStringLiteral("25 + 15")));

    QCoreApplication::processEvents();
    EXPECT_FALSE(page.view()->horizontalScrollBar()->isVisible()) << "every column fits";
    EXPECT_GE(page.view()->columnWidth(SetsModel::LastTime),
              page.view()->fontMetrics().horizontalAdvance(
                  model->headerData(SetsModel::LastTime, Qt::Horizontal).toString()));
}

TEST_F(LogRoutine, WithNoAthleteChosenTheRoutinesAreListedOnceTheEventLoopRuns)
{
    // The panel waits for the window's choice of athlete before reading the list; a file
    // without athletes still gets it.
    addRoutine(QStringLiteral("Heavy lower"), {item(QStringLiteral("Back Squat"), 3, 5, 8.0)}, {});
    m_ws->setCurrentAthlete(0);
    LogPage page(*m_ws);
    const QComboBox *box = page.planPanel()->routineBox();
    QCoreApplication::processEvents();
    ASSERT_EQ(box->count(), 1);
    EXPECT_EQ(box->itemText(0), QStringLiteral("Heavy lower (not assigned)"));
}
