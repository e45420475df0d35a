// SPDX-License-Identifier: GPL-3.0-or-later
// Expected sets for tests: Set().g(100'000).reps(5).rpe(8), and readable printing of sets.
#pragma once

#include "model/weight.h"
#include "model/workoutset.h"

#include <QList>

#include <ostream>

namespace spotter {

inline void PrintTo(const WorkoutSet &s, std::ostream *os)
{
    *os << "{kind " << toKey(s.kind).toStdString();
    if (s.exerciseId)
        *os << ", exercise " << s.exerciseId;
    if (s.weight)
        *os << ", " << s.weight->grams() << " g";
    if (s.reps)
        *os << ", reps " << *s.reps;
    if (s.seconds)
        *os << ", " << *s.seconds << " s";
    if (s.distanceCm)
        *os << ", " << *s.distanceCm << " cm";
    if (s.rpe)
        *os << ", @" << *s.rpe;
    if (s.rir)
        *os << ", rir " << *s.rir;
    if (s.restSeconds)
        *os << ", rest " << *s.restSeconds;
    *os << ", position " << s.position << '}';
}

namespace test {

/// Builds the set a test expects: Set().g(100'000).reps(5).rpe(8).
class Set
{
public:
    Set &g(qint64 grams)
    {
        m_set.weight = Weight::fromGrams(grams);
        return *this;
    }
    Set &reps(int reps)
    {
        m_set.reps = reps;
        return *this;
    }
    Set &secs(int seconds)
    {
        m_set.seconds = seconds;
        return *this;
    }
    Set &cm(qint64 cm)
    {
        m_set.distanceCm = cm;
        return *this;
    }
    Set &rpe(double rpe)
    {
        m_set.rpe = rpe;
        return *this;
    }
    Set &rir(double rir)
    {
        m_set.rir = rir;
        return *this;
    }
    Set &rest(int seconds)
    {
        m_set.restSeconds = seconds;
        return *this;
    }
    Set &kind(SetKind kind)
    {
        m_set.kind = kind;
        return *this;
    }
    Set &exercise(qint64 id)
    {
        m_set.exerciseId = id;
        return *this;
    }
    operator WorkoutSet() const { return m_set; } // NOLINT(google-explicit-constructor)

private:
    WorkoutSet m_set;
};

/// @p set repeated @p times.
inline QList<WorkoutSet> times(int times, const WorkoutSet &set)
{
    return QList<WorkoutSet>(times, set);
}

/// Positions are the index in the list, as a session or a quick-entry line numbers them.
inline QList<WorkoutSet> numbered(QList<WorkoutSet> sets)
{
    for (qsizetype i = 0; i < sets.size(); ++i)
        sets[i].position = static_cast<int>(i);
    return sets;
}

} // namespace test
} // namespace spotter
