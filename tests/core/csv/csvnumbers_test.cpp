// SPDX-License-Identifier: GPL-3.0-or-later
// The exporter's number and time cells, against the formatting the rest of Spotter uses.
#include "csv/csvnumbers.h"
#include "model/session.h"
#include "model/weight.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

namespace spotter {
namespace {

using namespace csvnumbers;

template <typename F>
QByteArray text(F append)
{
    QByteArray out;
    append(out);
    return out;
}

TEST(CsvNumbers, WholeGramsAreExactKilograms)
{
    for (qint64 g :
         {0LL, 1LL, 10LL, 100LL, 999LL, 1000LL, 68'039LL, 102'500LL, 142'500LL, -500LL, 1'000'000'001LL}) {
        EXPECT_EQ(QString::fromLatin1(text([&](QByteArray &o) { appendGramsAsKg(o, g); })),
                  Weight::fromGrams(g).kgString())
            << g;
    }
    EXPECT_EQ(text([](QByteArray &o) { appendGramsAsKg(o, 68'039, ','); }), QByteArray("68,039"));
}

TEST(CsvNumbers, CentimetresAreMetresWithTwoDecimalsAtMost)
{
    EXPECT_EQ(text([](QByteArray &o) { appendCentimetresAsMetres(o, 2050); }), QByteArray("20.5"));
    EXPECT_EQ(text([](QByteArray &o) { appendCentimetresAsMetres(o, 5200'00); }), QByteArray("5200"));
    EXPECT_EQ(text([](QByteArray &o) { appendCentimetresAsMetres(o, 7); }), QByteArray("0.07"));
}

TEST(CsvNumbers, DecimalsArePlainAndShortest)
{
    const QList<QPair<double, QByteArray>> cases{{8.0, "8"},
                                                 {8.5, "8.5"},
                                                 {0.5, "0.5"},
                                                 {10.0, "10"},
                                                 {-2.5, "-2.5"},
                                                 {0.0, "0"},
                                                 {-0.0, "0"},
                                                 {0.1, "0.1"},
                                                 {1e20, "100000000000000000000"},
                                                 {123.25, "123.25"},
                                                 {1.0 / 3.0, "0.3333333333333333"}};
    for (const auto &[number, expected] : cases) {
        const double value = number; // clang 14 cannot capture a structured binding
        EXPECT_EQ(text([&](QByteArray &o) { appendDecimal(o, value); }), expected) << value;
    }

    EXPECT_EQ(text([](QByteArray &o) { appendDecimal(o, 8.5, ','); }), QByteArray("8,5"));
    EXPECT_EQ(text([](QByteArray &o) { appendDecimal(o, 0.25, ','); }), QByteArray("0,25"));
    EXPECT_EQ(text([](QByteArray &o) { appendTenths(o, 14.5); }), QByteArray("14.5"));
    EXPECT_EQ(text([](QByteArray &o) { appendTenths(o, 46.75); }), QByteArray("46.8"));
    EXPECT_EQ(text([](QByteArray &o) { appendTenths(o, 48.0); }), QByteArray("48"));
    EXPECT_EQ(text([](QByteArray &o) { appendInt(o, -9'223'372'036'854'775'807LL - 1); }),
              QByteArray("-9223372036854775808"));
}

TEST(CsvNumbers, TimesAreWhatIsoWithOffsetWrites)
{
    QRandomGenerator rng(42);
    const int offsets[] = {0, 3600, -18000, 20700, 19800, -34200, 50400, -43200, 45};
    for (int i = 0; i < 20'000; ++i) {
        // 1800 to 2200, including the days around leap years and before 1970.
        const qint64 utc = static_cast<qint64>(rng.bounded(12'600'000'000.0)) - 5'364'662'400LL;
        const int offset = offsets[rng.bounded(static_cast<int>(std::size(offsets)))];
        const QByteArray fast = text([&](QByteArray &o) { appendIsoDateTime(o, utc, offset); });
        ASSERT_EQ(QString::fromLatin1(fast), isoWithOffset(dateTimeWithOffset(utc, offset)))
            << utc << ' ' << offset;
    }
    EXPECT_EQ(text([](QByteArray &o) { appendIsoDateTime(o, 1'763'659'800, 3600); }),
              QByteArray("2025-11-20T18:30:00+01:00"));
    EXPECT_EQ(text([](QByteArray &o) { appendIsoDateTime(o, 0, 0); }), QByteArray("1970-01-01T00:00:00Z"));
}

} // namespace
} // namespace spotter
