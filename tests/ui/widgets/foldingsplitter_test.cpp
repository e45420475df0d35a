// SPDX-License-Identifier: GPL-3.0-or-later
// The folding splitter stands its panes side by side when wide and stacks them when narrow,
// giving the first pane the larger share when stacked; the soreness page relies on it.
#include "widgets/foldingsplitter.h"

#include <QLabel>

#include <gtest/gtest.h>

using namespace spotter;

TEST(FoldingSplitter, StacksBelowItsWidthAndStandsSideBySideAbove)
{
    FoldingSplitter splitter(800);
    splitter.addWidget(new QLabel(QStringLiteral("form")));
    splitter.addWidget(new QLabel(QStringLiteral("result")));
    splitter.resize(1000, 600);
    splitter.show();
    EXPECT_EQ(splitter.orientation(), Qt::Horizontal);
    EXPECT_FALSE(splitter.childrenCollapsible());

    splitter.resize(799, 600);
    // A shown widget gets its resize event at once.
    EXPECT_EQ(splitter.orientation(), Qt::Vertical);
    const QList<int> sizes = splitter.sizes();
    ASSERT_EQ(sizes.size(), 2);
    EXPECT_GT(sizes[0], sizes[1]); // the form gets more of the height

    splitter.resize(800, 600);
    EXPECT_EQ(splitter.orientation(), Qt::Horizontal);
}
