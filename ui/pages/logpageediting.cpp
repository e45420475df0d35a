// SPDX-License-Identifier: GPL-3.0-or-later
// LogPage's edits of the session's sets: adding them (from Quick entry, repeating the last one,
// duplicating one), removing them, committing a cell or the header, and offering a new exercise
// for a name the catalogue lacks. Kept apart from the page's layout and wiring so that each file
// reads as one concern.
#include "forms/sessioneditor.h"
#include "forms/sessionform.h"
#include "forms/setsview.h"
#include "models/setformat.h"
#include "models/setsmodel.h"
#include "pages/logpage.h"
#include "widgets/newexercisebar.h"
#include "widgets/quickentryline.h"
#include "widgets/resttimer.h"
#include "widgets/statusline.h"

#include <QComboBox>
#include <QItemSelectionModel>

namespace spotter {

bool LogPage::insertSets(QList<WorkoutSet> sets, int position, const QString &undoText, const QString &done)
{
    if (!m_readOnly.isEmpty()) {
        m_status->say(m_readOnly, true);
        return false;
    }
    const bool timed = m_timer->isRunning() && !sets.isEmpty() && !sets.first().restSeconds;
    if (timed)
        sets.first().restSeconds = m_timer->elapsedSeconds();
    if (const auto error = m_editor->addSets(sets, position, undoText)) {
        m_status->say(*error, true);
        return false;
    }
    QString message = done;
    if (timed) {
        const int rest = m_timer->take().value_or(0);
        message += u' ' + tr("The rest timer gave it %1 of rest.").arg(formatClock(rest));
    }
    if (const QString records = m_editor->takeRecordNews(); !records.isEmpty())
        message += u' ' + records;
    const int last = std::min(position + static_cast<int>(sets.size()), m_model->rowCount()) - 1;
    if (last >= 0) {
        m_view->setCurrentIndex(m_model->index(last, SetsModel::Weight));
        m_view->scrollTo(m_view->currentIndex());
    }
    m_status->say(message);
    return true;
}

void LogPage::addFromQuickEntry(const QuickEntryResult &result)
{
    const Exercise *exercise = m_editor->catalogue().find(result.exercise);
    if (!result.ok() || !exercise)
        return;
    QList<WorkoutSet> sets = result.sets;
    for (WorkoutSet &s : sets)
        s.exerciseId = exercise->id;
    const auto count = static_cast<int>(sets.size());
    const QString undo = tr("add %n set(s) of %1", nullptr, count).arg(exercise->name);
    const QString done =
        tr("Added %n set(s) of %1; Ctrl+Z takes the line back.", nullptr, count).arg(exercise->name);
    if (insertSets(sets, m_model->rowCount(), undo, done)) {
        m_quick->clearLine();
        m_quick->setFocus();
    }
}

void LogPage::repeatLast()
{
    if (!m_readOnly.isEmpty())
        return; // disabled; a stray call changes nothing
    if (m_model->rowCount() == 0) {
        m_quick->setFocus();
        m_status->say(tr("Type the first set in Quick entry, e.g. Squat 3x5 120kg @7.5."));
        return;
    }
    const WorkoutSet &last = m_model->set(m_model->rowCount() - 1);
    WorkoutSet next = last.sameWork();
    next.exerciseId = last.exerciseId;
    insertSets({next}, m_model->rowCount(), tr("add set"),
               tr("Added set %1 like the one before; type over what changed.").arg(m_model->rowCount() + 1));
}

void LogPage::duplicateCurrent()
{
    if (!m_readOnly.isEmpty())
        return; // disabled; a stray call changes nothing
    const int row = currentRow();
    if (row < 0 || row >= m_model->rowCount())
        return;
    const int column = m_view->currentIndex().isValid() ? m_view->currentIndex().column()
                                                        : static_cast<int>(SetsModel::Weight);
    WorkoutSet copy = m_model->set(row);
    copy.id = 0;
    if (m_timer->isRunning())
        copy.restSeconds.reset(); // the timer has the real rest before this one
    if (insertSets({copy}, row + 1, tr("duplicate set"), tr("Duplicated set %1.").arg(row + 1)))
        m_view->setCurrentIndex(m_model->index(row + 1, column));
}

void LogPage::removeSelected()
{
    if (!m_readOnly.isEmpty())
        return; // disabled; a stray call changes nothing
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    if (rows.isEmpty())
        return;
    const int first = *std::min_element(rows.cbegin(), rows.cend());
    const int column = m_view->currentIndex().isValid() ? m_view->currentIndex().column() : SetsModel::Weight;
    if (const auto error = m_editor->removeSets(rows)) {
        m_status->say(*error, true);
        return;
    }
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(first, m_model->rowCount() - 1), column));
    const auto count = static_cast<int>(rows.size());
    //: English's singular says "brings it back" (translations/spotter_en.ts).
    m_status->say(tr("Deleted %n set(s); Ctrl+Z brings them back.", nullptr, count));
}

std::optional<QString> LogPage::commitSetEdit(int row, WorkoutSet after)
{
    if (!m_readOnly.isEmpty())
        return m_readOnly;
    // The rest timer was started after the set before this one: its time is this set's rest.
    const bool timed =
        m_timer->isRunning() && row == m_restAnchor && !after.restSeconds && !m_model->set(row).restSeconds;
    if (timed)
        after.restSeconds = m_timer->elapsedSeconds();
    if (auto error = m_editor->editSet(row, after))
        return error;
    if (const QString records = m_editor->takeRecordNews(); !records.isEmpty())
        m_status->say(records);
    else if (timed)
        m_status->say(
            tr("Set %1 got %2 of rest from the rest timer.").arg(row + 1).arg(formatClock(*m_timer->take())));
    else
        m_status->clear();
    return std::nullopt;
}

void LogPage::commitHeader()
{
    QString error;
    const auto header = m_form->read(m_editor->session(), &error);
    if (!header) {
        m_status->say(error, true);
        return;
    }
    if (const auto refused = m_editor->editHeader(*header))
        m_status->say(*refused, true);
}

void LogPage::offerNewExercise(const QString &name, std::function<void()> retry)
{
    // A refused cell is committed again when it loses the focus to the bar: one offer is enough.
    if (m_newExercise->isVisible() && m_newExercise->name() == name)
        return;
    m_retry = std::move(retry);
    m_newExercise->offer(name);
    // Queued: the offer can come from inside a grid editor's commit, and the focus may only
    // move once the view has finished with that editor.
    QMetaObject::invokeMethod(
        m_newExercise->kindBox(), [box = m_newExercise->kindBox()] { box->setFocus(Qt::OtherFocusReason); },
        Qt::QueuedConnection);
}

} // namespace spotter
