// SPDX-License-Identifier: GPL-3.0-or-later
// Every validation message, word for word: the GUI, the CLI and the importers all show these.
#include "model/validation.h"

#include <gtest/gtest.h>

using namespace spotter;

namespace {
QString msg(const std::optional<QString> &m)
{
    return m.value_or(QStringLiteral("<valid>"));
}
const QString kValid = QStringLiteral("<valid>");
} // namespace

TEST(Validation, Rpe)
{
    EXPECT_EQ(msg(checkRpe(1)), kValid);
    EXPECT_EQ(msg(checkRpe(8.5)), kValid);
    EXPECT_EQ(msg(checkRpe(10)), kValid);
    EXPECT_EQ(msg(checkRpe(11)), QStringLiteral("RPE must be between 1 and 10 in steps of 0.5; got 11"));
    EXPECT_EQ(msg(checkRpe(0.5)), QStringLiteral("RPE must be between 1 and 10 in steps of 0.5; got 0.5"));
    EXPECT_EQ(msg(checkRpe(8.3)), QStringLiteral("RPE must be between 1 and 10 in steps of 0.5; got 8.3"));
    EXPECT_NE(msg(checkRpe(std::nan(""))), kValid);
}

TEST(Validation, Rir)
{
    EXPECT_EQ(msg(checkRir(0)), kValid);
    EXPECT_EQ(msg(checkRir(9)), kValid);
    EXPECT_EQ(msg(checkRir(-1)),
              QStringLiteral("Reps in reserve must be between 0 and 9 in steps of 0.5; got -1"));
    EXPECT_EQ(msg(checkRir(1.25)),
              QStringLiteral("Reps in reserve must be between 0 and 9 in steps of 0.5; got 1.25"));
}

TEST(Validation, Reps)
{
    EXPECT_EQ(msg(checkReps(1, false)), kValid);
    EXPECT_EQ(msg(checkReps(0, true)), kValid) << "a plank has no reps";
    EXPECT_EQ(msg(checkReps(0, false)),
              QStringLiteral("Reps must be at least 1 unless the set is timed, has a distance or is a failed "
                             "attempt (to failure); got 0"));
    EXPECT_EQ(msg(checkReps(-3, false)), QStringLiteral("Reps must not be negative; got -3"));
    EXPECT_EQ(msg(checkReps(1001, false)), QStringLiteral("Reps must be at most 1000; got 1001"));
}

TEST(Validation, LoadsAndTimes)
{
    EXPECT_EQ(msg(checkWeight(Weight::fromKg(0))), kValid);
    EXPECT_EQ(msg(checkWeight(Weight::fromKg(1000))), kValid);
    EXPECT_EQ(msg(checkWeight(Weight::fromKg(-5))), QStringLiteral("Weight must not be negative; got -5 kg"));
    EXPECT_EQ(msg(checkWeight(Weight::fromKg(1000.5))),
              QStringLiteral("Weight must be at most 1000 kg; got 1000.5 kg"));
    EXPECT_EQ(msg(checkRest(180)), kValid);
    EXPECT_EQ(msg(checkRest(-1)), QStringLiteral("Rest must be between 0 s and 4 h; got -1 s"));
    EXPECT_EQ(msg(checkRest(4 * 3600 + 1)), QStringLiteral("Rest must be between 0 s and 4 h; got 14401 s"));
    EXPECT_EQ(msg(checkSetSeconds(60)), kValid);
    EXPECT_EQ(msg(checkSetSeconds(-1)),
              QStringLiteral("A timed set must last between 0 s and 24 h; got -1 s"));
    EXPECT_EQ(msg(checkDistance(-100)), QStringLiteral("Distance must be between 0 and 1000 km; got -1 m"));
    EXPECT_EQ(msg(checkDuration(90)), kValid);
    EXPECT_EQ(msg(checkDuration(1441)),
              QStringLiteral("Duration must be between 0 and 1440 minutes; got 1441"));
    EXPECT_EQ(msg(checkSessionRpe(0)), kValid);
    EXPECT_EQ(msg(checkSessionRpe(10.5)),
              QStringLiteral("Session RPE (CR-10) must be between 0 and 10 in steps of 0.5; got 10.5"));
    EXPECT_EQ(msg(checkBodyweight(Weight::fromKg(82.5))), kValid);
    EXPECT_EQ(msg(checkBodyweight(Weight::fromKg(19.9))),
              QStringLiteral("Bodyweight must be between 20 and 400 kg; got 19.9 kg"));
    EXPECT_EQ(msg(checkIntensity(10)), kValid);
    EXPECT_EQ(msg(checkIntensity(11)),
              QStringLiteral("Intensity must be a whole number from 0 to 10; got 11"));
    EXPECT_EQ(msg(checkBirthYear(1980, 2026)), kValid);
    EXPECT_EQ(msg(checkBirthYear(2027, 2026)),
              QStringLiteral("Birth year must be between 1900 and 2026; got 2027"));
}

TEST(Validation, NamesAndNotes)
{
    EXPECT_EQ(msg(checkName(QStringLiteral("Ann"), QStringLiteral("Athlete name"))), kValid);
    EXPECT_EQ(msg(checkName(QStringLiteral("   "), QStringLiteral("Athlete name"))),
              QStringLiteral("Athlete name must not be empty"));
    EXPECT_EQ(msg(checkName(QString(1001, u'x'), QStringLiteral("Athlete name"))),
              QStringLiteral("Athlete name must be at most 1000 characters; got 1001"));
    EXPECT_EQ(msg(checkName(QStringLiteral("a") + QChar(0) + u'b', QStringLiteral("Exercise name"))),
              QStringLiteral("Exercise name must not contain NUL characters"));
    EXPECT_EQ(msg(checkNotes(QString(65537, u'n'))),
              QStringLiteral("Notes must be at most 65536 characters; got 65537"));
    EXPECT_EQ(msg(checkNotes(QStringLiteral("x") + QChar(0))),
              QStringLiteral("Notes must not contain NUL characters"));
}

TEST(Validation, WholeSet)
{
    WorkoutSet set;
    set.weight = Weight::fromKg(100);
    set.reps = 5;
    set.rpe = 8;
    EXPECT_TRUE(validate(set).isEmpty());
    set.rir = 2;
    EXPECT_TRUE(validate(set).isEmpty()) << "RPE 8 = RIR 2";
    set.rir = 1;
    ASSERT_EQ(validate(set).size(), 1);
    EXPECT_EQ(validate(set).first().message,
              QStringLiteral("RPE 8 and 1 reps in reserve disagree (RPE = 10 − RIR)"));
    EXPECT_EQ(validate(set).first().field, QStringLiteral("rir"));

    WorkoutSet empty;
    ASSERT_EQ(validate(empty).size(), 1);
    EXPECT_EQ(validate(empty).first().message, QStringLiteral("A set needs reps, a duration or a distance"));

    WorkoutSet plank;
    plank.weight = Weight::fromKg(0);
    plank.reps = 0;
    plank.seconds = 60;
    EXPECT_TRUE(validate(plank).isEmpty()) << "a timed set with weight 0 and reps 0 is valid";
}

TEST(Validation, SessionNumbersItsSets)
{
    Session s;
    s.start = QDateTime::currentDateTime();
    WorkoutSet good;
    good.reps = 5;
    WorkoutSet bad;
    bad.reps = 5;
    bad.rpe = 11;
    s.sets = {good, bad};
    const auto issues = validate(s);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.first().message,
              QStringLiteral("set 2: RPE must be between 1 and 10 in steps of 0.5; got 11"));
    Session noStart;
    EXPECT_EQ(joinMessages(validate(noStart)),
              QStringLiteral("The session needs a valid start date and time"));
}

TEST(Validation, SorenessReport)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::OffsetFromUTC, 3600);
    SorenessReport r;
    r.noticedAt = now.addSecs(-3600);
    r.intensity = 4;
    EXPECT_TRUE(validate(r, now).isEmpty());
    r.resolvedAt = r.noticedAt.addSecs(-60);
    EXPECT_EQ(joinMessages(validate(r, now)),
              QStringLiteral("It cannot resolve (2027-01-15T07:59:00+01:00) before it was noticed "
                             "(2027-01-15T08:00:00+01:00)"));
    r.resolvedAt.reset();
    r.noticedAt = now.addDays(1);
    EXPECT_EQ(joinMessages(validate(r, now)),
              QStringLiteral("The soreness cannot be noticed in the future (2027-01-16T09:00:00+01:00)"));
    SorenessReport noTime;
    EXPECT_EQ(joinMessages(validate(noTime, now)),
              QStringLiteral("When the soreness was noticed is required"));
}

TEST(Validation, Athlete)
{
    Athlete a;
    a.name = QStringLiteral("Ann");
    a.birthYear = 1850;
    EXPECT_EQ(joinMessages(validate(a, 2026)),
              QStringLiteral("Birth year must be between 1900 and 2026; got 1850"));
}
