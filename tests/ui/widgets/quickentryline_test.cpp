// SPDX-License-Identifier: GPL-3.0-or-later
// The quick-entry line's preview under it: readable in both themes (issue 17: ~1.2:1 in the dark
// theme), and its sentences end once.
#include "model/builtincatalogue.h"
#include "models/exercisecatalogue.h"
#include "shell/theme.h"
#include "widgets/quickentryline.h"

#include <QLabel>
#include <QLineEdit>

#include <gtest/gtest.h>

#include <cmath>

using namespace spotter;

namespace {

/// WCAG 2 relative luminance of an opaque colour.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

/// @p over painted on @p under (a translucent text colour blends with what is behind it).
QColor blended(const QColor &over, const QColor &under)
{
    const double a = over.alphaF();
    return QColor::fromRgbF(over.redF() * a + under.redF() * (1 - a),
                            over.greenF() * a + under.greenF() * (1 - a),
                            over.blueF() * a + under.blueF() * (1 - a));
}

/// The WCAG contrast ratio of @p label's text on the window behind it, from their palettes.
double contrast(const QLabel *label)
{
    const QColor background = label->parentWidget()->palette().color(QPalette::Window);
    const QColor text = blended(label->palette().color(label->foregroundRole()), background);
    const double l1 = luminance(text);
    const double l2 = luminance(background);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}

class QuickEntryLineTest : public ::testing::Test
{
protected:
    void SetUp() override { m_catalogue.reset(builtinCatalogue()); }
    void TearDown() override { Theme::apply(ThemeChoice::Light); }

    ExerciseCatalogue m_catalogue;
};

TEST_F(QuickEntryLineTest, ThePreviewReadsAtLeastFourAndAHalfToOneInBothThemes)
{
    for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
        Theme::apply(theme);
        const char *name = theme == ThemeChoice::Dark ? "dark" : "light";
        QuickEntryLine line(m_catalogue);
        line.show();
        const QLabel *preview = line.previewLabel();
        ASSERT_FALSE(preview->text().isEmpty()) << "an empty line shows how to write one";
        EXPECT_GE(contrast(preview), 4.5) << name << ", the hint";
        line.lineEdit()->setText(QStringLiteral("Squat 3x5 100"));
        EXPECT_GE(contrast(preview), 4.5) << name << ", a line that reads";
        line.lineEdit()->setText(QStringLiteral("Squat 3x"));
        EXPECT_GE(contrast(preview), 4.5) << name << ", an error";
    }
}

TEST_F(QuickEntryLineTest, AnUnknownExerciseIsSaidInSentencesThatEndOnce)
{
    QuickEntryLine line(m_catalogue);
    line.lineEdit()->setText(QStringLiteral("Zercher Squat 3x5 100"));
    EXPECT_TRUE(line.previewText().contains(QStringLiteral("did you mean")));
    EXPECT_FALSE(line.previewText().contains(QStringLiteral("?."))) << line.previewText().toStdString();
    EXPECT_TRUE(line.previewText().endsWith(QStringLiteral("? Press Enter to add it to the catalogue.")))
        << line.previewText().toStdString();

    line.lineEdit()->setText(QStringLiteral("Qwzxv 3x5 100"));
    EXPECT_EQ(line.previewText(),
              QStringLiteral("⚠ There is no exercise 'Qwzxv' in the catalogue. Press Enter "
                             "to add it to the catalogue."));
}

TEST_F(QuickEntryLineTest, TheNamesLiftersTypeAreKnown)
{
    QuickEntryLine line(m_catalogue);
    for (const QString &typed : {QStringLiteral("Bench 60x8"), QStringLiteral("DL 100x5"),
                                 QStringLiteral("Pullups 3x8"), QStringLiteral("Pull ups 3x8")}) {
        line.lineEdit()->setText(typed);
        EXPECT_FALSE(line.previewText().startsWith(u'⚠')) << line.previewText().toStdString();
    }
}

} // namespace
