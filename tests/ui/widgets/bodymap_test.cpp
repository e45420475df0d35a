// SPDX-License-Identifier: GPL-3.0-or-later
// The body map: every region reachable and selectable by keyboard, mouse and screen reader.
#include "widgets/bodymap.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace spotter;

namespace {

class BodyMapTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_map.resize(m_map.sizeHint());
        m_map.show();
    }
    QAbstractButton *button(Region r) { return m_map.regionButton(r); }
    QWidget *focused() { return m_map.window()->focusWidget(); }

    BodyMap m_map;
};

} // namespace

TEST_F(BodyMapTest, EveryRegionButOtherIsOnTheMapWithItsName)
{
    const QList<Region> regions = BodyMap::mapRegions();
    EXPECT_EQ(regions.size(), 23);
    EXPECT_FALSE(regions.contains(Region::Other));
    for (Region r : allValues(kRegionKeys)) {
        if (r == Region::Other) {
            EXPECT_EQ(button(r), nullptr);
            continue;
        }
        QAbstractButton *b = button(r);
        ASSERT_NE(b, nullptr) << toKey(r).toStdString();
        EXPECT_EQ(b->accessibleName(), displayName(r));
        EXPECT_TRUE(b->focusPolicy() & Qt::TabFocus);
        EXPECT_FALSE(b->geometry().isEmpty()) << toKey(r).toStdString();
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(b);
        ASSERT_NE(iface, nullptr);
        EXPECT_EQ(iface->text(QAccessible::Name), displayName(r));
        EXPECT_EQ(iface->role(), QAccessible::RadioButton);
        EXPECT_TRUE(iface->state().checkable);
    }
    QAccessibleInterface *map = QAccessible::queryAccessibleInterface(&m_map);
    ASSERT_NE(map, nullptr);
    EXPECT_EQ(map->text(QAccessible::Name), QStringLiteral("Body map"));
    EXPECT_EQ(map->childCount(), 23);
}

TEST_F(BodyMapTest, ArrowsMoveAndSpaceOrEnterSelects)
{
    QSignalSpy selected(&m_map, &BodyMap::regionSelected);
    const QList<Region> order = BodyMap::mapRegions();
    button(order.at(0))->setFocus();
    ASSERT_EQ(focused(), button(order.at(0)));

    QTest::keyClick(focused(), Qt::Key_Down);
    EXPECT_EQ(focused(), button(order.at(1)));
    EXPECT_TRUE(selected.isEmpty()) << "moving does not select";
    EXPECT_EQ(m_map.region(), std::nullopt);
    QTest::keyClick(focused(), Qt::Key_Right);
    EXPECT_EQ(focused(), button(order.at(2)));
    QTest::keyClick(focused(), Qt::Key_Up);
    QTest::keyClick(focused(), Qt::Key_Left);
    EXPECT_EQ(focused(), button(order.at(0)));
    QTest::keyClick(focused(), Qt::Key_Left);
    EXPECT_EQ(focused(), button(order.at(0))) << "the first region stays first";

    QTest::keyClick(focused(), Qt::Key_Space);
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.takeFirst().first().value<Region>(), order.at(0));
    EXPECT_EQ(m_map.region(), order.at(0));
    EXPECT_TRUE(button(order.at(0))->isChecked());

    QTest::keyClick(focused(), Qt::Key_End);
    EXPECT_EQ(focused(), button(order.last()));
    QTest::keyClick(focused(), Qt::Key_Return);
    EXPECT_EQ(m_map.region(), order.last());
    EXPECT_FALSE(button(order.at(0))->isChecked()) << "one region at a time";
    QTest::keyClick(focused(), Qt::Key_Home);
    EXPECT_EQ(focused(), button(order.first()));
    QTest::keyClick(focused(), Qt::Key_Enter);
    EXPECT_EQ(m_map.region(), order.first());
    EXPECT_EQ(selected.size(), 2);
}

TEST_F(BodyMapTest, TabWalksTheRegionsInOrder)
{
    const QList<Region> order = BodyMap::mapRegions();
    QWidget *w = button(order.first());
    for (qsizetype i = 1; i < order.size(); ++i) {
        w = w->nextInFocusChain();
        EXPECT_EQ(w, button(order.at(i))) << i;
    }
}

TEST_F(BodyMapTest, ClickingInsideAShapeSelectsItAndAGapDoesNot)
{
    // Clicks go through the window, as a real one does, so the child under the pointer (by its
    // shape, not its bounding box) gets them.
    ASSERT_NE(m_map.windowHandle(), nullptr);
    QSignalSpy selected(&m_map, &BodyMap::regionSelected);
    QAbstractButton *lowerBack = button(Region::LowerBack);
    const QPoint centre = lowerBack->geometry().center();
    QTest::mouseClick(m_map.windowHandle(), Qt::LeftButton, {}, centre);
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(m_map.region(), Region::LowerBack);

    // The shoulders' bounding box spans both figures; its centre, between them, is no shoulder.
    const QPoint between = button(Region::Shoulders)->geometry().center();
    ASSERT_TRUE(button(Region::Shoulders)->geometry().contains(between));
    QTest::mouseClick(m_map.windowHandle(), Qt::LeftButton, {}, between);
    EXPECT_EQ(selected.size(), 1);
    EXPECT_EQ(m_map.region(), Region::LowerBack);

    // Clicking the selected region again keeps it.
    QTest::mouseClick(m_map.windowHandle(), Qt::LeftButton, {}, centre);
    EXPECT_EQ(m_map.region(), Region::LowerBack);
    EXPECT_TRUE(lowerBack->isChecked());
}

TEST_F(BodyMapTest, SettingTheRegionFromTheListDoesNotEmitAndOtherClears)
{
    QSignalSpy selected(&m_map, &BodyMap::regionSelected);
    m_map.setRegion(Region::Knees);
    EXPECT_TRUE(button(Region::Knees)->isChecked());
    m_map.setRegion(Region::Other);
    EXPECT_EQ(m_map.region(), std::nullopt);
    EXPECT_FALSE(button(Region::Knees)->isChecked());
    m_map.setRegion(std::nullopt);
    EXPECT_TRUE(selected.isEmpty());
}
