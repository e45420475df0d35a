// SPDX-License-Identifier: GPL-3.0-or-later
// The dates and times of the apps' exports, read on this machine's clock and checked by the same
// rules as `log`.
#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>

namespace spotter::importfields {

/// @p date and @p time on this machine's clock, with the offset then in force fixed into it;
/// a time skipped when summer time began keeps the offset of the day before.
[[nodiscard]] QDateTime wallClock(QDate date, QTime time);

/// "YYYY-MM-DD HH:MM[:SS]" or "YYYY-MM-DD h:mm[:ss] AM" (with any Unicode space before AM/PM),
/// a wall-clock time of the machine's time zone, with that zone's offset fixed into it. A date
/// and time that reads but is not valid by the rules of `log` (dateTimeProblem(): the year range,
/// 29 February, a time the clocks skipped) sets @p problem to why; a text that does not read at
/// all leaves it empty.
[[nodiscard]] std::optional<QDateTime> localDateTime(QStringView text, QString *problem = nullptr);

/// Hevy's "9 Apr 2026, 17:18", and its US form "Jun 11, 2026, 1:01 PM" (12-hour clock);
/// seconds may follow the minutes. Month names are accepted in English and the languages Qt knows
/// for the common European locales; otherwise @p reason says which word was not a month, or
/// which rule of dateTimeProblem() (and localGapProblem()) the date and time breaks.
[[nodiscard]] std::optional<QDateTime> dayMonthYearTime(QStringView text, QString *reason);

} // namespace spotter::importfields
