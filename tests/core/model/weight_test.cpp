// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/session.h"
#include "model/weight.h"

#include <gtest/gtest.h>

using namespace spotter;

TEST(Weight, ConvertsUnitsToWholeGrams)
{
    EXPECT_EQ(Weight::fromKg(102.5).grams(), 102'500);
    EXPECT_EQ(Weight::fromLb(150).grams(), 68'039);
    EXPECT_EQ(Weight::from(45, WeightUnit::Lb).grams(), 20'412);
    EXPECT_EQ(Weight::fromKg(0.0005).grams(), 1) << "rounds half away from zero";
}

TEST(Weight, StrongFloatArtefactsBecomeTheIntendedLoad)
{
    // Strong exports 150 lb as 149.99999999999997 (market-and-formats §2.1).
    const Weight w = Weight::fromLb(roundArtefacts(149.99999999999997));
    EXPECT_EQ(w, Weight::fromLb(150));
    EXPECT_EQ(w.kgString(), QStringLiteral("68.039"));
    EXPECT_EQ(w.number(WeightUnit::Lb), QStringLiteral("150"));
    EXPECT_EQ(Weight::fromLb(roundArtefacts(245.00000000000003)).number(WeightUnit::Lb),
              QStringLiteral("245"));
}

TEST(Weight, KgStringIsExact)
{
    EXPECT_EQ(Weight::fromGrams(100'000).kgString(), QStringLiteral("100"));
    EXPECT_EQ(Weight::fromGrams(102'500).kgString(), QStringLiteral("102.5"));
    EXPECT_EQ(Weight::fromGrams(1).kgString(), QStringLiteral("0.001"));
    EXPECT_EQ(Weight::fromGrams(-2'500).kgString(), QStringLiteral("-2.5"));
    EXPECT_EQ(Weight::fromGrams(0).kgString(), QStringLiteral("0"));
}

TEST(Weight, ParseKgWithoutFloatingPoint)
{
    EXPECT_EQ(Weight::parseKg(u"102.5")->grams(), 102'500);
    EXPECT_EQ(Weight::parseKg(u" 68.039 ")->grams(), 68'039);
    EXPECT_EQ(Weight::parseKg(u"68.0385")->grams(), 68'039) << "fourth decimal rounds";
    EXPECT_EQ(Weight::parseKg(u"68.0384")->grams(), 68'038);
    EXPECT_EQ(Weight::parseKg(u"-1.5")->grams(), -1'500);
    EXPECT_EQ(Weight::parseKg(u".5")->grams(), 500);
    EXPECT_EQ(Weight::parseKg(u"7")->grams(), 7'000);
    for (const char16_t *bad : {u"", u"abc", u"1.2.3", u"1,5", u".", u"-", u"1e3", u"١٢"})
        EXPECT_EQ(Weight::parseKg(bad), std::nullopt) << QString::fromUtf16(bad).toStdString();
    // Every gram value survives kgString → parseKg.
    for (qint64 g : {0LL, 1LL, 999LL, 1000LL, 68'039LL, 250'500LL, 999'999LL})
        EXPECT_EQ(Weight::parseKg(Weight::fromGrams(g).kgString())->grams(), g);
}

TEST(Weight, FormatsForPeople)
{
    EXPECT_EQ(Weight::fromKg(102.5).format(WeightUnit::Kg), QStringLiteral("102.5 kg"));
    EXPECT_EQ(Weight::fromLb(225).format(WeightUnit::Lb), QStringLiteral("225 lb"));
    EXPECT_EQ(formatNumber(7.0), QStringLiteral("7"));
    EXPECT_EQ(formatNumber(7.25, 1), QStringLiteral("7.3"));
    EXPECT_EQ(formatNumber(-0.0001), QStringLiteral("0"));
}

TEST(DateTime, ParsesAndKeepsOffsets)
{
    const auto withOffset = parseDateTime(u"2026-11-21T18:30:00+05:30");
    ASSERT_TRUE(withOffset);
    EXPECT_EQ(withOffset->offsetFromUtc(), 5 * 3600 + 1800);
    EXPECT_EQ(isoWithOffset(*withOffset), QStringLiteral("2026-11-21T18:30:00+05:30"));
    const auto utc = parseDateTime(u"2026-11-21T18:30:00Z");
    ASSERT_TRUE(utc);
    EXPECT_EQ(utc->offsetFromUtc(), 0);
    const auto local = parseDateTime(u"2026-11-21 07:05");
    ASSERT_TRUE(local);
    EXPECT_EQ(local->time(), QTime(7, 5));
    EXPECT_NE(local->timeSpec(), Qt::LocalTime) << "the offset is fixed into the value";
    const auto day = parseDateTime(u"2026-11-21");
    ASSERT_TRUE(day);
    EXPECT_EQ(day->date(), QDate(2026, 11, 21));
    for (const char16_t *bad : {u"", u"yesterday", u"2026-13-01", u"2026-02-30", u"21/11/2026"})
        EXPECT_EQ(parseDateTime(bad), std::nullopt) << QString::fromUtf16(bad).toStdString();
}

TEST(Session, EndAndLoad)
{
    Session s;
    s.start = *parseDateTime(u"2026-11-21T18:00:00+01:00");
    EXPECT_EQ(s.end(), s.start);
    EXPECT_EQ(s.srpeLoad(), std::nullopt);
    s.durationMin = 60;
    s.sessionRpe = 7;
    EXPECT_EQ(s.end(), s.start.addSecs(3600));
    EXPECT_DOUBLE_EQ(*s.srpeLoad(), 420.0) << "Foster: 60 min at RPE 7 = 420 AU";
}
