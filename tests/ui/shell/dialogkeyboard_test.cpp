// SPDX-License-Identifier: GPL-3.0-or-later
// Every dialog from the keyboard alone (issue 16): Tab walks each enabled, visible control once
// per cycle in the order the eye reads it (row by row, left to right), every mnemonic is unique,
// a label's mnemonic has a buddy and every field's label has a mnemonic, Enter runs the dialog's
// main action from its first field and Escape cancels. One table, one row per dialog; the keys
// are real key events.
#include "dialogs/aboutdialog.h"
#include "dialogs/athletedialog.h"
#include "dialogs/connectdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/platesdialog.h"
#include "dialogs/reportdialog.h"
#include "dialogs/restoredialog.h"
#include "dialogs/routinesdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "model/clock.h"
#include "shell/prompt.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/backupfolder.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/routinerepository.h"
#include "testutil.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>

using namespace spotter;

namespace {

struct DialogCase
{
    const char *name;
    /// Builds the dialog, or opens it and returns it (the rules document opens itself).
    std::function<QDialog *(Workspace &, QWidget *parent)> make;
    /// The button Enter must press, found by its text without the mnemonic.
    QString enterPresses;
    /// Queues the answers the main action asks for, so that Enter never blocks the test.
    std::function<void()> prepare = [] {};
};

QString plain(QString text)
{
    return text.remove(u'&').remove(QChar(0x2026)).trimmed();
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

/// A widget Tab must stop at: the end of a focus-proxy chain (a combo box's line edit, a spin
/// box), shown and enabled.
bool isTabStop(const QWidget *w, const QDialog *dialog)
{
    return w->window() == dialog && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()
           && w->isVisibleTo(dialog) && w->isEnabled();
}

QString describe(const QWidget *w)
{
    QString text;
    if (const auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    else if (const auto *l = qobject_cast<const QLabel *>(w))
        text = l->text().left(20);
    if (text.isEmpty())
        text = w->accessibleName();
    if (text.isEmpty() && w->parentWidget())
        text = w->parentWidget()->accessibleName();
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), text);
}

/// Row-wise reading order: b comes after a when it lies lower, or on the same row further right.
/// Two widgets share a row when either's vertical middle lies within the other (a check box
/// beside a taller date edit, a list beside the form it belongs to).
bool readsAfter(const QRect &a, const QRect &b)
{
    const bool sameRow = (b.center().y() >= a.top() && b.center().y() <= a.bottom())
                         || (a.center().y() >= b.top() && a.center().y() <= b.bottom());
    return sameRow ? b.left() > a.left() : b.top() > a.center().y();
}

class DialogKeyboardTest : public ::testing::TestWithParam<DialogCase>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Clock::set(QDateTime(QDate(2026, 11, 3), QTime(18, 0)));
        m_ws = std::make_unique<Workspace>(
            std::make_unique<Database>(m_dir.filePath(QStringLiteral("db.sqlite"))));
        for (const QString &name : {QStringLiteral("Ann"), QStringLiteral("Ben")}) {
            Athlete a;
            a.name = name;
            AthleteRepository(m_ws->database()).add(a);
            m_ws->setCurrentAthlete(a.id);
        }
        Routine r;
        r.name = QStringLiteral("Squat day");
        RoutineItem item;
        item.exerciseId = ExerciseRepository(m_ws->database()).find(QStringLiteral("Back Squat"))->id;
        item.sets = 3;
        item.reps = 5;
        r.items = {item};
        RoutineRepository(m_ws->database()).add(r);
        BackupFolder(m_ws->database().path())
            .take(m_ws->database(), BackupKind::Manual, Clock::now().addSecs(-60));
        Prompt::reset();
    }
    void TearDown() override
    {
        Prompt::reset();
        Clock::set({});
    }

    /// Shows the dialog as the user gets it, with the keyboard focus where it starts.
    QDialog *open()
    {
        m_parent = std::make_unique<QWidget>();
        QDialog *dialog = GetParam().make(*m_ws, m_parent.get());
        dialog->show();
        QApplication::setActiveWindow(dialog);
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
        QCoreApplication::processEvents();
        return dialog;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<QWidget> m_parent;
};

TEST_P(DialogKeyboardTest, TabReachesEveryControlOnceInReadingOrder)
{
    QDialog *dialog = open();
    QList<QWidget *> stops;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (isTabStop(w, dialog))
            stops.append(w);
    }
    ASSERT_FALSE(stops.isEmpty());
    QWidget *start = QApplication::focusWidget();
    ASSERT_NE(start, nullptr) << "nothing has the focus when the dialog opens";
    ASSERT_TRUE(stops.contains(start)) << describe(start).toStdString() << " has the first focus";

    // A control may keep Tab for its own parts a few times (a time edit's sections, a label's
    // link) before it lets go; one that keeps it longer traps the keyboard (a table's cells).
    constexpr int kMostTabsInOneControl = 4;
    QList<QWidget *> cycle{start};
    QWidget *previous = start;
    int kept = 0;
    QString walked = describe(start);
    for (qsizetype i = 0; i < kMostTabsInOneControl * (stops.size() + 2); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        ASSERT_NE(now, nullptr);
        if (now == previous) {
            ASSERT_LE(++kept, kMostTabsInOneControl) << describe(now).toStdString() << " keeps Tab";
            continue;
        }
        kept = 0;
        previous = now;
        walked += QStringLiteral(" → ") + describe(now);
        if (now == start)
            break;
        ASSERT_FALSE(cycle.contains(now))
            << describe(now).toStdString() << " came twice before the cycle closed: " << walked.toStdString();
        cycle.append(now);
    }
    ASSERT_EQ(QApplication::focusWidget(), start) << "Tab never came back: " << walked.toStdString();
    for (QWidget *w : std::as_const(stops))
        EXPECT_TRUE(cycle.contains(w))
            << describe(w).toStdString() << " is never reached with Tab: " << walked.toStdString();
    for (QWidget *w : std::as_const(cycle))
        EXPECT_TRUE(stops.contains(w)) << describe(w).toStdString() << " is a stop but not a control";

    // Read from the control nearest the top left; Shift+Tab does the same backwards.
    qsizetype first = 0;
    const auto rect = [dialog](const QWidget *w) { return QRect(w->mapTo(dialog, QPoint()), w->size()); };
    for (qsizetype i = 1; i < cycle.size(); ++i) {
        if (!readsAfter(rect(cycle.at(first)), rect(cycle.at(i))))
            first = i;
    }
    for (qsizetype k = 0; k + 1 < cycle.size(); ++k) {
        const QWidget *a = cycle.at((first + k) % cycle.size());
        const QWidget *b = cycle.at((first + k + 1) % cycle.size());
        EXPECT_TRUE(readsAfter(rect(a), rect(b)))
            << "Tab goes from " << describe(a).toStdString() << " at (" << rect(a).x() << "," << rect(a).y()
            << ") back to " << describe(b).toStdString() << " at (" << rect(b).x() << "," << rect(b).y()
            << ")";
    }
    cycle.last()->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < kMostTabsInOneControl && QApplication::focusWidget() == cycle.last(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), start);
    for (int i = 0; i < kMostTabsInOneControl && QApplication::focusWidget() == start; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(), cycle.last()) << "Shift+Tab does not walk back";
}

TEST_P(DialogKeyboardTest, EveryMnemonicIsUniqueAndEveryLabelHasABuddy)
{
    QDialog *dialog = open();
    QHash<QChar, QString> seen;
    const auto note = [&seen](const QString &text) {
        const QChar key = mnemonicOf(text);
        if (key.isNull())
            return;
        EXPECT_FALSE(seen.contains(key))
            << plain(text).toStdString() << " shares Alt+" << QString(key).toStdString() << " with "
            << seen.value(key).toStdString();
        seen.insert(key, plain(text));
    };
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(dialog))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && !mnemonicOf(label->text()).isNull()) {
            EXPECT_NE(label->buddy(), nullptr) << plain(label->text()).toStdString() << " has no buddy";
            note(label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            note(button->text());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                note(tabs->tabText(i));
        }
    }
    // A label without a mnemonic in a form still names its field for a screen reader.
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->isVisibleTo(dialog) && label->text().endsWith(u':') && label->text().size() < 40) {
            EXPECT_NE(label->buddy(), nullptr) << plain(label->text()).toStdString() << " names no field";
        }
    }
    // …and a field with a label is reached with Alt+letter: a label that lost its '&' fails here.
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->isVisibleTo(dialog) && label->buddy() && label->text().endsWith(u':')) {
            EXPECT_FALSE(mnemonicOf(label->text()).isNull())
                << plain(label->text()).toStdString() << " has no mnemonic";
        }
    }
}

TEST_P(DialogKeyboardTest, EnterRunsTheMainActionAndEscapeCancels)
{
    QDialog *dialog = open();
    QAbstractButton *expected = nullptr;
    for (QAbstractButton *b : dialog->findChildren<QAbstractButton *>()) {
        if (b->isVisibleTo(dialog) && plain(b->text()) == GetParam().enterPresses)
            expected = b;
    }
    ASSERT_NE(expected, nullptr) << "no button " << GetParam().enterPresses.toStdString();
    EXPECT_FALSE(plain(expected->text()).startsWith(QStringLiteral("Choose")));
    QSignalSpy pressed(expected, &QAbstractButton::clicked);
    GetParam().prepare();
    QPointer<QDialog> guard(dialog);
    QWidget *first = QApplication::focusWidget();
    ASSERT_NE(first, nullptr);
    QTest::keyClick(first, Qt::Key_Return);
    EXPECT_EQ(pressed.size(), 1) << "Enter in " << describe(first).toStdString() << " did not press "
                                 << GetParam().enterPresses.toStdString();
    EXPECT_EQ(Prompt::pending(), 0) << "Enter did not ask what the main action asks";
    Prompt::reset();

    if (guard && !guard->isVisible()) // Enter closed it (About, a settings change): open it again
        dialog = open();
    guard = dialog;
    bool hidden = false;
    QObject::connect(dialog, &QDialog::finished, dialog,
                     [&hidden](int result) { hidden = result == QDialog::Rejected; });
    QWidget *focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    QTest::keyClick(focus, Qt::Key_Escape);
    EXPECT_TRUE(hidden || !guard) << "Escape did not cancel";
    EXPECT_TRUE(!guard || !guard->isVisible());
}

QDialog *rulesDocument(Workspace &, QWidget *parent)
{
    showRulesDocument(parent);
    return parent->findChild<QDialog *>();
}

QDialog *settingsRules(Workspace &ws, QWidget *parent)
{
    auto *dialog = new SettingsDialog(ws, parent);
    dialog->findChild<QTabWidget *>()->setCurrentIndex(1);
    return dialog;
}

/// With a file checked, so that the Import button is enabled.
QDialog *importWithFile(Workspace &ws, QWidget *parent)
{
    auto *dialog = new ImportDialog(ws, parent);
    dialog->setAthlete(QStringLiteral("Ann")); // before the file: one check, not two
    dialog->setFile(test::dataPath(QStringLiteral("import/real/strong_2016_kg.csv")));
    EXPECT_TRUE(QTest::qWaitFor([dialog] { return dialog->state() == ImportDialog::State::Ready; }, 30000))
        << "the file was not checked: " << dialog->summaryText().toStdString();
    return dialog;
}

template <typename D>
QDialog *make(Workspace &ws, QWidget *parent)
{
    return new D(ws, parent);
}

const DialogCase kDialogs[] = {
    {"NewAthlete", [](Workspace &, QWidget *p) { return new AthleteDialog(Athlete(), p); },
     QStringLiteral("Add athlete")},
    {"About", [](Workspace &, QWidget *p) { return new AboutDialog(p); }, QStringLiteral("Close")},
    {"Shortcuts", [](Workspace &, QWidget *p) { return new ShortcutsDialog(p, p); }, QStringLiteral("Close")},
    {"Import", importWithFile, QStringLiteral("Import")},
    {"Export", make<ExportDialog>, QStringLiteral("Export"), [] { Prompt::setNextFileName(QString()); }},
    {"Report", make<ReportDialog>, QStringLiteral("Save"), [] { Prompt::setNextFileName(QString()); }},
    {"Restore", make<RestoreDialog>, QStringLiteral("Restore"),
     [] { Prompt::setNextAnswer(QMessageBox::Cancel); }},
    {"Routines", make<RoutinesDialog>, QStringLiteral("Apply")},
    {"Plates", [](Workspace &ws, QWidget *p) { return new PlatesDialog(ws, ws.currentAthleteId(), p); },
     QStringLiteral("Save")},
    {"Settings", make<SettingsDialog>, QStringLiteral("OK")},
    {"SettingsRules", settingsRules, QStringLiteral("OK")},
    {"RulesDocument", rulesDocument, QStringLiteral("Close")},
    // Enter with no login keeps the dialog open and says what is missing; with a recent server
    // chosen the fields are filled and Enter connects (closes the dialog for MainWindow).
    {"ConnectToTeamServer", [](Workspace &, QWidget *p) { return new ConnectDialog({}, p); },
     QStringLiteral("Connect")},
    {"ConnectToRecentServer",
     [](Workspace &, QWidget *p) {
         return new ConnectDialog(
             {QStringLiteral("postgresql://sam@gym.example.org:6432/team?sslmode=verify-full")}, p);
     },
     QStringLiteral("Connect")},
};

INSTANTIATE_TEST_SUITE_P(Dialogs, DialogKeyboardTest, ::testing::ValuesIn(kDialogs),
                         [](const ::testing::TestParamInfo<DialogCase> &param) {
                             return std::string(param.param.name);
                         });

} // namespace
