// SPDX-License-Identifier: GPL-3.0-or-later
// The everyday-logging tables: routines with items and assignments, plate sets, personal records
// and last time's sets, and the migration that adds them.
#include "backendtest.h"
#include "store/athleterepository.h"
#include "store/exerciserepository.h"
#include "store/lasttimerepository.h"
#include "store/platerepository.h"
#include "store/query.h"
#include "store/recordrepository.h"
#include "store/routinerepository.h"
#include "store/sessionrepository.h"
#include "store/storeerror.h"
#include "testutil.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

class Logging : public BackendTest
{
protected:
    Athlete athlete(const QString &name)
    {
        Athlete a;
        a.name = name;
        AthleteRepository(db()).add(a);
        return a;
    }
    qint64 exercise(const QString &name) { return ExerciseRepository(db()).find(name)->id; }
    Routine heavyLower(QList<qint64> athletes = {})
    {
        Routine r;
        r.name = QStringLiteral("Heavy lower");
        r.notes = QStringLiteral("week A");
        RoutineItem squat;
        squat.exerciseId = exercise(QStringLiteral("Back Squat"));
        squat.sets = 3;
        squat.reps = 5;
        squat.rpe = 8;
        squat.restSeconds = 180;
        RoutineItem warmup = squat;
        warmup.kind = SetKind::Warmup;
        warmup.sets = 2;
        warmup.rpe.reset();
        warmup.weight = Weight::fromKg(60);
        RoutineItem deadlift;
        deadlift.exerciseId = exercise(QStringLiteral("Deadlift"));
        deadlift.sets = 1;
        deadlift.reps = 5;
        deadlift.pctE1rm = 75;
        r.items = {warmup, squat, deadlift};
        r.athleteIds = std::move(athletes);
        return r;
    }
    Session session(qint64 athleteId, const QString &when, QList<WorkoutSet> sets)
    {
        Session s;
        s.athleteId = athleteId;
        s.start = *parseDateTime(when);
        s.sets = std::move(sets);
        SessionRepository(db()).add(s);
        return s;
    }
    WorkoutSet set(const QString &exerciseName, double kg, int reps, std::optional<double> rpe = {})
    {
        WorkoutSet w;
        w.exerciseId = exercise(exerciseName);
        w.weight = Weight::fromKg(kg);
        w.reps = reps;
        w.rpe = rpe;
        return w;
    }
};

TEST_P(Logging, RoutinesRoundTripWithItemsAndAssignments)
{
    const Athlete ann = athlete(QStringLiteral("Ann"));
    const Athlete bo = athlete(QStringLiteral("Bo"));
    RoutineRepository routines(db());
    Routine r = heavyLower({bo.id, ann.id, ann.id});
    routines.add(r);
    ASSERT_GT(r.id, 0);
    const auto stored = routines.get(r.id);
    ASSERT_TRUE(stored);
    Routine expected = r;
    expected.athleteIds = {ann.id, bo.id};
    EXPECT_EQ(*stored, expected);
    EXPECT_EQ(routines.findByName(QStringLiteral("heavy  LOWER"))->id, r.id);
    EXPECT_EQ(routines.list(ann.id).size(), 1);

    Routine upper = heavyLower({bo.id});
    upper.name = QStringLiteral("Upper");
    routines.add(upper);
    EXPECT_EQ(routines.list().size(), 2);
    EXPECT_EQ(routines.list(ann.id).size(), 1);
    EXPECT_EQ(routines.list(bo.id).size(), 2);

    // Rename, change the items and the athletes.
    Routine renamed = *stored;
    renamed.name = QStringLiteral("Lower A");
    renamed.items.removeFirst();
    renamed.athleteIds = {bo.id};
    routines.update(renamed);
    EXPECT_EQ(*routines.get(r.id), renamed);
    EXPECT_TRUE(routines.list(ann.id).isEmpty());

    // Names are unique regardless of case; a bad item is refused whole.
    Routine clash = heavyLower();
    clash.name = QStringLiteral("UPPER");
    EXPECT_THROW(routines.add(clash), StoreError);
    Routine bad = heavyLower();
    bad.name = QStringLiteral("Bad");
    bad.items[1].rpe = 11;
    try {
        routines.add(bad);
        FAIL();
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::Invalid);
        EXPECT_EQ(e.message(),
                  QStringLiteral("item 2: RPE must be between 1 and 10 in steps of 0.5; got 11"));
    }
    EXPECT_FALSE(routines.findByName(QStringLiteral("Bad")));

    // Removing keeps the id free for undo, which adds it back the same.
    routines.remove(r.id);
    EXPECT_FALSE(routines.get(r.id));
    routines.add(renamed);
    EXPECT_EQ(*routines.get(r.id), renamed);
}

// Two people edit one routine (a coach and an assistant on a team server, or two windows): the
// edit made from an older reading is refused, and nothing of the first is lost.
TEST_P(Logging, AnEditOfARoutineChangedSinceItWasReadIsRefused)
{
    const Athlete ann = athlete(QStringLiteral("Ann"));
    RoutineRepository routines(db());
    Routine r = heavyLower({ann.id});
    routines.add(r);
    Routine first = *routines.get(r.id);
    Routine second = first;
    first.notes = QStringLiteral("first");
    routines.update(first);
    EXPECT_EQ(first.version, second.version + 1);
    second.notes = QStringLiteral("second");
    second.items.removeLast();
    try {
        routines.update(second);
        ADD_FAILURE() << "a stale edit overwrote the routine";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::Conflict);
        EXPECT_TRUE(e.message().contains(QStringLiteral("changed by someone else")))
            << e.message().toStdString();
    }
    EXPECT_EQ(*routines.get(r.id), first);
    // Read again, the edit goes through.
    second = *routines.get(r.id);
    second.notes = QStringLiteral("second");
    routines.update(second);
    EXPECT_EQ(routines.get(r.id)->notes, QStringLiteral("second"));
}

TEST_P(Logging, AnExerciseInARoutineCannotBeDeleted)
{
    Exercise e;
    e.name = QStringLiteral("Zercher Squat");
    e.kind = ExerciseKind::Main;
    ExerciseRepository(db()).add(e);
    Routine r = heavyLower();
    r.items[2].exerciseId = e.id;
    RoutineRepository(db()).add(r);
    try {
        ExerciseRepository(db()).remove(e.id);
        FAIL();
    } catch (const StoreError &error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::InUse);
        EXPECT_EQ(error.message(),
                  QStringLiteral("'Zercher Squat' is part of 1 routine and cannot be deleted"));
    }
}

TEST_P(Logging, PlateSets)
{
    Athlete lb;
    lb.name = QStringLiteral("Cy");
    lb.unit = WeightUnit::Lb;
    AthleteRepository(db()).add(lb);
    PlateRepository plates(db());
    EXPECT_FALSE(plates.get(lb.id));
    EXPECT_EQ(plates.getOrDefault(lb.id), PlateSet::defaults(WeightUnit::Lb));
    PlateSet mine = PlateSet::defaults(WeightUnit::Kg);
    mine.bar = 15;
    mine.collar = 2.5;
    mine.plates.append({0.5, 4});
    plates.set(lb.id, mine);
    EXPECT_EQ(plates.get(lb.id), mine);
    mine.bar = -1;
    EXPECT_THROW(plates.set(lb.id, mine), StoreError);
    plates.remove(lb.id);
    EXPECT_FALSE(plates.get(lb.id));
}

TEST_P(Logging, RecordsAreKeptWithTheirSetsAndGoWithThem)
{
    const Athlete ann = athlete(QStringLiteral("Ann"));
    Session s =
        session(ann.id, QStringLiteral("2026-03-02T18:00"),
                {set(QStringLiteral("Back Squat"), 100, 5), set(QStringLiteral("Back Squat"), 140, 3, 9)});
    PersonalRecord r;
    r.exerciseId = s.sets[1].exerciseId;
    r.setId = s.sets[1].id;
    r.kind = RecordKind::E1rm;
    r.weight = Weight::fromKg(140);
    r.reps = 3;
    r.e1rm = Weight::fromKg(157);
    r.previousE1rm = Weight::fromKg(150);
    r.testing = true;
    RecordRepository records(db());
    records.replaceForSession(ann.id, s.id, {r});
    r.sessionId = s.id;
    r.setIndex = 1;
    EXPECT_EQ(records.forSession(s.id), QList<PersonalRecord>{r});
    EXPECT_EQ(records.forSessions({s.id, 999}).value(s.id), QList<PersonalRecord>{r});
    EXPECT_EQ(records.forAthlete(ann.id).size(), 1);
    records.replaceForSession(ann.id, s.id, {});
    EXPECT_TRUE(records.forSession(s.id).isEmpty());

    // Deleting the session takes its records; undo brings them back with it.
    records.replaceForSession(ann.id, s.id, {r});
    SessionRepository sessions(db());
    const auto snapshot = sessions.removeWithSnapshot(s.id);
    EXPECT_TRUE(records.forAthlete(ann.id).isEmpty());
    sessions.restore(*snapshot);
    EXPECT_EQ(records.forSession(s.id), QList<PersonalRecord>{r});
    // A removed set takes its record.
    sessions.removeSet(s.sets[1].id);
    EXPECT_TRUE(records.forSession(s.id).isEmpty());
}

TEST_P(Logging, DeletingAnAthleteAndUndoingKeepsAssignmentsPlatesAndRecords)
{
    const Athlete ann = athlete(QStringLiteral("Ann"));
    Routine r = heavyLower({ann.id});
    RoutineRepository(db()).add(r);
    PlateSet plates = PlateSet::defaults(WeightUnit::Kg);
    plates.bar = 15;
    PlateRepository(db()).set(ann.id, plates);
    Session s =
        session(ann.id, QStringLiteral("2026-03-02T18:00"), {set(QStringLiteral("Back Squat"), 100, 5)});
    PersonalRecord pr;
    pr.exerciseId = s.sets[0].exerciseId;
    pr.setId = s.sets[0].id;
    pr.kind = RecordKind::Reps;
    pr.reps = 5;
    pr.previousReps = 3;
    RecordRepository(db()).replaceForSession(ann.id, s.id, {pr});

    AthleteRepository athletes(db());
    const auto snapshot = athletes.removeWithSnapshot(ann.id);
    ASSERT_TRUE(snapshot);
    EXPECT_TRUE(RoutineRepository(db()).get(r.id)->athleteIds.isEmpty());
    EXPECT_FALSE(PlateRepository(db()).get(ann.id));
    athletes.restore(*snapshot);
    EXPECT_EQ(RoutineRepository(db()).get(r.id)->athleteIds, QList<qint64>{ann.id});
    EXPECT_EQ(PlateRepository(db()).get(ann.id), plates);
    EXPECT_EQ(RecordRepository(db()).forSession(s.id).size(), 1);
}

TEST_P(Logging, LastTimePerExerciseInOneQuery)
{
    const Athlete ann = athlete(QStringLiteral("Ann"));
    const Athlete bo = athlete(QStringLiteral("Bo"));
    const QString squat = QStringLiteral("Back Squat");
    const QString bench = QStringLiteral("Bench Press");
    session(ann.id, QStringLiteral("2026-03-01T18:00"), {set(squat, 100, 5), set(bench, 80, 5)});
    const Session newer =
        session(ann.id, QStringLiteral("2026-03-03T18:00"), {set(squat, 110, 5, 8), set(squat, 110, 4, 9)});
    session(bo.id, QStringLiteral("2026-03-04T18:00"), {set(squat, 200, 1)});
    const Session today = session(ann.id, QStringLiteral("2026-03-05T18:00"), {set(squat, 120, 5)});
    const LastTimeRepository last(db());
    const auto found =
        last.lastTimes(ann.id, {exercise(squat), exercise(bench), exercise(QStringLiteral("Deadlift"))},
                       today.start.toSecsSinceEpoch(), today.id);
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.value(exercise(squat)).sessionId, newer.id);
    EXPECT_EQ(found.value(exercise(squat)).sets.size(), 2);
    EXPECT_EQ(found.value(exercise(squat)).sets[1].rpe, 9);
    EXPECT_EQ(found.value(exercise(squat)).start, newer.start);
    EXPECT_EQ(found.value(exercise(bench)).sets.size(), 1);
    // The session being logged never counts as its own last time.
    const auto including =
        last.lastTimes(ann.id, {exercise(squat)}, today.start.toSecsSinceEpoch() + 1, today.id);
    EXPECT_EQ(including.value(exercise(squat)).sessionId, newer.id);
    const auto later = last.lastTimes(ann.id, {exercise(squat)}, today.start.toSecsSinceEpoch() + 1);
    EXPECT_EQ(later.value(exercise(squat)).sessionId, today.id);
    // Rep bests: the most reps at each load, before a time.
    const auto reps =
        RecordRepository(db()).repBests(ann.id, {exercise(squat)}, today.start.toSecsSinceEpoch());
    QList<RepBest> bests = reps.value(exercise(squat));
    std::sort(bests.begin(), bests.end(), [](const RepBest &a, const RepBest &b) { return a.load < b.load; });
    EXPECT_EQ(bests, (QList<RepBest>{{Weight::fromKg(100), 5}, {Weight::fromKg(110), 5}}));
}

SPOTTER_ON_BOTH_BACKENDS(Logging);

TEST(MigrationLogging, UpgradesTheVersionBeforeIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("before.sqlite"));
    // The logging step is version 5: the program before it ran the four steps before.
    ASSERT_EQ(migrations().at(4).version, 5);
    const std::vector<Migration> before(migrations().begin(), migrations().begin() + 4);
    const std::vector<Migration> throughLogging(migrations().begin(), migrations().begin() + 5);
    Database::Options oldProgram;
    oldProgram.migrations = &before;
    {
        // Written as the program before wrote it: today's repositories may know later columns.
        const Database db(path, oldProgram);
        for (const char *sql :
             {"INSERT INTO athlete (id, name, name_key, unit) VALUES (1, 'Ann', 'ann', 'kg')",
              "INSERT INTO session (id, athlete_id, start_utc) VALUES (1, 1, 1772470800)",
              "INSERT INTO workout_set (session_id, exercise_id, position, kind, weight_g, reps) "
              "SELECT 1, id, 0, 'working', 100000, 5 FROM exercise WHERE name_key = 'deadlift'"})
            Query::run(db.connection(), QString::fromLatin1(sql));
    }
    {
        Database::Options loggingProgram;
        loggingProgram.migrations = &throughLogging;
        const Database db(path, loggingProgram);
        EXPECT_EQ(db.originalVersion(), 4);
        EXPECT_EQ(db.schemaVersion(), 5);
        EXPECT_FALSE(db.migrationBackup().isEmpty());
        for (const char *table :
             {"routine", "routine_item", "routine_assignment", "plate_set", "personal_record"})
            EXPECT_EQ(
                Query::scalar(db.connection(),
                              QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                             "name = '%1'")
                                  .arg(QLatin1String(table)))
                    .toInt(),
                1)
                << table;
    }
    // Today's program takes it on from there; the new tables work at once.
    const Database db(path);
    EXPECT_EQ(db.originalVersion(), 5);
    EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion);
    EXPECT_EQ(SessionRepository(db).get(1)->sets.size(), 1);
    Routine r;
    r.name = QStringLiteral("Pull");
    RoutineItem item;
    item.exerciseId = ExerciseRepository(db).find(QStringLiteral("Deadlift"))->id;
    item.reps = 5;
    r.items = {item};
    RoutineRepository(db).add(r);
    EXPECT_EQ(RoutineRepository(db).list().size(), 1);
}

} // namespace
} // namespace spotter::test
