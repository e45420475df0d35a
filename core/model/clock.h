// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace spotter {

/// The one source of "now" in core/ and ui/: what "open", "days ago", "today" and the default
/// date of a new session are measured against. Reading the system time anywhere else is a
/// layering error (tests/layering), so a test can fix the time for the whole program, and a view
/// that shows time-dependent facts can be advanced by moving this clock.
class Clock
{
public:
    /// The current local time, with its UTC offset.
    [[nodiscard]] static QDateTime now();
    /// The local calendar day of now().
    [[nodiscard]] static QDate today() { return now().date(); }

    /// From now on, now() answers @p fixed (tests, and the CLI's SPOTTER_NOW); an invalid
    /// value goes back to the system clock. Safe to call while other threads read the clock.
    static void set(const QDateTime &fixed);
    /// Moves a fixed clock on by @p seconds (no effect on the system clock).
    static void advance(qint64 seconds);
    [[nodiscard]] static bool isFixed();
};

} // namespace spotter
