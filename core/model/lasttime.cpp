// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/lasttime.h"

#include <QCoreApplication>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct LastTimeText
{
    Q_DECLARE_TR_FUNCTIONS(spotter::LastTimeText)
};

QString work(const WorkoutSet &s, WeightUnit unit)
{
    QString reps;
    if (s.reps)
        reps = QString::number(*s.reps);
    else if (s.seconds)
        reps = LastTimeText::tr("%1 s").arg(*s.seconds);
    else if (s.distanceCm)
        reps = LastTimeText::tr("%1 m").arg(formatNumber(static_cast<double>(*s.distanceCm) / 100.0));
    if (s.weight && s.weight->grams() != 0)
        return LastTimeText::tr("%1 @ %2").arg(reps, s.weight->format(unit));
    return reps;
}

} // namespace

QString LastTime::summary(WeightUnit unit) const
{
    QStringList groups;
    qsizetype i = 0;
    while (i < sets.size()) {
        const WorkoutSet &first = sets.at(i);
        if (first.isWarmup()) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < sets.size() && !sets.at(end).isWarmup() && sets.at(end).weight == first.weight
               && sets.at(end).reps == first.reps && sets.at(end).seconds == first.seconds
               && sets.at(end).distanceCm == first.distanceCm)
            ++end;
        const auto count = end - i;
        QString text =
            count > 1 ? LastTimeText::tr("%1×%2").arg(count).arg(work(first, unit)) : work(first, unit);
        std::optional<double> low;
        std::optional<double> high;
        for (qsizetype k = i; k < end; ++k) {
            if (const auto rpe = sets.at(k).effectiveRpe()) {
                low = low ? std::min(*low, *rpe) : *rpe;
                high = high ? std::max(*high, *rpe) : *rpe;
            }
        }
        if (low)
            text +=
                u' '
                + (*low == *high
                       ? LastTimeText::tr("RPE %1").arg(formatNumber(*low, 1))
                       : LastTimeText::tr("RPE %1–%2").arg(formatNumber(*low, 1), formatNumber(*high, 1)));
        groups.append(text);
        i = end;
    }
    return groups.join(QStringLiteral(", "));
}

} // namespace spotter
