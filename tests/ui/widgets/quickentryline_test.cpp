// SPDX-License-Identifier: GPL-3.0-or-later
// The quick-entry line's preview under it: readable in both themes (issue 17: ~1.2:1 in the dark
// theme), and its sentences end once.
#include "contrast.h"
#include "model/builtincatalogue.h"
#include "models/exercisecatalogue.h"
#include "shell/theme.h"
#include "widgets/quickentryline.h"

#include <QLabel>
#include <QLineEdit>

#include <gtest/gtest.h>

using namespace spotter;

namespace {

using test::contrast;

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

TEST_F(QuickEntryLineTest, ThePreviewReadsAtLeastSevenToOneInHighContrast)
{
    for (const ThemeChoice theme : {ThemeChoice::HighContrast, ThemeChoice::HighContrastDark}) {
        Theme::apply(theme);
        const std::string name = Theme::key(theme).toStdString();
        QuickEntryLine line(m_catalogue);
        line.show();
        const QLabel *preview = line.previewLabel();
        EXPECT_GE(contrast(preview), Theme::kHighContrastText) << name << ", the hint";
        line.lineEdit()->setText(QStringLiteral("Squat 3x"));
        EXPECT_GE(contrast(preview), Theme::kHighContrastText) << name << ", an error";
        EXPECT_NE(preview->palette().color(QPalette::WindowText), line.palette().color(QPalette::WindowText))
            << name << ": an error still looks like one";
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
