// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthetic/historyplan.h"

#include "model/session.h"
#include "store/storeerror.h"
#include "synthetic/generatorcatalogue.h"
#include "synthetic/trainingsimulator.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct HistoryPlanText
{
    Q_DECLARE_TR_FUNCTIONS(spotter::HistoryPlanText)
};

constexpr qint64 kMinutesPerDay = 24 * 60;
constexpr int kYoungestStart = 16;

QDate mondayOf(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

qint64 minuteOfWeek(const QDateTime &start)
{
    const QTime t = start.time();
    return (start.date().dayOfWeek() - 1) * kMinutesPerDay + t.hour() * 60 + t.minute();
}

/// How many weeks a history needs to reach @p budget sets, and when in its last week the
/// session that reaches it starts. Dates do not change what is drawn, so any Monday will do.
struct WeekCount
{
    int weeks = 0;
    qint64 lastMinuteOfWeek = 0;
};

/// None once more than @p maxWeeks weeks would be needed.
std::optional<WeekCount> countWeeks(const AthleteProfile &profile, const GeneratorCatalogue &catalogue,
                                    quint64 seed, qint64 budget, qint64 maxWeeks)
{
    TrainingSimulator simulator(profile, catalogue, seed);
    const QDate anyMonday(2001, 1, 1);
    WeekCount count;
    qint64 sets = 0;
    while (sets < budget) {
        if (count.weeks >= maxWeeks)
            return std::nullopt;
        const GeneratedWeek week = simulator.nextWeek(anyMonday.addDays(7LL * count.weeks));
        ++count.weeks;
        for (const GeneratedSession &g : week.sessions) {
            sets += g.session.sets.size();
            if (sets >= budget) {
                count.lastMinuteOfWeek = minuteOfWeek(g.session.start);
                break;
            }
        }
    }
    return count;
}

} // namespace

HistoryPlan planHistory(const AthleteProfile &profile, const GeneratorCatalogue &catalogue, quint64 seed,
                        qint64 sets, const QDateTime &end)
{
    const QDate earliest(kMinYear, 1, 1);
    const QDate endMonday = mondayOf(end.date());
    // Weeks from the first Monday of kMinYear up to the end's week: a longer count cannot fit.
    const qint64 maxWeeks = mondayOf(earliest.addDays(6)).daysTo(endMonday) / 7 + 1;
    HistoryPlan plan;
    for (const bool heavy : {false, true}) {
        plan.profile = heavy ? heavyVolumeProfile(profile) : profile;
        plan.heavyVolume = heavy;
        const std::optional<WeekCount> needed = countWeeks(plan.profile, catalogue, seed, sets, maxWeeks);
        if (!needed)
            continue;
        QDate lastMonday = endMonday;
        // The session that completes the history must not lie after the end.
        const QDate day = lastMonday.addDays(needed->lastMinuteOfWeek / kMinutesPerDay);
        const int minute = static_cast<int>(needed->lastMinuteOfWeek % kMinutesPerDay);
        if (withLocalOffset(QDateTime(day, QTime(minute / 60, minute % 60))) > end)
            lastMonday = lastMonday.addDays(-7);
        plan.weeks = needed->weeks;
        plan.firstMonday = lastMonday.addDays(-7LL * (needed->weeks - 1));
        if (plan.firstMonday < earliest)
            continue;
        // Such a career began in the lifter's teens at the latest (drawn ages go down to 16).
        std::optional<int> &born = plan.profile.athlete.birthYear;
        if (heavy && born)
            born = std::min(*born, plan.firstMonday.year() - kYoungestStart);
        return plan;
    }
    throw StoreError(
        StoreError::Kind::Invalid,
        HistoryPlanText::tr("%1 sets are more than one athlete's history can hold between %2 and "
                            "%3; ask for fewer sets or more athletes")
            .arg(sets)
            .arg(kMinYear)
            .arg(end.date().year()));
}

} // namespace spotter
