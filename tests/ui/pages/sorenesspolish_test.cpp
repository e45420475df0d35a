// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, item 11: the result panel gives no class for a form that says too little or holds
// something it refuses; a refused time is said in the locale's words; "New report" starts at the
// top, on the first field.
#include "sorenessfixture.h"
#include "widgets/triagepanel.h"

#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace spotter;
using namespace spotter::test;

namespace {

class SorenessPolish : public SorenessFixture
{
protected:
    TriagePanel &panel() { return *page().resultPanel(); }

    QScrollArea *formArea()
    {
        for (QScrollArea *area : page().findChildren<QScrollArea *>()) {
            if (area->widget() == &form())
                return area;
        }
        return nullptr;
    }
};

TEST_F(SorenessPolish, AnEmptyFormShowsNoClassOnlyWhatIsMissing)
{
    EXPECT_TRUE(panel().isPending());
    EXPECT_EQ(panel().titleText(), QStringLiteral("No result yet")) << "not “Watch”";
    EXPECT_TRUE(panel().instructionText().isEmpty());
    EXPECT_TRUE(panel().whyText().isEmpty());
    for (const char *question : {"where it is sore", "how bad it is", "what it feels like"})
        EXPECT_TRUE(panel().unansweredText().contains(QString::fromUtf8(question)))
            << panel().unansweredText().toStdString();
    EXPECT_TRUE(panel().banner()->accessibleName().startsWith(QStringLiteral("Result: none yet")));
    EXPECT_TRUE(panel().checklistText().startsWith(TriageResult::checklistHeading()))
        << "the red-flag checklist is there before anything is answered";

    fillTypical(Region::Quads);
    EXPECT_FALSE(panel().isPending());
    EXPECT_EQ(panel().titleText(), QStringLiteral("DOMS"));
    form().intensitySpin()->setValue(form().intensitySpin()->minimum());
    EXPECT_EQ(page().result().cls(), SorenessClass::Watch) << "no intensity: not DOMS";
}

TEST_F(SorenessPolish, ATickedRedFlagIsShownHoweverLittleIsAnswered)
{
    form().redFlagBox(RedFlag::SaddleNumbness)->click();
    EXPECT_FALSE(panel().isPending());
    EXPECT_EQ(panel().titleText(), QStringLiteral("See a doctor (emergency)"));
    EXPECT_EQ(panel().instructionText(), QStringLiteral("Call your local emergency number now"));
}

TEST_F(SorenessPolish, ARefusedTimeShowsNoClassButWhatToFix)
{
    fillTypical(Region::Quads);
    ASSERT_EQ(panel().titleText(), QStringLiteral("DOMS"));
    setNoticed(QStringLiteral("2026-11-04T12:00")); // two hours after now
    EXPECT_TRUE(panel().isPending());
    EXPECT_EQ(panel().titleText(), QStringLiteral("No result yet")) << "not “See a doctor (soon)”";
    EXPECT_TRUE(panel().unansweredText().contains(QStringLiteral("cannot be noticed in the future")))
        << panel().unansweredText().toStdString();

    setNoticed(QStringLiteral("2026-11-03T17:00")); // before the session it is put down to
    EXPECT_TRUE(panel().isPending());
    EXPECT_TRUE(panel().unansweredText().contains(QStringLiteral("before the session")))
        << panel().unansweredText().toStdString();

    // Whatever the time, a red flag stands.
    form().redFlagBox(RedFlag::ChestPain)->click();
    EXPECT_FALSE(panel().isPending());
    EXPECT_EQ(page().result().cls(), SorenessClass::SeeDoctor);
    EXPECT_TRUE(panel().unansweredText().contains(QStringLiteral("before the session")))
        << "and what to fix is still said";

    form().redFlagBox(RedFlag::ChestPain)->click();
    setNoticed(QStringLiteral("2026-11-04T08:00"));
    EXPECT_FALSE(panel().isPending());
    EXPECT_EQ(panel().titleText(), QStringLiteral("DOMS"));
}

TEST_F(SorenessPolish, ARefusedTimeIsSaidInTheLocalesFormat)
{
    fillTypical(Region::Quads);
    setNoticed(QStringLiteral("2026-11-04T12:00"));
    ASSERT_FALSE(page().save());
    const QString message = form().issueText(QStringLiteral("noticed"));
    const QDateTime noticed = withLocalOffset(form().noticedEdit()->dateTime());
    EXPECT_TRUE(message.contains(QLocale().toString(noticed, QLocale::ShortFormat))) << message.toStdString();
    EXPECT_FALSE(message.contains(isoWithOffset(noticed))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("T12:00"))) << message.toStdString();

    form().stillThereBox()->setChecked(false);
    setNoticed(QStringLiteral("2026-11-04T08:00"));
    form().goneSinceEdit()->setDateTime(parseDateTime(u"2026-11-04T07:00")->toLocalTime());
    ASSERT_FALSE(page().save());
    const QString resolved = form().issueText(QStringLiteral("resolved"));
    EXPECT_TRUE(resolved.contains(
        QLocale().toString(withLocalOffset(form().goneSinceEdit()->dateTime()), QLocale::ShortFormat)))
        << resolved.toStdString();
    EXPECT_FALSE(resolved.contains(QStringLiteral("T07:00"))) << resolved.toStdString();
}

TEST_F(SorenessPolish, NewReportStartsAtTheTopOnTheFirstField)
{
    page().resize(1000, 420); // short enough for the form to scroll
    QScrollArea *area = formArea();
    ASSERT_NE(area, nullptr);
    QScrollBar *bar = area->verticalScrollBar();
    ASSERT_TRUE(QTest::qWaitFor([&] { return bar->maximum() > 0; })) << "never came true: bar->maximum() > 0";
    bar->setValue(bar->maximum());
    form().notesEdit()->setFocus();

    QPushButton *newReport = nullptr;
    for (QPushButton *b : page().findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("&New report"))
            newReport = b;
    }
    ASSERT_NE(newReport, nullptr);
    newReport->click();
    EXPECT_EQ(bar->value(), 0);
    EXPECT_EQ(page().window()->focusWidget(), form().sessionCombo());
}

} // namespace
