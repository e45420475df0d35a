// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of edit goes through the one command layer: execute, undo, redo.
#include "commands/sessioncommands.h"
#include "commands/storecommand.h"
#include "commands/valuecommands.h"
#include "shell/changenotifier.h"
#include "shell/workspace.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/sessionrepository.h"
#include "workspacefixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace spotter;

namespace {

class Commands : public test::WorkspaceFixture
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WorkspaceFixture::SetUp());
        Athlete a;
        a.name = QStringLiteral("Ann");
        ASSERT_FALSE(m_ws->execute(new AddAthleteCommand(*m_ws, a, QStringLiteral("add athlete"))));
        m_athlete = *AthleteRepository(db()).findByName(QStringLiteral("Ann"));
        m_ws->undoStack()->clear();
    }
    Session session(const QString &when)
    {
        Session s;
        s.athleteId = m_athlete.id;
        s.start = *parseDateTime(when);
        WorkoutSet w;
        w.exerciseId = exercise(QStringLiteral("Deadlift"));
        w.weight = Weight::fromKg(140);
        w.reps = 5;
        s.sets = {w, w};
        return s;
    }
    qint64 sessions() { return SessionRepository(db()).count(m_athlete.id); }

    Athlete m_athlete;
};

} // namespace

TEST_F(Commands, AddEditDeleteSessionUndoRedo)
{
    QSignalSpy changed(m_ws->notifier(), &ChangeNotifier::sessionsChanged);
    auto *add = new AddSessionCommand(*m_ws, session(QStringLiteral("2026-11-01T18:00")));
    ASSERT_FALSE(m_ws->execute(add));
    const Session stored = add->session();
    EXPECT_EQ(sessions(), 1);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().first().toLongLong(), m_athlete.id);
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(stack().undoText(), QStringLiteral("log session"));

    Session edited = stored;
    edited.title = QStringLiteral("Heavy");
    edited.sets.removeLast();
    ASSERT_FALSE(m_ws->execute(new EditSessionCommand(*m_ws, stored, edited)));
    EXPECT_EQ(SessionRepository(db()).get(stored.id)->sets.size(), 1);
    stack().undo();
    EXPECT_EQ(SessionRepository(db()).get(stored.id)->sets.size(), 2);
    EXPECT_EQ(SessionRepository(db()).get(stored.id)->title, QString());
    stack().redo();
    EXPECT_EQ(SessionRepository(db()).get(stored.id)->title, QStringLiteral("Heavy"));

    SorenessReport r;
    r.athleteId = m_athlete.id;
    r.sessionId = stored.id;
    r.region = Region::LowerBack;
    r.noticedAt = *parseDateTime(u"2026-11-02T08:00");
    r.intensity = 3;
    ASSERT_FALSE(m_ws->execute(new AddSorenessCommand(*m_ws, r, QStringLiteral("report soreness"))));
    ASSERT_FALSE(m_ws->execute(new DeleteSessionCommand(*m_ws, stored.id)));
    EXPECT_EQ(sessions(), 0);
    EXPECT_EQ(SorenessRepository(db()).list(m_athlete.id).first().sessionId, std::nullopt);
    stack().undo();
    EXPECT_EQ(sessions(), 1);
    EXPECT_EQ(SessionRepository(db()).get(stored.id)->sets.size(), 1) << "restored with its sets";
    EXPECT_EQ(SorenessRepository(db()).list(m_athlete.id).first().sessionId, stored.id)
        << "and its soreness is attributed to it again";
    while (stack().canUndo())
        stack().undo();
    EXPECT_EQ(sessions(), 0);
    EXPECT_TRUE(SorenessRepository(db()).list(m_athlete.id).isEmpty());
    while (stack().canRedo())
        stack().redo();
    EXPECT_EQ(sessions(), 0) << "the last redo deletes the session again";
    EXPECT_EQ(SorenessRepository(db()).list(m_athlete.id).size(), 1);
}

TEST_F(Commands, SetEditsAreSavedOneByOneAndUndoable)
{
    auto *add = new AddSessionCommand(*m_ws, session(QStringLiteral("2026-11-01T18:00")));
    ASSERT_FALSE(m_ws->execute(add));
    const qint64 sessionId = add->session().id;
    WorkoutSet extra;
    extra.sessionId = sessionId;
    extra.exerciseId = exercise(QStringLiteral("Back Squat"));
    extra.weight = Weight::fromKg(100);
    extra.reps = 8;
    extra.position = 0;
    auto *addSet = new AddSetCommand(*m_ws, m_athlete.id, extra);
    ASSERT_FALSE(m_ws->execute(addSet));
    const WorkoutSet stored = addSet->set();
    EXPECT_EQ(SessionRepository(db()).get(sessionId)->sets.first().id, stored.id);

    WorkoutSet heavier = stored;
    heavier.weight = Weight::fromKg(110);
    ASSERT_FALSE(m_ws->execute(new EditSetCommand(*m_ws, m_athlete.id, stored, heavier)));
    EXPECT_EQ(SessionRepository(db()).getSet(stored.id)->weight, Weight::fromKg(110));
    stack().undo();
    EXPECT_EQ(SessionRepository(db()).getSet(stored.id)->weight, Weight::fromKg(100));
    stack().redo();

    ASSERT_FALSE(m_ws->execute(new RemoveSetCommand(*m_ws, m_athlete.id, heavier)));
    EXPECT_EQ(SessionRepository(db()).get(sessionId)->sets.size(), 2);
    stack().undo();
    const auto restored = SessionRepository(db()).get(sessionId);
    ASSERT_EQ(restored->sets.size(), 3);
    EXPECT_EQ(restored->sets.first().id, stored.id) << "back in its place, with its id";
    EXPECT_EQ(restored->sets.first().weight, Weight::fromKg(110));
}

TEST_F(Commands, AthleteAndExerciseEditsUndoRedo)
{
    QSignalSpy athletes(m_ws->notifier(), &ChangeNotifier::athletesChanged);
    Athlete renamed = m_athlete;
    renamed.name = QStringLiteral("Ann Lee");
    ASSERT_FALSE(m_ws->execute(new EditAthleteCommand(*m_ws, m_athlete, renamed, QStringLiteral("rename"))));
    EXPECT_EQ(AthleteRepository(db()).get(m_athlete.id)->name, QStringLiteral("Ann Lee"));
    stack().undo();
    EXPECT_EQ(AthleteRepository(db()).get(m_athlete.id)->name, QStringLiteral("Ann"));
    EXPECT_EQ(athletes.count(), 2);

    // Deleting an athlete takes everything; undo brings everything back.
    ASSERT_FALSE(m_ws->execute(new AddSessionCommand(*m_ws, session(QStringLiteral("2026-11-01T18:00")))));
    ASSERT_FALSE(m_ws->execute(new DeleteAthleteCommand(*m_ws, m_athlete)));
    EXPECT_EQ(AthleteRepository(db()).count(), 0);
    stack().undo();
    EXPECT_EQ(AthleteRepository(db()).count(), 1);
    EXPECT_EQ(sessions(), 1);
    EXPECT_EQ(SessionRepository(db()).list(m_athlete.id).first().sets.size(), 2);

    Exercise e;
    e.name = QStringLiteral("Jefferson Curl");
    e.loadsLowerBack = true;
    auto *addExercise = new AddExerciseCommand(*m_ws, e, QStringLiteral("add exercise"));
    ASSERT_FALSE(m_ws->execute(addExercise));
    const Exercise stored = addExercise->value();
    EXPECT_TRUE(ExerciseRepository(db()).find(QStringLiteral("jefferson curl")));
    ASSERT_FALSE(m_ws->execute(new DeleteExerciseCommand(*m_ws, stored, QStringLiteral("delete exercise"))));
    EXPECT_FALSE(ExerciseRepository(db()).find(QStringLiteral("jefferson curl")));
    stack().undo();
    stack().undo();
    EXPECT_FALSE(ExerciseRepository(db()).find(QStringLiteral("jefferson curl")));
    stack().redo();
    EXPECT_EQ(ExerciseRepository(db()).find(QStringLiteral("jefferson curl"))->id, stored.id);
}

TEST_F(Commands, AFailedEditIsReportedAndNotPushed)
{
    Athlete dup;
    dup.name = QStringLiteral("ann");
    const auto error = m_ws->execute(new AddAthleteCommand(*m_ws, dup, QStringLiteral("add athlete")));
    ASSERT_TRUE(error);
    EXPECT_EQ(*error, QStringLiteral("An athlete named 'Ann' already exists"));
    EXPECT_EQ(stack().count(), 0);

    const auto inUse =
        m_ws->execute(new AddSessionCommand(*m_ws, session(QStringLiteral("2026-11-01T18:00"))));
    ASSERT_FALSE(inUse);
    const Exercise deadlift = *ExerciseRepository(db()).find(QStringLiteral("Deadlift"));
    const auto refused = m_ws->execute(new DeleteExerciseCommand(*m_ws, deadlift, QStringLiteral("delete")));
    ASSERT_TRUE(refused);
    EXPECT_TRUE(refused->contains(QStringLiteral("is used by 2 logged sets"))) << refused->toStdString();
    EXPECT_EQ(stack().count(), 1);
}

TEST_F(Commands, ABatchLandsWholeAsOneUndoStep)
{
    auto *add = new AddSessionCommand(*m_ws, session(QStringLiteral("2026-11-01T18:00")));
    ASSERT_FALSE(m_ws->execute(add));
    const qint64 id = add->session().id;
    QList<Workspace::BatchStep> steps;
    for (int i = 0; i < 3; ++i) {
        steps.append([this, id, i]() -> StoreCommand * {
            WorkoutSet w;
            w.sessionId = id;
            w.exerciseId = exercise(QStringLiteral("Back Squat"));
            w.weight = Weight::fromKg(100 + i);
            w.reps = 5;
            w.position = 2 + i;
            return new AddSetCommand(*m_ws, m_athlete.id, w);
        });
    }
    steps.append([]() -> StoreCommand * { return nullptr; }); // a step may add nothing
    ASSERT_FALSE(m_ws->executeBatch(QStringLiteral("add 3 sets"), steps));
    EXPECT_EQ(SessionRepository(db()).get(id)->sets.size(), 5);
    EXPECT_EQ(stack().count(), 2);
    EXPECT_EQ(stack().undoText(), QStringLiteral("add 3 sets"));
    stack().undo();
    EXPECT_EQ(SessionRepository(db()).get(id)->sets.size(), 2);
    stack().redo();
    const Session after = *SessionRepository(db()).get(id);
    ASSERT_EQ(after.sets.size(), 5);
    EXPECT_EQ(after.sets.at(4).weight, Weight::fromKg(102));

    EXPECT_FALSE(m_ws->executeBatch(QStringLiteral("nothing"), {}));
    EXPECT_EQ(stack().count(), 2) << "an empty batch pushes nothing";
}

TEST_F(Commands, AFailingBatchTakesBackWhatItDidAndPushesNothing)
{
    // The rule for every batch edit (adding sets, removing sets, deleting sessions): a batch
    // lands whole or not at all, and the undo history does not change.
    auto *first = new AddSessionCommand(*m_ws, session(QStringLiteral("2026-11-01T18:00")));
    auto *second = new AddSessionCommand(*m_ws, session(QStringLiteral("2026-11-03T18:00")));
    ASSERT_FALSE(m_ws->execute(first));
    ASSERT_FALSE(m_ws->execute(second));
    const qint64 a = first->session().id;
    const qint64 b = second->session().id;
    const int pushed = stack().count();
    QSignalSpy changed(m_ws->notifier(), &ChangeNotifier::sessionsChanged);
    const QList<Workspace::BatchStep> steps{
        [this, a] { return new DeleteSessionCommand(*m_ws, a); },
        [this, b] { return new DeleteSessionCommand(*m_ws, b); },
        [this]() -> StoreCommand * {
            WorkoutSet orphan; // its session does not exist: the store refuses it
            orphan.sessionId = 987654;
            orphan.exerciseId = exercise(QStringLiteral("Deadlift"));
            orphan.reps = 1;
            return new AddSetCommand(*m_ws, m_athlete.id, orphan);
        }};
    const auto error = m_ws->executeBatch(QStringLiteral("delete 2 sessions"), steps);
    ASSERT_TRUE(error);
    EXPECT_FALSE(error->isEmpty());
    EXPECT_EQ(sessions(), 2) << "the two deletions were taken back";
    EXPECT_EQ(SessionRepository(db()).get(a)->sets.size(), 2);
    EXPECT_EQ(stack().count(), pushed);
    EXPECT_EQ(stack().undoText(), QStringLiteral("log session"));
    EXPECT_GE(changed.count(), 4) << "views heard of the deletions and of their undoing";
}
