// SPDX-License-Identifier: GPL-3.0-or-later
// Urgency is always visible: the three urgencies of "see a doctor" differ in colour, icon and a
// short text that fits a table cell.
#include "widgets/badges.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace spotter;

TEST(BadgesTest, TheUrgenciesDifferInColourIconAndShortText)
{
    const Badge emergency = badgeFor(Severity{SorenessClass::SeeDoctor, Urgency::Emergency});
    const Badge today = badgeFor(Severity{SorenessClass::SeeDoctor, Urgency::Urgent});
    const Badge soon = badgeFor(Severity{SorenessClass::SeeDoctor, Urgency::Soon});
    const Badge warning = badgeFor(Severity{SorenessClass::Warning, std::nullopt});

    EXPECT_EQ(emergency.shortText, QStringLiteral("Emergency"));
    EXPECT_EQ(today.shortText, QStringLiteral("Today"));
    EXPECT_EQ(soon.shortText, QStringLiteral("Soon"));
    EXPECT_EQ(warning.shortText, QStringLiteral("Warning"));

    const QSet<QRgb> colours{emergency.color.rgb(), today.color.rgb(), soon.color.rgb(), warning.color.rgb()};
    EXPECT_EQ(colours.size(), 4);
    const QSet<QString> icons{iconName(Severity{SorenessClass::SeeDoctor, Urgency::Emergency}),
                              iconName(Severity{SorenessClass::SeeDoctor, Urgency::Urgent}),
                              iconName(Severity{SorenessClass::SeeDoctor, Urgency::Soon})};
    EXPECT_EQ(icons.size(), 3);
    for (const Badge *b : {&emergency, &today, &soon})
        EXPECT_FALSE(b->icon.isNull());
    // The tooltip says what to do, in full.
    EXPECT_TRUE(emergency.toolTip.contains(QStringLiteral("Call your local emergency number now")));
    EXPECT_TRUE(today.toolTip.contains(QStringLiteral("See a doctor today")));
}
