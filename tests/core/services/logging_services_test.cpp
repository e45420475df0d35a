// SPDX-License-Identifier: GPL-3.0-or-later
// RecordService keeps the records a saved session set; SuggestionService reads what today's
// suggestion needs (plates, recent e1RM, open reports, the last weeks) through the store.
#include "services/recordservice.h"
#include "services/suggestionservice.h"
#include "store/athleterepository.h"
#include "store/exerciserepository.h"
#include "store/platerepository.h"
#include "store/recordrepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "testutil.h"

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(18, 0));

class LoggingServices : public TempDatabase
{
protected:
    void SetUp() override
    {
        TempDatabase::SetUp();
        m_ann.name = QStringLiteral("Ann");
        AthleteRepository(db()).add(m_ann);
        m_squat = ExerciseRepository(db()).find(QStringLiteral("Back Squat"))->id;
        m_bench = ExerciseRepository(db()).find(QStringLiteral("Bench Press"))->id;
    }
    WorkoutSet set(qint64 exercise, double kg, int reps, std::optional<double> rpe = {})
    {
        WorkoutSet w;
        w.exerciseId = exercise;
        w.weight = Weight::fromKg(kg);
        w.reps = reps;
        w.rpe = rpe;
        return w;
    }
    Session log(int daysAgo, QList<WorkoutSet> sets)
    {
        Session s;
        s.athleteId = m_ann.id;
        s.start = kNow.addDays(-daysAgo).addSecs(-7200);
        s.durationMin = 60;
        s.sets = std::move(sets);
        SessionRepository(db()).add(s);
        return s;
    }
    RoutineItem item(qint64 exercise, int reps, double rpe)
    {
        RoutineItem i;
        i.exerciseId = exercise;
        i.sets = 3;
        i.reps = reps;
        i.rpe = rpe;
        return i;
    }

    Athlete m_ann;
    qint64 m_squat = 0;
    qint64 m_bench = 0;
};

TEST_F(LoggingServices, RecordsAreDecidedAndKeptOnSave)
{
    log(30, {set(m_squat, 120, 5, 8), set(m_bench, 80, 8)});
    Session s = log(10, {set(m_squat, 130, 5, 8), set(m_squat, 140, 1, 10), set(m_bench, 80, 10)});
    const RecordService records(db());
    const QList<PersonalRecord> found = records.refreshSession(s.id);
    ASSERT_EQ(found.size(), 3);
    // 130 × 5 @ 8 is 160.3 kg, above 148.0; the bench press did 10 where 8 was the most at 80 kg,
    // which is also its best e1RM (Epley, from reps alone: 106.7 over 101.3).
    EXPECT_EQ(found[0].kind, RecordKind::E1rm);
    EXPECT_EQ(found[0].exerciseId, m_squat);
    EXPECT_EQ(found[0].setId, s.sets[0].id);
    EXPECT_EQ(found[0].previousE1rm, Weight::fromKg(120.0 / 0.811));
    EXPECT_FALSE(found[0].testing);
    EXPECT_EQ(found[1].kind, RecordKind::E1rm);
    EXPECT_EQ(found[1].exerciseId, m_bench);
    EXPECT_EQ(found[2].kind, RecordKind::Reps);
    EXPECT_EQ(found[2].previousReps, 8);
    EXPECT_EQ(RecordRepository(db()).forSession(s.id), found);
    // A heavier max single later is a record from a testing set.
    const Session test = log(3, {set(m_squat, 170, 1, 10)});
    const QList<PersonalRecord> tested = records.refreshSession(test.id);
    ASSERT_EQ(tested.size(), 1);
    EXPECT_TRUE(tested[0].testing);
    // Editing the set away takes the record with it; deciding again finds none.
    SessionRepository(db()).removeSet(test.sets[0].id);
    EXPECT_TRUE(RecordRepository(db()).forSession(test.id).isEmpty());
    EXPECT_TRUE(records.refreshSession(test.id).isEmpty());
    EXPECT_TRUE(records.refreshSession(9999).isEmpty());
}

TEST_F(LoggingServices, SuggestionReadsPlatesE1rmReportsAndTests)
{
    log(20, {set(m_squat, 120, 5, 8), set(m_bench, 80, 5, 8)}); // e1RM 148.0 and 98.6
    PlateSet plates = PlateSet::defaults(WeightUnit::Kg);
    plates.plates = {{20, 8}, {10, 2}, {5, 2}}; // 10 kg steps
    PlateRepository(db()).set(m_ann.id, plates);
    SuggestionService service(db());
    SuggestionInputs in = service.inputs(m_ann.id, kNow);
    EXPECT_EQ(in.plates, plates);
    EXPECT_EQ(in.recentBest.value(m_squat), Weight::fromKg(120.0 / 0.811));
    EXPECT_TRUE(in.openItems.isEmpty());
    ASSERT_EQ(in.recent.size(), 1);
    // 5 @ 8 of 147.97 is 120.0 kg; the plates make 120.
    EXPECT_EQ(suggestLoad(item(m_squat, 5, 8), in).weight, Weight::fromKg(120));

    // A sharp pain in the lower back yesterday, unresolved: a warning (SR-13) on a region the
    // squat loads; the bench press is not affected.
    SorenessReport sharp;
    sharp.athleteId = m_ann.id;
    sharp.region = Region::LowerBack;
    sharp.noticedAt = kNow.addDays(-1);
    sharp.intensity = 4;
    sharp.character = Character::Sharp;
    SorenessRepository(db()).add(sharp);
    in = service.inputs(m_ann.id, kNow);
    ASSERT_EQ(in.openItems.size(), 1);
    EXPECT_EQ(in.openItems.first().severity.cls, SorenessClass::Warning);
    Routine routine;
    routine.name = QStringLiteral("Full body");
    routine.items = {item(m_squat, 5, 8), item(m_bench, 5, 8)};
    const QList<PlannedItem> plan = service.plan(routine, m_ann.id, kNow);
    ASSERT_EQ(plan.size(), 2);
    EXPECT_EQ(plan[0].suggestion.action, SuggestionAction::Skip);
    EXPECT_EQ(plan[1].suggestion.action, SuggestionAction::Chart);
    ASSERT_TRUE(plan[1].last);
    EXPECT_EQ(plan[1].last->sets.size(), 1);

    // Resolved yesterday: a back-off instead. And a test of the bench press two days ago.
    sharp.resolvedAt = kNow.addSecs(-3600);
    SorenessRepository(db()).update(sharp);
    log(2, {set(m_bench, 100, 1, 10)});
    const QList<PlannedItem> later = service.plan(routine, m_ann.id, kNow);
    EXPECT_EQ(later[0].suggestion.action, SuggestionAction::BackOff);
    EXPECT_EQ(later[0].suggestion.rules, QStringList{QStringLiteral("SG-01")});
    EXPECT_EQ(later[1].suggestion.action, SuggestionAction::BackOff);
    EXPECT_EQ(later[1].suggestion.rules, QStringList{QStringLiteral("SG-02")});
}

} // namespace
} // namespace spotter::test
