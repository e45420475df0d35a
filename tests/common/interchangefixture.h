// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A database holding every kind of value Spotter's CSV files carry, for the export/import round
// trip: kg and lb athletes with emoji and right-to-left names, every set kind, RPE and RIR, rests,
// timed and distance sets, text with commas, quotes, line breaks and leading = + - @ tab CR,
// sessions in several UTC offsets and one without sets, imported sources, a custom exercise, and
// soreness with and without a session, resolved and open, with signs and red flags.

#include "model/athlete.h"
#include "model/exercise.h"
#include "model/session.h"
#include "model/sorenessreport.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"

#include <QDateTime>

#include <gtest/gtest.h>

namespace spotter::test {

/// The time the fixture's exports are made at, so the open reports' durations are fixed.
inline QDateTime interchangeNow()
{
    return *parseDateTime(u"2026-03-02T12:00:00+01:00");
}

struct InterchangeIds
{
    qint64 zoe = 0;   ///< kg, emoji in the name
    qint64 sara = 0;  ///< lb, Arabic name
    qint64 heavy = 0; ///< Zoë's session with the formula-like notes
    qint64 squat = 0;
};

class InterchangeBuilder
{
public:
    explicit InterchangeBuilder(Database &db) : m_db(db) {}

    qint64 athlete(const QString &name, WeightUnit unit)
    {
        Athlete a;
        a.name = name;
        a.unit = unit;
        AthleteRepository(m_db).add(a);
        return a.id;
    }

    qint64 exercise(const QString &name)
    {
        const auto e = ExerciseRepository(m_db).find(name);
        EXPECT_TRUE(e.has_value()) << name.toStdString();
        return e ? e->id : 0;
    }

    qint64 customExercise(const QString &name, ExerciseKind kind, Regions regions, bool lowerBack,
                          bool unilateral)
    {
        Exercise e;
        e.name = name;
        e.kind = kind;
        e.regions = regions;
        e.loadsLowerBack = lowerBack;
        e.unilateral = unilateral;
        ExerciseRepository(m_db).add(e);
        return e.id;
    }

    static WorkoutSet set(qint64 exercise, SetKind kind, std::optional<Weight> weight,
                          std::optional<int> reps)
    {
        WorkoutSet w;
        w.exerciseId = exercise;
        w.kind = kind;
        w.weight = weight;
        w.reps = reps;
        return w;
    }

    qint64 session(qint64 athlete, const QString &start, const QString &title, QList<WorkoutSet> sets)
    {
        Session s;
        s.athleteId = athlete;
        s.start = *parseDateTime(start);
        s.title = title;
        s.sets = std::move(sets);
        return add(s);
    }

    qint64 add(Session &s)
    {
        SessionRepository(m_db).add(s);
        return s.id;
    }

    qint64 report(SorenessReport r)
    {
        SorenessRepository(m_db).add(r);
        return r.id;
    }

private:
    Database &m_db;
};

inline InterchangeIds fillEveryKindOfValue(Database &db)
{
    InterchangeBuilder b(db);
    InterchangeIds ids;
    ids.zoe = b.athlete(QStringLiteral("Zoë 💪"), WeightUnit::Kg);
    ids.sara = b.athlete(QStringLiteral("سارا"), WeightUnit::Lb);
    b.athlete(QStringLiteral("Idle Ida"), WeightUnit::Kg); // no sessions at all
    ids.squat = b.exercise(QStringLiteral("Back Squat"));
    const qint64 bench = b.exercise(QStringLiteral("Bench Press"));
    const qint64 deadlift = b.exercise(QStringLiteral("Deadlift"));
    const qint64 fly = b.customExercise(QStringLiteral("=Cable Fly, \"wide\""), ExerciseKind::Isolation,
                                        {Region::Chest, Region::Shoulders}, false, true);
    const qint64 carry = b.customExercise(QStringLiteral("Farmer's Carry ⛓"), ExerciseKind::Timed,
                                          {Region::Core, Region::UpperBack}, true, false);
    using B = InterchangeBuilder;

    // Zoë: a heavy day in winter time with everything a set can hold.
    Session heavy;
    heavy.athleteId = ids.zoe;
    heavy.start = *parseDateTime(u"2026-01-12T18:30:00+01:00");
    heavy.title = QStringLiteral("Heavy, \"top\" day\nweek 2");
    heavy.durationMin = 75;
    heavy.sessionRpe = 8.5;
    heavy.bodyweight = Weight::fromGrams(82'350);
    heavy.warmupDone = true;
    heavy.notes = QStringLiteral("=1+2");
    WorkoutSet warm = B::set(ids.squat, SetKind::Warmup, Weight::fromKg(60), 5);
    warm.notes = QStringLiteral("+ felt easy");
    WorkoutSet top = B::set(ids.squat, SetKind::Working, Weight::fromKg(142.5), 3);
    top.rpe = 8.5;
    top.rir = 1.5;
    top.restSeconds = 180;
    top.notes = QStringLiteral("-2 in reserve?");
    WorkoutSet amrap = B::set(ids.squat, SetKind::Amrap, Weight::fromKg(120), 8);
    amrap.rir = 0;
    amrap.notes = QStringLiteral("@coach: look, \"depth\"");
    WorkoutSet drop = B::set(ids.squat, SetKind::Drop, Weight::fromKg(100), 10);
    drop.rpe = 9;
    drop.notes = QStringLiteral("\tindented");
    WorkoutSet failure = B::set(bench, SetKind::Failure, Weight::fromKg(100), 1);
    failure.notes = QStringLiteral("\rstarts with CR");
    WorkoutSet flySet = B::set(fly, SetKind::Working, Weight::fromKg(12.5), 15);
    flySet.notes = QStringLiteral("line one\nline two, with a comma");
    WorkoutSet carrySet = B::set(carry, SetKind::Working, Weight::fromKg(80), std::nullopt);
    carrySet.seconds = 40;
    carrySet.distanceCm = 2050;
    carrySet.notes = QStringLiteral("''=already quoted");
    heavy.sets = {warm, top, amrap, drop, failure, flySet, carrySet};
    ids.heavy = b.add(heavy);

    // A testing day in summer time, a session from Strong and one without sets.
    WorkoutSet single = B::set(deadlift, SetKind::Working, Weight::fromKg(200), 1);
    single.rpe = 10;
    b.session(ids.zoe, QStringLiteral("2026-02-20T07:05:09Z"), QStringLiteral("Test day 🏋"), {single});
    Session strong;
    strong.athleteId = ids.zoe;
    strong.start = *parseDateTime(u"2026-02-23T09:00:00-05:00");
    strong.title = QStringLiteral("Push");
    strong.source = {SourceKind::Strong, QStringLiteral("strong, export.csv"),
                     QStringLiteral("strong:2026-02-23T09:00:00|Push")};
    WorkoutSet press = B::set(bench, SetKind::Working, Weight::fromKg(102.5), 5);
    press.rpe = 8;
    press.restSeconds = 150;
    strong.sets = {press, press};
    b.add(strong);
    Session walk;
    walk.athleteId = ids.zoe;
    walk.start = *parseDateTime(u"2026-02-24T17:45:00+05:45");
    walk.title = QStringLiteral("-Rest day walk");
    walk.durationMin = 30;
    walk.sessionRpe = 2;
    walk.warmupDone = false;
    walk.source.kind = SourceKind::Generated;
    b.add(walk);

    // Sara logs in pounds: 150 lb is 68.039 kg and must stay that.
    Session pounds;
    pounds.athleteId = ids.sara;
    pounds.start = *parseDateTime(u"2026-01-15T06:00:00+03:00");
    pounds.title = QStringLiteral("صباح");
    pounds.bodyweight = Weight::fromLb(150);
    WorkoutSet lbSet = B::set(ids.squat, SetKind::Working, Weight::fromLb(150), 5);
    lbSet.rir = 2;
    lbSet.notes = QStringLiteral("ملاحظة, \"مهمة\"");
    WorkoutSet bw = B::set(b.exercise(QStringLiteral("Pull-Up")), SetKind::Working, std::nullopt, 8);
    pounds.sets = {lbSet, bw};
    b.add(pounds);

    // Soreness: attributed and not, open and gone, with signs, red flags and formula-like notes.
    SorenessReport doms;
    doms.athleteId = ids.zoe;
    doms.sessionId = ids.heavy;
    doms.region = Region::Quads;
    doms.noticedAt = *parseDateTime(u"2026-01-13T10:15:00+01:00");
    doms.resolvedAt = *parseDateTime(u"2026-01-15T09:00:00+01:00");
    doms.intensity = 4;
    doms.character = Character::Ache;
    doms.trend = Trend::Improving;
    doms.notes = QStringLiteral("+ sore on stairs");
    b.report(doms);
    SorenessReport sharp;
    sharp.athleteId = ids.zoe;
    sharp.region = Region::LowerBack;
    sharp.side = Side::Left;
    sharp.noticedAt = *parseDateTime(u"2026-02-25T08:00:00+01:00");
    sharp.intensity = 6;
    sharp.character = Character::Sharp;
    sharp.trend = Trend::Worsening;
    sharp.signs = {Sign::Pinpoint, Sign::AtRest};
    sharp.redFlags = {RedFlag::NightPain, RedFlag::VeryUnwell};
    sharp.notes = QStringLiteral("@night, \"bad\"\nwoke twice");
    b.report(sharp);
    SorenessReport shoulder;
    shoulder.athleteId = ids.sara;
    shoulder.sessionId = SessionRepository(db).list(ids.sara).first().id;
    shoulder.region = Region::Shoulders;
    shoulder.side = Side::Right;
    shoulder.noticedAt = *parseDateTime(u"2026-01-15T20:00:00+03:00");
    shoulder.intensity = 3;
    shoulder.character = Character::Tight;
    shoulder.oneSided = true; // after a one-arm press: the whole-body triage's answers travel too
    shoulder.lift = QStringLiteral("Dumbbell Shoulder Press");
    b.report(shoulder);
    return ids;
}

} // namespace spotter::test
