// SPDX-License-Identifier: GPL-3.0-or-later
// Every edit on the Log page is one undoable command, and e1RM and intensity follow the sets.
#include "commands/sessioncommands.h"
#include "forms/sessioneditor.h"
#include "forms/sessionform.h"
#include "forms/setsview.h"
#include "logfixture.h"
#include "models/setsmodel.h"
#include "pages/logpage.h"
#include "widgets/intensitysummary.h"
#include "widgets/quickentryline.h"

#include <QLineEdit>

using namespace spotter;
using spotter::test::LogFixture;

namespace {

class LogEdits : public LogFixture
{
protected:
    void addLine(LogPage &page, const QString &line)
    {
        page.quickEntry()->lineEdit()->setText(line);
        emit page.quickEntry()->lineEdit()->returnPressed();
        ASSERT_TRUE(page.quickEntry()->lineEdit()->text().isEmpty())
            << page.quickEntry()->previewText().toStdString();
    }
    QList<WorkoutSet> storedSets()
    {
        return sessions().isEmpty() ? QList<WorkoutSet>() : sessions().first().sets;
    }
    static QString cell(const LogPage &page, int row, int column)
    {
        return page.model()->index(row, column).data().toString();
    }
};

} // namespace

TEST_F(LogEdits, SetAddEditRemoveUndoRedo)
{
    LogPage page(*m_ws);
    addLine(page, QStringLiteral("Bench Press 100x5@8"));
    addLine(page, QStringLiteral("102.5x5@8.5"));
    ASSERT_EQ(storedSets().size(), 2);

    // Edit through the model, as the grid's editor does.
    ASSERT_TRUE(page.model()->setData(page.model()->index(1, SetsModel::Reps), QStringLiteral("4")));
    EXPECT_EQ(storedSets().at(1).reps, 4);
    EXPECT_EQ(stack().undoText(), QStringLiteral("edit set"));
    stack().undo();
    EXPECT_EQ(storedSets().at(1).reps, 5);
    EXPECT_EQ(cell(page, 1, SetsModel::Reps), QStringLiteral("5")) << "the grid follows the undo";
    stack().redo();
    EXPECT_EQ(cell(page, 1, SetsModel::Reps), QStringLiteral("4"));

    page.view()->selectRow(0);
    page.removeSelected();
    ASSERT_EQ(storedSets().size(), 1);
    EXPECT_EQ(cell(page, 0, SetsModel::Weight), QStringLiteral("102.5"));
    stack().undo();
    ASSERT_EQ(storedSets().size(), 2);
    EXPECT_EQ(storedSets().at(0).weight, Weight::fromKg(100));
    EXPECT_EQ(cell(page, 0, SetsModel::Weight), QStringLiteral("100"));
    stack().redo();
    EXPECT_EQ(page.model()->rowCount(), 1);
    stack().undo();

    // Adding one set (the grid's repeat) is its own step too.
    page.repeatLast();
    ASSERT_EQ(storedSets().size(), 3);
    EXPECT_EQ(storedSets().at(2).weight, Weight::fromKg(102.5));
    EXPECT_EQ(storedSets().at(2).reps, 4);
    EXPECT_FALSE(storedSets().at(2).rpe) << "how hard it felt is the new set's own";
    stack().undo();
    EXPECT_EQ(storedSets().size(), 2);
    EXPECT_EQ(page.model()->rowCount(), 2);
    stack().redo();
    EXPECT_EQ(page.model()->rowCount(), 3);

    // Several selected sets go in one step and come back in their places.
    page.view()->selectionModel()->clearSelection();
    page.view()->selectRow(0);
    page.view()->selectionModel()->select(page.model()->index(2, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    page.removeSelected();
    ASSERT_EQ(storedSets().size(), 1);
    stack().undo();
    const QList<WorkoutSet> back = storedSets();
    ASSERT_EQ(back.size(), 3);
    EXPECT_EQ(back.at(0).weight, Weight::fromKg(100));
    EXPECT_EQ(back.at(1).reps, 4);
    EXPECT_EQ(back.at(2).position, 2);
}

TEST_F(LogEdits, HeaderEditUndoRedoKeepsTheSets)
{
    LogPage page(*m_ws);
    addLine(page, QStringLiteral("Deadlift 140x5"));
    QLineEdit *title = page.form()->titleEdit();
    title->setText(QStringLiteral("Pulls"));
    emit title->editingFinished();
    ASSERT_EQ(sessions().first().title, QStringLiteral("Pulls"));
    EXPECT_EQ(stack().undoText(), QStringLiteral("edit session"));
    page.form()->bodyweightEdit()->setText(QStringLiteral("180lb"));
    emit page.form()->bodyweightEdit()->editingFinished();
    EXPECT_EQ(sessions().first().bodyweight, Weight::fromLb(180));
    EXPECT_EQ(page.form()->bodyweightEdit()->text(), QStringLiteral("81.65"))
        << "shown in the athlete's unit";

    stack().undo();
    EXPECT_FALSE(sessions().first().bodyweight);
    EXPECT_TRUE(page.form()->bodyweightEdit()->text().isEmpty());
    stack().undo();
    EXPECT_TRUE(sessions().first().title.isEmpty());
    EXPECT_TRUE(title->text().isEmpty()) << "the form follows the undo";
    EXPECT_EQ(sessions().first().sets.size(), 1);
    stack().redo();
    EXPECT_EQ(title->text(), QStringLiteral("Pulls"));
    EXPECT_EQ(sessions().first().sets.size(), 1);

    page.form()->bodyweightEdit()->setText(QStringLiteral("heavy"));
    emit page.form()->bodyweightEdit()->editingFinished();
    EXPECT_EQ(page.statusText(),
              QStringLiteral("Enter bodyweight as a number such as 82.5, or 180lb; got 'heavy'"));
    page.form()->bodyweightEdit()->setText(QStringLiteral("12"));
    emit page.form()->bodyweightEdit()->editingFinished();
    EXPECT_EQ(page.statusText(), QStringLiteral("Bodyweight must be between 20 and 400 kg; got 12 kg"));
    EXPECT_FALSE(sessions().first().bodyweight);
}

TEST_F(LogEdits, AHeaderEditAloneSavesTheDraft)
{
    LogPage page(*m_ws);
    page.form()->titleEdit()->setText(QStringLiteral("Easy day"));
    emit page.form()->titleEdit()->editingFinished();
    ASSERT_EQ(sessions().size(), 1);
    EXPECT_FALSE(page.editor()->isDraft());
    EXPECT_TRUE(page.headingText().startsWith(QStringLiteral("Session of ")));
    stack().undo();
    EXPECT_TRUE(sessions().isEmpty());
    EXPECT_TRUE(page.editor()->isDraft());
    EXPECT_EQ(page.form()->titleEdit()->text(), QStringLiteral("Easy day")) << "what was typed stays";
    stack().redo();
    EXPECT_FALSE(page.editor()->isDraft());
}

TEST_F(LogEdits, LiveE1rmAndIntensityBadges)
{
    LogPage page(*m_ws);
    addLine(page, QStringLiteral("Bench Press 100x5@8"));
    EXPECT_EQ(cell(page, 0, SetsModel::E1rm), QStringLiteral("123.3")) << "81.1% on the RTS chart";
    EXPECT_EQ(cell(page, 0, SetsModel::Intensity), QStringLiteral("Training"));
    EXPECT_EQ(page.summary()->classText().left(18), QStringLiteral("Training session —"));

    addLine(page, QStringLiteral("Squat 180x1@10"));
    EXPECT_EQ(cell(page, 1, SetsModel::E1rm), QStringLiteral("180"));
    EXPECT_EQ(cell(page, 1, SetsModel::Intensity), QStringLiteral("Testing"));
    EXPECT_EQ(page.model()->index(1, SetsModel::Intensity).data(SetsModel::IntensityClassRole).toInt(),
              static_cast<int>(IntensityClass::Testing));
    EXPECT_EQ(page.summary()->classText(),
              QStringLiteral("Testing session — That set was a max effort. (IS-01, IR-01, IR-02)"));

    // Editing the RPE changes the badge as soon as it is committed.
    ASSERT_TRUE(page.model()->setData(page.model()->index(1, SetsModel::Rpe), QStringLiteral("8")));
    EXPECT_EQ(cell(page, 1, SetsModel::Intensity), QStringLiteral("Training"));
    EXPECT_EQ(cell(page, 1, SetsModel::E1rm), QStringLiteral("195.2"));

    addLine(page, QStringLiteral("Bicep Curl 20x12"));
    EXPECT_TRUE(cell(page, 2, SetsModel::E1rm).isEmpty()) << "no e1RM from more than 10 reps";
    EXPECT_TRUE(cell(page, 2, SetsModel::Intensity).isEmpty()) << "nothing known, nothing guessed";
}

TEST_F(LogEdits, BaselinesFromTheWeeksBeforeGivePercentagesAndPrs)
{
    addPastSession(7, {{QStringLiteral("Bench Press"), 100, 5, 8}}); // e1RM 123.3
    LogPage page(*m_ws);
    addLine(page, QStringLiteral("Bench Press 115x2@8"));
    // 115 / 123.3 = 93%: a heavy double is hard (IR-05), not a test.
    EXPECT_EQ(cell(page, 0, SetsModel::Intensity), QStringLiteral("Hard"));
    EXPECT_TRUE(page.model()
                    ->index(0, SetsModel::E1rm)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("The load is 93% of the best e1RM")));
    EXPECT_EQ(cell(page, 0, SetsModel::E1rm), QStringLiteral("★ 128.9")) << "beats the best ever";
    EXPECT_EQ(page.summary()->notesText(),
              QStringLiteral("★ New best e1RM for Bench Press: 128.9 kg (best before: 123.3 kg)"));

    addLine(page, QStringLiteral("Bench Press 120x1@8"));
    EXPECT_EQ(cell(page, 1, SetsModel::Intensity), QStringLiteral("Testing")) << "a single at 97% (IR-02)";
}

TEST_F(LogEdits, AChangeToAnotherSessionRefreshesTheBaselines)
{
    LogPage page(*m_ws);
    addLine(page, QStringLiteral("Bench Press 115x2@8"));
    EXPECT_EQ(cell(page, 0, SetsModel::Intensity), QStringLiteral("Training")) << "no history yet";
    Session earlier;
    earlier.athleteId = m_athlete.id;
    earlier.start = page.editor()->session().start.addDays(-7);
    WorkoutSet w;
    w.exerciseId = exercise(QStringLiteral("Bench Press"));
    w.weight = Weight::fromKg(100);
    w.reps = 5;
    w.rpe = 8;
    earlier.sets = {w};
    ASSERT_FALSE(m_ws->execute(new AddSessionCommand(*m_ws, earlier))); // as History or an import would
    EXPECT_EQ(cell(page, 0, SetsModel::Intensity), QStringLiteral("Hard")) << "93% of the new baseline";
    stack().undo();
    EXPECT_EQ(cell(page, 0, SetsModel::Intensity), QStringLiteral("Training"));
}
