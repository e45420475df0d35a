// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/historyrepository.h"

#include "store/database.h"
#include "store/dialect.h"
#include "store/exerciserepository.h"
#include "store/query.h"
#include "store/rawquery.h"
#include "store/sqlvalues.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace spotter {

namespace {

/// ":e0, :e1, …" for an IN list whose values are bound one by one.
QString placeholders(qsizetype n)
{
    QStringList names;
    for (qsizetype i = 0; i < n; ++i)
        names.append(QStringLiteral(":e%1").arg(i));
    return names.join(QStringLiteral(", "));
}

void bindIds(Query &q, const QList<qint64> &ids)
{
    for (qsizetype i = 0; i < ids.size(); ++i)
        q.bind(QStringLiteral(":e%1").arg(i), ids[i]);
}

} // namespace

ExerciseMap HistoryRepository::exercises() const
{
    ExerciseMap out;
    for (const Exercise &e : ExerciseRepository(m_db).list())
        out.insert(e.id, e);
    return out;
}

QList<WorkoutSet> HistoryRepository::e1rmCandidates(qint64 athleteId, const QList<qint64> &exerciseIds,
                                                    std::optional<QDateTime> since, const QDateTime &before,
                                                    E1rmSetFilter filter) const
{
    // CROSS JOIN keeps SQLite on the athlete's session range (the exercise index alone would
    // visit that exercise's sets of every athlete); for each session it then finds the sets of
    // the exercises asked for through the (exercise_id, session_id) index, not all its sets.
    // The load lifted (sql::kLiftedLoad): assisted sets count the bodyweight less the help.
    const QSqlDatabase db = m_db.connection();
    const QString lifted = dialect::liftedLoad(db);
    const auto beforeBound =
        sql::DayBound::sessionsBefore(wallClockSeconds(before), QStringLiteral(":before"));
    const auto sinceBound = since ? std::optional(sql::DayBound::sessionsAtOrAfter(wallClockSeconds(*since),
                                                                                   QStringLiteral(":since")))
                                  : std::nullopt;
    QString sql =
        QStringLiteral("SELECT w.exercise_id, w.reps, COALESCE(w.rpe, 10 - w.rir) AS effort, MAX(") + lifted
        + QStringLiteral(") FROM session s") + dialect::orderedJoin(db) + QStringLiteral("workout_set w")
        + dialect::setsOfSessions(db) + QStringLiteral("WHERE s.athlete_id = :athlete") + beforeBound.sql
        + QStringLiteral(" AND w.kind <> 'warmup' AND w.reps BETWEEN 1 AND :maxreps AND ") + lifted
        + QStringLiteral(" > 0"
                         " AND (COALESCE(w.rpe, 10 - w.rir) IS NULL OR COALESCE(w.rpe, 10 - w.rir) >= "
                         ":minrpe)");
    if (sinceBound)
        sql += sinceBound->sql;
    if (!exerciseIds.isEmpty())
        sql += QStringLiteral(" AND w.exercise_id IN (") + placeholders(exerciseIds.size()) + u')';
    sql += QStringLiteral(" GROUP BY w.exercise_id, w.reps, effort");
    // SQLite hands groups out in their order; PostgreSQL is told to, NULLs first as SQLite.
    if (pg::isPostgres(db))
        sql += QStringLiteral(" ORDER BY w.exercise_id, w.reps, effort NULLS FIRST");
    Query q(db, sql);
    q.bind(QStringLiteral(":athlete"), athleteId)
        .bind(QStringLiteral(":maxreps"), filter.maxReps)
        .bind(QStringLiteral(":minrpe"), filter.minRpe);
    beforeBound.bindTo(q);
    if (sinceBound)
        sinceBound->bindTo(q);
    bindIds(q, exerciseIds);
    q.exec();
    QList<WorkoutSet> out;
    while (q.next()) {
        WorkoutSet w;
        w.exerciseId = q.int64(0);
        w.reps = q.optInt(1);
        w.rpe = q.optDouble(2);
        w.weight = Weight::fromGrams(q.int64(3));
        out.append(w);
    }
    return out;
}

QHash<qint64, Regions> HistoryRepository::soreRegions(qint64 athleteId, std::optional<qint64> fromUtc,
                                                      std::optional<qint64> toUtc) const
{
    QString sql = QStringLiteral("SELECT DISTINCT r.session_id, r.region FROM session s"
                                 " JOIN soreness r ON r.session_id = s.id WHERE s.athlete_id = :athlete");
    const auto first =
        fromUtc ? std::optional(sql::DayBound::sessionsAtOrAfter(*fromUtc, QStringLiteral(":from")))
                : std::nullopt;
    const auto end =
        toUtc ? std::optional(sql::DayBound::sessionsBefore(*toUtc, QStringLiteral(":to"))) : std::nullopt;
    if (first)
        sql += first->sql;
    if (end)
        sql += end->sql;
    Query q(m_db.connection(), sql);
    q.bind(QStringLiteral(":athlete"), athleteId);
    if (first)
        first->bindTo(q);
    if (end)
        end->bindTo(q);
    q.exec();
    QHash<qint64, Regions> out;
    while (q.next())
        out[q.int64(0)].insert(sql::enumOf(kRegionKeys, q.string(1), "soreness.region"));
    return out;
}

QList<LiftSession> HistoryRepository::liftSessions(qint64 athleteId, const QList<qint64> &exerciseIds,
                                                   qint64 fromUtc, qint64 toUtc) const
{
    if (exerciseIds.isEmpty())
        return {};
    const QSqlDatabase db = m_db.connection();
    const auto first = sql::DayBound::sessionsAtOrAfter(fromUtc, QStringLiteral(":from"));
    const auto end = sql::DayBound::sessionsBefore(toUtc, QStringLiteral(":to"));
    Query q(db, QStringLiteral("SELECT s.id, s.start_utc, s.utc_offset_s, w.exercise_id, MAX(")
                    + dialect::liftedLoad(db) + QStringLiteral(") FROM session s") + dialect::orderedJoin(db)
                    + QStringLiteral("workout_set w") + dialect::setsOfSessions(db)
                    + QStringLiteral("WHERE s.athlete_id = :athlete") + first.sql + end.sql
                    + QStringLiteral(" AND w.kind <> 'warmup' AND w.exercise_id IN (")
                    + placeholders(exerciseIds.size())
                    + QStringLiteral(") GROUP BY s.id, w.exercise_id ORDER BY s.id, w.exercise_id"));
    q.bind(QStringLiteral(":athlete"), athleteId);
    first.bindTo(q);
    end.bindTo(q);
    bindIds(q, exerciseIds);
    q.exec();
    QList<LiftSession> out;
    while (q.next()) {
        out.append({q.int64(0), q.int64(3), dateTimeWithOffset(q.int64(1), q.value(2).toInt()),
                    sql::weightOf(q.optInt64(4))});
    }
    return out;
}

QSet<qint64> HistoryRepository::liftedBefore(qint64 athleteId, const QList<qint64> &exerciseIds,
                                             qint64 beforeUtc) const
{
    // Newest first, one probe of the (exercise, session) index per exercise: a lift trained
    // before stops the search at once.
    const QSqlDatabase db = m_db.connection();
    const auto bound = sql::DayBound::sessionsBefore(beforeUtc, QStringLiteral(":before"));
    QSet<qint64> out;
    if (pg::isPostgres(db)) {
        // On a server each probe is a round trip, parsed and planned anew: the same probes, one
        // per exercise, in one statement.
        if (exerciseIds.isEmpty())
            return out;
        // The ids as a list of values rather than from the exercise table, whose rows
        // row-level security could hide.
        QStringList rows;
        for (qsizetype i = 0; i < exerciseIds.size(); ++i)
            rows.append(QStringLiteral("(CAST(:e%1 AS bigint))").arg(i));
        Query q(db,
                QStringLiteral("SELECT e.id FROM (VALUES ") + rows.join(QStringLiteral(", "))
                    + QStringLiteral(") AS e(id) WHERE EXISTS (SELECT 1 FROM session s JOIN workout_set w")
                    + dialect::setsOfSessions(db) + QStringLiteral("WHERE s.athlete_id = :athlete")
                    + bound.sql + QStringLiteral(" AND w.exercise_id = e.id AND w.kind <> 'warmup')"));
        q.bind(QStringLiteral(":athlete"), athleteId);
        bound.bindTo(q);
        bindIds(q, exerciseIds);
        q.exec();
        while (q.next())
            out.insert(q.int64(0));
        return out;
    }
    Query before(db, QStringLiteral("SELECT 1 FROM session s") + dialect::orderedJoin(db)
                         + QStringLiteral("workout_set w") + dialect::setsOfSessions(db)
                         + QStringLiteral("WHERE s.athlete_id = :athlete") + bound.sql
                         + QStringLiteral(" AND w.exercise_id = :exercise AND w.kind <> 'warmup'"
                                          " ORDER BY s.start_utc DESC LIMIT 1"));
    for (const qint64 id : exerciseIds) {
        before.bind(QStringLiteral(":athlete"), athleteId).bind(QStringLiteral(":exercise"), id);
        bound.bindTo(before);
        before.exec();
        if (before.next())
            out.insert(id);
    }
    return out;
}

QList<Session> HistoryRepository::liftTops(qint64 athleteId, qint64 fromUtc, qint64 toUtc) const
{
    const QSqlDatabase db = m_db.connection();
    const auto first = sql::DayBound::sessionsAtOrAfter(fromUtc, QStringLiteral(":from"));
    const auto end = sql::DayBound::sessionsBefore(toUtc, QStringLiteral(":to"));
    // Rows of one session must come together: SQLite groups in this order, PostgreSQL is told.
    RawQuery q(db, QStringLiteral("SELECT s.id, s.start_utc, s.utc_offset_s, w.exercise_id, MAX(")
                       + dialect::liftedLoad(db) + QStringLiteral(") FROM session s")
                       + dialect::orderedJoin(db) + QStringLiteral("workout_set w")
                       + dialect::setsOfSessions(db) + QStringLiteral("WHERE s.athlete_id = :athlete")
                       + first.sql + end.sql
                       + QStringLiteral(" AND w.kind <> 'warmup' GROUP BY s.start_utc, s.id, w.exercise_id")
                       + (pg::isPostgres(db) ? QStringLiteral(" ORDER BY s.start_utc, s.id, w.exercise_id")
                                             : QString()));
    q.bind(QStringLiteral(":athlete"), athleteId);
    first.bindTo(q);
    end.bindTo(q);
    q.exec();
    QList<Session> out;
    while (q.next()) {
        if (out.isEmpty() || out.last().id != q.int64(0)) {
            Session s;
            s.id = q.int64(0);
            s.athleteId = athleteId;
            s.start = dateTimeWithOffset(q.int64(1), static_cast<int>(q.int64(2)));
            out.append(s);
        }
        WorkoutSet top;
        top.sessionId = q.int64(0);
        top.exerciseId = q.int64(3);
        top.position = static_cast<int>(out.last().sets.size());
        top.weight = sql::weightOf(q.optInt64(4));
        out.last().sets.append(top);
    }
    return out;
}

QList<DailyLoad> HistoryRepository::dailyLoads(qint64 athleteId, std::optional<QDate> to) const
{
    // The local day of a session in its own offset, floored so that it also holds before 1970.
    QString sql = QStringLiteral(
        "SELECT ((start_utc + utc_offset_s) - (((start_utc + utc_offset_s) % 86400) + 86400) % 86400) / 86400"
        " AS day, SUM(session_rpe * duration_min) FROM session"
        " WHERE athlete_id = :athlete AND session_rpe IS NOT NULL AND duration_min IS NOT NULL");
    const auto end =
        to ? std::optional(sql::DayBound::sessionsThrough(*to, QStringLiteral("session"))) : std::nullopt;
    if (end)
        sql += end->sql;
    sql += QStringLiteral(" GROUP BY day ORDER BY day");
    Query q(m_db.connection(), sql);
    q.bind(QStringLiteral(":athlete"), athleteId);
    if (end)
        end->bindTo(q);
    q.exec();
    QList<DailyLoad> out;
    const QDate epoch(1970, 1, 1);
    while (q.next())
        out.append({epoch.addDays(q.int64(0)), q.value(1).toDouble()});
    return out;
}

} // namespace spotter
