// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/logpage.h"

#include "forms/planpanel.h"
#include "forms/sessioneditor.h"
#include "forms/sessionform.h"
#include "forms/setdelegate.h"
#include "forms/setsview.h"
#include "models/setsmodel.h"
#include "shell/appsettings.h"
#include "shell/desktopdatabase.h"
#include "shell/themecolors.h"
#include "shell/workspace.h"
#include "store/storeerror.h"
#include "widgets/elidedtooltips.h"
#include "widgets/intensitysummary.h"
#include "widgets/newexercisebar.h"
#include "widgets/quickentryline.h"
#include "widgets/resttimer.h"
#include "widgets/statusline.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace spotter {

LogPage::LogPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_editor(new SessionEditor(workspace, this))
    , m_model(new SetsModel(m_editor->catalogue(), this))
    , m_view(new SetsView(this))
    , m_delegate(new SetDelegate(m_editor->catalogue(), this))
    , m_form(new SessionForm(this))
    , m_quick(new QuickEntryLine(m_editor->catalogue(), this))
    , m_newExercise(new NewExerciseBar(this))
    , m_summary(new IntensitySummary(this))
    , m_plan(new PlanPanel(workspace, *m_editor, this))
    , m_timer(new RestTimer(this))
    , m_heading(new QLabel(this))
    , m_state(new QLabel(this))
    , m_setsLabel(new QLabel(tr("&Sets"), this))
    , m_empty(new QLabel(this))
    , m_status(new StatusLine(workspace.undoStack(), this))
    , m_new(new QPushButton(tr("&New session"), this))
    , m_duplicate(new QPushButton(tr("Dup&licate"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    buildLayout();
    connectParts();
    m_form->setSession(m_editor->session(), m_editor->unit());
    updateHeading();
    updateSets();
}

LogPage::~LogPage()
{
    // The children outlive this destructor (QWidget deletes them later), and their last signals,
    // such as a field losing the focus, must not reach a page that is already gone.
    m_model->setCommitter({});
    m_quick->setContextProvider({});
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

void LogPage::buildLayout()
{
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    ThemeColors::setTone(m_state, ThemeColors::Tone::Hint);
    // Wraps rather than widening the window in a language longer than English (issue 16).
    m_state->setWordWrap(true);
    m_new->setToolTip(tr("Start a new session dated now (Ctrl+N)"));
    m_new->setFocusPolicy(Qt::TabFocus);

    m_view->setSetsModel(m_model);
    m_view->setItemDelegate(m_delegate);
    ElidedToolTips::install(m_view);
    m_setsLabel->setBuddy(m_view);
    QFont bold = m_setsLabel->font();
    bold.setBold(true);
    m_setsLabel->setFont(bold);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    ThemeColors::setTone(m_empty, ThemeColors::Tone::Hint);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setText(tr("<p style='font-size:large'>No sets yet</p>"
                        "<p>Type a line like <b>Squat 3x5 120kg @7.5</b> in Quick entry and press Enter.</p>"
                        "<p>Then Enter in the grid repeats the last set, Ctrl+D duplicates one,<br>"
                        "Ctrl+T starts the rest timer and Ctrl+Z undoes any change.</p>"));

    m_duplicate->setToolTip(tr("Add a copy of the current set after it (Ctrl+D)"));
    m_delete->setToolTip(tr("Delete the selected sets (Delete); Ctrl+Z brings them back"));
    for (QPushButton *b : {m_duplicate, m_delete})
        b->setFocusPolicy(Qt::TabFocus);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(12);
    top->addWidget(m_state, 1);
    top->addWidget(m_new);
    auto *setsRow = new QHBoxLayout;
    setsRow->addWidget(m_setsLabel);
    setsRow->addStretch();
    setsRow->addWidget(m_duplicate);
    setsRow->addWidget(m_delete);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_timer);
    bottom->addSpacing(16);
    bottom->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_plan);
    layout->addWidget(m_form);
    layout->addSpacing(6);
    layout->addWidget(m_quick);
    layout->addWidget(m_newExercise);
    layout->addWidget(m_summary);
    layout->addLayout(setsRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(bottom);

    // Form, then the quick line, then the grid: the order a session is written in.
    setTabOrder(m_form->lastField(), m_quick->lineEdit());
    setTabOrder(m_quick->lineEdit(), m_view);
    setTabOrder(m_view, m_duplicate);
    setTabOrder(m_duplicate, m_delete);
    setTabOrder(m_delete, m_timer->button());
    setTabOrder(m_timer->button(), m_new);

    // Named: Help → Keyboard shortcuts lists them by their text.
    const auto action = [this](const QString &text, const QKeySequence &keys, Qt::ShortcutContext context,
                               QWidget *owner) {
        auto *a = new QAction(text, this);
        a->setShortcut(keys);
        a->setShortcutContext(context);
        owner->addAction(a);
        return a;
    };
    QAction *newAction = action(tr("New session"), QKeySequence::New, Qt::WidgetWithChildrenShortcut, this);
    connect(newAction, &QAction::triggered, this, &LogPage::newSession);
    QAction *duplicate = action(tr("Duplicate the current set"), QKeySequence(Qt::CTRL | Qt::Key_D),
                                Qt::WidgetWithChildrenShortcut, this);
    connect(duplicate, &QAction::triggered, this, &LogPage::duplicateCurrent);
    connect(action(tr("Start or stop the rest timer"), QKeySequence(Qt::CTRL | Qt::Key_T),
                   Qt::WidgetWithChildrenShortcut, this),
            &QAction::triggered, m_timer, &RestTimer::toggle);
    QAction *remove =
        action(tr("Delete the selected sets"), QKeySequence::Delete, Qt::WidgetShortcut, m_view);
    connect(remove, &QAction::triggered, this, &LogPage::removeSelected);
    m_editActions = {newAction, duplicate, remove};
}

void LogPage::setReadOnly(const QString &why)
{
    m_readOnly = why;
    QList<QObject *> controls{m_quick, m_new, m_duplicate, m_delete, m_form, m_plan};
    for (QAction *a : std::as_const(m_editActions))
        controls.append(a);
    setWritableControls(controls, why);
    m_model->setEditable(why.isEmpty());
    updateSets(); // duplicate and delete also follow whether there are sets
}

void LogPage::connectParts()
{
    m_model->setCommitter([this](int row, const WorkoutSet &after) { return commitSetEdit(row, after); });
    m_quick->setContextProvider([this] { return quickContext(); });
    m_timer->setTarget(AppSettings::instance().defaultRestSeconds());

    connect(m_editor, &SessionEditor::sessionReplaced, this, [this] {
        m_newExercise->hide();
        m_retry = {};
        m_status->clear();
        if (!m_editor->readError().isEmpty())
            m_status->say(m_editor->readError(), true);
        m_view->scrollToTop();
    });
    connect(m_editor, &SessionEditor::readFailed, this, [this](const QString &m) { m_status->say(m, true); });
    connect(m_editor, &SessionEditor::headerChanged, this, [this] {
        m_form->setSession(m_editor->session(), m_editor->unit());
        updateHeading();
    });
    connect(m_editor, &SessionEditor::setsChanged, this, &LogPage::updateSets);
    connect(m_plan, &PlanPanel::logRequested, this,
            [this](const QList<WorkoutSet> &sets, const QString &undo, const QString &done) {
                insertSets(sets, m_model->rowCount(), undo, done);
            });
    connect(m_plan, &PlanPanel::message, m_status, &StatusLine::say);
    connect(&m_ws, &Workspace::currentAthleteChanged, this, [this](qint64 athleteId) {
        if (athleteId != m_editor->session().athleteId)
            m_editor->startNew();
    });
    connect(m_form, &SessionForm::edited, this, &LogPage::commitHeader);
    connect(m_quick, &QuickEntryLine::submitted, this, &LogPage::addFromQuickEntry);
    connect(m_quick, &QuickEntryLine::unknownExercise, this, [this](const QString &name) {
        offerNewExercise(name, [this] {
            m_quick->refresh();
            if (m_quick->result().ok())
                addFromQuickEntry(m_quick->result());
        });
    });
    connect(m_quick, &QuickEntryLine::emptySubmitted, this, [this] {
        if (m_model->rowCount() > 0)
            m_view->setFocus(Qt::TabFocusReason);
    });
    connect(m_model, &SetsModel::editRejected, this, [this](const QString &m) { m_status->say(m, true); });
    connect(m_model, &SetsModel::unknownExercise, this, [this](int row, const QString &name) {
        const qint64 id = m_model->set(row).id;
        offerNewExercise(name, [this, id, name] {
            for (int r = 0; r < m_model->rowCount(); ++r) {
                if (m_model->set(r).id == id)
                    m_model->setData(m_model->index(r, SetsModel::Exercise), name);
            }
        });
    });
    connect(m_newExercise, &NewExerciseBar::addRequested, this, [this](const Exercise &exercise) {
        if (const auto error = m_editor->addExercise(exercise)) {
            m_status->say(*error, true);
            m_newExercise->show();
            return;
        }
        m_status->say(tr("Added %1 to the catalogue.").arg(exercise.name));
        const auto retry = std::exchange(m_retry, {});
        if (retry)
            retry();
        m_quick->setFocus();
    });
    connect(m_newExercise, &NewExerciseBar::dismissed, this, [this] {
        m_retry = {};
        m_quick->setFocus();
    });
    connect(m_delegate, &SetDelegate::committedWithEnter, m_view, &SetsView::moveOn);
    connect(m_view, &SetsView::appendRequested, this, &LogPage::repeatLast);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_quick->refresh(); });
    connect(m_duplicate, &QPushButton::clicked, this, &LogPage::duplicateCurrent);
    connect(m_delete, &QPushButton::clicked, this, &LogPage::removeSelected);
    connect(m_new, &QPushButton::clicked, this, &LogPage::newSession);
    connect(m_timer, &RestTimer::runningChanged, this,
            [this](bool running) { m_restAnchor = running ? currentRow() + 1 : -1; });
    connect(&AppSettings::instance(), &AppSettings::changed, this,
            [this] { m_timer->setTarget(AppSettings::instance().defaultRestSeconds()); });
}

QString LogPage::statusText() const
{
    return m_status->text();
}

QString LogPage::headingText() const
{
    return m_heading->text();
}

void LogPage::editSession(qint64 sessionId)
{
    try {
        if (!m_editor->load(sessionId)) {
            m_status->say(tr("That session no longer exists."), true);
            return;
        }
    } catch (const StoreError &e) {
        m_status->say(m_ws.reportReadFailure(tr("That session"), e), true);
        return;
    }
    m_quick->setFocus();
}

void LogPage::newSession()
{
    if (!m_readOnly.isEmpty())
        return; // disabled; a stray call changes nothing
    m_editor->startNew();
    m_quick->clearLine();
    m_form->firstField()->setFocus();
    m_status->say(tr("New session dated now: it is saved with its first set."));
}

int LogPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : m_model->rowCount() - 1;
}

QuickEntryContext LogPage::quickContext() const
{
    QuickEntryContext context;
    context.unit = m_editor->unit();
    context.kindOf = m_editor->catalogue().kindLookup();
    context.assistedOf = m_editor->catalogue().assistedLookup();
    // "same" and "last +5kg": the exercise's sets the last time, before this session.
    context.lastTime = [this](const QString &name) { return m_editor->lastSets(name); };
    if (const int row = currentRow(); row >= 0 && row < m_model->rowCount())
        context.exercise = m_editor->catalogue().name(m_model->set(row).exerciseId);
    return context;
}

void LogPage::updateHeading()
{
    const Session &s = m_editor->session();
    if (m_editor->isDraft()) {
        m_heading->setText(tr("New session"));
        m_state->setText(
            m_editor->athlete().id > 0
                ? tr("%1 · not saved yet: it is saved with its first set").arg(m_editor->athlete().name)
                : tr("Add an athlete to log sessions"));
    } else {
        m_heading->setText(tr("Session of %1").arg(QLocale().toString(s.start.date(), QLocale::LongFormat)));
        m_state->setText(
            tr("%1 · saved as you type; Ctrl+Z undoes each change").arg(m_editor->athlete().name));
    }
    setEnabled(m_editor->athlete().id > 0);
}

void LogPage::updateSets()
{
    const Session &s = m_editor->session();
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().column() : -1;
    m_model->setUnit(m_editor->unit());
    m_model->setBodyweight(s.bodyweight);
    m_model->setPlates(m_editor->plates());
    m_model->setSets(s.sets, m_editor->intensity().sets, m_editor->prRows());
    m_model->setHistory(m_editor->lastTimes(), m_editor->recentBests());
    const bool empty = s.sets.isEmpty();
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    m_duplicate->setEnabled(!empty && m_readOnly.isEmpty());
    m_delete->setEnabled(!empty && m_readOnly.isEmpty());
    m_summary->setIntensity(m_editor->intensity(), m_editor->catalogue(), m_editor->unit(), !empty);
    m_setsLabel->setText(empty ? tr("&Sets") : tr("&Sets (%1)").arg(s.sets.size()));
    if (current < 0 && !empty)
        m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, SetsModel::Weight));
    m_quick->refresh();
}

} // namespace spotter
