// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace spotter {

struct TimeTick
{
    QDateTime at; ///< local midnight of a calendar boundary; noon for a step of a day
    QString label;

    bool operator==(const TimeTick &) const = default;
};

/// Ticks for a time axis over [from, to] on calendar boundaries people read: every day, every Monday, every
/// other Monday, month starts, every 2, 3 or 6 months, years — the finest step that gives at
/// most @p maxTicks. Months show the year on January and on the first tick.
[[nodiscard]] QList<TimeTick> timeTicks(const QDateTime &from, const QDateTime &to, int maxTicks);

} // namespace spotter
