// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/timeticks.h"

#include <QLocale>

#include <algorithm>
#include <array>

namespace spotter {

namespace {

enum class Unit { Days, Weeks, Months, Years };

struct Step
{
    Unit unit;
    int count;
};

// Days first: a range of a week or so (a first session) has no Monday inside it to label.
constexpr std::array kSteps{Step{Unit::Days, 1},   Step{Unit::Weeks, 1},  Step{Unit::Weeks, 2},
                            Step{Unit::Months, 1}, Step{Unit::Months, 2}, Step{Unit::Months, 3},
                            Step{Unit::Months, 6}, Step{Unit::Years, 1},  Step{Unit::Years, 2},
                            Step{Unit::Years, 5},  Step{Unit::Years, 10}};

QList<QDate> datesFor(Step step, QDate from, QDate to)
{
    QList<QDate> out;
    switch (step.unit) {
    case Unit::Days:
        for (QDate d = from; d <= to; d = d.addDays(1))
            out.append(d);
        break;
    case Unit::Weeks: {
        QDate d = from.addDays((8 - from.dayOfWeek()) % 7); // the first Monday on or after from
        for (; d <= to; d = d.addDays(7 * step.count))
            out.append(d);
        break;
    }
    case Unit::Months: {
        QDate d(from.year(), from.month(), 1);
        if (d < from)
            d = d.addMonths(1);
        for (; d <= to; d = d.addMonths(1)) {
            if ((d.month() - 1) % step.count == 0)
                out.append(d);
        }
        break;
    }
    case Unit::Years: {
        QDate d(from.year(), 1, 1);
        if (d < from)
            d = d.addYears(1);
        for (; d <= to; d = d.addYears(1)) {
            if (d.year() % step.count == 0)
                out.append(d);
        }
        break;
    }
    }
    return out;
}

} // namespace

QList<TimeTick> timeTicks(const QDateTime &from, const QDateTime &to, int maxTicks)
{
    QList<TimeTick> out;
    if (!from.isValid() || !to.isValid() || from >= to)
        return out;
    const QDate first = from.date();
    const QDate last = to.date();
    const QLocale locale;
    const Step *chosen = &kSteps.back();
    QList<QDate> dates;
    for (const Step &step : kSteps) {
        dates = datesFor(step, first, last);
        if (dates.size() <= std::max(1, maxTicks)) {
            chosen = &step;
            break;
        }
    }
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const QDate d = dates[i];
        QString label;
        switch (chosen->unit) {
        case Unit::Days:
        case Unit::Weeks: label = locale.toString(d, QStringLiteral("d MMM")); break;
        case Unit::Months:
            label = locale.toString(d, d.month() == 1 || i == 0 ? QStringLiteral("MMM yyyy")
                                                                : QStringLiteral("MMM"));
            break;
        case Unit::Years: label = QString::number(d.year()); break;
        }
        // A day's label sits under its middle; longer steps mark the boundary itself.
        out.append({QDateTime(d, chosen->unit == Unit::Days ? QTime(12, 0) : QTime(0, 0)), label});
    }
    return out;
}

} // namespace spotter
