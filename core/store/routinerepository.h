// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/routine.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace spotter {

class Database;

/// Routines with their items and assignments, stored and replaced as one aggregate. Names are
/// unique regardless of case.
class RoutineRepository
{
public:
    explicit RoutineRepository(const Database &db) : m_db(db) {}

    /// Inserts @p routine with its items and assignments (keeping its id when it has one, as undo
    /// needs) and sets its id.
    qint64 add(Routine &routine);
    /// Replaces the name, the notes, every item and every assignment.
    /// Refuses (StoreError::Conflict) when the routine changed since @p routine was read, and
    /// moves @p routine to the version it stored.
    void update(Routine &routine);
    void remove(qint64 id);
    [[nodiscard]] std::optional<Routine> get(qint64 id) const;
    [[nodiscard]] std::optional<Routine> findByName(const QString &name) const;
    /// Every routine ordered by name; with @p athleteId, only those assigned to that athlete.
    [[nodiscard]] QList<Routine> list(std::optional<qint64> athleteId = std::nullopt) const;

    /// The titles of the athlete's imported sessions done at least @p minSessions times that no
    /// routine is named yet, most frequent first, at most @p limit of them.
    [[nodiscard]] QList<WorkoutName> frequentWorkouts(qint64 athleteId,
                                                      int minSessions = limits::kOfferedWorkoutMinSessions,
                                                      int limit = limits::kOfferedWorkouts) const;
    /// A routine named after the athlete's latest session titled @p title (ignoring case), with
    /// that session's sets as its items and assigned to the athlete; none without such a session.
    [[nodiscard]] std::optional<Routine> fromWorkout(qint64 athleteId, const QString &title) const;

    /// The ids of the routines assigned to @p athleteId: one statement, where list(athleteId)
    /// reads the routines whole in a transaction of their own.
    [[nodiscard]] QList<qint64> assignedIds(qint64 athleteId) const;
    /// The routines assigned to @p athleteId, read on @p db (an athlete's snapshot).
    [[nodiscard]] static QList<qint64> assignedTo(const QSqlDatabase &db, qint64 athleteId);
    /// Assigns the routines @p routineIds to @p athleteId again, on @p db (restoring a snapshot).
    static void assign(const QSqlDatabase &db, qint64 athleteId, const QList<qint64> &routineIds);

private:
    void write(const QSqlDatabase &db, const Routine &routine) const;
    [[nodiscard]] QList<Routine> read(const QString &where, const std::optional<qint64> &key,
                                      const QString &keyName) const;

    const Database &m_db;
};

} // namespace spotter
