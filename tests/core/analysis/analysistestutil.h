// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/intensity.h"
#include "model/session.h"

#include <QDateTime>

#include <optional>

namespace spotter::test {

/// A small catalogue for pure analysis tests (ids are fixed, no store involved).
enum : qint64 { kSquat = 1, kDeadlift = 2, kBench = 3, kCurl = 4, kSplitSquat = 5 };

inline ExerciseMap testExercises()
{
    ExerciseMap m;
    const auto add = [&](qint64 id, const char16_t *name, ExerciseKind kind, Regions regions, bool lowerBack,
                         bool unilateral = false) {
        Exercise e;
        e.id = id;
        e.name = QString::fromUtf16(name);
        e.kind = kind;
        e.regions = regions;
        e.loadsLowerBack = lowerBack;
        e.unilateral = unilateral;
        m.insert(id, e);
    };
    add(kSquat, u"Back Squat", ExerciseKind::Main, {Region::Quads, Region::Glutes}, true);
    add(kDeadlift, u"Deadlift", ExerciseKind::Main, {Region::Hamstrings, Region::Glutes}, true);
    add(kBench, u"Bench Press", ExerciseKind::Main, {Region::Chest, Region::Shoulders}, false);
    add(kCurl, u"Bicep Curl", ExerciseKind::Isolation, {Region::Arms}, false);
    add(kSplitSquat, u"Split Squat", ExerciseKind::Accessory, {Region::Quads}, false, true);
    return m;
}

inline WorkoutSet makeSet(qint64 exercise, double kg, int reps, std::optional<double> rpe = std::nullopt,
                          SetKind kind = SetKind::Working)
{
    WorkoutSet s;
    s.exerciseId = exercise;
    s.weight = Weight::fromKg(kg);
    s.reps = reps;
    s.rpe = rpe;
    s.kind = kind;
    return s;
}

/// A session at noon UTC on 2026-01-05 plus @p day days.
inline Session makeSession(qint64 id, int day, QList<WorkoutSet> sets)
{
    Session s;
    s.id = id;
    s.athleteId = 1;
    s.start = QDateTime(QDate(2026, 1, 5).addDays(day), QTime(12, 0), Qt::UTC);
    s.durationMin = 60;
    s.sets = std::move(sets);
    return s;
}

} // namespace spotter::test
