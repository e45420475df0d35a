// SPDX-License-Identifier: GPL-3.0-or-later
// Invalid quick-entry lines: the exact message and the column it points at, and robustness
// against any input.
#include "quickentry/quickentry.h"
#include "quickentrytestutil.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

using test::context;

struct Case
{
    QString line;
    int column;
    QString message;
};

void expectErrors(const QList<Case> &cases, const QuickEntryContext &ctx = context())
{
    for (const Case &c : cases) {
        SCOPED_TRACE(c.line.toStdString());
        const QuickEntryResult r = QuickEntry::parse(c.line, ctx);
        ASSERT_FALSE(r.ok());
        EXPECT_TRUE(r.sets.isEmpty());
        EXPECT_EQ(r.error->message, c.message);
        EXPECT_EQ(r.error->column, c.column);
        EXPECT_EQ(r.error->toString(), u"column %1: %2"_s.arg(c.column).arg(c.message));
    }
}

TEST(QuickEntryErrors, PointAtMissingPieces)
{
    expectErrors({
        {u""_s, 1, u"expected an exercise and its sets, e.g. Squat 3x5 100kg"_s},
        {u"Squat"_s, 6, u"expected sets after the exercise name, e.g. 100x5"_s},
        {u"100x5"_s, 1, u"expected an exercise name before the sets"_s},
        {u"Squat 100x"_s, 11, u"expected reps after 'x'"_s},
        {u"Squat 100x@8"_s, 11, u"expected reps after 'x'"_s},
        {u"Squat 100x5x"_s, 13, u"expected a number of sets or a weight after 'x'"_s},
        {u"Squat 100"_s, 10, u"expected 'x' and reps after the weight"_s},
        {u"Squat 100kg @8"_s, 12, u"expected 'x' and reps after the weight"_s},
        {u"Squat 5/5/4"_s, 7, u"expected a weight before the reps, e.g. 100x5/5/4"_s},
        {u"Squat x5"_s, 7, u"expected a weight or a number of sets before 'x'"_s},
        {u"Squat 100x5,"_s, 13, u"expected a set after ','"_s},
        {u"Squat 100x5,, 120x5"_s, 13, u"expected a set after ','"_s},
        {u"Squat 100x5, warmup"_s, 20, u"expected a set such as 100x5"_s},
        {u"Squat 100x5, @8"_s, 14, u"expected a set such as 100x5; got '@'"_s},
        {u"Squat 100x5 @"_s, 14, u"expected a number after '@'"_s},
        {u"Squat 100x5 rir"_s, 16, u"expected a number after 'rir'"_s},
        {u"Squat 100x5 rest"_s, 17, u"expected a rest time after 'rest', e.g. rest 90s or rest 2:30"_s},
        {u"Squat 100x5 r x"_s, 15, u"expected a rest time after 'r', e.g. rest 90s or rest 2:30"_s},
        {u"Squat 100x5/"_s, 13, u"expected reps after '/'"_s},
    });
    expectErrors({{u""_s, 1, u"expected a set such as 100x5"_s}}, context(WeightUnit::Kg, u"Squat"_s));
}

TEST(QuickEntryErrors, NameWhatIsWrongWithTheName)
{
    expectErrors({
        {u"\"Pull Up 3x8"_s, 1, u"missing closing quote"_s},
        {u"Squat \"heavy 3x8"_s, 7, u"missing closing quote"_s},
        {u"\"  \" 3x8"_s, 1, u"the exercise name is empty"_s},
        {u"\"Pull Up\" assisted 3x8"_s, 11, u"expected sets after the exercise name, e.g. 100x5"_s},
        {u": 100x5"_s, 1, u"expected an exercise name before the sets"_s},
        {QString(1001, u'a') + u" 100x5"_s, 1, u"Exercise name must be at most 1000 characters; got 1001"_s},
    });
}

TEST(QuickEntryErrors, RefuseWhatCannotBeMeant)
{
    expectErrors({
        {u"Squat 100x5 120x5"_s, 13, u"expected ',' between sets"_s},
        {u"Bench Press 3x5 100kg 3x3 110kg"_s, 23, u"expected ',' between sets"_s},
        {u"Squat 100x5 foo"_s, 13, u"unexpected 'foo'"_s},
        {u"Squat 100x5 %"_s, 13, u"unexpected '%'"_s},
        {u"Squat 3x5 60s"_s, 11, u"unexpected '60s'"_s},
        {u"Squat 100x5x3x2"_s, 14, u"too many 'x'; write weight x reps x sets"_s},
        {u"Squat 100kgx5 120kg"_s, 15, u"the weight is given twice"_s},
        {u"Squat 3x5 100kg 110kg"_s, 17, u"the weight is given twice"_s},
        {u"Squat 3x5 100kg @110kg"_s, 17, u"the weight is given twice"_s},
        {u"Squat 3x5 @100kgx5"_s, 11, u"expected ',' between sets"_s},
        {u"Squat 100x5x3 bw"_s, 15, u"the weight is given twice"_s},
        {u"Squat 100x5 @8 @9"_s, 16, u"RPE is given twice"_s},
        {u"Squat 100x5 rir1 2rir"_s, 18, u"reps in reserve are given twice"_s},
        {u"Squat 100x5 rest 90 rest 60"_s, 21, u"rest is given twice"_s},
        {u"Squat w100x5f"_s, 13, u"a set has one kind; 'f' conflicts with 'w'"_s},
        {u"Squat 100x5+ fail"_s, 12, u"a set has one kind; '+' conflicts with 'fail'"_s},
        {u"Squat 100+x5"_s, 10, u"a marker goes after the reps, e.g. 100x5+"_s},
        {u"Squat 100x100kg"_s, 11, u"expected reps, a duration or a distance after 'x'"_s},
        {u"Squat 100x5/100kg"_s, 13, u"a list holds reps, durations or distances of one sort, e.g. 5/5/4"_s},
        {u"Squat 100x5/5x3"_s, 13, u"give either a list of reps or a number of sets"_s},
        {u"Squat 100x5x3/3"_s, 15, u"expected a number of sets after 'x'"_s},
        {u"Squat 100x5x60s"_s, 13, u"expected a number of sets after 'x'"_s},
        {u"Squat 100kgx5x100kg"_s, 7, u"expected a number of sets before 'x'"_s},
        {u"Squat 60sx5"_s, 9, u"unknown unit 'sx'"_s},
        {u"Squat 1:00x5"_s, 7, u"expected a weight or a number of sets before 'x'"_s},
        {u"Squat 100kgz x5"_s, 10, u"unknown unit 'kgz'"_s},
        {u"Pull Up bw+10s x5"_s, 14, u"expected kg or lb after the added load; got 's'"_s},
        {u"Squat 100x5 rest 5h"_s, 19, u"unknown unit 'h'"_s},
        {u"Squat 100x5 rest 5:75"_s, 18, u"expected a time as m:ss or h:mm:ss; got '5:75'"_s},
        {u"Squat 12345678x5"_s, 7, u"the number '12345678' is too long"_s},
        {u"Squat 1" + QString(40, u'0') + u"x5"_s, 7, u"the number '10000000000000000000000…' is too long"_s},
    });
}

TEST(QuickEntryErrors, SuggestADotForDecimalCommas)
{
    expectErrors({
        {u"Squat 102,5x5"_s, 10, u"write decimals with a dot (102.5); ',' separates sets"_s},
        {u"Squat 100x5@7,5"_s, 14, u"write decimals with a dot (7.5); ',' separates sets"_s},
        {u"Squat 100x5 rir1,5"_s, 17, u"write decimals with a dot (1.5); ',' separates sets"_s},
        {u"Squat 3x5 102,5kg"_s, 14, u"write decimals with a dot (102.5); ',' separates sets"_s},
    });
}

TEST(QuickEntryErrors, CheckValuesWithTheSharedValidation)
{
    expectErrors({
        {u"Squat 100x5@11"_s, 13, u"RPE must be between 1 and 10 in steps of 0.5; got 11"_s},
        {u"Squat 100x5@8.3"_s, 13, u"RPE must be between 1 and 10 in steps of 0.5; got 8.3"_s},
        {u"Squat 100x5 rir10"_s, 16, u"Reps in reserve must be between 0 and 9 in steps of 0.5; got 10"_s},
        {u"Squat 100x5@8 rir3"_s, 15, u"RPE 8 and 3 reps in reserve disagree (RPE = 10 − RIR)"_s},
        {u"Squat 100x0"_s, 11,
         u"Reps must be at least 1 unless the set is timed, has a distance or is a failed attempt (to failure); got 0"_s},
        {u"Squat 100x1001"_s, 11, u"Reps must be at most 1000; got 1001"_s},
        {u"Squat 100x5.5"_s, 11, u"reps must be a whole number; got 5.5"_s},
        {u"Squat 1200x5"_s, 7, u"Weight must be at most 1000 kg; got 1200 kg"_s},
        {u"Squat 2300lbx5"_s, 7, u"Weight must be at most 1000 kg; got 1043.262 kg"_s},
        {u"Pull Up bw-10x5"_s, 9, u"Weight must not be negative; got -10 kg"_s},
        {u"\"Pull Up (Assisted)\" bw+10x5"_s, 22,
         u"an assisted exercise takes help, not added weight: write bw-10 or 10kg"_s},
        {u"\"Pull Up (Assisted)\" 500kgx5"_s, 22, u"Assistance must be between 0 and 400 kg; got 500 kg"_s},
        {u"Squat 100x5 rest 300m"_s, 18, u"Rest must be between 0 s and 4 h; got 18000 s"_s},
        {u"Squat 100x5x0"_s, 13, u"the number of sets must be a whole number from 1 to 100; got 0"_s},
        {u"Squat 100x5x101"_s, 13, u"the number of sets must be a whole number from 1 to 100; got 101"_s},
        {u"Squat 3x5 100kg, 2.5x5 100kg"_s, 18,
         u"the number of sets must be a whole number from 1 to 100; got 2.5"_s},
        {u"Plank 0s"_s, 7, u"A set needs reps, a duration or a distance"_s},
        {u"Plank 1500min"_s, 7, u"A timed set must last between 0 s and 24 h; got 90000 s"_s},
        {u"Plank 30.5"_s, 7, u"seconds must be a whole number; got 30.5"_s},
        {u"Push Up 0"_s, 9,
         u"Reps must be at least 1 unless the set is timed, has a distance or is a failed attempt (to failure); got 0"_s},
        {u"Rowing 1001km"_s, 8, u"Distance must be between 0 and 1000 km; got 1001000 m"_s},
    });
}

TEST(QuickEntryErrors, BoundTheNumberOfSets)
{
    QStringList groups(11, u"1x1x100"_s);
    expectErrors({{u"Squat "_s + groups.join(u", "), 97, u"a line holds at most 1000 sets"_s}});
    QStringList reps(101, u"5"_s);
    expectErrors({{u"Squat 100x"_s + reps.join(u'/'), 211, u"a group holds at most 100 sets"_s}});
}

TEST(QuickEntryErrors, CountColumnsInCharactersAndOffsetsInCodeUnits)
{
    const QuickEntryResult r = QuickEntry::parse(u"Squat 💪 100x"_s, context());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->column, 13);
    EXPECT_EQ(r.error->offset, 13);
    EXPECT_EQ(r.error->length, 0);
    EXPECT_EQ(r.exercise, u"Squat 💪"_s);
    const QuickEntryResult later = QuickEntry::parse(u"Squat 💪 100x5 foo"_s, context());
    ASSERT_FALSE(later.ok());
    EXPECT_EQ(later.error->column, 15);
    EXPECT_EQ(later.error->offset, 15);
    EXPECT_EQ(later.error->length, 3);
    const QuickEntryResult astral = QuickEntry::parse(u"Squat 100x5 💪"_s, context());
    ASSERT_FALSE(astral.ok());
    EXPECT_EQ(astral.error->message, u"unexpected '💪'"_s);
    EXPECT_EQ(astral.error->column, 13);
    EXPECT_EQ(astral.error->length, 2);
}

TEST(QuickEntryErrors, KeepTheNameWhenTheSetsFail)
{
    const QuickEntryResult r = QuickEntry::parse(u"Sqaut 100x"_s, context());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.exercise, u"Sqaut"_s);
    EXPECT_TRUE(r.exerciseInLine);
}

/// Random lines built from the grammar's own pieces: whatever comes in, the parser answers
/// with sets or with an error inside the line, and never crashes.
TEST(QuickEntryRobustness, AnswersEveryLineSanely)
{
    const QStringList pieces{u"Squat"_s,
                             u" "_s,
                             u"100"_s,
                             u"x"_s,
                             u"5"_s,
                             u","_s,
                             u"@"_s,
                             u"8.5"_s,
                             u"kg"_s,
                             u"lb"_s,
                             u"bw"_s,
                             u"+"_s,
                             u"-"_s,
                             u"/"_s,
                             u"rest"_s,
                             u"r"_s,
                             u"2:30"_s,
                             u"m"_s,
                             u"s"_s,
                             u"w"_s,
                             u"f"_s,
                             u"rir"_s,
                             u"\""_s,
                             u"×"_s,
                             u"💪"_s,
                             u":"_s,
                             u"."_s,
                             u"0"_s,
                             u"amrap"_s,
                             u"xbw"_s,
                             u"“"_s,
                             u"\t"_s,
                             QString(QChar(0)),
                             QString(QChar(0xD800)),
                             u"9999999"_s,
                             u"1:00:00"_s};
    QRandomGenerator random(20240611);
    for (int round = 0; round < 20000; ++round) {
        QString line;
        const int length = random.bounded(1, 16);
        for (int i = 0; i < length; ++i)
            line += pieces.at(random.bounded(static_cast<int>(pieces.size())));
        const QuickEntryResult r = QuickEntry::parse(line, context(WeightUnit::Lb));
        if (r.ok()) {
            ASSERT_FALSE(r.sets.isEmpty()) << line.toStdString();
            continue;
        }
        ASSERT_TRUE(r.sets.isEmpty()) << line.toStdString();
        ASSERT_FALSE(r.error->message.isEmpty()) << line.toStdString();
        ASSERT_GE(r.error->offset, 0) << line.toStdString();
        ASSERT_LE(r.error->offset + r.error->length, line.size()) << line.toStdString();
        ASSERT_GE(r.error->column, 1) << line.toStdString();
        ASSERT_LE(r.error->column, line.size() + 1) << line.toStdString();
    }
}

TEST(QuickEntryRobustness, StaysLinearOnLongLines)
{
    // Quadratic work on these would take minutes; linear work takes milliseconds.
    const QString longName = QString(500'000, u'a') + u" 100x5"_s;
    const QString manyGroups = u"Squat "_s + QStringList(100'000, u"100x5"_s).join(u", ");
    const QString longNumber = u"Squat "_s + QString(500'000, u'1') + u"x5"_s;
    const QString manyMarkers =
        u"Squat 100x5"_s + QString(250'000, u' ') + QStringList(50'000, u"w"_s).join(u' ');
    QElapsedTimer timer;
    timer.start();
    for (const QString &line : {longName, manyGroups, longNumber}) {
        const QuickEntryResult r = QuickEntry::parse(line, context());
        ASSERT_FALSE(r.ok());
        EXPECT_LT(r.error->message.size(), 100);
    }
    const QuickEntryResult markers = QuickEntry::parse(manyMarkers, context());
    ASSERT_TRUE(markers.ok());
    EXPECT_EQ(markers.sets.size(), 1);
    EXPECT_LT(timer.elapsed(), 20'000);
}

} // namespace
} // namespace spotter
