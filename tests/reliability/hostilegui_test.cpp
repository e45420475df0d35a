// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile names typed into the athlete dialog and saved through the command layer show
// verbatim in the athlete switcher, the name label and the History page's model: no text is
// read as HTML, no %1 is filled in, nothing is trimmed or reordered.
#include "commands/valuecommands.h"
#include "dialogs/athletedialog.h"
#include "hostilestrings.h"
#include "models/historymodel.h"
#include "shell/mainwindow.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/sessionrepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

class HostileGui : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_ws = std::make_unique<Workspace>(std::make_unique<Database>(m_dir.filePath(u"db.sqlite"_s)));
    }

    /// Types @p name into a new athlete dialog (as a paste), presses OK and saves the result
    /// through the command layer, as File › New athlete does.
    void addThroughTheDialog(const QString &name)
    {
        AthleteDialog dialog(Athlete{});
        QLineEdit *nameField = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->placeholderText().startsWith(u"Name"_s))
                nameField = edit;
        }
        ASSERT_NE(nameField, nullptr);
        nameField->setText(name);
        dialog.accept();
        ASSERT_EQ(dialog.result(), QDialog::Accepted) << name.toStdString();
        const auto error = m_ws->execute(new AddAthleteCommand(*m_ws, dialog.athlete(), u"add athlete"_s));
        ASSERT_FALSE(error) << error->toStdString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

TEST_F(HostileGui, TheSwitcherListsEveryNameInNfc)
{
    MainWindow window(*m_ws);
    window.show();
    for (const QString &name : hostileNames())
        addThroughTheDialog(name);
    QComboBox *switcher = window.athleteSwitcher();
    QStringList shown;
    for (int i = 0; i < switcher->count(); ++i)
        shown.append(switcher->itemText(i));
    // Names are stored in Unicode NFC (the combining-marks one changes); found either way.
    QStringList expected;
    for (const QString &name : hostileNames())
        expected.append(name.normalized(QString::NormalizationForm_C));
    shown.sort();
    expected.sort();
    EXPECT_EQ(shown, expected);
    for (const QString &name : hostileNames()) {
        const QString nfc = name.normalized(QString::NormalizationForm_C);
        const auto stored = AthleteRepository(m_ws->database()).findByName(name);
        ASSERT_TRUE(stored) << name.toStdString();
        EXPECT_EQ(stored->name, nfc);
        switcher->setCurrentIndex(switcher->findData(stored->id));
        EXPECT_EQ(switcher->currentText(), nfc);
        EXPECT_EQ(window.windowTitle(), nfc + u" — Spotter"_s);
    }
}

TEST_F(HostileGui, TheNameLabelShowsMarkupAsText)
{
    const QString name = u"<b>bold</b> & <img src=\"x.png\"> %1"_s;
    MainWindow window(*m_ws);
    window.show();
    addThroughTheDialog(name);
    int labels = 0;
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->text() != name)
            continue;
        ++labels;
        EXPECT_EQ(label->textFormat(), Qt::PlainText) << "a name must never be read as HTML";
    }
    EXPECT_EQ(labels, 1) << "one athlete: the toolbar shows the name instead of a switcher";
}

TEST_F(HostileGui, TheHistoryModelShowsTitlesExercisesAndNotesVerbatim)
{
    Database &db = m_ws->database();
    Athlete athlete;
    athlete.name = hostileNames().first();
    AthleteRepository(db).add(athlete);
    const QStringList names = hostileNames();
    for (int i = 0; i < names.size(); ++i) {
        Exercise e;
        e.name = names.at(i);
        e.kind = ExerciseKind::Main;
        ExerciseRepository(db).add(e);
        Session s;
        s.athleteId = athlete.id;
        s.start = QDateTime(QDate(2025, 1, 1).addDays(i), QTime(18, 0));
        s.title = names.at(i);
        s.notes = hostileNotes();
        WorkoutSet set;
        set.exerciseId = e.id;
        set.weight = Weight::fromKg(100);
        set.reps = 5;
        set.notes = hostileNotes();
        s.sets = {set};
        SessionRepository(db).add(s);
    }
    HistoryModel model(*m_ws);
    model.setAthlete(athlete.id);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), names.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        // Newest first.
        const QString name = names.at(names.size() - 1 - row);
        // Titles verbatim; exercise names as stored, in Unicode NFC.
        const QString exercise = name.normalized(QString::NormalizationForm_C);
        EXPECT_EQ(model.data(model.index(row, HistoryModel::Title)).toString(), name);
        EXPECT_EQ(model.data(model.index(row, HistoryModel::Exercises)).toString(), exercise);
        EXPECT_TRUE(
            model.data(model.index(row, HistoryModel::TopSet)).toString().startsWith(exercise + u' '));
        EXPECT_EQ(model.data(model.index(row, HistoryModel::Title), Qt::ToolTipRole).toString(),
                  hostileNotes());
    }
}

} // namespace
} // namespace spotter::test
