// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/session.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>
#include <functional>

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
    return parseDateTime(text, nullptr);
}

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct DateTime
{
    Q_DECLARE_TR_FUNCTIONS(spotter::DateTime)
};

QString offsetText(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

/// The offsets this computer's local time gives the wall-clock time @p wallClock (seconds as if
/// UTC): none in a gap (the clocks skipped it), two when the clocks went back over it.
QList<int> localOffsetsFor(qint64 wallClock)
{
    QList<int> tried;
    QList<int> valid;
    for (const qint64 around : {wallClock - 86400, wallClock, wallClock + 86400}) {
        const int offset = QDateTime::fromSecsSinceEpoch(around, Qt::UTC).toLocalTime().offsetFromUtc();
        if (tried.contains(offset))
            continue;
        tried.append(offset);
        const QDateTime at = QDateTime::fromSecsSinceEpoch(wallClock - offset, Qt::UTC).toLocalTime();
        if (at.offsetFromUtc() == offset)
            valid.append(offset);
    }
    std::sort(valid.begin(), valid.end(), std::greater<>());
    return valid;
}

} // namespace

std::optional<QString> dateTimeProblem(int year, int month, int day, int hour, int minute, int second)
{
    if (year < kMinYear || year > kMaxYear)
        return DateTime::tr("the year %1 is out of range (%2 to %3)").arg(year).arg(kMinYear).arg(kMaxYear);
    if (month < 1 || month > 12)
        return DateTime::tr("there is no month %1").arg(month);
    if (!QDate(year, month, day).isValid()) {
        if (month == 2 && day == 29)
            return DateTime::tr("%1 has no 29 February (it is not a leap year)").arg(year);
        return DateTime::tr("%1 %2 has %3 days; there is no day %4")
            .arg(QLocale().monthName(month))
            .arg(year)
            .arg(QDate(year, month, 1).daysInMonth())
            .arg(day);
    }
    if (hour == 24)
        return DateTime::tr("24:00 is not a time of day; write 00:00 of the next day");
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return DateTime::tr("%1:%2 is not a time of day")
            .arg(hour, 2, 10, QLatin1Char('0'))
            .arg(minute, 2, 10, QLatin1Char('0'));
    if (second < 0 || second > 59)
        return DateTime::tr("%1:%2:%3 is not a time of day")
            .arg(hour, 2, 10, QLatin1Char('0'))
            .arg(minute, 2, 10, QLatin1Char('0'))
            .arg(second, 2, 10, QLatin1Char('0'));
    return std::nullopt;
}

std::optional<QString> localGapProblem(QDate date, QTime time)
{
    const qint64 wallClock = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    if (!localOffsetsFor(wallClock).isEmpty())
        return std::nullopt;
    const QString shown = date.toString(Qt::ISODate) + u'T' + time.toString(QStringLiteral("HH:mm"));
    const int before =
        QDateTime::fromSecsSinceEpoch(wallClock - 86400, Qt::UTC).toLocalTime().offsetFromUtc();
    const int after = QDateTime::fromSecsSinceEpoch(wallClock + 86400, Qt::UTC).toLocalTime().offsetFromUtc();
    return DateTime::tr("%1 does not exist in this computer's time zone: the clocks skipped it when they "
                        "changed (from %2 to %3). Give the time with its offset, e.g. %1%2")
        .arg(shown, offsetText(before), offsetText(after));
}

std::optional<QDateTime> parseDateTime(QStringView text, QString *problem)
{
    const auto fail = [&](const QString &why) -> std::optional<QDateTime> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    static const QRegularExpression form(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$)"));
    const QString s = text.trimmed().toString();
    const QRegularExpressionMatch m = form.match(s);
    if (!m.hasMatch())
        return fail(DateTime::tr("expected a date and time as YYYY-MM-DD[THH:MM[:SS]][±HH:MM]"));
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    const int day = m.captured(3).toInt();
    const bool hasTime = m.capturedLength(4) > 0;
    const int hour = hasTime ? m.captured(4).toInt() : 0;
    const int minute = hasTime ? m.captured(5).toInt() : 0;
    const int second = m.capturedLength(6) > 0 ? m.captured(6).toInt() : 0;
    if (const auto why = dateTimeProblem(year, month, day, hour, minute, second))
        return fail(*why);
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    const qint64 wallClock = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    if (m.capturedLength(7) > 0) {
        const QString zone = m.captured(7);
        int offset = 0;
        if (zone != u"Z") {
            const QString digits = zone.mid(1).remove(u':');
            const int hours = digits.left(2).toInt();
            const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
            offset = (hours * 3600 + minutes * 60) * (zone.startsWith(u'-') ? -1 : 1);
            if (minutes > 59 || offset > 14 * 3600 || offset < -12 * 3600)
                return fail(
                    DateTime::tr("%1 is not a UTC offset any place uses (they run from -12:00 to +14:00)")
                        .arg(zone));
        }
        return dateTimeWithOffset(wallClock - offset, offset);
    }
    const QList<int> offsets = localOffsetsFor(wallClock);
    if (offsets.size() == 1)
        return dateTimeWithOffset(wallClock - offsets.first(), offsets.first());
    const QString shown = date.toString(Qt::ISODate) + u'T' + time.toString(QStringLiteral("HH:mm"));
    if (!hasTime) {
        // Midnight skipped or repeated: the day is what was meant, at its first moment.
        const int offset =
            offsets.isEmpty() ? QDateTime(date, QTime(12, 0)).offsetFromUtc() : offsets.first();
        return dateTimeWithOffset(wallClock - offset, offset);
    }
    if (offsets.isEmpty())
        return fail(*localGapProblem(date, time));
    return fail(DateTime::tr("%1 happens twice in this computer's time zone (the clocks went back); give the "
                             "offset: %1%2 for the first or %1%3 for the second")
                    .arg(shown, offsetText(offsets.at(0)), offsetText(offsets.at(1))));
}

} // namespace spotter
