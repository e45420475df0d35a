// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/progressrepository.h"

#include "analysis/thresholds.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/historyrepository.h"
#include "store/query.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <algorithm>
#include <cmath>

namespace spotter {

namespace {

// The local day of a session in its own offset, floored so that it also holds before 1970 (as
// HistoryRepository::dailyLoads computes it).
const QString kLocalDay = QStringLiteral("(((s.start_utc + s.utc_offset_s) - (((s.start_utc + "
                                         "s.utc_offset_s) % 86400) + 86400) % 86400) / 86400)");

const QDate kEpoch(1970, 1, 1);

int bestWeeksDays()
{
    return static_cast<int>(std::lround(th(Threshold::E1rmBestWeeks) * 7.0));
}

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

QList<SessionCandidate> ProgressRepository::sessionCandidates(qint64 athleteId, QDate from, QDate to) const
{
    // The same filters as HistoryRepository::e1rmCandidates, grouped per session as well; the
    // session range comes from the (athlete_id, start_utc) index and "+w.exercise_id" keeps
    // SQLite from walking the exercise index across every athlete.
    Query q(
        m_db.connection(),
        QStringLiteral("SELECT s.id, s.start_utc, s.utc_offset_s, w.exercise_id, w.reps,"
                       " COALESCE(w.rpe, 10 - w.rir) AS effort, MAX(w.weight_g)"
                       " FROM session s JOIN workout_set w ON w.session_id = s.id"
                       " JOIN exercise e ON e.id = +w.exercise_id"
                       " WHERE s.athlete_id = :athlete AND s.start_utc >= :from AND s.start_utc < :to"
                       " AND e.kind = 'main' AND w.kind <> 'warmup' AND w.weight_g > 0"
                       " AND w.reps BETWEEN 1 AND :maxreps"
                       " AND (COALESCE(w.rpe, 10 - w.rir) IS NULL OR COALESCE(w.rpe, 10 - w.rir) >= :minrpe)"
                       " GROUP BY s.id, w.exercise_id, w.reps, effort"
                       " ORDER BY s.start_utc, s.id"));
    q.bind(QStringLiteral(":athlete"), athleteId)
        .bind(QStringLiteral(":from"), sql::localDayStartUtc(from))
        .bind(QStringLiteral(":to"), sql::localDayStartUtc(to.addDays(1)))
        .bind(QStringLiteral(":maxreps"), static_cast<int>(th(Threshold::E1rmMaxReps)))
        .bind(QStringLiteral(":minrpe"), th(Threshold::E1rmMinRpe))
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
    Query q(m_db.connection(),
            QStringLiteral("SELECT ") + week
                + QStringLiteral(
                    " AS week, w.exercise_id,"
                    " SUM(CASE WHEN w.weight_g > 0 AND w.reps > 0 THEN w.weight_g * w.reps ELSE 0 END),"
                    " COUNT(*)"
                    " FROM session s JOIN workout_set w ON w.session_id = s.id"
                    " WHERE s.athlete_id = :athlete AND s.start_utc >= :from AND s.start_utc < :to"
                    " AND w.kind <> 'warmup'"
                    " GROUP BY week, w.exercise_id ORDER BY week, w.exercise_id"));
    q.bind(QStringLiteral(":athlete"), athleteId)
        .bind(QStringLiteral(":from"), sql::localDayStartUtc(from))
        .bind(QStringLiteral(":to"), sql::localDayStartUtc(to.addDays(1)))
        .exec();
    QList<WeekVolumeRow> out;
    while (q.next())
        out.append({kEpoch.addDays(q.int64(0)), q.int64(1), q.int64(2), q.value(3).toInt()});
    return out;
}

QList<DailyLoad> ProgressRepository::dailyLoads(qint64 athleteId, QDate from, QDate to) const
{
    Query q(
        m_db.connection(),
        QStringLiteral("SELECT ") + kLocalDay
            + QStringLiteral(" AS day, SUM(s.session_rpe * s.duration_min) FROM session s"
                             " WHERE s.athlete_id = :athlete AND s.session_rpe IS NOT NULL"
                             " AND s.duration_min IS NOT NULL AND s.start_utc >= :from AND s.start_utc < :to"
                             " GROUP BY day ORDER BY day"));
    q.bind(QStringLiteral(":athlete"), athleteId)
        .bind(QStringLiteral(":from"), sql::localDayStartUtc(from))
        .bind(QStringLiteral(":to"), sql::localDayStartUtc(to.addDays(1)))
        .exec();
    QList<DailyLoad> out;
    while (q.next())
        out.append({kEpoch.addDays(q.int64(0)), q.value(1).toDouble()});
    return out;
}

QList<qint64> ProgressRepository::sorenessOverlapping(qint64 athleteId, QDate from, QDate to) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT id FROM soreness WHERE athlete_id = :athlete AND noticed_utc < :to"
                           " AND (resolved_utc IS NULL OR resolved_utc >= :from)"
                           " ORDER BY noticed_utc, id"));
    q.bind(QStringLiteral(":athlete"), athleteId)
        .bind(QStringLiteral(":from"), sql::localDayStartUtc(from))
        .bind(QStringLiteral(":to"), sql::localDayStartUtc(to.addDays(1)))
        .exec();
    QList<qint64> out;
    while (q.next())
        out.append(q.int64(0));
    return out;
}

ProgressInputs ProgressRepository::inputs(qint64 athleteId, ProgressRange range, QDate today) const
{
    ReadTransaction rt(m_db.connection());
    const HistoryRepository history(m_db);
    ProgressInputs in;
    if (const auto athlete = AthleteRepository(m_db).get(athleteId))
        in.athlete = *athlete;
    in.exercises = history.exercises();
    in.to = today;
    // A range that begins before the first session starts at that session's week: nothing
    // before it to draw.
    const auto first = firstSessionDay(athleteId);
    QDate from = rangeStart(range, today).value_or(weekStartOf(first.value_or(today)));
    if (first)
        from = std::max(from, weekStartOf(*first));
    in.from = std::min(from, weekStartOf(today));

    in.candidates = sessionCandidates(athleteId, in.from, in.to);
    in.candidatesBefore =
        history.e1rmCandidates(athleteId, {}, std::nullopt, QDateTime(in.from, QTime(0, 0)));
    SessionFilter context;
    context.from = in.from.addDays(-bestWeeksDays());
    context.to = in.to;
    in.sessions = SessionRepository(m_db).list(athleteId, context, true);
    in.daily = dailyLoads(athleteId, in.from.addDays(-kLoadWarmupDays), in.to);
    in.volume = weeklyVolume(athleteId, in.from, in.to);
    const SorenessRepository soreness(m_db);
    for (qint64 id : sorenessOverlapping(athleteId, in.from, in.to)) {
        if (const auto report = soreness.get(id))
            in.soreness.append({*report, history.reportHistory(*report)});
    }
    return in;
}

} // namespace spotter
