// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/teamrepository.h"

#include "analysis/progressseries.h"
#include "analysis/thresholds.h"
#include "store/database.h"
#include "store/historyrepository.h"
#include "store/progressrepository.h"
#include "store/query.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <cmath>

namespace spotter {

TeamInputs TeamRepository::inputs(const Athlete &athlete, const ExerciseMap &exercises,
                                  const QDateTime &now) const
{
    const QSqlDatabase db = m_db.connection();
    ReadTransaction rt(db);
    TeamInputs in;
    in.athlete = athlete;
    in.exercises = exercises;
    const QDate today = now.date();
    const QDate windowStart = today.addDays(1 - kTeamWindowDays);

    // Sessions logged ahead of time are not the "last session".
    Query last(db, QStringLiteral("SELECT start_utc, utc_offset_s FROM session WHERE athlete_id = :athlete"
                                  " AND start_utc <= :now ORDER BY start_utc DESC LIMIT 1"));
    last.bind(QStringLiteral(":athlete"), athlete.id)
        .bind(QStringLiteral(":now"), now.toSecsSinceEpoch())
        .exec();
    if (last.next())
        in.lastSession = dateTimeWithOffset(last.int64(0), last.value(1).toInt());

    Query count(db, QStringLiteral("SELECT COUNT(*) FROM session WHERE athlete_id = :athlete"
                                   " AND start_utc >= :from AND start_utc < :to"));
    count.bind(QStringLiteral(":athlete"), athlete.id)
        .bind(QStringLiteral(":from"), sql::localDayStartUtc(windowStart))
        .bind(QStringLiteral(":to"), sql::localDayStartUtc(today.addDays(1)))
        .exec();
    if (count.next())
        in.sessionsInWindow = count.value(0).toInt();

    SessionFilter context;
    context.from = windowStart.addDays(-static_cast<int>(std::lround(th(Threshold::E1rmBestWeeks) * 7.0)));
    context.to = today;
    in.sessions = SessionRepository(m_db).list(athlete.id, context, true);
    in.daily = ProgressRepository(m_db).dailyLoads(athlete.id, windowStart.addDays(-kLoadWarmupDays), today);

    QList<qint64> ids;
    Query open(
        db, QStringLiteral("SELECT id FROM soreness WHERE athlete_id = :athlete AND noticed_utc <= :now"
                           " AND (resolved_utc IS NULL OR resolved_utc >= :since) ORDER BY noticed_utc, id"));
    open.bind(QStringLiteral(":athlete"), athlete.id)
        .bind(QStringLiteral(":now"), now.toSecsSinceEpoch())
        .bind(QStringLiteral(":since"), now.addDays(-kOpenResolvedDays).toSecsSinceEpoch())
        .exec();
    while (open.next())
        ids.append(open.int64(0));
    Query latest(db,
                 QStringLiteral("SELECT id FROM soreness WHERE athlete_id = :athlete AND noticed_utc <= :now"
                                " ORDER BY noticed_utc DESC, id DESC LIMIT 1"));
    latest.bind(QStringLiteral(":athlete"), athlete.id)
        .bind(QStringLiteral(":now"), now.toSecsSinceEpoch())
        .exec();
    if (latest.next() && !ids.contains(latest.int64(0)))
        ids.append(latest.int64(0));

    const SorenessRepository soreness(m_db);
    const HistoryRepository history(m_db);
    for (qint64 id : std::as_const(ids)) {
        if (const auto report = soreness.get(id))
            in.soreness.append({*report, history.reportHistory(*report)});
    }
    return in;
}

} // namespace spotter
