// SPDX-License-Identifier: GPL-3.0-or-later
// The app clock: signals a new minute and a new day when the one "now" moves, and nothing else.
#include "model/clock.h"
#include "shell/appclock.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace spotter;

TEST(AppClockTest, SignalsMinutesAndDaysAsTheClockMoves)
{
    const QDateTime start(QDate(2026, 11, 20), QTime(23, 58, 10));
    Clock::set(start);
    AppClock clock;
    QSignalSpy minutes(&clock, &AppClock::minuteChanged);
    QSignalSpy days(&clock, &AppClock::dayChanged);

    Clock::advance(30); // 23:58:40
    clock.check();
    EXPECT_EQ(minutes.size(), 0);

    Clock::advance(30); // 23:59:10
    clock.check();
    ASSERT_EQ(minutes.size(), 1);
    EXPECT_EQ(minutes.first().first().toDateTime(), start.addSecs(60));
    EXPECT_EQ(days.size(), 0);

    Clock::advance(60); // 00:00:10 the next day
    clock.check();
    EXPECT_EQ(minutes.size(), 2);
    ASSERT_EQ(days.size(), 1);
    EXPECT_EQ(days.first().first().toDate(), QDate(2026, 11, 21));
    EXPECT_EQ(clock.lastSeen(), start.addSecs(120));

    // A machine waking after hours: one signal each, not one per missed minute.
    Clock::advance(9 * 3600);
    clock.check();
    EXPECT_EQ(minutes.size(), 3);
    EXPECT_EQ(days.size(), 1);
    Clock::set({});
}
