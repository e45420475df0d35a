// SPDX-License-Identifier: GPL-3.0-or-later
// The reads that find an athlete's sets take another path on a team server (by the sets'
// athlete, in one statement); both backends must give the same answers, also when sessions were
// logged out of order and other sessions lie between them.
#include "backendtest.h"
#include "model/session.h"
#include "store/athleterepository.h"
#include "store/exerciserepository.h"
#include "store/historyrepository.h"
#include "store/sessionrepository.h"

#include <gtest/gtest.h>

using namespace spotter;

namespace {

class SetReads : public spotter::test::BackendTest
{
protected:
    qint64 addAthlete(const QString &name)
    {
        Athlete a;
        a.name = name;
        a.unit = WeightUnit::Kg;
        AthleteRepository(db()).add(a);
        return a.id;
    }
    qint64 exercise(const QString &name) { return ExerciseRepository(db()).find(name)->id; }

    /// A session on @p day of October 2026 with one set per (exercise, kind, kg).
    Session add(qint64 athleteId, int day, const QList<std::tuple<QString, SetKind, double>> &sets)
    {
        Session s;
        s.athleteId = athleteId;
        s.start = *parseDateTime(QStringLiteral("2026-10-%1T18:00").arg(day, 2, 10, QLatin1Char('0')));
        s.durationMin = 60;
        for (const auto &[name, kind, kg] : sets) {
            WorkoutSet w;
            w.exerciseId = exercise(name);
            w.kind = kind;
            w.weight = Weight::fromKg(kg);
            w.reps = 5;
            s.sets.append(w);
        }
        SessionRepository(db()).add(s);
        return s;
    }

    static QList<double> loads(const Session &s)
    {
        QList<double> out;
        for (const WorkoutSet &w : s.sets)
            out.append(w.weight->kg());
        return out;
    }
};

} // namespace

TEST_P(SetReads, AFilteredListCarriesExactlyTheSetsOfItsSessions)
{
    const qint64 ann = addAthlete(QStringLiteral("Ann"));
    const qint64 bob = addAthlete(QStringLiteral("Bob"));
    const auto squat = [](double kg) {
        return std::tuple(QStringLiteral("Back Squat"), SetKind::Working, kg);
    };
    // Logged out of order, with Bob's and Ann's other sessions between them by id.
    const Session day5 = add(ann, 5, {squat(105), squat(100), squat(95)});
    add(bob, 4, {squat(200)});
    add(ann, 9, {squat(140)});
    const Session day3 = add(ann, 3, {squat(103), squat(93)});
    add(ann, 1, {squat(111)});

    SessionFilter range;
    range.from = QDate(2026, 10, 2);
    range.to = QDate(2026, 10, 6);
    const QList<Session> listed = SessionRepository(db()).list(ann, range);
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed.at(0).id, day3.id) << "chronological";
    EXPECT_EQ(loads(listed.at(0)), (QList<double>{103, 93})) << "its sets, in their order";
    EXPECT_EQ(listed.at(1).id, day5.id);
    EXPECT_EQ(loads(listed.at(1)), (QList<double>{105, 100, 95}));

    const QList<Session> page = SessionRepository(db()).page(ann, {}, std::nullopt, 2, true);
    ASSERT_EQ(page.size(), 2);
    EXPECT_EQ(loads(page.at(0)), (QList<double>{140}));
    EXPECT_EQ(loads(page.at(1)), (QList<double>{105, 100, 95}));
}

TEST_P(SetReads, LiftedBeforeCountsOnlyTheAthletesWorkingSetsBeforeTheBound)
{
    const qint64 ann = addAthlete(QStringLiteral("Ann"));
    const qint64 bob = addAthlete(QStringLiteral("Bob"));
    add(ann, 2,
        {{QStringLiteral("Back Squat"), SetKind::Working, 100},
         {QStringLiteral("Deadlift"), SetKind::Warmup, 60}});
    add(ann, 12, {{QStringLiteral("Bench Press"), SetKind::Working, 80}});
    add(bob, 3, {{QStringLiteral("Overhead Press"), SetKind::Working, 50}});
    const Session bound = add(ann, 10, {{QStringLiteral("Back Squat"), SetKind::Working, 110}});

    const QList<qint64> asked{exercise(QStringLiteral("Back Squat")), exercise(QStringLiteral("Deadlift")),
                              exercise(QStringLiteral("Bench Press")),
                              exercise(QStringLiteral("Overhead Press"))};
    const HistoryRepository history(db());
    EXPECT_EQ(history.liftedBefore(ann, asked, wallClockSeconds(bound.start)),
              (QSet<qint64>{exercise(QStringLiteral("Back Squat"))}))
        << "not a warm-up, not a later session, not another athlete's";
    EXPECT_EQ(
        history.liftedBefore(ann, asked, wallClockSeconds(bound.start.addDays(3))),
        (QSet<qint64>{exercise(QStringLiteral("Back Squat")), exercise(QStringLiteral("Bench Press"))}));
    EXPECT_TRUE(history.liftedBefore(ann, {}, wallClockSeconds(bound.start)).isEmpty());
    EXPECT_TRUE(
        history.liftedBefore(bob, {exercise(QStringLiteral("Back Squat"))}, wallClockSeconds(bound.start))
            .isEmpty());
}

SPOTTER_ON_BOTH_BACKENDS(SetReads);
