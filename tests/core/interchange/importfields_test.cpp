// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/importdates.h"
#include "interchange/importfields.h"
#include "testutil.h"

#include <gtest/gtest.h>

#include <ctime>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

using namespace importfields;

TEST(ImportFields, Numbers)
{
    EXPECT_EQ(number(u"62.5", false), 62.5);
    EXPECT_EQ(number(u" -3 ", false), -3.0);
    EXPECT_EQ(number(u"62,5", true), 62.5);
    EXPECT_FALSE(number(u"62,5", false));
    EXPECT_FALSE(number(u"1,250.5", true));
    EXPECT_FALSE(number(u"1,2,5", true));
    EXPECT_FALSE(number(u"abc", false));
    EXPECT_FALSE(number(u"inf", false));
    EXPECT_FALSE(number(u"", false));
    EXPECT_EQ(wholeNumber(u"10.0", false), 10);
    EXPECT_EQ(wholeNumber(u"10,0", true), 10);
    EXPECT_FALSE(wholeNumber(u"10.5", false));
    EXPECT_EQ(roundedInt(1e300), 1'000'000'000);
    EXPECT_EQ(roundedInt(-59.6), -60);
}

TEST(ImportFields, StrongDurations)
{
    EXPECT_EQ(durationSeconds(u"48m"), 48 * 60);
    EXPECT_EQ(durationSeconds(u"1h 8m"), 68 * 60);
    EXPECT_EQ(durationSeconds(u"1h"), 3600);
    EXPECT_EQ(durationSeconds(u"20s"), 20);
    EXPECT_EQ(durationSeconds(u"38min"), 38 * 60);
    EXPECT_EQ(durationSeconds(u"9min"), 9 * 60);
    EXPECT_EQ(durationSeconds(u"1h 8m 20s"), 4100);
    EXPECT_EQ(durationSeconds(u"45h 56m"), (45 * 60 + 56) * 60);
    EXPECT_EQ(durationSeconds(u"3600"), 3600);
    EXPECT_EQ(durationSeconds(u"4102.0"), 4102);
    EXPECT_FALSE(durationSeconds(u"soon"));
    EXPECT_FALSE(durationSeconds(u"5x"));
    EXPECT_FALSE(durationSeconds(u"h"));
    EXPECT_FALSE(durationSeconds(u"-5"));
    EXPECT_EQ(clockSeconds(u"0:09:21"), 561);
    EXPECT_EQ(clockSeconds(u"1:00:00"), 3600);
    EXPECT_EQ(clockSeconds(u"9:21"), 561);
    EXPECT_FALSE(clockSeconds(u"0:60:00"));
    EXPECT_FALSE(clockSeconds(u"12"));
}

TEST(ImportFields, StrongDates)
{
    const auto a = localDateTime(u"2024-01-02 18:05:09");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->date(), QDate(2024, 1, 2));
    EXPECT_EQ(a->time(), QTime(18, 5, 9));
    // A wall-clock time of this machine, with the offset it had then kept.
    EXPECT_EQ(a->offsetFromUtc(), QDateTime(QDate(2024, 1, 2), QTime(18, 5, 9)).offsetFromUtc());
    // The 12-hour form with a narrow no-break space before PM.
    const auto b = localDateTime(u"2024-01-02 6:05:09\u202FPM");
    ASSERT_TRUE(b);
    EXPECT_EQ(b->time(), QTime(18, 5, 9));
    EXPECT_EQ(localDateTime(u"2024-01-02 12:00:00 AM")->time(), QTime(0, 0));
    EXPECT_EQ(localDateTime(u"2024-01-02 12:30 PM")->time(), QTime(12, 30));
    EXPECT_EQ(localDateTime(u"2024-06-02 10:00")->time(), QTime(10, 0));
    EXPECT_FALSE(localDateTime(u"2024-02-30 10:00:00"));
    EXPECT_FALSE(localDateTime(u"2024-01-02 13:00:00 PM"));
    EXPECT_FALSE(localDateTime(u"02/01/2024 10:00"));
    EXPECT_FALSE(localDateTime(u"2024-01-02"));
}

TEST(ImportFields, ATimeSkippedBySummerTimeIsRefusedAsSuch)
{
    const QByteArray saved = qgetenv("TZ");
    qputenv("TZ", "Europe/Paris");
    tzset();
    // Clocks went from 02:00 to 03:00 on 31 March 2024 in Paris: the same check as `log`.
    QString problem;
    const auto skipped = localDateTime(u"2024-03-31 02:30:00", &problem);
    QString reason;
    const auto hevy = dayMonthYearTime(u"31 Mar 2024, 02:30", &reason);
    const auto after = localDateTime(u"2024-03-31 03:30:00");
    if (saved.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", saved);
    tzset();
    EXPECT_FALSE(skipped);
    EXPECT_TRUE(problem.startsWith(u"2024-03-31T02:30 does not exist in this computer's time zone"))
        << problem.toStdString();
    EXPECT_FALSE(hevy);
    EXPECT_TRUE(reason.startsWith(u"2024-03-31T02:30 does not exist")) << reason.toStdString();
    ASSERT_TRUE(after);
    EXPECT_EQ(after->offsetFromUtc(), 7200);
}

TEST(ImportFields, HevyDates)
{
    QString why;
    const auto a = dayMonthYearTime(u"9 Apr 2026, 17:18", &why);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->date(), QDate(2026, 4, 9));
    EXPECT_EQ(a->time(), QTime(17, 18));
    EXPECT_EQ(dayMonthYearTime(u"9\u00A0September 2026, 07:05", &why)->date(), QDate(2026, 9, 9));
    EXPECT_EQ(dayMonthYearTime(u"26 апр. 2026, 19:20", &why)->date(), QDate(2026, 4, 26));
    EXPECT_EQ(dayMonthYearTime(u"8 set 2026, 11:09", &why)->date(), QDate(2026, 9, 8));
    EXPECT_EQ(dayMonthYearTime(u"3 Mai 2026, 11:09", &why)->date(), QDate(2026, 5, 3));
    EXPECT_FALSE(dayMonthYearTime(u"26 Απρ 2026, 19:20", &why));
    EXPECT_TRUE(why.contains(u"'Απρ'"_s)) << why.toStdString();
    EXPECT_FALSE(dayMonthYearTime(u"2026-04-09 17:18", &why));
    EXPECT_FALSE(dayMonthYearTime(u"31 Feb 2026, 10:00", &why));
}

TEST(ImportFields, UnitsAndWeights)
{
    EXPECT_EQ(weightUnit(u"kgs"), WeightUnit::Kg);
    EXPECT_EQ(weightUnit(u"LBS"), WeightUnit::Lb);
    EXPECT_FALSE(weightUnit(u"stone"));
    EXPECT_EQ(centimetresPer(u"mi"), 160'934.4);
    EXPECT_EQ(centimetresPer(u"km"), 100'000.0);
    EXPECT_FALSE(centimetresPer(u"parsec"));
    EXPECT_EQ(weightFrom(149.99999999999997, WeightUnit::Lb), Weight::fromLb(150));
    EXPECT_EQ(weightFrom(149.99999999999997, WeightUnit::Lb).grams(), 68'039);
    EXPECT_EQ(weightFrom(62.5, WeightUnit::Kg).grams(), 62'500);
    EXPECT_EQ(headerKey(u"\uFEFFNom de l\u2019entraînement "), u"nom de l'entraînement"_s);
}

} // namespace
} // namespace spotter
