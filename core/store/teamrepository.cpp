// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/teamrepository.h"

#include "model/session.h"
#include "store/database.h"
#include "store/query.h"
#include "store/sqlvalues.h"

namespace spotter {

std::optional<QDateTime> TeamRepository::lastSessionBy(qint64 athleteId, const QDateTime &now) const
{
    Query last(m_db.connection(),
               QStringLiteral("SELECT start_utc, utc_offset_s FROM session WHERE athlete_id = :athlete"
                              " AND start_utc <= :now ORDER BY start_utc DESC LIMIT 1"));
    last.bind(QStringLiteral(":athlete"), athleteId)
        .bind(QStringLiteral(":now"), now.toSecsSinceEpoch())
        .exec();
    if (!last.next())
        return std::nullopt;
    return dateTimeWithOffset(last.int64(0), last.value(1).toInt());
}

int TeamRepository::sessionCount(qint64 athleteId, QDate from, QDate to) const
{
    const auto first = sql::DayBound::sessionsFrom(from, QStringLiteral("session"));
    const auto last = sql::DayBound::sessionsThrough(to, QStringLiteral("session"));
    Query count(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM session WHERE athlete_id = :athlete")
                                       + first.sql + last.sql);
    count.bind(QStringLiteral(":athlete"), athleteId);
    first.bindTo(count);
    last.bindTo(count);
    count.exec();
    return count.next() ? count.value(0).toInt() : 0;
}

QList<qint64> TeamRepository::openOrLatestReports(qint64 athleteId, const QDateTime &now,
                                                  const QDateTime &resolvedSince) const
{
    const QSqlDatabase db = m_db.connection();
    QList<qint64> ids;
    Query open(
        db, QStringLiteral("SELECT id FROM soreness WHERE athlete_id = :athlete AND noticed_utc <= :now"
                           " AND (resolved_utc IS NULL OR resolved_utc >= :since) ORDER BY noticed_utc, id"));
    open.bind(QStringLiteral(":athlete"), athleteId)
        .bind(QStringLiteral(":now"), now.toSecsSinceEpoch())
        .bind(QStringLiteral(":since"), resolvedSince.toSecsSinceEpoch())
        .exec();
    while (open.next())
        ids.append(open.int64(0));
    Query latest(db,
                 QStringLiteral("SELECT id FROM soreness WHERE athlete_id = :athlete AND noticed_utc <= :now"
                                " ORDER BY noticed_utc DESC, id DESC LIMIT 1"));
    latest.bind(QStringLiteral(":athlete"), athleteId)
        .bind(QStringLiteral(":now"), now.toSecsSinceEpoch())
        .exec();
    if (latest.next() && !ids.contains(latest.int64(0)))
        ids.append(latest.int64(0));
    return ids;
}

} // namespace spotter
