// SPDX-License-Identifier: GPL-3.0-or-later
// History-derived triage inputs, end to end through the store (rules reference §5.2).
#include "analysis/e1rm.h"
#include "analysis/reporthistory.h"
#include "analysis/sessionanalysis.h"
#include "services/historyservice.h"
#include "store/athleterepository.h"
#include "store/exerciserepository.h"
#include "store/historyrepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "testutil.h"

#include <gtest/gtest.h>

#include <random>

namespace spotter::test {
namespace {

using namespace Qt::StringLiterals;

const QDateTime kFirstMonday(QDate(2025, 3, 3), QTime(18, 0), Qt::UTC);

class HistoryTest : public TempDatabase
{
protected:
    void SetUp() override
    {
        TempDatabase::SetUp();
        m_athlete.name = u"Robin"_s;
        m_athlete.birthYear = 1990;
        AthleteRepository(db()).add(m_athlete);
        m_deadlift = ExerciseRepository(db()).find(u"Deadlift"_s)->id;
        m_bench = ExerciseRepository(db()).find(u"Bench Press"_s)->id;
        m_squat = ExerciseRepository(db()).find(u"Back Squat"_s)->id;
    }

    WorkoutSet set(qint64 exercise, double kg, int reps, std::optional<double> rpe,
                   SetKind kind = SetKind::Working) const
    {
        WorkoutSet s;
        s.exerciseId = exercise;
        s.weight = Weight::fromKg(kg);
        s.reps = reps;
        s.rpe = rpe;
        s.kind = kind;
        return s;
    }

    /// A session @p days after the first Monday, 60 minutes.
    Session addSession(double days, QList<WorkoutSet> sets, std::optional<double> srpe = std::nullopt)
    {
        Session s;
        s.athleteId = m_athlete.id;
        s.start = kFirstMonday.addSecs(static_cast<qint64>(days * 86400));
        s.durationMin = 60;
        s.sessionRpe = srpe;
        s.sets = std::move(sets);
        SessionRepository(db()).add(s);
        return s;
    }

    Session deadlifts(double days, double kg = 140)
    {
        return addSession(days,
                          {set(m_deadlift, 60, 5, std::nullopt, SetKind::Warmup), set(m_deadlift, kg, 5, 7.0),
                           set(m_deadlift, kg, 5, 7.0), set(m_deadlift, kg, 5, 7.5)});
    }

    /// Textbook DOMS in @p region noticed a day after @p session, gone two days later.
    SorenessReport doms(const Session &session, Region region = Region::LowerBack, bool store = true)
    {
        SorenessReport r;
        r.athleteId = m_athlete.id;
        r.sessionId = session.id;
        r.region = region;
        r.noticedAt = session.end().addSecs(24 * 3600);
        r.resolvedAt = r.noticedAt.addSecs(48 * 3600);
        r.intensity = 4;
        r.character = Character::Ache;
        r.trend = Trend::Improving;
        if (store)
            SorenessRepository(db()).add(r);
        return r;
    }

    TriageResult triageOf(const SorenessReport &r)
    {
        return triageReport(r, HistoryService(db()).reportHistory(r), r.resolvedAt.value_or(r.noticedAt));
    }

    HistoryInputs historyOf(const SorenessReport &r)
    {
        return deriveHistory(r, HistoryService(db()).reportHistory(r));
    }

    Athlete m_athlete;
    qint64 m_deadlift = 0;
    qint64 m_bench = 0;
    qint64 m_squat = 0;
};

TEST_F(HistoryTest, SixWeeksOfLowerBackDomsAfterEveryDeadliftIsAWarning)
{
    QList<TriageResult> results;
    for (int week = 0; week < 6; ++week)
        results.append(triageOf(doms(deadlifts(week * 7))));
    EXPECT_EQ(results[0].severity.cls, SorenessClass::Doms);
    EXPECT_EQ(results[2].severity.cls, SorenessClass::Doms);
    EXPECT_EQ(results[3].severity.cls, SorenessClass::Warning); // the fourth week in a row
    const TriageResult &sixth = results[5];
    EXPECT_EQ(sixth.severity.cls, SorenessClass::Warning);
    EXPECT_EQ(sixth.ruleIds().first(), u"SR-17"_s);
    EXPECT_TRUE(sixth.ruleIds().contains(u"SR-19"_s)); // lower back after a month on the lift
    EXPECT_EQ(sixth.tips.first().id, u"TP-02"_s);

    const SorenessReport last = SorenessRepository(db()).list(m_athlete.id).last();
    const HistoryInputs h = historyOf(last);
    EXPECT_EQ(h.lifts, QList<qint64>{m_deadlift});
    EXPECT_EQ(h.weeksSoreEverySession, 6);
    EXPECT_EQ(h.weeksOnLift, 6);
    EXPECT_EQ(h.layoffWeeks, 0);
    EXPECT_EQ(h.sessionClass, IntensityClass::Training);
    EXPECT_FALSE(h.flags.contains(HistoryFlag::FirstTimeLift));
    EXPECT_FALSE(h.flags.contains(HistoryFlag::AfterLoadJump));
    EXPECT_EQ(h.bilateralLift, true);
    EXPECT_EQ(h.age, 35);
}

TEST_F(HistoryTest, ASessionWithoutSorenessBreaksTheRun)
{
    for (int week = 0; week < 6; ++week) {
        const Session s = deadlifts(week * 7);
        if (week != 2)
            doms(s);
    }
    const SorenessReport last = SorenessRepository(db()).list(m_athlete.id).last();
    EXPECT_EQ(historyOf(last).weeksSoreEverySession, 3);
    EXPECT_FALSE(triageOf(last).ruleIds().contains(u"SR-17"_s));
    // Soreness in another region does not count either.
    const Session s = deadlifts(42);
    doms(s, Region::Hamstrings);
    const SorenessReport back = doms(s);
    EXPECT_EQ(historyOf(back).weeksSoreEverySession, 4);
}

TEST_F(HistoryTest, OneQueryServesEveryRegionOfAForm)
{
    for (int week = 0; week < 4; ++week)
        doms(deadlifts(week * 7));
    SorenessReport form = doms(deadlifts(28), Region::LowerBack, false);
    const ReportHistory h = HistoryService(db()).reportHistory(form);
    EXPECT_EQ(deriveHistory(form, h).weeksSoreEverySession, 5);
    form.region = Region::Hamstrings; // the lifter changes the region: no new query
    EXPECT_EQ(deriveHistory(form, h).weeksSoreEverySession, 1);
    EXPECT_EQ(triageReport(form, h, form.noticedAt).severity.cls, SorenessClass::Doms);
}

TEST_F(HistoryTest, TwoSessionsInAWeekBothNeedSoreness)
{
    for (int week = 0; week < 4; ++week) {
        doms(deadlifts(week * 7));
        const Session second = deadlifts(week * 7 + 3);
        if (week != 1)
            doms(second);
    }
    const SorenessReport last = SorenessRepository(db()).list(m_athlete.id).last();
    // Weeks are counted back from the session: the unsore session of week 1 stops the run there.
    EXPECT_EQ(historyOf(last).weeksSoreEverySession, 2);
}

TEST_F(HistoryTest, AnUnsavedReportCountsItsOwnSession)
{
    for (int week = 0; week < 3; ++week)
        doms(deadlifts(week * 7));
    const SorenessReport draft = doms(deadlifts(21), Region::LowerBack, false);
    EXPECT_EQ(draft.id, 0);
    EXPECT_EQ(historyOf(draft).weeksSoreEverySession, 4);
    EXPECT_EQ(triageOf(draft).severity.cls, SorenessClass::Warning);
}

TEST_F(HistoryTest, SorenessAfterATestingSessionIsAtLeastWatch)
{
    deadlifts(0, 150);
    const Session test = addSession(
        7, {set(m_deadlift, 100, 3, std::nullopt, SetKind::Warmup), set(m_deadlift, 180, 1, 10.0)});
    const SorenessReport r = doms(test, Region::Hamstrings);
    const HistoryInputs h = historyOf(r);
    EXPECT_EQ(h.sessionClass, IntensityClass::Testing);
    EXPECT_TRUE(h.flags.contains(HistoryFlag::AfterTesting));
    const TriageResult t = triageOf(r);
    EXPECT_GE(t.severity, (Severity{SorenessClass::Watch, std::nullopt}));
    EXPECT_TRUE(t.ruleIds().contains(u"SR-23"_s));
    // The same soreness after a training session is DOMS.
    EXPECT_EQ(triageOf(doms(deadlifts(14, 150), Region::Hamstrings)).severity.cls, SorenessClass::Doms);
}

TEST_F(HistoryTest, AJumpInLoadCountsForSr23)
{
    deadlifts(0, 100);
    const Session jump = deadlifts(5, 115);
    const SorenessReport r = doms(jump, Region::Hamstrings);
    EXPECT_TRUE(historyOf(r).flags.contains(HistoryFlag::AfterLoadJump));
    EXPECT_TRUE(triageOf(r).ruleIds().contains(u"SR-23"_s));
    const SorenessReport steady = doms(deadlifts(10, 120), Region::Hamstrings); // +4% on 115
    EXPECT_FALSE(historyOf(steady).flags.contains(HistoryFlag::AfterLoadJump));
}

TEST_F(HistoryTest, LayoffAndFirstTime)
{
    SorenessReport first = doms(deadlifts(0), Region::Hamstrings);
    HistoryInputs h = historyOf(first);
    EXPECT_TRUE(h.flags.contains(HistoryFlag::FirstTimeLift));
    EXPECT_EQ(h.weeksOnLift, 1);
    EXPECT_FALSE(h.layoffWeeks);
    deadlifts(7);
    deadlifts(14);
    deadlifts(21);
    // Three empty weeks (22..42 days) and then back.
    const SorenessReport back = doms(deadlifts(43));
    h = historyOf(back);
    EXPECT_FALSE(h.flags.contains(HistoryFlag::FirstTimeLift));
    EXPECT_EQ(h.layoffWeeks, 2);
    EXPECT_EQ(h.weeksOnLift, 1);
    EXPECT_FALSE(triageOf(back).ruleIds().contains(u"SR-19"_s));
    // One missed week does not reset the weeks on the lift.
    deadlifts(50);
    const SorenessReport after = doms(deadlifts(64));
    h = historyOf(after);
    EXPECT_EQ(h.layoffWeeks, 1);
    EXPECT_EQ(h.weeksOnLift, 4);
}

TEST_F(HistoryTest, LiftsBehindFollowTheRegion)
{
    const Session s = addSession(0, {set(m_bench, 80, 5, 7.0), set(m_deadlift, 140, 5, 7.0)});
    EXPECT_EQ(historyOf(doms(s, Region::LowerBack)).lifts, QList<qint64>{m_deadlift});
    EXPECT_EQ(historyOf(doms(s, Region::Chest)).lifts, QList<qint64>{m_bench});
    EXPECT_EQ(historyOf(doms(s, Region::Knees)).lifts, (QList<qint64>{m_bench, m_deadlift})); // main lifts
}

TEST_F(HistoryTest, HealthHistoryAndAgeComeFromTheAthlete)
{
    m_athlete.birthYear = 1960;
    m_athlete.health.priorBackInjury = true;
    m_athlete.health.steroidsOrOsteoporosis = true;
    AthleteRepository(db()).update(m_athlete);
    SorenessReport r = doms(deadlifts(0));
    const HistoryInputs h = historyOf(r);
    EXPECT_EQ(h.age, 65);
    EXPECT_TRUE(h.flags.contains(HistoryFlag::PriorInjury));
    EXPECT_TRUE(h.flags.contains(HistoryFlag::SteroidsOrOsteoporosis));
    EXPECT_TRUE(triageOf(r).ruleIds().contains(u"SR-22"_s));
    r.signs = {Sign::Pinpoint, Sign::Spine};
    EXPECT_EQ(triageOf(r).severity, (Severity{SorenessClass::SeeDoctor, Urgency::Urgent})); // SR-06
}

TEST_F(HistoryTest, AReportWithoutASessionStillGetsTheAthlete)
{
    SorenessReport r;
    r.athleteId = m_athlete.id;
    r.region = Region::Neck;
    r.noticedAt = kFirstMonday;
    r.intensity = 3;
    const ReportHistory h = HistoryService(db()).reportHistory(r);
    EXPECT_EQ(h.athlete.id, m_athlete.id);
    EXPECT_FALSE(h.session);
    const TriageInput in = triageInput(r, h, kFirstMonday.addSecs(3600));
    EXPECT_FALSE(in.onsetHours);
    EXPECT_EQ(in.age, 35);
}

TEST_F(HistoryTest, E1rmCandidatesAggregateLikeTheSets)
{
    std::mt19937 rng(5);
    QList<WorkoutSet> all;
    for (int day = 0; day < 60; day += 2) {
        QList<WorkoutSet> sets;
        for (int i = 0; i < 6; ++i) {
            const qint64 ex = i % 2 ? m_squat : m_bench;
            const int reps = std::uniform_int_distribution<int>(1, 12)(rng);
            const double kg = 40 + 2.5 * std::uniform_int_distribution<int>(0, 40)(rng);
            const int effort = std::uniform_int_distribution<int>(0, 10)(rng);
            WorkoutSet s =
                set(ex, kg, reps, effort < 5 ? std::nullopt : std::optional<double>(5.0 + effort * 0.5),
                    i == 0 ? SetKind::Warmup : SetKind::Working);
            if (effort == 7) {
                s.rir = 10.0 - *s.rpe; // logged as reps in reserve instead
                s.rpe.reset();
            }
            sets.append(s);
        }
        all.append(addSession(day, sets).sets);
    }
    const HistoryService history(db());
    const auto fromSql =
        bestE1rmByExercise(history.e1rmCandidates(m_athlete.id, {}, std::nullopt, kFirstMonday.addDays(100)));
    const auto fromSets = bestE1rmByExercise(all);
    EXPECT_EQ(fromSql, fromSets);
    // A window and an exercise filter.
    const QDateTime since = kFirstMonday.addDays(20);
    const QDateTime before = kFirstMonday.addDays(40);
    QList<WorkoutSet> window;
    const auto sessions = SessionRepository(db()).list(m_athlete.id);
    for (const Session &s : sessions) {
        if (s.start >= since && s.start < before)
            window.append(s.sets);
    }
    const auto windowSql = bestE1rmByExercise(history.e1rmCandidates(m_athlete.id, {m_squat}, since, before));
    EXPECT_EQ(windowSql.keys(), QList<qint64>{m_squat});
    EXPECT_EQ(windowSql.value(m_squat), bestE1rmByExercise(window).value(m_squat));
}

TEST_F(HistoryTest, DailyLoadsAreSummedPerDay)
{
    addSession(0, {set(m_squat, 100, 5, 7.0)}, 7);  // 420
    addSession(0.1, {set(m_bench, 80, 5, 7.0)}, 5); // 300, same day
    addSession(1, {set(m_bench, 80, 5, 7.0)});      // no session RPE: no load
    addSession(2, {set(m_bench, 80, 5, 7.0)}, 6);   // 360
    const auto loads = HistoryRepository(db()).dailyLoads(m_athlete.id, std::nullopt);
    ASSERT_EQ(loads.size(), 2);
    EXPECT_EQ(loads[0].day, kFirstMonday.date());
    EXPECT_DOUBLE_EQ(loads[0].load, 720);
    EXPECT_EQ(loads[1].day, kFirstMonday.date().addDays(2));
    EXPECT_DOUBLE_EQ(loads[1].load, 360);
    EXPECT_EQ(HistoryRepository(db()).dailyLoads(m_athlete.id, kFirstMonday.date()).size(), 1);
}

TEST_F(HistoryTest, TrainingHistoryCarriesTwelveWeeksOfContext)
{
    deadlifts(0, 100);
    deadlifts(70, 110);
    deadlifts(100, 120);
    const QDate from = kFirstMonday.date().addDays(100);
    const TrainingHistory h = HistoryService(db()).trainingHistory(m_athlete.id, from, std::nullopt);
    ASSERT_EQ(h.sessions.size(), 2); // day 70 is context, day 0 is older than 12 weeks
    EXPECT_EQ(h.sessions.first().sets.size(), 4);
    ASSERT_TRUE(h.bestBefore.contains(m_deadlift)); // day 0 still counts for the best ever
    EXPECT_EQ(h.bestBefore.value(m_deadlift).method, E1rmMethod::Rts);
    EXPECT_TRUE(h.exercises.contains(m_deadlift));
    EXPECT_EQ(h.rangeStart.date(), from);
}

TEST_F(HistoryTest, TheBestBeforeARangeSaysHowItWasEstimated)
{
    // A rated best (52.5 × 6 @ 8: 66.8 kg) and, later but still before the 12 weeks of context,
    // a lighter set from reps alone; a single without RPE for the squat.
    addSession(0, {set(m_bench, 52.5, 6, 8.0), set(m_squat, 150, 1, std::nullopt)});
    addSession(5, {set(m_bench, 50, 5, std::nullopt)});
    addSession(100, {set(m_bench, 60, 8, std::nullopt)});
    const TrainingHistory h =
        HistoryService(db()).trainingHistory(m_athlete.id, kFirstMonday.date().addDays(100), std::nullopt);
    ASSERT_EQ(h.sessions.size(), 1);
    ASSERT_TRUE(h.bestBefore.contains(m_bench));
    EXPECT_EQ(h.bestBefore.value(m_bench).method, E1rmMethod::Rts);
    EXPECT_NEAR(h.bestBefore.value(m_bench).value.kg(), 66.8, 0.05);
    ASSERT_TRUE(h.bestBefore.contains(m_squat));
    EXPECT_EQ(h.bestBefore.value(m_squat).method, E1rmMethod::Single);

    // What analyze does with it: 60 × 8 without RPE (76 kg) is within the margin over 66.8.
    const QList<SessionAnalysis> analyses = analyzeSessions(h.sessions, h.exercises, h.bestBefore);
    const LiftIntensity *bench = analyses.first().intensity.lift(m_bench);
    ASSERT_NE(bench, nullptr);
    EXPECT_EQ(bench->bestE1rmMethod, E1rmMethod::Epley);
    EXPECT_FALSE(bench->pr);
}

} // namespace
} // namespace spotter::test
