// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/lasttimerepository.h"

#include "model/session.h"
#include "store/database.h"
#include "store/dialect.h"
#include "store/query.h"
#include "store/setrow.h"

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
    // sessions rather than on every athlete's sets of the exercise. The outer `w` is the inner
    // query, so that sql::readSet() reads its rows like any other set row.
    const QSqlDatabase db = m_db.connection();
    Query q(db,
            QStringLiteral("SELECT start_utc, utc_offset_s, ") + sql::setColumns()
                + QStringLiteral(" FROM (SELECT s.start_utc, s.utc_offset_s, ") + sql::setColumns()
                + QStringLiteral(", DENSE_RANK() OVER (PARTITION BY w.exercise_id ORDER BY s.start_utc DESC, "
                                 "s.id DESC) AS recency FROM session s")
                + dialect::orderedJoin(db) + QStringLiteral("workout_set w") + dialect::setsOfSessions(db)
                + QStringLiteral("WHERE s.athlete_id = :athlete AND "
                                 "s.start_utc < :before AND s.id <> :exclude AND w.exercise_id IN (")
                + names.join(QStringLiteral(", "))
                + QStringLiteral(")) w WHERE recency = 1 ORDER BY w.exercise_id, w.position"));
    q.bind(QStringLiteral(":athlete"), athleteId)
        .bind(QStringLiteral(":before"), beforeUtc)
        .bind(QStringLiteral(":exclude"), excludeSessionId);
    for (qsizetype i = 0; i < exerciseIds.size(); ++i)
        q.bind(names.at(i), exerciseIds.at(i));
    q.exec();
    while (q.next()) {
        const WorkoutSet set = sql::readSet(q, 2);
        LastTime &last = out[set.exerciseId];
        last.sessionId = set.sessionId;
        last.start = dateTimeWithOffset(q.int64(0), q.value(1).toInt());
        last.sets.append(set);
    }
    return out;
}

} // namespace spotter
