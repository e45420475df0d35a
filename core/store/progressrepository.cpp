// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/progressrepository.h"

#include "store/database.h"
#include "store/dialect.h"
#include "store/pgconnection.h"
#include "store/query.h"
#include "store/sqlvalues.h"

namespace spotter {

namespace {

// The local day of a session in its own offset, floored so that it also holds before 1970 (as
// HistoryRepository::dailyLoads computes it).
const QString kLocalDay = QStringLiteral("(((s.start_utc + s.utc_offset_s) - (((s.start_utc + "
                                         "s.utc_offset_s) % 86400) + 86400) % 86400) / 86400)");

const QDate kEpoch(1970, 1, 1);

} // namespace

std::optional<QDate> ProgressRepository::firstSessionDay(qint64 athleteId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT start_utc, utc_offset_s FROM session s"
                                              " WHERE athlete_id = :athlete ORDER BY start_utc LIMIT 1"));
    q.bind(QStringLiteral(":athlete"), athleteId).exec();
    if (!q.next())
        return std::nullopt;
    return dateTimeWithOffset(q.int64(0), q.value(1).toInt()).date();
}

QList<SessionCandidate> ProgressRepository::sessionCandidates(qint64 athleteId, QDate from, QDate to,
                                                              E1rmSetFilter filter) const
{
    // The same filters as HistoryRepository::e1rmCandidates, grouped per session as well; the
    // session range comes from the (athlete_id, start_utc) index and "+w.exercise_id" keeps
    // SQLite from walking the exercise index across every athlete.
    const QSqlDatabase db = m_db.connection();
    const QString lifted = dialect::liftedLoad(db);
    Query q(db, QStringLiteral("SELECT s.id, s.start_utc, s.utc_offset_s, w.exercise_id, w.reps,"
                               " COALESCE(w.rpe, 10 - w.rir) AS effort, MAX(")
                    + lifted + QStringLiteral(") FROM session s JOIN workout_set w")
                    + dialect::setsOfSessions(db)
                    + QStringLiteral(" JOIN exercise e ON e.id = +w.exercise_id"
                                     " WHERE s.athlete_id = :athlete")
                    + sql::DayBound::sessionsFrom(from).sql + sql::DayBound::sessionsThrough(to).sql
                    + QStringLiteral(" AND e.kind = 'main' AND w.kind <> 'warmup' AND ") + lifted
                    + QStringLiteral(
                        " > 0"
                        " AND w.reps BETWEEN 1 AND :maxreps"
                        " AND (COALESCE(w.rpe, 10 - w.rir) IS NULL OR COALESCE(w.rpe, 10 - w.rir) >= :minrpe)"
                        " GROUP BY s.id, w.exercise_id, w.reps, effort"
                        " ORDER BY s.start_utc, s.id")
                    // Within a session SQLite hands the groups out in their order; PostgreSQL is told.
                    + (pg::isPostgres(db) ? QStringLiteral(", w.exercise_id, w.reps, effort NULLS FIRST")
                                          : QString()));
    sql::DayBound::sessionsFrom(from).bindTo(q);
    sql::DayBound::sessionsThrough(to).bindTo(q);
    q.bind(QStringLiteral(":athlete"), athleteId)
        .bind(QStringLiteral(":maxreps"), filter.maxReps)
        .bind(QStringLiteral(":minrpe"), filter.minRpe)
        .exec();
    QList<SessionCandidate> out;
    while (q.next()) {
        SessionCandidate c;
        c.sessionId = q.int64(0);
        c.start = dateTimeWithOffset(q.int64(1), q.value(2).toInt());
        c.set.sessionId = c.sessionId;
        c.set.exerciseId = q.int64(3);
        c.set.reps = q.optInt(4);
        c.set.rpe = q.optDouble(5);
        c.set.weight = Weight::fromGrams(q.int64(6));
        out.append(c);
    }
    return out;
}

QList<WeekVolumeRow> ProgressRepository::weeklyVolume(qint64 athleteId, QDate from, QDate to) const
{
    // Day 0 (1970-01-01) was a Thursday, so (day + 3) mod 7 counts days since Monday.
    const QString week = QStringLiteral("(%1 - ((%1 + 3) % 7 + 7) % 7)").arg(kLocalDay);
    const QSqlDatabase db = m_db.connection();
    const QString lifted = dialect::liftedLoad(db);
    Query q(db, QStringLiteral("SELECT ") + week + QStringLiteral(" AS week, w.exercise_id, SUM(CASE WHEN ")
                    + lifted + QStringLiteral(" > 0 AND w.reps > 0 THEN ") + lifted
                    + QStringLiteral(" * w.reps ELSE 0 END), COUNT(*)"
                                     " FROM session s JOIN workout_set w")
                    + dialect::setsOfSessions(db) + QStringLiteral(" WHERE s.athlete_id = :athlete")
                    + sql::DayBound::sessionsFrom(from).sql
                    + sql::DayBound::sessionsThrough(to).sql
                    // Failed attempts lifted nothing: they are no part of the volume, not even a set.
                    + QStringLiteral(" AND w.kind <> 'warmup' AND ") + sql::kNotMissed
                    + QStringLiteral(" GROUP BY week, w.exercise_id ORDER BY week, w.exercise_id"));
    sql::DayBound::sessionsFrom(from).bindTo(q);
    sql::DayBound::sessionsThrough(to).bindTo(q);
    q.bind(QStringLiteral(":athlete"), athleteId).exec();
    QList<WeekVolumeRow> out;
    while (q.next())
        out.append({kEpoch.addDays(q.int64(0)), q.int64(1), q.int64(2), q.value(3).toInt()});
    return out;
}

QList<DailyLoad> ProgressRepository::dailyLoads(qint64 athleteId, QDate from, QDate to) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT ") + kLocalDay
                + QStringLiteral(" AS day, SUM(s.session_rpe * s.duration_min) FROM session s"
                                 " WHERE s.athlete_id = :athlete AND s.session_rpe IS NOT NULL"
                                 " AND s.duration_min IS NOT NULL")
                + sql::DayBound::sessionsFrom(from).sql + sql::DayBound::sessionsThrough(to).sql
                + QStringLiteral(" GROUP BY day ORDER BY day"));
    sql::DayBound::sessionsFrom(from).bindTo(q);
    sql::DayBound::sessionsThrough(to).bindTo(q);
    q.bind(QStringLiteral(":athlete"), athleteId).exec();
    QList<DailyLoad> out;
    while (q.next())
        out.append({kEpoch.addDays(q.int64(0)), q.value(1).toDouble()});
    return out;
}

QList<qint64> ProgressRepository::sorenessOverlapping(qint64 athleteId, QDate from, QDate to) const
{
    Query q(
        m_db.connection(),
        QStringLiteral("SELECT id FROM soreness WHERE athlete_id = :athlete"
                       " AND noticed_utc + noticed_offset_s < :to"
                       " AND (resolved_utc IS NULL OR resolved_utc + COALESCE(resolved_offset_s, 0) >= :from)"
                       " ORDER BY noticed_utc, id"));
    // Each report's days are those of its own offsets, whoever reads it.
    q.bind(QStringLiteral(":athlete"), athleteId)
        .bind(QStringLiteral(":from"), sql::wallClockDayStart(from))
        .bind(QStringLiteral(":to"), sql::wallClockDayStart(to.addDays(1)))
        .exec();
    QList<qint64> out;
    while (q.next())
        out.append(q.int64(0));
    return out;
}

} // namespace spotter
