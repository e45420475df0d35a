// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The few statements whose spelling differs between SQLite and PostgreSQL, in one place
// (field notes §9). Everything else the repositories write is accepted by both.

#include "store/pgconnection.h"
#include "store/sqlvalues.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace spotter::dialect {

/// A join that SQLite must walk in the written order (its CROSS JOIN is a planner hint);
/// PostgreSQL plans an inner join itself (and rejects CROSS JOIN … ON).
inline QString orderedJoin(const QSqlDatabase &db)
{
    return pg::isPostgres(db) ? QStringLiteral(" JOIN ") : QStringLiteral(" CROSS JOIN ");
}

/// The condition joining the sets `w` to their sessions `s`. On the team server each set also
/// carries its session's athlete (core/store/serversetathletes.cpp): saying so lets PostgreSQL
/// derive `w.athlete_id = :athlete` from the sessions' filter and read one athlete's sets
/// through their index, where it would otherwise misjudge how many the sets' row-level
/// security keeps and scan every set of a small team (docs/performance.md, benchmark 8).
inline QString setsOfSessions(const QSqlDatabase &db)
{
    return pg::isPostgres(db) ? QStringLiteral(" ON w.session_id = s.id AND w.athlete_id = s.athlete_id ")
                              : QStringLiteral(" ON w.session_id = s.id ");
}

/// True when @p haystack contains @p needle, without LIKE's pattern characters.
inline QString contains(const QSqlDatabase &db, const QString &haystack, const QString &needle)
{
    return (pg::isPostgres(db) ? QStringLiteral("strpos(%1, %2) > 0") : QStringLiteral("instr(%1, %2) > 0"))
        .arg(haystack, needle);
}

/// The load a set moved over the aliases `s` and `w` (sql::kLiftedLoad, model/liftedload.h),
/// spelled for @p db. SQLite's two-argument MAX is NULL when the bodyweight is unknown;
/// PostgreSQL's GREATEST would skip the NULL and give 0, so the unknown is kept by hand.
inline QString liftedLoad(const QSqlDatabase &db)
{
    if (!pg::isPostgres(db))
        return sql::kLiftedLoad;
    return QStringLiteral("(CASE WHEN w.exercise_id IN (SELECT id FROM exercise WHERE assisted = 1)"
                          " THEN CASE WHEN s.bodyweight_g IS NULL THEN NULL"
                          " ELSE GREATEST(0, s.bodyweight_g - ABS(COALESCE(w.weight_g, 0))) END"
                          " ELSE w.weight_g END)");
}

/// Locks a session row until the transaction ends, so that two people adding or removing sets
/// of one session do not number them twice. SQLite's write transaction already excludes other
/// writers.
void lockSession(const QSqlDatabase &db, qint64 sessionId);

/// A new id for a row of @p table taken before the insert, on PostgreSQL (a coach's new
/// athlete becomes visible to them only once the server enrolled it in their team, so the
/// insert cannot return it); none on SQLite, where the insert picks one.
[[nodiscard]] std::optional<qint64> reserveId(const QSqlDatabase &db, const char *table);

/// @p insert ("INSERT INTO t (id, …) VALUES (:id, …)") as it is when the row has an id, or
/// without the id column, so that the database picks one (PostgreSQL's identity columns take
/// no NULL for "pick one", unlike SQLite's INTEGER PRIMARY KEY).
[[nodiscard]] QString insert(const QString &insert, bool withId);

} // namespace spotter::dialect
