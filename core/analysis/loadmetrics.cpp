// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/loadmetrics.h"

#include "analysis/thresholds.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace spotter {

namespace {

using T = Threshold;

int thInt(Threshold id)
{
    return static_cast<int>(std::lround(th(id)));
}

} // namespace

double ewmaLambda(int n)
{
    return 2.0 / (static_cast<double>(n) + 1.0);
}

QList<double> ewma(const QList<double> &daily, int n)
{
    QList<double> out;
    out.reserve(daily.size());
    const double lambda = ewmaLambda(n);
    for (qsizetype i = 0; i < daily.size(); ++i)
        out.append(i == 0 ? daily[0] : daily[i] * lambda + (1.0 - lambda) * out[i - 1]);
    return out;
}

Monotony monotonyOf(const QList<double> &weekDaily)
{
    Monotony m;
    if (weekDaily.isEmpty())
        return m;
    double sum = 0.0;
    for (double v : weekDaily)
        sum += v;
    const auto n = static_cast<double>(weekDaily.size());
    m.mean = sum / n;
    double squares = 0.0;
    for (double v : weekDaily)
        squares += (v - m.mean) * (v - m.mean);
    m.sd = std::sqrt(squares / n);
    if (sum <= 0.0)
        return m;
    const double cap = th(T::Lm02MonotonyCap);
    m.monotony = m.sd > 0.0 ? std::min(m.mean / m.sd, cap) : cap;
    m.strain = sum * *m.monotony;
    return m;
}

AcwrBand acwrBand(double acwr)
{
    if (acwr >= th(T::Lm03Spike))
        return AcwrBand::Spike;
    if (acwr > th(T::Lm03Caution))
        return AcwrBand::Caution;
    if (acwr < th(T::Lm03Low))
        return AcwrBand::Low;
    return AcwrBand::Typical;
}

QString toKey(AcwrBand band)
{
    switch (band) {
    case AcwrBand::Low: return QStringLiteral("low");
    case AcwrBand::Typical: return QStringLiteral("typical");
    case AcwrBand::Caution: return QStringLiteral("caution");
    case AcwrBand::Spike: return QStringLiteral("spike");
    }
    return {};
}

std::optional<double> rollingAcwrCoupled(const QList<double> &weekly)
{
    if (weekly.size() < 4)
        return std::nullopt;
    double chronic = 0.0;
    for (qsizetype i = weekly.size() - 4; i < weekly.size(); ++i)
        chronic += weekly[i] / 4.0;
    if (chronic <= 0.0)
        return std::nullopt;
    return weekly.last() / chronic;
}

std::optional<double> rollingAcwrUncoupled(const QList<double> &weekly)
{
    if (weekly.size() < 4)
        return std::nullopt;
    double chronic = 0.0;
    for (qsizetype i = weekly.size() - 4; i < weekly.size() - 1; ++i)
        chronic += weekly[i] / 3.0;
    if (chronic <= 0.0)
        return std::nullopt;
    return weekly.last() / chronic;
}

QList<WeekLoad> weeklyLoads(const QList<DailyLoad> &daily, QDate from, QDate to)
{
    QList<WeekLoad> out;
    if (!from.isValid() || !to.isValid() || from > to)
        return out;
    QMap<QDate, double> byDay;
    for (const DailyLoad &d : daily)
        byDay[d.day] += d.load;
    const QDate firstWeek = from.addDays(1 - from.dayOfWeek());
    const QDate lastWeekEnd = to.addDays(7 - to.dayOfWeek());
    const QDate firstData = byDay.isEmpty() ? QDate() : byDay.firstKey();
    // The EWMAs run from the first day with load, or from the weeks asked for when that is later
    // in time than the data (nothing to smooth before it).
    const QDate seriesStart = firstData.isValid() ? std::min(firstData, firstWeek) : firstWeek;
    QList<double> series;
    for (QDate d = seriesStart; d <= lastWeekEnd; d = d.addDays(1))
        series.append(byDay.value(d, 0.0));
    const QList<double> acute = ewma(series, thInt(T::Lm03AcuteDays));
    const QList<double> chronic = ewma(series, thInt(T::Lm03ChronicDays));
    const int weekDays = thInt(T::Lm02Days);

    std::optional<double> previousLoad;
    const QDate beforeFirst = firstWeek.addDays(-weekDays);
    if (beforeFirst >= seriesStart) {
        double load = 0.0;
        for (int k = 0; k < weekDays; ++k)
            load += series[seriesStart.daysTo(beforeFirst.addDays(k))];
        previousLoad = load;
    }
    for (QDate week = firstWeek; week <= to; week = week.addDays(weekDays)) {
        WeekLoad w;
        w.weekStart = week;
        QList<double> days;
        for (int k = 0; k < weekDays; ++k)
            days.append(series[seriesStart.daysTo(week.addDays(k))]);
        for (double v : days)
            w.load += v;
        w.monotony = monotonyOf(days);
        if (w.monotony.monotony && *w.monotony.monotony > th(T::Lm02Monotony))
            w.flags.append(QStringLiteral("monotony_high"));

        // ACWR is computed every day; a week shows the mean of its days (up to @p to) that have
        // enough data, because one day's value swings with where the rest days fall.
        double sum = 0.0;
        int counted = 0;
        for (QDate d = week; d <= std::min(week.addDays(weekDays - 1), to); d = d.addDays(1)) {
            const auto i = seriesStart.daysTo(d);
            if (firstData.isValid() && firstData.daysTo(d) + 1 >= th(T::Lm03MinDays) && chronic[i] > 0.0) {
                sum += acute[i] / chronic[i];
                ++counted;
            }
        }
        if (counted > 0) {
            w.acwr = sum / counted;
            w.band = acwrBand(*w.acwr);
            if (*w.band == AcwrBand::Caution || *w.band == AcwrBand::Spike)
                w.flags.append(QStringLiteral("load_spike"));
        }
        if (previousLoad && *previousLoad > 0.0) {
            w.changePct = 100.0 * (w.load - *previousLoad) / *previousLoad;
            if (*w.changePct > th(T::Lm04Pct))
                w.flags.append(QStringLiteral("weekly_spike"));
        }
        previousLoad = w.load;
        out.append(w);
    }
    return out;
}

} // namespace spotter
