// SPDX-License-Identifier: GPL-3.0-or-later
// A cell elided to fit a narrow column shows its whole text as a tooltip; a cell that fits shows
// none, and a cell with a tooltip of its own keeps it.
#include "widgets/elidedtooltips.h"

#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolTip>

#include <gtest/gtest.h>

using namespace spotter;

namespace {

class ElidedToolTipsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_model.setColumnCount(1);
        for (const QString &text :
             {QStringLiteral("Bench Press 190 lb × 5 @ 8, then a back-off set of 8"), QStringLiteral("Squat"),
              QStringLiteral("Deadlift 405 lb × 1 @ 9.5, a test")}) {
            m_model.appendRow(new QStandardItem(text));
        }
        m_model.item(2)->setToolTip(QStringLiteral("Its own tooltip"));
        m_view.setModel(&m_model);
        m_view.setWordWrap(false);
        m_view.horizontalHeader()->resizeSection(0, 120);
        m_view.resize(300, 200);
        ElidedToolTips::install(&m_view);
        m_view.show();
        QApplication::setActiveWindow(&m_view);
    }
    void TearDown() override { QToolTip::hideText(); }

    /// The tooltip shown after hovering the middle of @p row's cell (empty: none).
    QString toolTipOf(int row)
    {
        QToolTip::hideText();
        const QRect rect = m_view.visualRect(m_model.index(row, 0));
        const QPoint pos = rect.center();
        QHelpEvent event(QEvent::ToolTip, pos, m_view.viewport()->mapToGlobal(pos));
        QApplication::sendEvent(m_view.viewport(), &event);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    }

    QStandardItemModel m_model;
    QTableView m_view;
};

} // namespace

TEST_F(ElidedToolTipsTest, AnElidedCellShowsItsWholeText)
{
    EXPECT_EQ(toolTipOf(0), QStringLiteral("Bench Press 190 lb × 5 @ 8, then a back-off set of 8"));
}

TEST_F(ElidedToolTipsTest, ACellThatFitsShowsNone)
{
    EXPECT_EQ(toolTipOf(1), QString());
}

TEST_F(ElidedToolTipsTest, ACellsOwnToolTipWins)
{
    EXPECT_EQ(toolTipOf(2), QStringLiteral("Its own tooltip"));
}

TEST_F(ElidedToolTipsTest, AWideEnoughColumnShowsNone)
{
    m_view.horizontalHeader()->resizeSection(0, 600);
    m_view.resize(700, 200);
    EXPECT_EQ(toolTipOf(0), QString());
}
