// SPDX-License-Identifier: GPL-3.0-or-later
// The whole-body check-in (issue 11): questions that fit the region, ticked answers that never
// hide, the lift and one-sided answers, the health history, the stored assessment, region
// alternatives in the result, and the one-time notice after a migration re-assessed reports.
#include "analysis/ruletable.h"
#include "forms/sorenesschecklist.h"
#include "shell/mainwindow.h"
#include "sorenessfixture.h"
#include "store/query.h"
#include "store/sorenessrepository.h"
#include "widgets/reassessmentbar.h"
#include "widgets/triagepanel.h"

#include <QPushButton>
#include <QTest>

using namespace spotter;
using namespace spotter::test;

namespace {

class SorenessCheckin : public SorenessFixture
{
protected:
    bool asked(Sign s) { return form().checklist()->isAsked(form().signBox(s)); }
    bool asked(RedFlag f) { return form().checklist()->isAsked(form().redFlagBox(f)); }
};

} // namespace

TEST_F(SorenessCheckin, AsksTheQuestionsOfTheRegionOnly)
{
    page();
    // No region yet: everything may matter.
    EXPECT_TRUE(asked(Sign::ArmNerve) && asked(Sign::Locking) && asked(RedFlag::SuddenHeadache));
    chooseRegion(Region::Neck);
    EXPECT_TRUE(asked(Sign::ArmNerve));
    EXPECT_TRUE(asked(RedFlag::SuddenHeadache));
    EXPECT_TRUE(asked(RedFlag::ClumsyHands));
    EXPECT_FALSE(asked(Sign::Locking));
    EXPECT_FALSE(asked(RedFlag::SaddleNumbness));
    chooseRegion(Region::Knees);
    EXPECT_TRUE(asked(Sign::Joint) && asked(Sign::Locking) && asked(Sign::CannotUse));
    EXPECT_TRUE(asked(RedFlag::HotJoint));
    EXPECT_FALSE(asked(Sign::ArmNerve));
    EXPECT_FALSE(asked(RedFlag::ChestPain));
    chooseRegion(Region::Chest);
    EXPECT_TRUE(asked(RedFlag::ChestPain) && asked(RedFlag::TearingPain));
    EXPECT_FALSE(asked(RedFlag::HotJoint));
    // Whatever the region: the urine, a serious accident, feeling very unwell.
    EXPECT_TRUE(asked(RedFlag::DarkUrine) && asked(RedFlag::Accident) && asked(RedFlag::VeryUnwell));
    // Plain DOMS in the quads is quicker than the 27 questions of the first check-in.
    chooseRegion(Region::Quads);
    int shown = 0;
    for (Sign s : allValues(kSignKeys))
        shown += asked(s) ? 1 : 0;
    for (RedFlag f : allValues(kRedFlagKeys))
        shown += asked(f) ? 1 : 0;
    EXPECT_LT(shown, 27);
    // "Show every question" shows the rest.
    form().checklist()->showAllBox()->click();
    EXPECT_TRUE(asked(Sign::ArmNerve) && asked(RedFlag::SuddenHeadache));
}

TEST_F(SorenessCheckin, ATickedAnswerStaysInSightAndCountsWhateverTheRegion)
{
    page();
    chooseRegion(Region::Chest);
    form().redFlagBox(RedFlag::ChestPain)->click();
    fillTypical(Region::Quads); // the lifter changes the region afterwards
    EXPECT_TRUE(asked(RedFlag::ChestPain)) << "a ticked box is never hidden";
    EXPECT_EQ(page().result().severity, (Severity{SorenessClass::SeeDoctor, Urgency::Emergency}));
    EXPECT_EQ(page().result().ruleIds().first(), QStringLiteral("SR-29"));
}

TEST_F(SorenessCheckin, TheLiftAndOneSidedAnswersAreSavedAndUsed)
{
    page();
    fillTypical(Region::Quads);
    form().sideCombo()->setCurrentIndex(form().sideCombo()->findData(static_cast<int>(Side::Left)));
    chooseTrend(Trend::Improving);
    // One side after the session's deadlift (two-sided): watch it (SR-21).
    EXPECT_TRUE(page().result().ruleIds().contains(QStringLiteral("SR-21")));
    QComboBox *lift = form().liftCombo();
    lift->setCurrentIndex(lift->findText(QStringLiteral("Bulgarian Split Squat")));
    EXPECT_TRUE(form().oneSidedBox()->isChecked()) << "a one-sided lift of the catalogue answers it";
    EXPECT_EQ(page().result().cls(), SorenessClass::Doms);
    ASSERT_TRUE(page().save());
    const auto stored = SorenessRepository(db()).get(*page().editingId());
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->lift, QStringLiteral("Bulgarian Split Squat"));
    EXPECT_TRUE(stored->oneSided);
    // The class it was given is kept with it, for a later change of the rules.
    const auto assessed = SorenessRepository(db()).assessment(stored->id);
    ASSERT_TRUE(assessed.has_value());
    EXPECT_EQ(assessed->key(), QStringLiteral("doms"));
    EXPECT_EQ(assessed->rulesVersion, RuleTable::version());
    // Loading it again shows the answers.
    page().newReport();
    page().editReport(stored->id);
    EXPECT_EQ(form().liftCombo()->currentText(), QStringLiteral("Bulgarian Split Squat"));
    EXPECT_TRUE(form().oneSidedBox()->isChecked());
}

TEST_F(SorenessCheckin, ShowsTheHealthHistoryAndFollowsItsChanges)
{
    page();
    EXPECT_TRUE(form().healthSummary().contains(QStringLiteral("nothing recorded")))
        << form().healthSummary().toStdString();
    const Athlete before = *AthleteRepository(db()).get(m_athlete);
    Athlete after = before;
    after.health.immunosuppressed = true;
    ASSERT_FALSE(m_ws->execute(new EditAthleteCommand(*m_ws, before, after, QStringLiteral("edit"))));
    EXPECT_TRUE(form().healthSummary().contains(QStringLiteral("a weakened immune system")));
    // And the triage reads it: a swollen knee is now an infection risk (SR-36).
    fillTypical(Region::Knees);
    form().signBox(Sign::Swelling)->click();
    EXPECT_TRUE(page().result().ruleIds().contains(QStringLiteral("SR-36")));
    EXPECT_EQ(page().result().urgency(), Urgency::Urgent);
}

TEST_F(SorenessCheckin, AlternativesBelongToTheRegion)
{
    page();
    fillTypical(Region::Hamstrings, 5);
    form().signBox(Sign::Pop)->click();
    ASSERT_EQ(page().result().cls(), SorenessClass::Warning);
    const QString hamstrings = page().resultPanel()->alternativesText();
    EXPECT_FALSE(hamstrings.isEmpty());
    EXPECT_FALSE(hamstrings.contains(QStringLiteral("Hinge"), Qt::CaseInsensitive))
        << hamstrings.toStdString();
    EXPECT_FALSE(hamstrings.contains(QStringLiteral("Bird Dog")));
    chooseRegion(Region::LowerBack);
    EXPECT_TRUE(page().resultPanel()->alternativesText().contains(QStringLiteral("Bird Dog")));
    form().redFlagBox(RedFlag::Fever)->click(); // see a doctor: no training advice beside it
    EXPECT_TRUE(page().resultPanel()->alternativesText().isEmpty());
    EXPECT_FALSE(page().resultPanel()->whyText().contains(QStringLiteral("72 h")));
}

TEST_F(SorenessCheckin, AReadOnlyDatabaseIsNotReassessedNorTalkedAbout)
{
    const QString path = m_dir.filePath(QStringLiteral("pending.sqlite"));
    {
        const Database writer(path);
        Query::run(writer.connection(),
                   QStringLiteral("INSERT INTO athlete (id, name, name_key, unit) VALUES "
                                  "(1, 'Kim', 'kim', 'kg')"));
        Query::run(
            writer.connection(),
            QStringLiteral("INSERT INTO soreness (athlete_id, region, side, noticed_utc, resolved_utc, "
                           "resolved_offset_s, intensity, character, red_flags) VALUES "
                           "(1, 'chest', 'both', 1767000000, 1767003600, 0, 5, 'tight', 'chest-pain')"));
    }
    Database::Options readOnly;
    readOnly.readOnly = true;
    {
        Workspace ws(std::make_unique<Database>(path, readOnly));
        MainWindow window(ws);
        auto *bar = window.findChild<ReassessmentBar *>();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !bar->isBusy(); })) << "never finished";
        QCoreApplication::processEvents();
        EXPECT_TRUE(bar->text().isEmpty()) << bar->text().toStdString();
    }
    const Database after(path);
    EXPECT_EQ(Query::scalar(after.connection(), QStringLiteral("SELECT count(*) FROM soreness WHERE "
                                                               "rules_version IS NULL"))
                  .toInt(),
              1)
        << "left for a writer to assess";
}

TEST_F(SorenessCheckin, TheWindowSaysOnceThatStoredReportsWereReassessed)
{
    const QString path = m_dir.filePath(QStringLiteral("v2.sqlite"));
    {
        const std::vector<Migration> v2{migrations()[0], migrations()[1]};
        Database::Options oldProgram;
        oldProgram.migrations = &v2;
        const Database old(path, oldProgram);
        Query::run(old.connection(), QStringLiteral("INSERT INTO athlete (id, name, name_key, unit) VALUES "
                                                    "(1, 'Kim', 'kim', 'kg')"));
        Query::run(
            old.connection(),
            QStringLiteral("INSERT INTO soreness (athlete_id, region, side, noticed_utc, resolved_utc, "
                           "resolved_offset_s, intensity, character, red_flags) VALUES "
                           "(1, 'chest', 'both', 1767000000, 1767003600, 0, 5, 'tight', 'chest-pain'), "
                           "(1, 'quads', 'both', 1767100000, 1767200000, 0, 3, 'ache', ''), "
                           "(1, 'calves', 'both', 1767200000, 1767280000, 0, 6, 'tight', '')"));
    }
    {
        Workspace ws(std::make_unique<Database>(path));
        MainWindow window(ws);
        window.show(); // the window starts the re-assessment once it has painted
        auto *bar = window.findChild<ReassessmentBar *>();
        ASSERT_NE(bar, nullptr);
        EXPECT_TRUE(bar->text().isEmpty()) << "the reports are triaged off the UI thread, after the window";
        EXPECT_FALSE(bar->isBusy()) << "started before the event loop: it would compete with the first page";
        ASSERT_TRUE(QTest::qWaitFor([&] { return ws.isBackgroundWorkAllowed() && !bar->isBusy(); }))
            << "never finished";
        EXPECT_TRUE(
            bar->text().startsWith(QStringLiteral("3 past soreness reports were re-assessed with the new "
                                                  "rules. Of them, 1 now suggests seeing a doctor.")))
            << bar->text().toStdString();
        bar->findChild<QPushButton *>()->click();
        EXPECT_TRUE(bar->text().isEmpty());
    }
    Workspace again(std::make_unique<Database>(path));
    MainWindow window(again);
    window.show();
    auto *bar = window.findChild<ReassessmentBar *>();
    ASSERT_TRUE(QTest::qWaitFor([&] { return again.isBackgroundWorkAllowed() && !bar->isBusy(); }))
        << "never finished";
    EXPECT_TRUE(bar->text().isEmpty()) << "once";
}
