// SPDX-License-Identifier: GPL-3.0-or-later
// After a GUI import of a Strong export, the workouts it repeats are offered as routines: listed
// with their session counts, created only when checked and asked for, and taken back by undo.
#include "dialogs/importdialog.h"
#include "dialogs/workoutroutinesoffer.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/routinerepository.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

bool waitFor(ImportDialog &dialog, ImportDialog::State state)
{
    QSignalSpy spy(&dialog, &ImportDialog::stateChanged);
    while (dialog.state() != state) {
        if (!spy.wait(60'000))
            return false;
    }
    return true;
}

class ImportRoutines : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_ws = std::make_unique<Workspace>(std::make_unique<Database>(m_dir.filePath(u"db.sqlite"_s)));
    }
    void TearDown() override { m_ws.reset(); }

    Database &db() { return m_ws->database(); }
    qint64 exercise(const QString &name) { return ExerciseRepository(db()).find(name)->id; }
    RoutineItem item(const QString &name, int sets, int reps, std::optional<double> rpe,
                     std::optional<double> kg = std::nullopt)
    {
        RoutineItem i;
        i.exerciseId = exercise(name);
        i.sets = sets;
        i.reps = reps;
        i.rpe = rpe;
        if (kg)
            i.weight = Weight::fromKg(*kg);
        return i;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

} // namespace

TEST_F(ImportRoutines, TheWorkoutsAStrongExportRepeatsBecomeRoutinesWhenCheckedAndUndoRemovesThem)
{
    ImportDialog dialog(*m_ws);
    dialog.setAthlete(u"Cy"_s);
    dialog.setFile(QStringLiteral(SPOTTER_TEST_DATA_DIR "/import/strong_routines.csv"));
    ASSERT_TRUE(waitFor(dialog, ImportDialog::State::Ready)) << dialog.summaryText().toStdString();
    WorkoutRoutinesOffer *offer = dialog.routineOffer();
    EXPECT_TRUE(offer->isHidden()) << "nothing is offered before the import";
    dialog.startImport();
    ASSERT_TRUE(waitFor(dialog, ImportDialog::State::Done)) << dialog.summaryText().toStdString();
    const auto cy = AthleteRepository(db()).findByName(u"Cy"_s);
    ASSERT_TRUE(cy);

    // Offered, most frequent first, none checked and nothing created yet; "Once" is done once.
    EXPECT_FALSE(offer->isHidden());
    QListWidget *list = offer->list();
    ASSERT_EQ(list->count(), 2);
    EXPECT_EQ(list->item(0)->text(), u"Push Day (3 sessions)"_s);
    EXPECT_EQ(list->item(1)->text(), u"Leg Day (2 sessions)"_s);
    for (int i = 0; i < list->count(); ++i)
        EXPECT_EQ(list->item(i)->checkState(), Qt::Unchecked);
    EXPECT_FALSE(offer->createButton()->isEnabled());
    EXPECT_TRUE(RoutineRepository(db()).list().isEmpty()) << "nothing is created before the user asks";
    const int undoBefore = m_ws->undoStack()->count();

    list->item(0)->setCheckState(Qt::Checked);
    list->item(1)->setCheckState(Qt::Checked);
    ASSERT_TRUE(offer->createButton()->isEnabled());
    QSignalSpy created(offer, &WorkoutRoutinesOffer::created);
    offer->createButton()->click();
    ASSERT_EQ(created.size(), 1);
    EXPECT_EQ(created.first().first().toStringList(), (QStringList{u"Push Day"_s, u"Leg Day"_s}));
    EXPECT_EQ(list->count(), 0) << "what was created is no longer offered";
    EXPECT_EQ(offer->statusText(), u"Created routines: Push Day, Leg Day. Edit → Undo takes them back."_s);

    // Each routine is the workout's latest session, assigned to the athlete.
    const auto push = RoutineRepository(db()).findByName(u"Push Day"_s);
    ASSERT_TRUE(push);
    EXPECT_EQ(push->items,
              (QList<RoutineItem>{item(u"Bench Press"_s, 3, 5, 8.0),
                                  item(u"Dumbbell Shoulder Press"_s, 2, 10, std::nullopt, 20.0)}));
    EXPECT_EQ(push->athleteIds, QList<qint64>{cy->id});
    const auto legs = RoutineRepository(db()).findByName(u"Leg Day"_s);
    ASSERT_TRUE(legs);
    EXPECT_EQ(legs->items,
              (QList<RoutineItem>{item(u"Back Squat"_s, 2, 5, 8.0), item(u"Deadlift"_s, 1, 3, 8.0)}));
    EXPECT_EQ(legs->athleteIds, QList<qint64>{cy->id});

    // One undo step takes both back; redo brings them again.
    ASSERT_EQ(m_ws->undoStack()->count(), undoBefore + 1);
    EXPECT_EQ(m_ws->undoStack()->undoText(), u"create 2 routines from workouts"_s);
    m_ws->undoStack()->undo();
    EXPECT_TRUE(RoutineRepository(db()).list().isEmpty());
    m_ws->undoStack()->redo();
    EXPECT_EQ(RoutineRepository(db()).list().size(), 2);
}

TEST_F(ImportRoutines, OnlyTheCheckedWorkoutsAreCreatedAndTakenNamesAreNotOffered)
{
    Routine existing;
    existing.name = u"leg day"_s; // names compare without case
    existing.items = {item(u"Back Squat"_s, 1, 5, 8.0)};
    RoutineRepository(db()).add(existing);
    ImportDialog dialog(*m_ws);
    dialog.setAthlete(u"Cy"_s);
    dialog.setFile(QStringLiteral(SPOTTER_TEST_DATA_DIR "/import/strong_routines.csv"));
    ASSERT_TRUE(waitFor(dialog, ImportDialog::State::Ready));
    dialog.startImport();
    ASSERT_TRUE(waitFor(dialog, ImportDialog::State::Done));
    QListWidget *list = dialog.routineOffer()->list();
    ASSERT_EQ(list->count(), 1);
    EXPECT_EQ(list->item(0)->text(), u"Push Day (3 sessions)"_s);
    EXPECT_EQ(dialog.routineOffer()->createChecked(), std::nullopt) << "none checked: nothing to do";
    EXPECT_EQ(RoutineRepository(db()).list().size(), 1);
}

} // namespace spotter
