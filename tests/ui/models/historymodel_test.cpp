// SPDX-License-Identifier: GPL-3.0-or-later
// History's "Soreness after": the urgency in a short word, its own icon and colour.
#include "models/historymodel.h"
#include "uitestutil.h"

#include <QColor>

using namespace spotter;
using namespace spotter::test;

namespace {
class HistoryModelTest : public DemoWorkspaceTest
{
};
} // namespace

TEST_F(HistoryModelTest, SorenessAfterShowsTheUrgencyShortAndInItsColour)
{
    HistoryModel model(*m_ws);
    model.setLive(true);
    model.setAthlete(m_team.ben);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex cell = model.index(row, HistoryModel::Soreness);
        const QString text = cell.data().toString();
        if (text.isEmpty())
            continue;
        seen.append(text);
        EXPECT_FALSE(text.startsWith(QStringLiteral("See a doctor"))) << text.toStdString();
        EXPECT_TRUE(cell.data(Qt::ForegroundRole).value<QColor>().isValid());
        EXPECT_FALSE(cell.data(Qt::AccessibleTextRole).toString().isEmpty());
    }
    // Ben's open nerve-pain report: see a doctor soon.
    EXPECT_TRUE(seen.contains(QStringLiteral("Soon"))) << seen.join(u',').toStdString();
}
