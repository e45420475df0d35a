// SPDX-License-Identifier: GPL-3.0-or-later
// The Log page driven by the keyboard only: the form, the quick line, the grid.
#include "forms/sessioneditor.h"
#include "forms/sessionform.h"
#include "forms/setsview.h"
#include "logfixture.h"
#include "models/setsmodel.h"
#include "pages/historypage.h"
#include "pages/logpage.h"
#include "shell/mainwindow.h"
#include "widgets/newexercisebar.h"
#include "widgets/quickentryline.h"
#include "widgets/resttimer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace spotter;
using spotter::test::LogFixture;

namespace {

class LogPageTest : public LogFixture
{
protected:
    QString cell(const LogPage &page, int row, int column)
    {
        return page.model()->index(row, column).data().toString();
    }
};

} // namespace

TEST_F(LogPageTest, EmptyPageInvitesAQuickLine)
{
    LogPage page(*m_ws);
    activate(page);
    EXPECT_TRUE(page.editor()->isDraft());
    EXPECT_EQ(page.headingText(), QStringLiteral("New session"));
    EXPECT_FALSE(page.view()->isVisible()) << "an empty grid gives way to the hint";
    EXPECT_EQ(page.quickEntry()->previewText(),
              QStringLiteral("One exercise and its sets per line; Enter adds them."));
    EXPECT_TRUE(sessions().isEmpty()) << "a draft is not stored";
    const QDateTime start = page.editor()->session().start;
    EXPECT_LE(qAbs(start.secsTo(QDateTime::currentDateTime())), 120) << "dated now";
}

TEST_F(LogPageTest, QuickLinePreviewsShowsTheErrorColumnAndAddsOnEnter)
{
    LogPage page(*m_ws);
    activate(page);
    QuickEntryLine *quick = page.quickEntry();
    quick->lineEdit()->setFocus();
    type(QStringLiteral("Squat 3x5 120kg @7.5"));
    EXPECT_EQ(quick->previewText(), QStringLiteral("Enter adds 3 sets of Back Squat: 3 × (120 kg × 5 @7.5)"));
    EXPECT_FALSE(quick->errorSpan());

    quick->lineEdit()->selectAll();
    type(QStringLiteral("Squat 100x"));
    EXPECT_EQ(quick->previewText(), QStringLiteral("⚠ Column 11: expected reps after 'x'"));
    ASSERT_TRUE(quick->errorSpan());
    EXPECT_EQ(quick->errorSpan()->first, 9) << "the mark sits on the 'x' that wants reps";
    press(Qt::Key_Return);
    EXPECT_TRUE(sessions().isEmpty()) << "a bad line adds nothing";
    EXPECT_EQ(quick->lineEdit()->text(), QStringLiteral("Squat 100x")) << "and stays to be fixed";

    quick->lineEdit()->selectAll();
    type(QStringLiteral("Squat 100x5 foo"));
    ASSERT_TRUE(quick->errorSpan());
    EXPECT_EQ(*quick->errorSpan(), std::make_pair(qsizetype(12), qsizetype(3))) << "underlines 'foo'";
    EXPECT_EQ(quick->previewText(), QStringLiteral("⚠ Column 13: unexpected 'foo'"));

    quick->lineEdit()->selectAll();
    type(QStringLiteral("Squat 3x5 120kg @7.5"));
    press(Qt::Key_Return);
    ASSERT_EQ(sessions().size(), 1);
    const Session stored = sessions().first();
    ASSERT_EQ(stored.sets.size(), 3);
    EXPECT_EQ(stored.sets.at(2).exerciseId, exercise(QStringLiteral("Back Squat")));
    EXPECT_EQ(stored.sets.at(2).weight, Weight::fromKg(120));
    EXPECT_EQ(stored.sets.at(2).rpe, 7.5);
    EXPECT_TRUE(quick->lineEdit()->text().isEmpty());
    EXPECT_EQ(page.model()->rowCount(), 3);
    EXPECT_FALSE(page.editor()->isDraft());
    EXPECT_EQ(page.statusText(), QStringLiteral("Added 3 sets of Back Squat; Ctrl+Z takes the line back."));

    // Without a name the line continues the current row's exercise.
    type(QStringLiteral("140x3@9"));
    EXPECT_EQ(quick->previewText(), QStringLiteral("Enter adds 1 set of Back Squat: 140 kg × 3 @9"));
    press(Qt::Key_Enter);
    EXPECT_EQ(sessions().first().sets.size(), 4);
}

TEST_F(LogPageTest, CtrlZInTheQuickLineTakesTheWholeLineBack)
{
    MainWindow window(*m_ws);
    activate(window);
    auto *page = window.findChild<LogPage *>();
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(window.currentPage(), MainWindow::Log) << "Log is the first page";
    page->quickEntry()->lineEdit()->setFocus();
    type(QStringLiteral("Deadlift 100x5, 120x5, 140x5@8 rest 3m"));
    press(Qt::Key_Return);
    ASSERT_EQ(sessions().size(), 1);
    EXPECT_EQ(sessions().first().sets.size(), 3);
    EXPECT_EQ(stack().undoText(), QStringLiteral("add 3 sets of Deadlift"));

    EXPECT_EQ(page->statusText(), QStringLiteral("Added 3 sets of Deadlift; Ctrl+Z takes the line back."));

    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(sessions().isEmpty()) << "one Ctrl+Z removes the line's sets and the session they started";
    EXPECT_EQ(page->model()->rowCount(), 0);
    EXPECT_TRUE(page->editor()->isDraft());
    EXPECT_EQ(page->statusText(),
              QStringLiteral("Undone: add 3 sets of Deadlift. Ctrl+Shift+Z does it again."))
        << "not the confirmation of sets that are gone";

    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(sessions().size(), 1);
    EXPECT_EQ(sessions().first().sets.size(), 3);
    EXPECT_EQ(page->model()->rowCount(), 3) << "the redone session is shown again";
    EXPECT_FALSE(page->editor()->isDraft());
    EXPECT_EQ(page->statusText(),
              QStringLiteral("Redone: add 3 sets of Deadlift. Ctrl+Z takes it back again."))
        << "the undo's news is old once it is redone";

    // A new line after an undo replaces the undone one: that is the page's news, not a redo.
    press(Qt::Key_Z, Qt::ControlModifier);
    page->quickEntry()->lineEdit()->setFocus();
    type(QStringLiteral("Deadlift 100x5, 120x5, 140x5@8 rest 3m"));
    press(Qt::Key_Return);
    EXPECT_EQ(page->statusText(), QStringLiteral("Added 3 sets of Deadlift; Ctrl+Z takes the line back."));
    EXPECT_FALSE(stack().canRedo());

    // Undone on another page: news there, not on the Log page's line.
    page->quickEntry()->lineEdit()->setFocus();
    type(QStringLiteral("Squat 100x5"));
    press(Qt::Key_Return);
    ASSERT_EQ(page->statusText(), QStringLiteral("Added 1 set of Back Squat; Ctrl+Z takes the line back."));
    window.showPage(MainWindow::History);
    stack().undo();
    window.showPage(MainWindow::Log);
    EXPECT_TRUE(page->statusText().isEmpty());
}

TEST_F(LogPageTest, LogsAWholeSessionWithTheKeyboardOnly)
{
    LogPage page(*m_ws);
    activate(page);
    SessionForm *form = page.form();
    form->startEdit()->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Return); // keep the date: on to the duration
    ASSERT_EQ(focused(), form->durationEdit());
    EXPECT_TRUE(sessions().isEmpty()) << "passing over a field changes nothing";
    type(QStringLiteral("75"));
    press(Qt::Key_Return);
    ASSERT_EQ(focused(), form->bodyweightEdit());
    type(QStringLiteral("82.5"));
    press(Qt::Key_Return);
    type(QStringLiteral("7"));
    press(Qt::Key_Return);
    ASSERT_EQ(focused(), form->warmupBox());
    press(Qt::Key_Space);
    press(Qt::Key_Return);
    ASSERT_EQ(focused(), form->titleEdit());
    type(QStringLiteral("Heavy lower"));
    press(Qt::Key_Tab);
    ASSERT_EQ(focused(), form->notesEdit());
    press(Qt::Key_Tab);
    ASSERT_EQ(focused(), page.quickEntry()->lineEdit()) << "form, then the quick line";

    type(QStringLiteral("Squat w60x5, 100x5@7"));
    press(Qt::Key_Return);
    press(Qt::Key_Return); // an empty line moves on to the grid
    ASSERT_EQ(focused(), page.view());
    EXPECT_EQ(page.view()->currentIndex(), page.model()->index(1, SetsModel::Weight));

    // Enter walks the cells; typing over one edits it.
    type(QStringLiteral("105"));
    press(Qt::Key_Return);
    EXPECT_EQ(page.view()->currentIndex(), page.model()->index(1, SetsModel::Reps));
    press(Qt::Key_Return);
    type(QStringLiteral("8.5"));
    press(Qt::Key_Return);
    EXPECT_EQ(page.view()->currentIndex(), page.model()->index(1, SetsModel::Rest));
    press(Qt::Key_Return); // past the last cell: a new row repeats the set before
    ASSERT_EQ(page.model()->rowCount(), 3);
    EXPECT_EQ(page.view()->currentIndex(), page.model()->index(2, SetsModel::Weight));
    type(QStringLiteral("110"));
    press(Qt::Key_Tab);
    EXPECT_TRUE(page.view()->isEditing()) << "Tab edits the next cell";
    EXPECT_EQ(page.view()->currentIndex(), page.model()->index(2, SetsModel::Reps));
    type(QStringLiteral("3"));
    press(Qt::Key_Return);
    type(QStringLiteral("9"));
    press(Qt::Key_Return);

    press(Qt::Key_D, Qt::ControlModifier); // duplicate the current set
    ASSERT_EQ(page.model()->rowCount(), 4);

    // Back to the first row's exercise: an alias resolves to the catalogue name.
    page.view()->setCurrentIndex(page.model()->index(0, SetsModel::Exercise));
    type(QStringLiteral("Front Squat"));
    press(Qt::Key_Return);
    EXPECT_EQ(page.view()->currentIndex(), page.model()->index(0, SetsModel::Kind));

    ASSERT_EQ(sessions().size(), 1);
    const Session s = sessions().first();
    EXPECT_EQ(s.durationMin, 75);
    EXPECT_EQ(s.bodyweight, Weight::fromKg(82.5));
    EXPECT_EQ(s.sessionRpe, 7.0);
    EXPECT_EQ(s.warmupDone, true);
    EXPECT_EQ(s.title, QStringLiteral("Heavy lower"));
    ASSERT_EQ(s.sets.size(), 4);
    const qint64 squat = exercise(QStringLiteral("Back Squat"));
    EXPECT_EQ(s.sets.at(0).exerciseId, exercise(QStringLiteral("Front Squat")));
    EXPECT_EQ(s.sets.at(0).kind, SetKind::Warmup);
    EXPECT_EQ(s.sets.at(1).weight, Weight::fromKg(105));
    EXPECT_EQ(s.sets.at(1).rpe, 8.5);
    EXPECT_EQ(s.sets.at(2).exerciseId, squat);
    EXPECT_EQ(s.sets.at(2).weight, Weight::fromKg(110));
    EXPECT_EQ(s.sets.at(2).reps, 3);
    EXPECT_EQ(s.sets.at(2).rpe, 9.0);
    EXPECT_EQ(s.sets.at(3).weight, Weight::fromKg(110)) << "Ctrl+D copied the set";
    EXPECT_EQ(s.sets.at(3).rpe, 9.0);

    // Tab walks the editable cells and leaves the grid after the last one.
    page.view()->setCurrentIndex(page.model()->index(3, SetsModel::Rpe));
    page.view()->setFocus();
    press(Qt::Key_Tab);
    EXPECT_EQ(page.view()->currentIndex(), page.model()->index(3, SetsModel::Rest));
    press(Qt::Key_Tab);
    EXPECT_NE(focused(), page.view()) << "no keyboard trap";
    press(Qt::Key_Backtab);
    ASSERT_EQ(focused(), page.view());

    page.view()->setCurrentIndex(page.model()->index(3, SetsModel::Weight));
    press(Qt::Key_Delete);
    EXPECT_EQ(sessions().first().sets.size(), 3);
    EXPECT_EQ(page.statusText(), QStringLiteral("Deleted 1 set; Ctrl+Z brings it back."));
}

TEST_F(LogPageTest, RefusedCellKeepsItsEditorAndSaysWhy)
{
    LogPage page(*m_ws);
    activate(page);
    page.quickEntry()->lineEdit()->setFocus();
    type(QStringLiteral("Bench Press 100x5@8"));
    press(Qt::Key_Return);
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.model()->index(0, SetsModel::Rpe));
    type(QStringLiteral("11"));
    press(Qt::Key_Return);
    EXPECT_EQ(page.statusText(), QStringLiteral("RPE must be between 1 and 10 in steps of 0.5; got 11"));
    EXPECT_TRUE(page.view()->isEditing()) << "the editor stays to be fixed";
    EXPECT_EQ(sessions().first().sets.first().rpe, 8.0);
    press(Qt::Key_Backspace);
    press(Qt::Key_Backspace);
    type(QStringLiteral("9"));
    press(Qt::Key_Return);
    EXPECT_EQ(sessions().first().sets.first().rpe, 9.0);
    EXPECT_TRUE(page.statusText().isEmpty());
}

TEST_F(LogPageTest, UnknownExerciseCanBeAddedAndTheLineCarriesOn)
{
    LogPage page(*m_ws);
    activate(page);
    page.quickEntry()->lineEdit()->setFocus();
    type(QStringLiteral("Zercher Squat 3x5 60kg"));
    EXPECT_TRUE(page.quickEntry()->previewText().startsWith(
        QStringLiteral("⚠ There is no exercise 'Zercher Squat' in the catalogue; did you mean")));
    press(Qt::Key_Return);
    NewExerciseBar *bar = page.newExerciseBar();
    ASSERT_TRUE(bar->isVisible());
    ASSERT_EQ(focused(), bar->kindBox());
    bar->kindBox()->setCurrentIndex(bar->kindBox()->findData(static_cast<int>(ExerciseKind::Main)));
    bar->addButton()->click();
    const auto added = ExerciseRepository(db()).find(QStringLiteral("Zercher Squat"));
    ASSERT_TRUE(added);
    EXPECT_EQ(added->kind, ExerciseKind::Main);
    ASSERT_EQ(sessions().size(), 1);
    EXPECT_EQ(sessions().first().sets.size(), 3);
    EXPECT_TRUE(page.quickEntry()->lineEdit()->text().isEmpty());
    stack().undo(); // the sets
    stack().undo(); // the exercise
    EXPECT_FALSE(ExerciseRepository(db()).find(QStringLiteral("Zercher Squat")));
}

TEST_F(LogPageTest, EnterTwiceAddsAnUnknownExerciseAsTheHintSays)
{
    LogPage page(*m_ws);
    activate(page);
    page.quickEntry()->lineEdit()->setFocus();
    type(QStringLiteral("Zercher Squat 3x5 60kg"));
    EXPECT_TRUE(
        page.quickEntry()->previewText().endsWith(QStringLiteral("Press Enter to add it to the catalogue.")));
    press(Qt::Key_Return);
    ASSERT_TRUE(page.newExerciseBar()->isVisible());
    press(Qt::Key_Return); // from the kind box, where the first Enter left the focus
    EXPECT_FALSE(page.newExerciseBar()->isVisible());
    const auto added = ExerciseRepository(db()).find(QStringLiteral("Zercher Squat"));
    ASSERT_TRUE(added) << "the second Enter did not add the exercise";
    EXPECT_EQ(added->kind, ExerciseKind::Accessory);
    ASSERT_EQ(sessions().size(), 1);
    EXPECT_EQ(sessions().first().sets.size(), 3);
    EXPECT_EQ(focused(), page.quickEntry()->lineEdit()) << "back to the line for the next exercise";

    type(QStringLiteral("Belt Squat 3x5 60kg"));
    press(Qt::Key_Return);
    ASSERT_TRUE(page.newExerciseBar()->isVisible());
    press(Qt::Key_Tab); // the Add button
    press(Qt::Key_Tab); // Cancel
    press(Qt::Key_Return);
    EXPECT_FALSE(page.newExerciseBar()->isVisible());
    EXPECT_FALSE(ExerciseRepository(db()).find(QStringLiteral("Belt Squat"))) << "Enter on Cancel cancels";
}

TEST_F(LogPageTest, RestTimerFillsTheNextSetsRest)
{
    LogPage page(*m_ws);
    activate(page);
    qint64 now = 1'000'000;
    RestTimer *timer = page.restTimer();
    timer->setClock([&now] { return now; });
    timer->setTarget(180);
    page.quickEntry()->lineEdit()->setFocus();
    type(QStringLiteral("Bench Press 100x5@8"));
    press(Qt::Key_Return);

    press(Qt::Key_T, Qt::ControlModifier);
    ASSERT_TRUE(timer->isRunning());
    now += 95'400;
    timer->tick();
    EXPECT_EQ(timer->displayText(), QStringLiteral("Rest 1:35 of 3:00"));
    now += 90'000;
    timer->tick();
    EXPECT_EQ(timer->displayText(), QStringLiteral("Rest 3:05 — ready for the next set"));
    type(QStringLiteral("100x5@8.5"));
    press(Qt::Key_Return);
    EXPECT_EQ(sessions().first().sets.at(1).restSeconds, 185);
    EXPECT_EQ(page.statusText(),
              QStringLiteral("Added 1 set of Bench Press; Ctrl+Z takes the line back. The rest "
                             "timer gave it 3:05 of rest."));
    EXPECT_FALSE(timer->isRunning()) << "the rest went to that set";
    EXPECT_EQ(page.model()->index(1, SetsModel::Rest).data().toString(), QStringLiteral("3:05"));

    // Planned sets: the rest goes to the set after the one the timer was started on.
    type(QStringLiteral("Bench Press 2x5 90kg"));
    press(Qt::Key_Return);
    page.view()->setCurrentIndex(page.model()->index(2, SetsModel::Rpe));
    timer->start();
    now += 150'000;
    page.model()->setData(page.model()->index(3, SetsModel::Rpe), QStringLiteral("8"));
    EXPECT_EQ(sessions().first().sets.at(3).restSeconds, 150);
    EXPECT_EQ(sessions().first().sets.at(3).rpe, 8.0);
    EXPECT_EQ(page.statusText(), QStringLiteral("Set 4 got 2:30 of rest from the rest timer."));
}

TEST_F(LogPageTest, EditSessionLoadsAStoredSessionFromHistory)
{
    const qint64 id = addPastSession(3, {{QStringLiteral("Deadlift"), 180, 3, 8.5}});
    Session stored = *SessionRepository(db()).get(id);
    stored.durationMin = 60;
    stored.bodyweight = Weight::fromKg(90);
    stored.notes = QStringLiteral("Felt quick");
    SessionRepository(db()).update(stored);

    MainWindow window(*m_ws);
    activate(window);
    window.showPage(MainWindow::History);
    emit window.historyPage()->openSession(id);
    EXPECT_EQ(window.currentPage(), MainWindow::Log);
    auto *page = window.findChild<LogPage *>();
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->editor()->session().id, id);
    EXPECT_TRUE(page->headingText().startsWith(QStringLiteral("Session of ")));
    EXPECT_EQ(page->form()->titleEdit()->text(), QStringLiteral("Earlier"));
    EXPECT_EQ(page->form()->durationEdit()->value(), 60);
    EXPECT_EQ(page->form()->bodyweightEdit()->text(), QStringLiteral("90"));
    EXPECT_EQ(page->form()->notesEdit()->toPlainText(), QStringLiteral("Felt quick"));
    EXPECT_EQ(page->form()->startEdit()->dateTime().date(), stored.start.date());
    ASSERT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(page->model()->index(0, SetsModel::Exercise).data().toString(), QStringLiteral("Deadlift"));
    EXPECT_EQ(page->model()->index(0, SetsModel::Weight).data().toString(), QStringLiteral("180"));
}

TEST_F(LogPageTest, SwitchingAthleteStartsTheirOwnDraft)
{
    LogPage page(*m_ws);
    activate(page);
    page.quickEntry()->lineEdit()->setFocus();
    type(QStringLiteral("Squat 100x5"));
    press(Qt::Key_Return);
    Athlete bob;
    bob.name = QStringLiteral("Bob");
    bob.unit = WeightUnit::Lb;
    AthleteRepository(db()).add(bob);
    m_ws->setCurrentAthlete(bob.id);
    EXPECT_TRUE(page.editor()->isDraft());
    EXPECT_EQ(page.editor()->session().athleteId, bob.id);
    EXPECT_EQ(page.model()->headerData(SetsModel::Weight, Qt::Horizontal).toString(),
              QStringLiteral("Weight (lb)"));
    type(QStringLiteral("Squat 225x5"));
    press(Qt::Key_Return);
    const auto bobs = SessionRepository(db()).list(bob.id);
    ASSERT_EQ(bobs.size(), 1);
    EXPECT_EQ(bobs.first().sets.first().weight, Weight::fromLb(225))
        << "bare loads are in the athlete's unit";
    EXPECT_EQ(page.model()->index(0, SetsModel::Weight).data().toString(), QStringLiteral("225"));
}

TEST_F(LogPageTest, CtrlNStartsAFreshDraftDatedNow)
{
    LogPage page(*m_ws);
    activate(page);
    page.quickEntry()->lineEdit()->setFocus();
    type(QStringLiteral("Squat 100x5"));
    press(Qt::Key_Return);
    page.form()->titleEdit()->setText(QStringLiteral("Old"));
    emit page.form()->titleEdit()->editingFinished();
    ASSERT_FALSE(page.editor()->isDraft());

    page.quickEntry()->lineEdit()->setFocus();
    press(Qt::Key_N, Qt::ControlModifier);
    EXPECT_TRUE(page.editor()->isDraft());
    EXPECT_EQ(page.model()->rowCount(), 0);
    EXPECT_TRUE(page.form()->titleEdit()->text().isEmpty());
    EXPECT_EQ(focused(), page.form()->firstField()) << "a new session starts at its date";
    EXPECT_EQ(sessions().size(), 1) << "the last one stays as it was saved";
    EXPECT_EQ(sessions().first().title, QStringLiteral("Old"));
}

TEST_F(LogPageTest, UnknownExerciseTypedInTheGridCanBeAdded)
{
    LogPage page(*m_ws);
    activate(page);
    page.quickEntry()->lineEdit()->setFocus();
    type(QStringLiteral("Squat 100x5"));
    press(Qt::Key_Return);
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.model()->index(0, SetsModel::Exercise));
    type(QStringLiteral("Belt Squat"));
    press(Qt::Key_Return);
    NewExerciseBar *bar = page.newExerciseBar();
    ASSERT_TRUE(bar->isVisible());
    EXPECT_TRUE(
        page.statusText().startsWith(QStringLiteral("There is no exercise 'Belt Squat' in the catalogue")));
    EXPECT_EQ(sessions().first().sets.first().exerciseId, exercise(QStringLiteral("Back Squat")));
    ASSERT_EQ(focused(), bar->kindBox());
    press(Qt::Key_Tab); // from the kind to the Add button
    ASSERT_EQ(focused(), bar->addButton());
    press(Qt::Key_Space);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_EQ(sessions().first().sets.first().exerciseId, exercise(QStringLiteral("Belt Squat")));
    EXPECT_EQ(page.model()->index(0, SetsModel::Exercise).data().toString(), QStringLiteral("Belt Squat"));
}
