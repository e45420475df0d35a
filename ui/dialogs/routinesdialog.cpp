// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/routinesdialog.h"

#include "commands/routinecommands.h"
#include "dialogs/taborder.h"
#include "models/planmodel.h"
#include "shell/changenotifier.h"
#include "shell/themecolors.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/routinerepository.h"
#include "store/storeerror.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace spotter {

RoutinesDialog::RoutinesDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_athletes(new QListWidget(this))
    , m_items(new QLabel(this))
    , m_status(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_delete(new QPushButton(tr("&Delete routine"), this))
{
    setWindowTitle(tr("Routines"));
    m_list->setAccessibleName(tr("Routines"));
    m_athletes->setAccessibleName(tr("Assigned to"));
    m_items->setWordWrap(true);
    m_items->setTextFormat(Qt::PlainText);
    ThemeColors::setTone(m_items, ThemeColors::Tone::Hint);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_apply->setToolTip(tr("Keep the name and the athletes shown; Ctrl+Z in the main window undoes it"));
    m_delete->setToolTip(
        tr("Delete the routine; its sessions stay; Ctrl+Z in the main window brings it back"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Assigned &to"), m_athletes);
    form->addRow(tr("Items"), m_items);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_apply);
    auto *right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addLayout(buttons);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list, 1);
    columns->addLayout(right, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    m_apply->setDefault(true); // Enter keeps the name and the athletes shown
    chainTabOrder({m_list, m_name, m_athletes, m_delete, m_apply});
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &RoutinesDialog::showSelected);
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_ws.notifier(), &ChangeNotifier::routinesChanged, this, &RoutinesDialog::reload);
    reload();
    resize(640, 420);
}

QString RoutinesDialog::statusText() const
{
    return m_status->text();
}

void RoutinesDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setForegroundRole(error ? QPalette::Link : QPalette::WindowText);
}

void RoutinesDialog::reload()
{
    const qint64 current = selected() ? selected()->id : 0;
    try {
        m_routines = RoutineRepository(m_ws.database()).list();
        m_athletes->clear();
        for (const Athlete &a : AthleteRepository(m_ws.database()).list()) {
            auto *item = new QListWidgetItem(a.name, m_athletes);
            item->setData(Qt::UserRole, a.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    } catch (const StoreError &e) {
        showStatus(e.message(), true);
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Routine &r : std::as_const(m_routines))
        m_list->addItem(r.name);
    select(current);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showSelected();
}

void RoutinesDialog::select(qint64 id)
{
    for (qsizetype i = 0; i < m_routines.size(); ++i) {
        if (m_routines.at(i).id == id)
            m_list->setCurrentRow(static_cast<int>(i));
    }
}

std::optional<Routine> RoutinesDialog::selected() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_routines.size())
        return std::nullopt;
    return m_routines.at(row);
}

void RoutinesDialog::showSelected()
{
    const auto routine = selected();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_athletes, m_apply, m_delete})
        w->setEnabled(routine.has_value());
    m_name->setText(routine ? routine->name : QString());
    for (int i = 0; i < m_athletes->count(); ++i) {
        QListWidgetItem *item = m_athletes->item(i);
        const bool on = routine && routine->athleteIds.contains(item->data(Qt::UserRole).toLongLong());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    if (!routine) {
        m_items->setText(tr("No routines yet: log a session and use Save as routine."));
        return;
    }
    // The shared catalogue: one read for the window, not one round trip per item to a server.
    QHash<qint64, QString> names;
    try {
        for (const Exercise &e : m_ws.exercises())
            names.insert(e.id, e.name);
    } catch (const StoreError &e) {
        m_items->setText(m_ws.reportReadFailure(tr("The routine's exercises"), e));
        return;
    }
    QStringList lines;
    for (const RoutineItem &item : routine->items)
        lines.append(tr("%1: %2").arg(names.value(item.exerciseId), targetText(item)));
    m_items->setText(lines.join(u'\n'));
}

QString RoutinesDialog::itemsText() const
{
    return m_items->text();
}

std::optional<QString> RoutinesDialog::apply()
{
    const auto before = selected();
    if (!before)
        return tr("Select a routine first.");
    Routine after = *before;
    after.name = m_name->text().trimmed();
    after.athleteIds.clear();
    for (int i = 0; i < m_athletes->count(); ++i) {
        if (m_athletes->item(i)->checkState() == Qt::Checked)
            after.athleteIds.append(m_athletes->item(i)->data(Qt::UserRole).toLongLong());
    }
    std::sort(after.athleteIds.begin(), after.athleteIds.end());
    std::optional<QString> error;
    if (const auto issues = validate(after); !issues.isEmpty())
        error = joinMessages(issues);
    else if (after == *before)
        return std::nullopt;
    else
        error = m_ws.execute(
            new EditRoutineCommand(m_ws, *before, after, tr("change routine %1").arg(before->name)));
    if (error)
        showStatus(*error, true);
    else
        showStatus(tr("Saved %1; Ctrl+Z in the main window undoes it.").arg(after.name), false);
    return error;
}

std::optional<QString> RoutinesDialog::removeSelected()
{
    const auto routine = selected();
    if (!routine)
        return tr("Select a routine first.");
    const auto error =
        m_ws.execute(new DeleteRoutineCommand(m_ws, *routine, tr("delete routine %1").arg(routine->name)));
    if (error)
        showStatus(*error, true);
    else
        showStatus(tr("Deleted %1; Ctrl+Z in the main window brings it back.").arg(routine->name), false);
    return error;
}

} // namespace spotter
