// SPDX-License-Identifier: GPL-3.0-or-later
// The fast paths of the import's field readers (docs/performance.md) must read exactly what the
// general ones read.
#include "interchange/importdates.h"
#include "interchange/importfields.h"
#include "model/session.h"
#include "synthetic/seededrandom.h"
#include "testutil.h"

#include <gtest/gtest.h>

#include <ctime>

namespace spotter {
namespace {

using namespace importfields;

TEST(ImportSpeed, PlainDecimalsReadAsToDoubleReadsThem)
{
    for (const char16_t *text : {u"0", u"-0", u"5.", u".5", u"+2.5", u"0001", u"102.5", u"149.99999999999997",
                                 u"123456789012345", u"0.000000000000001", u"68.039"}) {
        const QString s = QString::fromUtf16(text);
        bool ok = false;
        const double expected = s.toDouble(&ok);
        ASSERT_TRUE(ok) << s.toStdString();
        const auto v = number(s, false);
        ASSERT_TRUE(v) << s.toStdString();
        EXPECT_EQ(*v, expected) << s.toStdString();
        EXPECT_EQ(std::signbit(*v), std::signbit(expected)) << s.toStdString();
    }
    // Longer or other forms go the general way, with the same answers as before.
    EXPECT_EQ(number(u"1234567890123456.5", false), 1234567890123456.5);
    EXPECT_EQ(number(u"1e3", false), 1000.0);
    EXPECT_FALSE(number(u"1.2.3", false));
    EXPECT_FALSE(number(u"-", false));
    EXPECT_FALSE(number(u".", false));
    // Random loads, reps and RPEs as exports write them.
    SeededRandom rng(99);
    for (int i = 0; i < 20'000; ++i) {
        const QString s = QString::number(rng.between(0, 99'999) * (rng.chance(0.5) ? 1 : -1)) + u'.'
                          + QString::number(rng.between(0, 999)).rightJustified(rng.between(1, 3), u'0');
        ASSERT_EQ(number(s, false), s.toDouble()) << s.toStdString();
    }
}

TEST(ImportSpeed, WallClockTimesGetTheOffsetOfTheMachinesZone)
{
    const QByteArray saved = qgetenv("TZ");
    qputenv("TZ", "Europe/Paris");
    tzset();
    QList<QPair<QDateTime, QDateTime>> pairs;
    for (const QDate date :
         {QDate(2024, 1, 15), QDate(2024, 7, 15), QDate(2024, 10, 27), QDate(1999, 12, 31)}) {
        for (const QTime time : {QTime(0, 0), QTime(6, 30, 15), QTime(18, 0), QTime(23, 59, 59)})
            pairs.append({wallClock(date, time), withLocalOffset(QDateTime(date, time))});
    }
    if (saved.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", saved);
    tzset();
    for (const auto &[fast, local] : pairs) {
        EXPECT_EQ(fast, local) << fast.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(fast.offsetFromUtc(), local.offsetFromUtc()) << fast.toString(Qt::ISODate).toStdString();
    }
    EXPECT_EQ(pairs.at(0).first.offsetFromUtc(), 3600);
    EXPECT_EQ(pairs.at(5).first.offsetFromUtc(), 7200);
}

} // namespace
} // namespace spotter
