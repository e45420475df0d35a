// SPDX-License-Identifier: GPL-3.0-or-later
// The list of soreness reports under QAbstractItemModelTester, through edits and undo.
#include "models/sorenessreportmodel.h"
#include "pages/sorenessfixture.h"
#include "services/historyservice.h"
#include "store/sorenessrepository.h"
#include "store/storeerror.h"

#include <QAbstractItemModelTester>
#include <QIcon>

using namespace spotter;
using namespace spotter::test;

namespace {

class SorenessReportModelTest : public SorenessFixture
{
protected:
    SorenessReport report(const QString &noticed, Region region, int intensity)
    {
        SorenessReport r;
        r.athleteId = m_athlete;
        r.sessionId = m_latest;
        r.region = region;
        r.noticedAt = *parseDateTime(noticed);
        r.intensity = intensity;
        r.character = Character::Ache;
        return r;
    }
    SorenessReport add(SorenessReport r)
    {
        auto *command = new AddSorenessCommand(*m_ws, r, QStringLiteral("report soreness"));
        EXPECT_FALSE(m_ws->execute(command));
        return command->value();
    }
};

} // namespace

TEST_F(SorenessReportModelTest, ListsNewestFirstWithTheClassAndSurvivesEveryChange)
{
    SorenessReportModel model(*m_ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int reads = 0;
    model.setHistoryLoader([this, &reads](const SorenessReport &r) {
        ++reads;
        return HistoryService(db()).reportHistory(r);
    });
    model.setAthlete(m_athlete);
    EXPECT_EQ(model.rowCount(), 0);

    const SorenessReport doms = add(report(QStringLiteral("2026-11-04T08:00"), Region::Quads, 3));
    SorenessReport sharp = report(QStringLiteral("2026-11-04T09:00"), Region::LowerBack, 5);
    sharp.character = Character::Sharp;
    sharp.side = Side::Left;
    sharp = add(sharp);
    SorenessReport flag = report(QStringLiteral("2026-11-04T09:30"), Region::Glutes, 4);
    flag.redFlags.insert(RedFlag::SaddleNumbness);
    flag = add(flag);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), SorenessReportModel::ColumnCount);

    EXPECT_EQ(model.report(0).id, flag.id) << "newest first";
    EXPECT_EQ(model.report(2).id, doms.id);
    EXPECT_EQ(model.rowOf(sharp.id), 1);
    EXPECT_EQ(model.rowOf(987654), -1);
    EXPECT_EQ(model.index(1, SorenessReportModel::Where).data().toString(),
              QStringLiteral("Lower back, left side"));
    EXPECT_EQ(model.index(1, SorenessReportModel::Intensity).data().toString(), QStringLiteral("5/10"));
    EXPECT_EQ(model.index(1, 0).data(SorenessReportModel::ReportIdRole), sharp.id);

    const auto cls = [&](int row) { return model.index(row, SorenessReportModel::Class); };
    EXPECT_EQ(cls(0).data(SorenessReportModel::SeverityKeyRole), QStringLiteral("see-doctor/emergency"));
    // A short word that fits the column; the whole class for screen readers.
    EXPECT_EQ(cls(0).data().toString(), QStringLiteral("Emergency"));
    EXPECT_EQ(cls(0).data(Qt::AccessibleTextRole).toString(), QStringLiteral("See a doctor (emergency)"));
    EXPECT_EQ(cls(1).data(SorenessReportModel::SeverityKeyRole), QStringLiteral("warning"));
    EXPECT_EQ(cls(2).data(SorenessReportModel::SeverityKeyRole), QStringLiteral("doms"));
    EXPECT_FALSE(cls(2).data(Qt::DecorationRole).value<QIcon>().isNull()) << "an icon, not colour alone";
    EXPECT_FALSE(cls(2).data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_EQ(reads, 1) << "three reports of one session: its history is read once";

    SorenessReport edited = sharp;
    edited.intensity = 9;
    ASSERT_FALSE(m_ws->execute(new EditSorenessCommand(*m_ws, sharp, edited, QStringLiteral("edit"))));
    EXPECT_EQ(model.index(1, SorenessReportModel::Intensity).data().toString(), QStringLiteral("9/10"));
    EXPECT_EQ(cls(1).data(SorenessReportModel::SeverityKeyRole), QStringLiteral("see-doctor/soon"));
    ASSERT_FALSE(m_ws->execute(new DeleteSorenessCommand(*m_ws, flag, QStringLiteral("delete"))));
    EXPECT_EQ(model.rowCount(), 2);
    stack().undo();
    stack().undo();
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(1, SorenessReportModel::Intensity).data().toString(), QStringLiteral("5/10"));
    model.setAthlete(0);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(SorenessReportModelTest, AHistoryThatCannotBeReadShowsUnknownNotABenignClass)
{
    add(report(QStringLiteral("2026-11-04T08:00"), Region::Quads, 3));
    SorenessReportModel model(*m_ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setHistoryLoader([](const SorenessReport &) -> ReportHistory {
        throw StoreError(StoreError::Kind::Io, QStringLiteral("disk on fire"));
    });
    model.setAthlete(m_athlete);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.severity(0), std::nullopt);
    const QModelIndex cls = model.index(0, SorenessReportModel::Class);
    EXPECT_EQ(cls.data().toString(), QStringLiteral("Unknown"));
    EXPECT_TRUE(cls.data(Qt::ToolTipRole).toString().contains(QStringLiteral("disk on fire")));
}
