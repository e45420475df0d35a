// SPDX-License-Identifier: GPL-3.0-or-later
// Routine lines: quick entry read as targets, and written back the same way.
#include "quickentry/routineentry.h"
#include "quickentrytestutil.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

RoutineItem item(int sets, std::optional<int> reps, std::optional<double> rpe = {},
                 std::optional<double> pct = {}, std::optional<qint64> grams = {},
                 std::optional<int> rest = {}, SetKind kind = SetKind::Working)
{
    RoutineItem i;
    i.sets = sets;
    i.reps = reps;
    i.rpe = rpe;
    i.pctE1rm = pct;
    if (grams)
        i.weight = Weight::fromGrams(*grams);
    i.restSeconds = rest;
    i.kind = kind;
    return i;
}

QList<RoutineItem> items(const QString &line)
{
    const RoutineEntryResult r = RoutineEntry::parse(line, context());
    EXPECT_TRUE(r.ok()) << line.toStdString() << ": " << (r.error ? r.error->toString().toStdString() : "");
    return r.items;
}

TEST(RoutineEntry, ReadsTargets)
{
    EXPECT_EQ(items(u"Squat 3x5 @8 rest 3m"_s), (QList<RoutineItem>{item(3, 5, 8, {}, {}, 180)}));
    EXPECT_EQ(items(u"Squat 1x3 @9, 3x5 @7.5"_s), (QList<RoutineItem>{item(1, 3, 9), item(3, 5, 7.5)}));
    EXPECT_EQ(items(u"Bench Press 3x8 @70%"_s), (QList<RoutineItem>{item(3, 8, {}, 70)}));
    EXPECT_EQ(items(u"Bench Press 5x5 72.5%"_s), (QList<RoutineItem>{item(5, 5, {}, 72.5)}));
    EXPECT_EQ(items(u"Squat w 2x5 60kg, 3x5 rir2"_s),
              (QList<RoutineItem>{item(2, 5, {}, {}, 60'000, {}, SetKind::Warmup), item(3, 5, 8)}));
    EXPECT_EQ(items(u"Plank 3x45s"_s).first().seconds, 45);
    EXPECT_EQ(items(u"Pull Up 3x8"_s), (QList<RoutineItem>{item(3, 8)}));
    EXPECT_EQ(items(u"Squat 5/3/1 @8"_s), (QList<RoutineItem>{item(1, 5, 8), item(1, 3, 8), item(1, 1, 8)}));
}

TEST(RoutineEntry, Errors)
{
    const auto error = [](const QString &line) {
        const RoutineEntryResult r = RoutineEntry::parse(line, context());
        EXPECT_FALSE(r.ok()) << line.toStdString();
        EXPECT_TRUE(r.items.isEmpty());
        return r.error ? r.error->message : QString();
    };
    EXPECT_EQ(error(u"Squat 3x5 @70% , 3x3 @80%"_s),
              u"one share of the e1RM per line; write another line for another share"_s);
    EXPECT_EQ(error(u"Squat 3x5 120kg @8"_s),
              u"give a target RPE or a load, not both: the RPE sets the load"_s);
    EXPECT_EQ(error(u"Squat 3x5 @8 @70%"_s), u"give a target RPE or a share of the e1RM, not both"_s);
    EXPECT_EQ(error(u"Squat 3x"_s), u"expected reps after 'x'"_s);
    EXPECT_EQ(error(u"Squat 101x5"_s), u"the number of sets must be a whole number from 1 to 100; got 101"_s);
}

TEST(RoutineEntry, FormatReadsBack)
{
    const QList<std::pair<QString, RoutineItem>> cases{
        {u"Squat"_s, item(3, 5, 8, {}, {}, 180)},
        {u"Bench Press"_s, item(3, 8, {}, 70)},
        {u"Squat"_s, item(2, 5, {}, {}, 60'000, 90, SetKind::Warmup)},
        {u"Squat"_s, item(1, 5, 9.5, {}, {}, 150, SetKind::Amrap)},
        {u"45 Degree Back Extension"_s, item(3, 12, 7)},
        {u"Drop Curl"_s, item(3, 10, {}, {}, 12'500)},
    };
    for (const auto &[name, it] : cases) {
        const QString line = RoutineEntry::format(it, name, WeightUnit::Kg);
        SCOPED_TRACE(line.toStdString());
        const RoutineEntryResult r = RoutineEntry::parse(line, context());
        ASSERT_TRUE(r.ok()) << r.error->toString().toStdString();
        EXPECT_EQ(r.exercise, name);
        EXPECT_EQ(r.items, QList<RoutineItem>{it});
    }
    EXPECT_EQ(RoutineEntry::format(item(3, 5, 8, {}, {}, 180), u"Squat"_s, WeightUnit::Kg),
              u"Squat 3x5 @8 rest 3m"_s);
    EXPECT_EQ(RoutineEntry::format(item(3, 8, {}, 70), u"Bench Press"_s, WeightUnit::Kg),
              u"Bench Press 3x8 @70%"_s);
    EXPECT_EQ(RoutineEntry::format(item(3, 5, {}, {}, 61'235), u"Squat"_s, WeightUnit::Lb),
              u"Squat 3x5 135lb"_s);
}

} // namespace
} // namespace spotter::test
