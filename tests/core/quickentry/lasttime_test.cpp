// SPDX-License-Identifier: GPL-3.0-or-later
// "same" and "last ±LOAD": last time's sets through the context, with their errors.
#include "quickentry/quickentry.h"
#include "quickentrytestutil.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

/// Last time: a warm-up and two working sets of squats, deadlifts at 140, pull ups without load.
QuickEntryContext withHistory(WeightUnit unit = WeightUnit::Kg, const QString &exercise = {})
{
    QuickEntryContext c = context(unit, exercise);
    c.lastTime = [](const QString &name) -> std::optional<QList<WorkoutSet>> {
        const QString key = name.toCaseFolded();
        if (key == u"squat")
            return QList<WorkoutSet>{Set().g(60'000).reps(5).kind(SetKind::Warmup).rest(60),
                                     Set().g(120'000).reps(5).rpe(8).rest(180),
                                     Set().g(120'000).reps(4).rpe(9)};
        if (key == u"deadlift")
            return QList<WorkoutSet>{Set().g(140'000).reps(3).rpe(8)};
        if (key == u"pull up")
            return QList<WorkoutSet>{Set().reps(8), Set().reps(6)};
        if (key == u"plank")
            return QList<WorkoutSet>{Set().secs(60)};
        return std::nullopt;
    };
    return c;
}

QList<WorkoutSet> parse(const QString &line, const QuickEntryContext &ctx = withHistory())
{
    const QuickEntryResult r = QuickEntry::parse(line, ctx);
    EXPECT_TRUE(r.ok()) << line.toStdString() << ": " << (r.error ? r.error->toString().toStdString() : "");
    return r.sets;
}

TEST(QuickEntryLastTime, SameRepeatsLastTimesWork)
{
    // Kinds, loads and reps come back; how hard it felt and the rest are today's own.
    EXPECT_EQ(parse(u"Squat same"_s), numbered({Set().g(60'000).reps(5).kind(SetKind::Warmup),
                                                Set().g(120'000).reps(5), Set().g(120'000).reps(4)}));
    EXPECT_EQ(parse(u"squat LAST"_s), parse(u"Squat same"_s));
    EXPECT_EQ(
        parse(u"Squat same @8 rest 3m"_s),
        numbered({Set().g(60'000).reps(5).kind(SetKind::Warmup).rpe(8).rest(180),
                  Set().g(120'000).reps(5).rpe(8).rest(180), Set().g(120'000).reps(4).rpe(8).rest(180)}));
    EXPECT_EQ(parse(u"Pull Up same"_s), numbered({Set().reps(8), Set().reps(6)}));
    EXPECT_EQ(parse(u"Plank same"_s), numbered({Set().secs(60)}));
    // With other groups, and in the GUI with the exercise already chosen.
    EXPECT_EQ(parse(u"Deadlift same, 150x1@9"_s),
              numbered({Set().g(140'000).reps(3), Set().g(150'000).reps(1).rpe(9)}));
    EXPECT_EQ(parse(u"same"_s, withHistory(WeightUnit::Kg, u"Deadlift"_s)),
              numbered({Set().g(140'000).reps(3)}));
}

TEST(QuickEntryLastTime, RelativeLoads)
{
    EXPECT_EQ(parse(u"Deadlift last +5kg"_s), numbered({Set().g(145'000).reps(3)}));
    EXPECT_EQ(parse(u"Deadlift last+5"_s), numbered({Set().g(145'000).reps(3)}));
    EXPECT_EQ(parse(u"Deadlift last -2.5 kg @9"_s), numbered({Set().g(137'500).reps(3).rpe(9)}));
    EXPECT_EQ(parse(u"Squat same +2.5"_s), numbered({Set().g(62'500).reps(5).kind(SetKind::Warmup),
                                                     Set().g(122'500).reps(5), Set().g(122'500).reps(4)}));
    // Added load on bodyweight work; pounds for a pound athlete.
    EXPECT_EQ(parse(u"Pull Up last +5"_s), numbered({Set().g(5'000).reps(8), Set().g(5'000).reps(6)}));
    EXPECT_EQ(parse(u"Deadlift last +10lb"_s, withHistory(WeightUnit::Lb)),
              numbered({Set().g(140'000 + 4'536).reps(3)}));
}

TEST(QuickEntryLastTime, NamesStillReadAsNames)
{
    // A word such as "Last" inside a name stays in the name when a set follows.
    const QuickEntryResult r = QuickEntry::parse(u"Last Chance Curl 3x10 12kg"_s, withHistory());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.exercise, u"Last Chance Curl"_s);
    EXPECT_EQ(r.sets.size(), 3);
}

TEST(QuickEntryLastTime, Errors)
{
    struct Case
    {
        QString line;
        int column;
        QString message;
        QuickEntryContext ctx;
    };
    const QList<Case> cases{
        {u"Bench Press same"_s, 13,
         u"there is no earlier session of Bench Press to repeat; write its sets, e.g. 100x5"_s,
         withHistory()},
        {u"Squat same"_s, 7, u"there is no earlier session of Squat to repeat; write its sets, e.g. 100x5"_s,
         context()},
        {u"Deadlift last +5lb"_s, 15, u"write the load change in kg, the unit the loads are in; got lb"_s,
         withHistory()},
        {u"Deadlift last +"_s, 16, u"expected a load change after '+', e.g. last +5kg"_s, withHistory()},
        {u"Deadlift last 150"_s, 15,
         u"the weight comes from last time; change it with 'last +5kg' or 'last -5kg'"_s, withHistory()},
        {u"Deadlift same @ 150kg"_s, 15,
         u"the weight comes from last time; change it with 'same +5kg' or 'same -5kg'"_s, withHistory()},
        {u"Deadlift last +5s"_s, 16, u"expected kg or lb after the load change; got 's'"_s, withHistory()},
        {u"Deadlift last -150"_s, 15, u"Weight must not be negative; got -10 kg"_s, withHistory()},
        {u"Squat same @11"_s, 13, u"RPE must be between 1 and 10 in steps of 0.5; got 11"_s, withHistory()},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.line.toStdString());
        const QuickEntryResult r = QuickEntry::parse(c.line, c.ctx);
        ASSERT_FALSE(r.ok());
        EXPECT_TRUE(r.sets.isEmpty());
        EXPECT_EQ(r.error->message, c.message);
        EXPECT_EQ(r.error->column, c.column);
    }
}

TEST(QuickEntryLastTime, AsksOncePerLine)
{
    int asked = 0;
    QuickEntryContext ctx = withHistory();
    const auto lookup = ctx.lastTime;
    ctx.lastTime = [&asked, lookup](const QString &name) {
        ++asked;
        return lookup(name);
    };
    EXPECT_EQ(parse(u"Deadlift same, last +5, 150x1"_s, ctx).size(), 3);
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(parse(u"Deadlift 150x1"_s, ctx).size(), 1);
    EXPECT_EQ(asked, 1); // a line without "same" never asks
}

} // namespace
} // namespace spotter::test
