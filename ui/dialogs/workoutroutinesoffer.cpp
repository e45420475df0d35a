// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/workoutroutinesoffer.h"

#include "commands/routinecommands.h"
#include "shell/prompt.h"
#include "shell/workspace.h"
#include "store/routinerepository.h"
#include "store/storeerror.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace spotter {

namespace {

constexpr int kTitleRole = Qt::UserRole + 1;

} // namespace

WorkoutRoutinesOffer::WorkoutRoutinesOffer(Workspace &workspace, QWidget *parent)
    : QGroupBox(tr("Make routines of the workouts this history repeats"), parent)
    , m_ws(workspace)
    , m_list(new QListWidget(this))
    , m_create(new QPushButton(tr("Create &routines"), this))
    , m_status(new QLabel(this))
{
    auto *intro = new QLabel(tr("Check the workouts to start sessions from. Each routine is made of the "
                                "workout's latest session; Edit → Undo takes them back."),
                             this);
    intro->setWordWrap(true);
    m_list->setAccessibleName(tr("Workouts"));
    m_status->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_create);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addLayout(row);
    m_create->setEnabled(false);
    hide();

    connect(m_list, &QListWidget::itemChanged, this, &WorkoutRoutinesOffer::updateButton);
    connect(m_create, &QPushButton::clicked, this, [this] {
        if (const auto error = createChecked())
            Prompt::warning(this, tr("Routines not created"), *error);
    });
}

bool WorkoutRoutinesOffer::offer(qint64 athleteId)
{
    m_athleteId = athleteId;
    m_list->clear();
    m_status->clear();
    const QList<WorkoutName> workouts = RoutineRepository(m_ws.database()).frequentWorkouts(athleteId);
    for (const WorkoutName &w : workouts) {
        auto *item = new QListWidgetItem(tr("%1 (%n session(s))", nullptr, w.sessions).arg(w.title), m_list);
        item->setData(kTitleRole, w.title);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // The list is as tall as what it holds: at most kOfferedWorkouts short lines.
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * static_cast<int>(workouts.size())
                           + 2 * m_list->frameWidth());
    updateButton();
    setVisible(!workouts.isEmpty());
    return !workouts.isEmpty();
}

std::optional<QString> WorkoutRoutinesOffer::createChecked()
{
    QList<Routine> routines;
    try {
        const RoutineRepository repository(m_ws.database());
        for (int i = 0; i < m_list->count(); ++i) {
            const QListWidgetItem *item = m_list->item(i);
            if (item->checkState() != Qt::Checked)
                continue;
            const QString title = item->data(kTitleRole).toString();
            const auto routine = repository.fromWorkout(m_athleteId, title);
            if (!routine)
                return tr("There is no session titled '%1' any more.").arg(title);
            routines.append(*routine);
        }
    } catch (const StoreError &e) {
        return e.message();
    }
    if (routines.isEmpty())
        return std::nullopt;
    QList<Workspace::BatchStep> steps;
    QStringList names;
    for (const Routine &r : routines) {
        names.append(r.name);
        steps.append([this, r] { return new AddRoutineCommand(m_ws, r, tr("add routine %1").arg(r.name)); });
    }
    const QString undoText = routines.size() == 1 ? tr("create routine %1").arg(names.first())
                                                  : tr("create %n routine(s) from workouts", nullptr,
                                                       static_cast<int>(routines.size()));
    if (auto error = m_ws.executeBatch(undoText, steps))
        return error;
    for (int i = m_list->count() - 1; i >= 0; --i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            delete m_list->takeItem(i);
    }
    m_status->setText(
        tr("Created routines: %1. Edit → Undo takes them back.").arg(names.join(QStringLiteral(", "))));
    updateButton();
    emit created(names);
    return std::nullopt;
}

QString WorkoutRoutinesOffer::statusText() const
{
    return m_status->text();
}

void WorkoutRoutinesOffer::updateButton()
{
    bool any = false;
    for (int i = 0; i < m_list->count() && !any; ++i)
        any = m_list->item(i)->checkState() == Qt::Checked;
    m_create->setEnabled(any);
}

} // namespace spotter
