// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/session.h"

#include <QTimeZone>

namespace spotter {

QDateTime dateTimeWithOffset(qint64 utcSeconds, int offsetSeconds)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::OffsetFromUTC, offsetSeconds);
}

QDateTime withLocalOffset(const QDateTime &dt)
{
    if (!dt.isValid())
        return dt;
    if (dt.timeSpec() == Qt::OffsetFromUTC || dt.timeSpec() == Qt::UTC)
        return dt;
    const qint64 secs = dt.toSecsSinceEpoch();
    return dateTimeWithOffset(secs, dt.toLocalTime().offsetFromUtc());
}

qint64 wallClockSeconds(const QDateTime &dt)
{
    return dt.toSecsSinceEpoch() + dt.offsetFromUtc();
}

qint64 wallClockDayStart(QDate date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

QString isoWithOffset(const QDateTime &dt)
{
    return withLocalOffset(dt).toString(Qt::ISODate);
}

std::optional<QDateTime> parseDateTime(QStringView text)
{
    const QString s = text.trimmed().toString();
    if (s.isEmpty())
        return std::nullopt;
    if (s.size() == 10) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        return withLocalOffset(QDateTime(d, QTime(0, 0)));
    }
    QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid()) {
        // Accept a space instead of 'T' as people type it.
        QString t = s;
        if (t.size() > 10 && t.at(10) == u' ')
            t[10] = u'T';
        dt = QDateTime::fromString(t, Qt::ISODate);
    }
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::UTC)
        return dateTimeWithOffset(dt.toSecsSinceEpoch(), 0);
    return withLocalOffset(dt);
}

} // namespace spotter
