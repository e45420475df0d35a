// SPDX-License-Identifier: GPL-3.0-or-later
// The sets grid's model on its own, under QAbstractItemModelTester.
#include "analysis/e1rm.h"
#include "model/builtincatalogue.h"
#include "model/validation.h"
#include "models/exercisecatalogue.h"
#include "models/setsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace spotter;

namespace {

class SetsModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QList<Exercise> catalogue = builtinCatalogue();
        for (qsizetype i = 0; i < catalogue.size(); ++i)
            catalogue[i].id = i + 1;
        m_catalogue.reset(catalogue);
        m_model.setCommitter([this](int row, const WorkoutSet &after) -> std::optional<QString> {
            ++m_commits;
            QList<WorkoutSet> sets = m_model.sets();
            sets[row] = after;
            m_model.setSets(sets, classify(sets));
            return std::nullopt;
        });
    }
    WorkoutSet set(qint64 id, const QString &exercise, double kg, int reps, std::optional<double> rpe = {})
    {
        WorkoutSet w;
        w.id = id;
        w.exerciseId = m_catalogue.find(exercise)->id;
        w.weight = Weight::fromKg(kg);
        w.reps = reps;
        w.rpe = rpe;
        return w;
    }
    QList<SetIntensity> classify(const QList<WorkoutSet> &sets)
    {
        Session s;
        s.sets = sets;
        return classifySession(s, m_catalogue.byId(), {}).sets;
    }
    void show(const QList<WorkoutSet> &sets) { m_model.setSets(sets, classify(sets)); }
    QString text(int row, int column) { return m_model.index(row, column).data().toString(); }

    ExerciseCatalogue m_catalogue;
    SetsModel m_model{m_catalogue};
    int m_commits = 0;
};

} // namespace

TEST_F(SetsModelTest, PassesTheModelTesterThroughInsertsRemovesAndEdits)
{
    QAbstractItemModelTester tester(&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const WorkoutSet a = set(1, QStringLiteral("Back Squat"), 100, 5, 8);
    const WorkoutSet b = set(2, QStringLiteral("Back Squat"), 110, 3, 9);
    const WorkoutSet c = set(3, QStringLiteral("Bench Press"), 80, 8);
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&m_model, &QAbstractItemModel::modelReset);
    show({a, b});
    show({a, c, b});
    ASSERT_EQ(inserted.size(), 2);
    EXPECT_EQ(inserted.last().at(1).toInt(), 1) << "only the new middle row is inserted";
    EXPECT_EQ(text(1, SetsModel::Exercise), QStringLiteral("Bench Press"));
    EXPECT_EQ(m_model.headerData(2, Qt::Vertical).toInt(), 3) << "the set's number is its row header";
    show({c, b});
    ASSERT_EQ(removed.size(), 1);
    EXPECT_EQ(removed.last().at(1).toInt(), 0);
    show({b, a});
    show({});
    EXPECT_EQ(reset.size(), 0) << "rows move, the view never resets";
    EXPECT_EQ(m_model.rowCount(), 0);

    show({a, b, c});
    EXPECT_TRUE(m_model.setData(m_model.index(2, SetsModel::Weight), QStringLiteral("82.5")));
    EXPECT_EQ(text(2, SetsModel::Weight), QStringLiteral("82.5"));
    EXPECT_TRUE(m_model.setData(m_model.index(0, SetsModel::Kind), static_cast<int>(SetKind::Warmup)));
    EXPECT_EQ(text(0, SetsModel::Kind), QStringLiteral("Warm-up"));
    EXPECT_TRUE(text(0, SetsModel::E1rm).isEmpty()) << "warm-ups give no e1RM";
    m_model.setUnit(WeightUnit::Lb);
    EXPECT_EQ(text(1, SetsModel::Weight), QStringLiteral("242.51"));
    EXPECT_EQ(m_model.headerData(SetsModel::E1rm, Qt::Horizontal).toString(), QStringLiteral("e1RM (lb)"));
}

TEST_F(SetsModelTest, OnlyTheTypedColumnsAreEditable)
{
    show({set(1, QStringLiteral("Deadlift"), 140, 5, 8)});
    for (int c = 0; c < SetsModel::ColumnCount; ++c) {
        const bool editable = m_model.index(0, c).flags().testFlag(Qt::ItemIsEditable);
        const bool expected = c != SetsModel::Plates && c != SetsModel::E1rm && c != SetsModel::Intensity
                              && c != SetsModel::LastTime;
        EXPECT_EQ(editable, expected) << "column " << c;
    }
    EXPECT_FALSE(m_model.setData(m_model.index(0, SetsModel::E1rm), QStringLiteral("200")));
    EXPECT_EQ(m_commits, 0);
}

TEST_F(SetsModelTest, RefusesInvalidValuesWithTheSharedMessages)
{
    show({set(1, QStringLiteral("Deadlift"), 140, 5, 8)});
    QSignalSpy rejected(&m_model, &SetsModel::editRejected);
    EXPECT_FALSE(m_model.setData(m_model.index(0, SetsModel::Rpe), QStringLiteral("11")));
    EXPECT_EQ(m_model.lastError(), *checkRpe(11));
    EXPECT_FALSE(m_model.setData(m_model.index(0, SetsModel::Rpe), QStringLiteral("8.3")));
    EXPECT_FALSE(m_model.setData(m_model.index(0, SetsModel::Weight), QStringLiteral("heavy")));
    EXPECT_EQ(m_model.lastError(),
              QStringLiteral("Enter a weight such as 102.5, 225lb or 100kg; got 'heavy'"));
    EXPECT_FALSE(m_model.setData(m_model.index(0, SetsModel::Weight), QStringLiteral("1200")));
    EXPECT_EQ(m_model.lastError(), QStringLiteral("Weight must be at most 1000 kg; got 1200 kg"));
    EXPECT_FALSE(m_model.setData(m_model.index(0, SetsModel::Reps), QStringLiteral("0")));
    EXPECT_EQ(m_model.lastError(), QStringLiteral("Reps must be at least 1 unless the set is timed, has a "
                                                  "distance or is a failed attempt (to failure); got 0"));
    EXPECT_FALSE(m_model.setData(m_model.index(0, SetsModel::Rest), QStringLiteral("5h")));
    EXPECT_EQ(m_model.lastError(), QStringLiteral("Rest must be between 0 s and 4 h; got 18000 s"));
    QSignalSpy unknown(&m_model, &SetsModel::unknownExercise);
    EXPECT_FALSE(m_model.setData(m_model.index(0, SetsModel::Exercise), QStringLiteral("Deadlfit")));
    ASSERT_EQ(unknown.size(), 1);
    EXPECT_EQ(m_model.lastError(),
              QStringLiteral("There is no exercise 'Deadlfit' in the catalogue; did you mean 'Deadlift'?"));
    EXPECT_EQ(rejected.size(), 7);
    EXPECT_EQ(m_commits, 0) << "nothing refused reaches the store";
    EXPECT_EQ(text(0, SetsModel::Rpe), QStringLiteral("8"));
}

TEST_F(SetsModelTest, ReadsTheWaysLiftersWriteValues)
{
    show({set(1, QStringLiteral("Back Squat"), 100, 5)});
    const auto edit = [this](int column, const QString &value) {
        EXPECT_TRUE(m_model.setData(m_model.index(0, column), value)) << m_model.lastError().toStdString();
        return m_model.set(0);
    };
    EXPECT_EQ(edit(SetsModel::Weight, QStringLiteral("225lb")).weight, Weight::fromLb(225));
    EXPECT_EQ(edit(SetsModel::Rpe, QStringLiteral("@8,5")).rpe, 8.5);
    const WorkoutSet rir = edit(SetsModel::Rpe, QStringLiteral("rir 2"));
    EXPECT_EQ(rir.rir, 2.0);
    EXPECT_FALSE(rir.rpe);
    EXPECT_EQ(text(0, SetsModel::Rpe), QStringLiteral("RIR 2"));
    EXPECT_EQ(edit(SetsModel::Rest, QStringLiteral("2:30")).restSeconds, 150);
    EXPECT_EQ(edit(SetsModel::Rest, QStringLiteral("3m")).restSeconds, 180);
    EXPECT_EQ(text(0, SetsModel::Rest), QStringLiteral("3:00"));
    EXPECT_EQ(edit(SetsModel::Exercise, QStringLiteral("squat (barbell)")).exerciseId,
              m_catalogue.find(QStringLiteral("Back Squat"))->id)
        << "aliases resolve to the catalogue name";
    const WorkoutSet timed = edit(SetsModel::Reps, QStringLiteral("1:30"));
    EXPECT_EQ(timed.seconds, 90);
    EXPECT_FALSE(timed.reps);
    EXPECT_EQ(text(0, SetsModel::Reps), QStringLiteral("1:30"));
    EXPECT_EQ(edit(SetsModel::Reps, QStringLiteral("45")).seconds, 45)
        << "a bare number keeps a timed set timed";
    EXPECT_EQ(edit(SetsModel::Weight, QStringLiteral("bw")).weight, std::nullopt);
}

// An assisted exercise's weight cell is the help: typed as 25 or bw-25, stored as -25 kg, shown
// as "BW − 25", and never called a negative weight; an ordinary exercise keeps refusing one. Its
// e1RM is the bodyweight less the help, and without a bodyweight the cell says what is missing.
TEST_F(SetsModelTest, TakesTheHelpOfAnAssistedExerciseAndSaysWhenTheBodyweightIsMissing)
{
    QAbstractItemModelTester tester(&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    show({set(1, QStringLiteral("Assisted Pull Up"), 0, 8), set(2, QStringLiteral("Back Squat"), 100, 5)});
    const auto edit = [this](int column, const QString &value) {
        EXPECT_TRUE(m_model.setData(m_model.index(0, column), value)) << m_model.lastError().toStdString();
        return m_model.set(0);
    };
    EXPECT_EQ(edit(SetsModel::Weight, QStringLiteral("25")).weight, Weight::fromKg(-25));
    EXPECT_EQ(text(0, SetsModel::Weight), QStringLiteral("BW − 25"));
    EXPECT_EQ(m_model.index(0, SetsModel::Weight).data(Qt::EditRole).toString(), QStringLiteral("25"));
    EXPECT_EQ(edit(SetsModel::Weight, QStringLiteral("bw-30")).weight, Weight::fromKg(-30));
    EXPECT_EQ(edit(SetsModel::Weight, QStringLiteral("-20")).weight, Weight::fromKg(-20));
    EXPECT_EQ(edit(SetsModel::Weight, QStringLiteral("bw")).weight, std::nullopt);
    EXPECT_FALSE(m_model.setData(m_model.index(0, SetsModel::Weight), QStringLiteral("bw+10")));
    EXPECT_EQ(
        m_model.lastError(),
        QStringLiteral("An assisted exercise takes help, not added weight: enter the help, such as 25 or "
                       "bw-25"));
    EXPECT_FALSE(m_model.setData(m_model.index(0, SetsModel::Weight), QStringLiteral("450")));
    EXPECT_EQ(m_model.lastError(), *checkAssistance(Weight::fromKg(450)));
    // The squat: a negative weight is still an error.
    EXPECT_FALSE(m_model.setData(m_model.index(1, SetsModel::Weight), QStringLiteral("-20")));

    // Without the session's bodyweight the e1RM cell says what is missing.
    edit(SetsModel::Weight, QStringLiteral("25"));
    EXPECT_EQ(text(0, SetsModel::E1rm), QStringLiteral("needs BW"));
    EXPECT_TRUE(m_model.index(0, SetsModel::E1rm)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("bodyweight")));
    // With it, the e1RM of 55 kg × 8 (80 kg less 25 of help).
    Session s;
    s.bodyweight = Weight::fromKg(80);
    s.sets = m_model.sets();
    m_model.setBodyweight(s.bodyweight);
    m_model.setSets(s.sets, classifySession(s, m_catalogue.byId(), {}).sets);
    EXPECT_EQ(text(0, SetsModel::E1rm), Weight::fromKg(epleyKg(55, 8)).number(WeightUnit::Kg, 1));
    EXPECT_TRUE(
        m_model.index(0, SetsModel::E1rm).data(Qt::ToolTipRole).toString().contains(QStringLiteral("55 kg")));
}

// A set to failure takes 0 reps (a failed attempt); any other set refuses them.
TEST_F(SetsModelTest, TakesAFailedAttempt)
{
    WorkoutSet miss = set(1, QStringLiteral("Back Squat"), 140, 1);
    miss.kind = SetKind::Failure;
    show({miss});
    EXPECT_TRUE(m_model.setData(m_model.index(0, SetsModel::Reps), QStringLiteral("0")))
        << m_model.lastError().toStdString();
    EXPECT_EQ(m_model.set(0).reps, 0);
    EXPECT_EQ(text(0, SetsModel::E1rm), QString());
    EXPECT_TRUE(m_model.index(0, SetsModel::E1rm)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("failed attempt")));
}

TEST_F(SetsModelTest, ShowsThePlatesPerSideOfEachBarbellSet)
{
    QAbstractItemModelTester tester(&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The plates are joined by thin spaces around each +.
    const auto thin = [](QString text) {
        return text.replace(QStringLiteral(" + "), QStringLiteral("\u2009+\u2009"));
    };
    WorkoutSet warmup = set(1, QStringLiteral("Back Squat"), 60, 5);
    warmup.kind = SetKind::Warmup;
    WorkoutSet hold = set(7, QStringLiteral("Deadlift"), 140, 0);
    hold.reps.reset();
    hold.seconds = 10; // a timed hold loads the bar but is not counted in plates
    WorkoutSet assisted = set(8, QStringLiteral("Assisted Pull Up"), 0, 8);
    assisted.weight = Weight::fromKg(-25);
    show({warmup, set(2, QStringLiteral("Back Squat"), 142.5, 5, 8),
          set(3, QStringLiteral("Back Squat"), 101, 5), set(4, QStringLiteral("Bench Press"), 20, 10),
          set(5, QStringLiteral("Pull Up"), 20, 5), set(6, QStringLiteral("Back Extension"), 50, 12), hold,
          assisted});
    EXPECT_TRUE(text(1, SetsModel::Plates).isEmpty()) << "no plate set yet";

    QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
    m_model.setPlates(PlateSet::defaults(WeightUnit::Kg));
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.first().at(0).toModelIndex().column(), SetsModel::Plates);
    EXPECT_EQ(m_model.headerData(SetsModel::Plates, Qt::Horizontal).toString(),
              QStringLiteral("Plates/side"));
    EXPECT_EQ(text(0, SetsModel::Plates), QStringLiteral("20")) << "warm-ups are loaded too";
    EXPECT_EQ(text(1, SetsModel::Plates), thin(QStringLiteral("2×25 + 10 + 1.25")));
    EXPECT_EQ(text(2, SetsModel::Plates), QStringLiteral("nearest 100 / 102.5"));
    EXPECT_EQ(m_model.index(2, SetsModel::Plates).data(Qt::ToolTipRole).toString(),
              QStringLiteral("cannot make 101 kg: 100 kg or 102.5 kg.\n"
                             "This athlete's plates: the Plates… button above changes them."));
    EXPECT_EQ(text(3, SetsModel::Plates), QStringLiteral("bar only"));
    EXPECT_TRUE(text(4, SetsModel::Plates).isEmpty()) << "a weighted pull-up has no bar";
    EXPECT_TRUE(text(5, SetsModel::Plates).isEmpty()) << "accessories are not barbell lifts";
    EXPECT_TRUE(text(6, SetsModel::Plates).isEmpty()) << "timed";
    EXPECT_TRUE(text(7, SetsModel::Plates).isEmpty()) << "assisted";
    EXPECT_FALSE(m_model.flags(m_model.index(1, SetsModel::Plates)).testFlag(Qt::ItemIsEditable));

    // The same plates again change nothing; a pound set on a kilogram log says its unit.
    changed.clear();
    m_model.setPlates(PlateSet::defaults(WeightUnit::Kg));
    EXPECT_TRUE(changed.isEmpty());
    m_model.setPlates(PlateSet::defaults(WeightUnit::Lb));
    EXPECT_EQ(m_model.headerData(SetsModel::Plates, Qt::Horizontal).toString(),
              QStringLiteral("Plates/side (lb)"));
    EXPECT_EQ(text(3, SetsModel::Plates), QStringLiteral("at least 45"));
    EXPECT_EQ(text(1, SetsModel::Plates), QStringLiteral("nearest 310 / 315"));
    m_model.setUnit(WeightUnit::Lb);
    EXPECT_EQ(m_model.headerData(SetsModel::Plates, Qt::Horizontal).toString(),
              QStringLiteral("Plates/side"));
}
