// SPDX-License-Identifier: GPL-3.0-or-later
// The soreness check-in page: filing reports, the live result, edit and delete with undo.
#include "models/sorenessreportmodel.h"
#include "services/historyservice.h"
#include "shell/prompt.h"
#include "sorenessfixture.h"
#include "store/sorenessrepository.h"
#include "widgets/triagepanel.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>

using namespace spotter;
using namespace spotter::test;

namespace {

class SorenessPageTest : public SorenessFixture
{
protected:
    QList<SorenessReport> stored() { return SorenessRepository(db()).list(m_athlete); }
    TriagePanel &panel() { return *page().resultPanel(); }
};

} // namespace

TEST_F(SorenessPageTest, DefaultsToTheLatestSessionAndListsRecentOnes)
{
    QComboBox *sessions = form().sessionCombo();
    EXPECT_EQ(form().sessionId(), m_latest);
    ASSERT_EQ(sessions->count(), 3) << "two sessions and “Not after a session”";
    const QDateTime start = *parseDateTime(u"2026-11-03T18:00");
    EXPECT_EQ(sessions->itemText(0),
              QLocale().toString(start, QStringLiteral("ddd d MMM HH:mm")) + QStringLiteral(" — Lower A"))
        << "“Tue 3 Nov 18:00 — Lower A”: this year's sessions without the year";
    EXPECT_TRUE(sessions->itemText(1).contains(QStringLiteral("Upper A")));
    sessions->setCurrentIndex(2);
    EXPECT_EQ(form().sessionId(), std::nullopt);
}

TEST_F(SorenessPageTest, RedFlagIsFiledAndShowsCallTheEmergencyNumber)
{
    page().show();
    fillTypical(Region::LowerBack);
    form().redFlagBox(RedFlag::SaddleNumbness)->click();

    EXPECT_EQ(page().result().cls(), SorenessClass::SeeDoctor);
    EXPECT_EQ(page().result().urgency(), Urgency::Emergency);
    EXPECT_EQ(panel().titleText(), QStringLiteral("See a doctor (emergency)"));
    EXPECT_EQ(panel().instructionText(), QStringLiteral("Call your local emergency number now"));
    EXPECT_TRUE(panel().banner()->isVisible());
    EXPECT_TRUE(
        panel().banner()->accessibleName().contains(QStringLiteral("Call your local emergency number now")))
        << panel().banner()->accessibleName().toStdString();
    EXPECT_TRUE(panel().whyText().startsWith(QStringLiteral("SR-01"))) << panel().whyText().toStdString();
    EXPECT_TRUE(panel().checklistText().startsWith(TriageResult::checklistHeading()));
    EXPECT_TRUE(panel().checklistText().contains(displayName(RedFlag::SaddleNumbness)
                                                 + QStringLiteral(" — you ticked this")));
    EXPECT_EQ(panel().noteText(), TriageResult::note());
    EXPECT_TRUE(panel().alternativesText().isEmpty()) << "a doctor comes first; no exercise list";

    ASSERT_TRUE(page().save());
    const QList<SorenessReport> reports = stored();
    ASSERT_EQ(reports.size(), 1);
    EXPECT_EQ(reports.first().redFlags, RedFlags{RedFlag::SaddleNumbness});
    EXPECT_EQ(reports.first().region, Region::LowerBack);
    EXPECT_EQ(reports.first().sessionId, m_latest);
    EXPECT_EQ(reports.first().intensity, 3);
    EXPECT_EQ(page().editingId(), reports.first().id) << "the saved report stays on screen";
    EXPECT_EQ(page().result().urgency(), Urgency::Emergency) << "and so does its result";
    ASSERT_EQ(page().model()->rowCount(), 1);
    EXPECT_EQ(page().model()->index(0, SorenessReportModel::Class).data(SorenessReportModel::SeverityKeyRole),
              QStringLiteral("see-doctor/emergency"));
    EXPECT_EQ(stack().undoText(), QStringLiteral("report soreness"));
}

TEST_F(SorenessPageTest, DullAcheTheMorningAfterLooksLikeDoms)
{
    fillTypical(Region::Quads);
    EXPECT_EQ(page().result().cls(), SorenessClass::Doms);
    EXPECT_EQ(panel().titleText(), QStringLiteral("DOMS"));
    EXPECT_TRUE(panel().instructionText().isEmpty());
    EXPECT_TRUE(panel().whyText().startsWith(QStringLiteral("SR-24"))) << panel().whyText().toStdString();
    EXPECT_TRUE(panel().alternativesText().isEmpty());
    EXPECT_TRUE(panel().checklistText().startsWith(TriageResult::checklistHeading()))
        << "the checklist is shown with every result";
    EXPECT_EQ(panel().noteText(), TriageResult::note());
}

TEST_F(SorenessPageTest, UnansweredFieldsNeverGiveABenignResult)
{
    EXPECT_FALSE(panel().unansweredText().isEmpty()) << "a blank form says the result may change";
    chooseRegion(Region::Quads);
    setNoticed(QStringLiteral("2026-11-04T08:00"));
    form().intensitySpin()->setValue(3);
    EXPECT_EQ(page().result().cls(), SorenessClass::Watch) << "no character yet: not DOMS";
    EXPECT_TRUE(panel().unansweredText().contains(QStringLiteral("what it feels like")));
    EXPECT_FALSE(panel().unansweredText().contains(QStringLiteral("how bad")));
    chooseCharacter(Character::Ache);
    EXPECT_EQ(page().result().cls(), SorenessClass::Doms);
    EXPECT_TRUE(panel().unansweredText().isEmpty());
    form().intensitySpin()->setValue(form().intensitySpin()->minimum());
    EXPECT_EQ(form().intensity(), std::nullopt);
    EXPECT_EQ(page().result().cls(), SorenessClass::Watch) << "no intensity: not DOMS";
}

TEST_F(SorenessPageTest, LowerBackWarningShowsTheAlternatives)
{
    fillTypical(Region::LowerBack);
    chooseCharacter(Character::Sharp);
    EXPECT_EQ(page().result().cls(), SorenessClass::Warning);
    EXPECT_EQ(panel().titleText(), QStringLiteral("Warning"));
    EXPECT_TRUE(panel().whyText().contains(QStringLiteral("SR-13")));
    EXPECT_TRUE(panel().tipsText().startsWith(QStringLiteral("TP-02"))) << panel().tipsText().toStdString();
    for (const QString &name : {QStringLiteral("Glute Bridge"), QStringLiteral("Bird Dog"),
                                QStringLiteral("Mini Hip Hinge"), QStringLiteral("Trap-Bar Deadlift")})
        EXPECT_TRUE(panel().alternativesText().contains(name)) << name.toStdString();
}

TEST_F(SorenessPageTest, FormChangesRetriageWithoutReadingTheStore)
{
    int reads = 0;
    page().setHistoryLoader([this, &reads](const SorenessReport &r) {
        ++reads;
        return HistoryService(db()).reportHistory(r);
    });
    ASSERT_EQ(reads, 1);
    fillTypical(Region::Quads);
    EXPECT_EQ(page().result().cls(), SorenessClass::Doms);

    form().redFlagBox(RedFlag::Fever)->click();
    EXPECT_EQ(page().result().severity, (Severity{SorenessClass::SeeDoctor, Urgency::Urgent}));
    form().redFlagBox(RedFlag::Fever)->click();
    EXPECT_EQ(page().result().cls(), SorenessClass::Doms);
    form().signBox(Sign::Pinpoint)->click();
    EXPECT_EQ(page().result().cls(), SorenessClass::Warning);
    form().signBox(Sign::Pinpoint)->click();
    chooseRegion(Region::LowerBack);
    form().intensitySpin()->setValue(8);
    chooseTrend(Trend::Worsening);
    form().stillThereBox()->click();
    form().notesEdit()->setPlainText(QStringLiteral("after pulls"));
    EXPECT_EQ(reads, 1) << "only the attributed session's history is read, and only once";

    form().sessionCombo()->setCurrentIndex(1);
    EXPECT_EQ(reads, 2) << "another session: its history is read";
}

TEST_F(SorenessPageTest, UnansweredFieldsAreShownAndNothingIsSaved)
{
    page().show();
    EXPECT_FALSE(page().save());
    EXPECT_FALSE(form().issueText(QStringLiteral("region")).isEmpty());
    EXPECT_FALSE(form().issueText(QStringLiteral("intensity")).isEmpty());
    EXPECT_FALSE(form().issueText(QStringLiteral("character")).isEmpty());
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_EQ(stack().count(), 0);

    fillTypical(Region::Glutes);
    form().noticedEdit()->setDateTime(QDateTime(QDate(2026, 11, 3), QTime(12, 0)));
    EXPECT_FALSE(page().save()) << "noticed before the session it is put down to";
    EXPECT_FALSE(form().issueText(QStringLiteral("noticed")).isEmpty());
    EXPECT_TRUE(form().issueText(QStringLiteral("region")).isEmpty());

    setNoticed(QStringLiteral("2026-11-04T08:00"));
    form().stillThereBox()->click();
    form().goneSinceEdit()->setDateTime(QDateTime(QDate(2026, 11, 4), QTime(7, 0)));
    EXPECT_FALSE(page().save()) << "gone before it was noticed";
    EXPECT_FALSE(form().issueText(QStringLiteral("resolved")).isEmpty());
    form().goneSinceEdit()->setDateTime(QDateTime(QDate(2026, 11, 4), QTime(9, 0)));
    EXPECT_TRUE(page().save());
    EXPECT_TRUE(form().issueText(QStringLiteral("resolved")).isEmpty());
    ASSERT_EQ(stored().size(), 1);
    EXPECT_TRUE(stored().first().resolvedAt.has_value());
}

TEST_F(SorenessPageTest, EditAndDeleteAreUndoable)
{
    fillTypical(Region::Hamstrings);
    ASSERT_TRUE(page().save());
    const qint64 id = stored().first().id;

    // Edit: a new report, then back to the stored one through the list.
    page().newReport();
    EXPECT_EQ(page().editingId(), std::nullopt);
    page().view()->selectRow(0);
    EXPECT_EQ(page().editingId(), id);
    EXPECT_EQ(form().intensity(), 3);
    form().intensitySpin()->setValue(6);
    ASSERT_TRUE(page().save());
    EXPECT_EQ(stored().first().intensity, 6);
    EXPECT_EQ(stack().undoText(), QStringLiteral("edit soreness report"));
    EXPECT_EQ(page().statusText(), QStringLiteral("Report saved. Undo with Ctrl+Z."));
    stack().undo();
    EXPECT_EQ(stored().first().intensity, 3);
    EXPECT_EQ(form().intensity(), 3) << "the form follows an undo of the report it shows";
    EXPECT_EQ(page().statusText(),
              QStringLiteral("Undone: edit soreness report. Ctrl+Shift+Z does it again."));
    stack().redo();
    EXPECT_EQ(stored().first().intensity, 6);
    EXPECT_EQ(form().intensity(), 6);
    EXPECT_EQ(page().statusText(),
              QStringLiteral("Redone: edit soreness report. Ctrl+Z takes it back again."))
        << "an undo's news is old once it is redone";

    // Delete.
    page().view()->selectRow(0);
    ASSERT_TRUE(page().deleteButton()->isEnabled());
    page().deleteSelected();
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_EQ(page().model()->rowCount(), 0);
    EXPECT_EQ(page().editingId(), std::nullopt);
    EXPECT_EQ(page().statusText(), QStringLiteral("Report deleted. Undo with Ctrl+Z."));
    stack().undo();
    EXPECT_EQ(page().statusText(),
              QStringLiteral("Undone: delete soreness report. Ctrl+Shift+Z does it again."));
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first().id, id);
    EXPECT_EQ(stored().first().intensity, 6);
    EXPECT_EQ(page().model()->rowCount(), 1);
    stack().redo();
    EXPECT_TRUE(stored().isEmpty());

    // And the add itself.
    while (stack().canUndo())
        stack().undo();
    EXPECT_TRUE(stored().isEmpty());
    stack().redo();
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first().intensity, 3);
}

TEST_F(SorenessPageTest, SwitchingAthleteStartsAFreshForm)
{
    fillTypical(Region::Calves);
    ASSERT_TRUE(page().save());
    Athlete bob;
    bob.name = QStringLiteral("Bob");
    AthleteRepository(db()).add(bob);
    m_ws->setCurrentAthlete(bob.id);
    EXPECT_EQ(page().model()->rowCount(), 0);
    EXPECT_EQ(page().editingId(), std::nullopt);
    EXPECT_EQ(form().region(), std::nullopt);
    EXPECT_EQ(form().sessionId(), std::nullopt) << "Bob has no sessions";
    EXPECT_EQ(form().sessionCombo()->count(), 1);
    m_ws->setCurrentAthlete(m_athlete);
    EXPECT_EQ(page().model()->rowCount(), 1);
    EXPECT_EQ(form().sessionId(), m_latest);
}

TEST_F(SorenessPageTest, TabVisitsTheFormInReadingOrder)
{
    QList<QWidget *> chain;
    QWidget *w = form().sessionCombo();
    for (int guard = 0; guard < 2000 && !chain.contains(w); ++guard) {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            chain.append(w);
        w = w->nextInFocusChain();
    }
    const auto at = [&](QWidget *x) { return chain.indexOf(x); };
    const QList<Region> regions = BodyMap::mapRegions();
    ASSERT_EQ(regions.size(), 23);
    EXPECT_EQ(at(form().healthButton()), 1);
    EXPECT_EQ(at(form().bodyMap()->regionButton(regions.first())), 2);
    for (qsizetype i = 1; i < regions.size(); ++i)
        EXPECT_EQ(at(form().bodyMap()->regionButton(regions.at(i))), i + 2);
    EXPECT_EQ(at(form().regionCombo()), 25);
    EXPECT_LT(at(form().regionCombo()), at(form().sideCombo()));
    EXPECT_LT(at(form().sideCombo()), at(form().liftCombo()));
    EXPECT_LT(at(form().liftCombo()), at(form().oneSidedBox()));
    EXPECT_LT(
        at(form().oneSidedBox()),
        at(form().noticedEdit()->focusProxy() ? form().noticedEdit()->focusProxy() : form().noticedEdit()));
    EXPECT_LT(at(form().trendCombo()), at(form().signBox(Sign::Pinpoint)));
    EXPECT_LT(at(form().signBox(Sign::DailyActivities)), at(form().redFlagBox(RedFlag::SaddleNumbness)));
    EXPECT_LT(at(form().redFlagBox(RedFlag::WeightLoss)), at(form().notesEdit()));
    EXPECT_LT(at(form().notesEdit()), at(page().saveButton()));
    EXPECT_LT(at(page().saveButton()), at(page().resultPanel()->banner()));
    EXPECT_LT(at(page().resultPanel()->banner()), at(page().view()));
}

TEST_F(SorenessPageTest, MnemonicsAreUniqueAndEveryFieldIsNamed)
{
    QMap<QChar, QString> seen;
    const auto mnemonic = [](const QString &text) -> QChar {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == u'&' && text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            if (text.at(i) == u'&')
                ++i;
        }
        return {};
    };
    QStringList texts;
    for (const QLabel *l : page().findChildren<QLabel *>())
        if (l->buddy())
            texts.append(l->text());
    for (const QAbstractButton *b : page().findChildren<QAbstractButton *>())
        texts.append(b->text());
    for (const QString &text : std::as_const(texts)) {
        const QChar c = mnemonic(text);
        if (c.isNull())
            continue;
        EXPECT_FALSE(seen.contains(c)) << text.toStdString() << " and " << seen.value(c).toStdString();
        seen.insert(c, text);
    }
    EXPECT_GE(seen.size(), 12);
    for (QWidget *w : form().findChildren<QWidget *>()) {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->window() == form().window()
            && !qobject_cast<const QAbstractScrollArea *>(w->parentWidget())) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            ASSERT_NE(iface, nullptr);
            EXPECT_FALSE(iface->text(QAccessible::Name).isEmpty())
                << w->metaObject()->className() << " has no name";
        }
    }
    for (RedFlag f : allValues(kRedFlagKeys))
        EXPECT_EQ(form().redFlagBox(f)->accessibleName(), displayName(f));
}

TEST_F(SorenessPageTest, EveryRedFlagCanBeTickedAndGivesItsUrgency)
{
    fillTypical(Region::Quads);
    ASSERT_EQ(page().result().cls(), SorenessClass::Doms);
    for (const RedFlagItem &item : TriageResult::redFlagChecklist()) {
        QCheckBox *box = form().redFlagBox(item.flag);
        ASSERT_NE(box, nullptr) << toKey(item.flag).toStdString();
        box->click();
        EXPECT_EQ(page().result().severity, (Severity{SorenessClass::SeeDoctor, item.urgency}))
            << toKey(item.flag).toStdString();
        EXPECT_EQ(panel().instructionText(), urgencyInstruction(item.urgency));
        box->click();
        EXPECT_EQ(page().result().cls(), SorenessClass::Doms);
    }
    for (Sign s : allValues(kSignKeys)) {
        ASSERT_NE(form().signBox(s), nullptr) << toKey(s).toStdString();
        form().signBox(s)->click();
        EXPECT_GT(page().result().severity, (Severity{SorenessClass::Doms, std::nullopt}))
            << toKey(s).toStdString() << " is not the DOMS pattern";
        form().signBox(s)->click();
    }
}

TEST_F(SorenessPageTest, ANewVerdictIsShownFromItsBanner)
{
    page().resize(1000, 480);
    page().show();
    fillTypical(Region::LowerBack);
    chooseCharacter(Character::Sharp);
    QApplication::processEvents();
    QScrollArea *area = nullptr;
    for (QScrollArea *a : page().findChildren<QScrollArea *>()) {
        if (a->widget() == page().resultPanel())
            area = a;
    }
    ASSERT_NE(area, nullptr);
    QScrollBar *bar = area->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);
    bar->setValue(bar->maximum());
    ASSERT_TRUE(page().resultPanel()->banner()->visibleRegion().isEmpty());

    form().redFlagBox(RedFlag::BothLegs)->click();
    EXPECT_EQ(bar->value(), 0);
    EXPECT_EQ(page().resultPanel()->banner()->visibleRegion().boundingRect(),
              page().resultPanel()->banner()->rect());
}

TEST_F(SorenessPageTest, AnUntouchedReportFollowsANewlyLoggedSession)
{
    page().show();
    EXPECT_EQ(form().sessionId(), m_latest);
    const qint64 newer =
        addSession(QStringLiteral("2026-11-04T07:00"), QStringLiteral("Early"), QStringLiteral("Back Squat"));
    emit m_ws->notifier()->sessionsChanged(m_athlete);
    EXPECT_EQ(form().sessionId(), newer);

    form().sessionCombo()->setCurrentIndex(1); // the lifter chose one: keep it
    const qint64 chosen = *form().sessionId();
    addSession(QStringLiteral("2026-11-04T08:00"), QStringLiteral("Later"), QStringLiteral("Back Squat"));
    emit m_ws->notifier()->sessionsChanged(m_athlete);
    EXPECT_EQ(form().sessionId(), chosen);
}

TEST_F(SorenessPageTest, AHiddenPageReadsNothingAndCatchesUpWithoutLosingTheForm)
{
    int reads = 0;
    page().setHistoryLoader([&](const SorenessReport &r) {
        ++reads;
        return HistoryService(db()).reportHistory(r);
    });
    fillTypical(Region::Quads); // a half-filled form on a page the lifter then leaves
    page().hide();
    const int before = reads;

    addSession(QStringLiteral("2026-11-04T07:00"), QStringLiteral("Early"), QStringLiteral("Back Squat"));
    emit m_ws->notifier()->sessionsChanged(m_athlete);
    emit m_ws->notifier()->sorenessChanged(m_athlete);
    EXPECT_EQ(reads, before) << "a hidden page does not read the store";
    page().show();
    EXPECT_GT(reads, before) << "it catches up when it is shown";
    EXPECT_EQ(form().region(), Region::Quads) << "and keeps what was typed";
}

TEST_F(SorenessPageTest, UnsavedChangesAskBeforeTheyAreDropped)
{
    Prompt::reset();
    fillTypical(Region::Calves, 5);
    Prompt::setNextAnswer(QMessageBox::Cancel);
    page().newReport();
    ASSERT_EQ(Prompt::shown().size(), 1);
    EXPECT_TRUE(Prompt::shown().first().startsWith(QStringLiteral("Discard changes?")));
    EXPECT_EQ(form().region(), Region::Calves) << "Cancel keeps what was typed";
    EXPECT_EQ(form().intensity(), 5);

    Prompt::setNextAnswer(QMessageBox::Discard);
    page().newReport();
    EXPECT_EQ(form().region(), std::nullopt) << "Discard clears the form";
    EXPECT_EQ(Prompt::shown().size(), 2);

    page().newReport(); // nothing typed: nothing to ask
    EXPECT_EQ(Prompt::shown().size(), 2);
    EXPECT_EQ(Prompt::pending(), 0);
    Prompt::reset();
}
