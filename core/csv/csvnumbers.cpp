// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvnumbers.h"

#include <QDateTime>

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace spotter::csvnumbers {

namespace {

void appendUnsigned(QByteArray &out, quint64 value)
{
    char digits[20];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n > 0)
        out.append(digits[--n]);
}

void appendTwoDigits(QByteArray &out, int value)
{
    out.append(static_cast<char>('0' + value / 10));
    out.append(static_cast<char>('0' + value % 10));
}

/// @p value / @p scale with up to @p decimals digits after the point, trailing zeros dropped.
void appendScaled(QByteArray &out, qint64 value, qint64 scale, int decimals, char decimalPoint)
{
    quint64 magnitude = value < 0 ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    if (value < 0)
        out.append('-');
    const auto unit = static_cast<quint64>(scale);
    appendUnsigned(out, magnitude / unit);
    quint64 fraction = magnitude % unit;
    if (fraction == 0)
        return;
    out.append(decimalPoint);
    quint64 place = unit / 10;
    for (int i = 0; i < decimals && fraction != 0; ++i) {
        out.append(static_cast<char>('0' + fraction / place));
        fraction %= place;
        place /= 10;
    }
}

struct Civil
{
    qint64 year;
    int month;
    int day;
};

/// The proleptic Gregorian date of a day number counted from 1970-01-01 (H. Hinnant's
/// civil_from_days), without building a QDate per cell.
Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

} // namespace

void appendInt(QByteArray &out, qint64 value)
{
    if (value < 0) {
        out.append('-');
        appendUnsigned(out, 0 - static_cast<quint64>(value));
        return;
    }
    appendUnsigned(out, static_cast<quint64>(value));
}

void appendGramsAsKg(QByteArray &out, qint64 grams, char decimalPoint)
{
    appendScaled(out, grams, 1000, 3, decimalPoint);
}

void appendCentimetresAsMetres(QByteArray &out, qint64 centimetres, char decimalPoint)
{
    appendScaled(out, centimetres, 100, 2, decimalPoint);
}

void appendDecimal(QByteArray &out, double value, char decimalPoint)
{
    if (value == 0.0 || !std::isfinite(value)) {
        out.append('0');
        return;
    }
    // Halves (RPE, RIR) are by far the most common values; they need no search for digits.
    const double twice = value * 2.0;
    if (std::abs(twice) < 1e15 && twice == std::trunc(twice)) {
        const auto halves = static_cast<qint64>(twice);
        appendScaled(out, halves * 5, 10, 1, decimalPoint);
        return;
    }
    char text[400];
    const auto [end, error] = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed);
    Q_ASSERT(error == std::errc());
    for (char *c = text; c != end; ++c)
        out.append(*c == '.' ? decimalPoint : *c);
}

void appendTenths(QByteArray &out, double value, char decimalPoint)
{
    appendScaled(out, std::llround(value * 10.0), 10, 1, decimalPoint);
}

void appendIsoDateTime(QByteArray &out, qint64 utcSeconds, int offsetSeconds)
{
    const qint64 local = utcSeconds + offsetSeconds;
    const qint64 day = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
    const qint64 second = local - day * 86400;
    const Civil date = civilFromDays(day);
    if (date.year < 1000 || date.year > 9999 || offsetSeconds % 60 != 0) {
        // Outside four-digit years and whole-minute offsets Qt's own form is the reference.
        out.append(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::OffsetFromUTC, offsetSeconds)
                       .toString(Qt::ISODate)
                       .toUtf8());
        return;
    }
    appendUnsigned(out, static_cast<quint64>(date.year));
    out.append('-');
    appendTwoDigits(out, date.month);
    out.append('-');
    appendTwoDigits(out, date.day);
    out.append('T');
    appendTwoDigits(out, static_cast<int>(second / 3600));
    out.append(':');
    appendTwoDigits(out, static_cast<int>(second / 60 % 60));
    out.append(':');
    appendTwoDigits(out, static_cast<int>(second % 60));
    if (offsetSeconds == 0) {
        out.append('Z');
        return;
    }
    const int magnitude = std::abs(offsetSeconds);
    out.append(offsetSeconds < 0 ? '-' : '+');
    appendTwoDigits(out, magnitude / 3600);
    out.append(':');
    appendTwoDigits(out, magnitude / 60 % 60);
}

} // namespace spotter::csvnumbers
