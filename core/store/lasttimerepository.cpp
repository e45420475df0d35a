// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/lasttimerepository.h"

#include "model/session.h"
#include "store/database.h"
#include "store/query.h"
#include "store/sqlvalues.h"

namespace spotter {

QHash<qint64, LastTime> LastTimeRepository::lastTimes(qint64 athleteId, const QList<qint64> &exerciseIds,
                                                      qint64 beforeUtc, qint64 excludeSessionId) const
{
    QHash<qint64, LastTime> out;
    if (exerciseIds.isEmpty())
        return out;
    QStringList names;
    for (qsizetype i = 0; i < exerciseIds.size(); ++i)
        names.append(QStringLiteral(":e%1").arg(i));
    // The athlete's sets of those exercises, newest session first per exercise (a window
    // function both SQLite and PostgreSQL have); CROSS JOIN keeps SQLite on the athlete's
    // sessions rather than on every athlete's sets of the exercise.
    Query q(m_db.connection(),
            QStringLiteral(
                "SELECT exercise_id, session_id, start_utc, utc_offset_s, id, position, kind, weight_g, "
                "reps, rpe, rir, rest_s, seconds, distance_cm, notes FROM ("
                "SELECT w.exercise_id, w.session_id, s.start_utc, s.utc_offset_s, w.id, w.position, "
                "w.kind, w.weight_g, w.reps, w.rpe, w.rir, w.rest_s, w.seconds, w.distance_cm, w.notes, "
                "DENSE_RANK() OVER (PARTITION BY w.exercise_id ORDER BY s.start_utc DESC, s.id DESC) "
                "AS recency FROM session s CROSS JOIN workout_set w ON w.session_id = s.id "
                "WHERE s.athlete_id = :athlete AND s.start_utc < :before AND s.id <> :exclude "
                "AND w.exercise_id IN (")
                + names.join(QStringLiteral(", "))
                + QStringLiteral(")) latest WHERE recency = 1 ORDER BY exercise_id, position"));
    q.bind(QStringLiteral(":athlete"), athleteId)
        .bind(QStringLiteral(":before"), beforeUtc)
        .bind(QStringLiteral(":exclude"), excludeSessionId);
    for (qsizetype i = 0; i < exerciseIds.size(); ++i)
        q.bind(names.at(i), exerciseIds.at(i));
    q.exec();
    while (q.next()) {
        LastTime &last = out[q.int64(0)];
        last.sessionId = q.int64(1);
        last.start = dateTimeWithOffset(q.int64(2), q.value(3).toInt());
        WorkoutSet w;
        w.id = q.int64(4);
        w.sessionId = last.sessionId;
        w.exerciseId = q.int64(0);
        w.position = static_cast<int>(q.int64(5));
        w.kind = sql::enumOf(kSetKindKeys, q.string(6), "workout_set.kind");
        w.weight = sql::weightOf(q.optInt64(7));
        w.reps = q.optInt(8);
        w.rpe = q.optDouble(9);
        w.rir = q.optDouble(10);
        w.restSeconds = q.optInt(11);
        w.seconds = q.optInt(12);
        w.distanceCm = q.optInt64(13);
        w.notes = q.string(14);
        last.sets.append(w);
    }
    return out;
}

} // namespace spotter
