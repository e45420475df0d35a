// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/planpanel.h"

#include "commands/routinecommands.h"
#include "dialogs/platesdialog.h"
#include "dialogs/routinesdialog.h"
#include "forms/sessioneditor.h"
#include "model/clock.h"
#include "models/planmodel.h"
#include "services/suggestionservice.h"
#include "shell/changenotifier.h"
#include "shell/workspace.h"
#include "store/platerepository.h"
#include "store/routinerepository.h"
#include "store/storeerror.h"
#include "widgets/elidedtooltips.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace spotter {

PlanPanel::PlanPanel(Workspace &workspace, SessionEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_editor(editor)
    , m_plan(new PlanModel(editor.catalogue(), this))
    , m_routines(new QComboBox(this))
    , m_start(new QPushButton(tr("S&tart"), this))
    , m_saveAs(new QPushButton(tr("Save as routine"), this))
    , m_manage(new QPushButton(tr("Routines…"), this))
    , m_plates(new QPushButton(tr("Plates…"), this))
    , m_title(new QLabel(this))
    , m_view(new QTableView(this))
    , m_log(new QPushButton(tr("&Log these sets"), this))
    , m_close(new QPushButton(tr("Close plan"), this))
{
    auto *label = new QLabel(tr("&Routine"), this);
    label->setBuddy(m_routines);
    m_routines->setAccessibleName(tr("Routine"));
    m_routines->setMinimumContentsLength(18);
    m_routines->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_start->setToolTip(tr("Start today's session from this routine: its sets with today's suggested loads"));
    m_saveAs->setToolTip(tr("Keep this session's exercises and sets as a routine for next time"));
    m_manage->setToolTip(tr("Rename, assign or delete routines"));
    m_plates->setToolTip(tr("The bar, plates and collars this athlete loads"));
    m_log->setToolTip(tr("Add the selected item's remaining sets to the session with the load shown; "
                         "change what differed in the grid"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_view->setModel(m_plan);
    ElidedToolTips::install(m_view);
    m_view->setAccessibleName(tr("Today's plan"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMaximumHeight((m_view->fontMetrics().height() + 10) * 7);
    const auto em = [this](const QString &sample) {
        return m_view->fontMetrics().horizontalAdvance(sample) + 24;
    };
    m_view->setColumnWidth(PlanModel::Exercise, em(QStringLiteral("Close-Grip Bench Press")));
    m_view->setColumnWidth(PlanModel::Target, em(QStringLiteral("3 × 5 @8.5 (warm-up)")));
    m_view->setColumnWidth(PlanModel::Load, em(tr("Load (kg)") + QStringLiteral("00")));
    m_view->setColumnWidth(PlanModel::Plates,
                           em(QStringLiteral("45 lb bar + 45 · 45 · 35 · 25 · 5 per side")));
    m_view->setColumnWidth(PlanModel::Done, em(tr("Logged")));
    m_view->setColumnWidth(PlanModel::Why, em(QStringLiteral("Increase gradually: held.")));

    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_routines);
    top->addWidget(m_start);
    top->addStretch();
    top->addWidget(m_saveAs);
    top->addWidget(m_manage);
    top->addWidget(m_plates);
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(m_title, 1);
    planRow->addWidget(m_log);
    planRow->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(planRow);
    layout->addWidget(m_view);

    connect(m_start, &QPushButton::clicked, this,
            [this] { startRoutine(m_routines->currentData().toLongLong()); });
    connect(m_log, &QPushButton::clicked, this, [this] { logItem(); });
    connect(m_close, &QPushButton::clicked, this, &PlanPanel::closePlan);
    connect(m_saveAs, &QPushButton::clicked, this, [this] { saveAsRoutine(); });
    connect(m_manage, &QPushButton::clicked, this, [this] {
        auto *dialog = new RoutinesDialog(m_ws, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->select(m_routines->currentData().toLongLong());
        dialog->open();
    });
    connect(m_plates, &QPushButton::clicked, this, [this] {
        auto *dialog = new PlatesDialog(m_ws, m_editor.session().athleteId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_plan, &PlanModel::editRejected, this, [this](const QString &m) { emit message(m, true); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() != PlanModel::Load)
            logItem(index.row());
    });
    connect(m_ws.notifier(), &ChangeNotifier::routinesChanged, this, [this] {
        reloadRoutines();
        if (m_routineId > 0)
            replan();
    });
    connect(m_ws.notifier(), &ChangeNotifier::platesChanged, this, [this](qint64 athleteId) {
        if (m_routineId > 0 && athleteId == m_editor.session().athleteId)
            replan();
    });
    connect(m_ws.notifier(), &ChangeNotifier::athletesChanged, this, &PlanPanel::reloadRoutines);
    connect(&m_ws, &Workspace::currentAthleteChanged, this, [this] {
        closePlan();
        reloadRoutines();
    });
    connect(&m_ws, &Workspace::databaseReplaced, this, [this] {
        closePlan();
        reloadRoutines();
    });
    connect(&m_editor, &SessionEditor::setsChanged, this, [this] {
        m_plan->setLogged(m_editor.session().sets);
        updateButtons();
    });
    // The window chooses the athlete after making its pages, which reads the list again: read
    // now only for a chosen athlete, else once the event loop runs if no choice has read it by
    // then (a file without athletes). On a team server each read is three round trips.
    if (m_ws.currentAthleteId() != 0) {
        reloadRoutines();
    } else {
        // A team server's open may still be going on then (the app's start waits for it with
        // the event loop running): the read waits for it without blocking.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_ws.whenOpen(this, [this] {
                    if (!m_routinesRead)
                        reloadRoutines();
                });
            },
            Qt::QueuedConnection);
    }
    closePlan();
}

QString PlanPanel::planTitle() const
{
    return m_title->text();
}

void PlanPanel::reloadRoutines()
{
    m_routinesRead = true;
    const qint64 current = m_routines->currentData().toLongLong();
    m_routines->clear();
    QList<Routine> all;
    QList<qint64> assigned;
    try {
        const RoutineRepository routines(m_ws.database());
        all = routines.list();
        if (m_ws.currentAthleteId() != 0)
            assigned = routines.assignedIds(m_ws.currentAthleteId());
    } catch (const StoreError &e) {
        emit message(e.message(), true);
    }
    // The athlete's own routines first, then the others a coach may want to start anyway.
    for (bool own : {true, false}) {
        for (const Routine &r : std::as_const(all)) {
            if (assigned.contains(r.id) == own)
                m_routines->addItem(own ? r.name : tr("%1 (not assigned)").arg(r.name), r.id);
        }
    }
    if (m_routines->count() == 0)
        m_routines->addItem(tr("No routines yet"), 0);
    if (const int i = m_routines->findData(current); i >= 0)
        m_routines->setCurrentIndex(i);
    updateButtons();
}

void PlanPanel::updateButtons()
{
    m_start->setEnabled(m_routines->currentData().toLongLong() > 0);
    m_saveAs->setEnabled(!m_editor.session().sets.isEmpty());
    m_plates->setEnabled(m_editor.session().athleteId > 0);
    const bool planned = !m_plan->isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_view, m_log, m_close})
        w->setVisible(planned);
}

bool PlanPanel::startRoutine(qint64 routineId)
{
    std::optional<Routine> routine;
    try {
        routine = RoutineRepository(m_ws.database()).get(routineId);
    } catch (const StoreError &e) {
        emit message(e.message(), true);
        return false;
    }
    if (!routine) {
        emit message(tr("That routine no longer exists."), true);
        return false;
    }
    // A plan is for today: a stored session of another day is not where its sets belong.
    if (!m_editor.isDraft() && m_editor.session().start.date() != Clock::today())
        m_editor.startNew();
    m_routineId = routineId;
    if (const int i = m_routines->findData(routineId); i >= 0)
        m_routines->setCurrentIndex(i);
    replan();
    emit message(tr("Started %1: select an item and press Enter (or Log these sets) to add its sets; "
                    "type over a load to change it.")
                     .arg(routine->name),
                 false);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->setCurrentIndex(m_plan->index(0, PlanModel::Exercise));
    return true;
}

void PlanPanel::replan()
{
    const qint64 athleteId = m_editor.session().athleteId;
    try {
        const auto routine = RoutineRepository(m_ws.database()).get(m_routineId);
        if (!routine || athleteId <= 0) {
            closePlan();
            return;
        }
        const QDateTime when = m_editor.isDraft() ? Clock::now() : m_editor.session().start;
        m_plan->setPlan(SuggestionService(m_ws.database()).plan(*routine, athleteId, when),
                        PlateRepository(m_ws.database()).getOrDefault(athleteId), m_editor.unit());
        m_plan->setLogged(m_editor.session().sets);
        m_title->setText(tr("Today's plan: %1").arg(routine->name));
    } catch (const StoreError &e) {
        emit message(e.message(), true);
    }
    updateButtons();
}

void PlanPanel::closePlan()
{
    m_routineId = 0;
    m_plan->clear();
    m_title->clear();
    updateButtons();
}

void PlanPanel::logItem(int row)
{
    if (row < 0)
        row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    if (row < 0 || row >= m_plan->rowCount()) {
        emit message(tr("Select an item of the plan first."), true);
        return;
    }
    QString why;
    const auto sets = m_plan->remainingSets(row, &why);
    if (!sets) {
        emit message(why, true);
        return;
    }
    const auto count = static_cast<int>(sets->size());
    const QString name = m_editor.catalogue().name(m_plan->item(row).item.exerciseId);
    const QString undo = tr("log %n planned set(s) of %1", nullptr, count).arg(name);
    const QString done =
        (count == 1
             ? tr("Logged %n set of %1 as planned; change what differed in the grid.", nullptr, count)
             : tr("Logged %n sets of %1 as planned; change what differed in the grid.", nullptr, count))
            .arg(name);
    emit logRequested(*sets, undo, done);
    // The next item still to do is where the lifter goes on.
    for (int r = 0; r < m_plan->rowCount(); ++r) {
        if (!m_plan->isDone(r)) {
            m_view->setCurrentIndex(m_plan->index(r, PlanModel::Exercise));
            break;
        }
    }
}

std::optional<QString> PlanPanel::saveAsRoutine()
{
    const Session &session = m_editor.session();
    Routine routine;
    routine.items = routineItemsFrom(session.sets);
    if (routine.items.isEmpty()) {
        emit message(tr("Log some sets first: a routine is made from the session's sets."), true);
        return std::nullopt;
    }
    // A name the lifter recognises, made unique; renaming is one step away in Routines….
    const QString base = session.title.trimmed().isEmpty()
                             ? tr("%1's session of %2")
                                   .arg(m_editor.athlete().name,
                                        QLocale().toString(session.start.date(), QLocale::ShortFormat))
                             : session.title.trimmed();
    try {
        const RoutineRepository routines(m_ws.database());
        routine.name = base;
        for (int n = 2; routines.findByName(routine.name); ++n)
            routine.name = tr("%1 (%2)").arg(base).arg(n);
    } catch (const StoreError &e) {
        emit message(e.message(), true);
        return std::nullopt;
    }
    if (session.athleteId > 0)
        routine.athleteIds = {session.athleteId};
    if (const auto issues = validate(routine); !issues.isEmpty()) {
        emit message(joinMessages(issues), true);
        return std::nullopt;
    }
    if (const auto error = m_ws.execute(
            new AddRoutineCommand(m_ws, routine, tr("save the session as routine %1").arg(routine.name)))) {
        emit message(*error, true);
        return std::nullopt;
    }
    emit message(tr("Saved as routine %1, assigned to %2; rename or assign it in Routines….")
                     .arg(routine.name, m_editor.athlete().name),
                 false);
    if (const int i = m_routines->findText(routine.name); i >= 0)
        m_routines->setCurrentIndex(i);
    return routine.name;
}

} // namespace spotter
