// SPDX-License-Identifier: GPL-3.0-or-later
// SorenessPage's editing: the report in the form, saving it, starting another, opening a stored
// one and deleting one, with the questions about unsaved changes. Kept apart from the page's
// layout and loading so that each file reads as one concern.
#include "commands/valuecommands.h"
#include "forms/sorenessform.h"
#include "model/clock.h"
#include "models/sorenessreportmodel.h"
#include "pages/sorenesspage.h"
#include "pages/sorenessverdict.h"
#include "services/reassessment.h"
#include "shell/prompt.h"
#include "shell/workspace.h"
#include "store/sorenessrepository.h"
#include "store/storeerror.h"
#include "widgets/sorenessreportlist.h"
#include "widgets/statusline.h"

#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>

namespace spotter {

SorenessReport SorenessPage::currentReport() const
{
    SorenessReport r = m_form->report();
    r.athleteId = m_ws.currentAthleteId();
    if (m_editing)
        r.id = m_editing->id;
    return r;
}

QString SorenessPage::statusText() const
{
    return m_status->text();
}

std::optional<qint64> SorenessPage::editingId() const
{
    return m_editing ? std::optional<qint64>(m_editing->id) : std::nullopt;
}

bool SorenessPage::isDirty() const
{
    return m_form->report() != m_baseline;
}

bool SorenessPage::confirmDiscard()
{
    return Prompt::question(this, tr("Discard changes?"),
                            tr("The report in the form has changes that are not saved. Discard them?"),
                            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Discard;
}

bool SorenessPage::settleUnsaved()
{
    // A form never shown for this athlete holds nothing of theirs.
    if (m_pending == Pending::AthleteChanged || !isDirty())
        return true;
    const auto answer = Prompt::question(
        this, tr("Save the soreness report?"),
        tr("The soreness report in the form has changes that are not saved. Save them before leaving?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_baseline = m_form->report();
        return true;
    }
    return false;
}

bool SorenessPage::save()
{
    ensureLoaded();
    if (m_ws.currentAthleteId() <= 0 || !m_readOnly.isEmpty())
        return false;
    const QDateTime now = Clock::now();
    ValidationIssues issues = m_form->issues(now);
    SorenessReport report = currentReport();
    if (const auto early = noticedBeforeSession(report, m_history))
        issues.append(*early);
    if (!issues.isEmpty()) {
        m_form->showIssues(issues);
        emit statusMessage(tr("Not saved yet: see the notes next to the fields."));
        return false;
    }
    m_form->clearIssues();
    if (m_editing) {
        if (report == *m_editing) {
            m_baseline = m_form->report();
            emit statusMessage(tr("Nothing to save: the report has not changed."));
            return true;
        }
        if (const auto error =
                m_ws.execute(new EditSorenessCommand(m_ws, *m_editing, report, tr("edit soreness report")))) {
            m_form->showIssues({{QString(), *error}});
            return false;
        }
        m_editing = report;
    } else {
        auto *command = new AddSorenessCommand(m_ws, report, tr("report soreness"));
        if (const auto error = m_ws.execute(command)) {
            m_form->showIssues({{QString(), *error}});
            return false;
        }
        m_editing = command->value(); // the stack owns the command; read the id straight away
    }
    // The class it was given is kept with it, so that a later change of the rules can be counted
    // (services/reassessment). Derived data, not an edit: it is not on the undo stack.
    try {
        storeAssessment(m_ws.database(), m_editing->id, m_result, now);
    } catch (const StoreError &e) {
        emit statusMessage(tr("Report saved; its assessment could not be kept (%1) and will be made again "
                              "when the database is opened.")
                               .arg(e.message()));
    }
    m_baseline = m_form->report();
    m_list->select(m_editing->id);
    updateHeader();
    emit statusMessage(tr("Report saved. Undo with Ctrl+Z."));
    return true;
}

void SorenessPage::newReport()
{
    ensureLoaded();
    if (isDirty() && !confirmDiscard())
        return;
    resetForAthlete();
    m_formArea->verticalScrollBar()->setValue(0);
    m_form->sessionCombo()->setFocus(Qt::OtherFocusReason);
}

void SorenessPage::editReport(qint64 id)
{
    ensureLoaded();
    if (editingId() == id)
        return;
    if (isDirty() && !confirmDiscard()) {
        m_list->select(editingId());
        return;
    }
    std::optional<SorenessReport> stored;
    try {
        stored = SorenessRepository(m_ws.database()).get(id);
    } catch (const StoreError &e) {
        m_status->say(m_ws.reportReadFailure(tr("The report"), e), true);
        return;
    }
    if (!stored)
        return;
    m_resetting = true;
    reloadSessions(stored->sessionId);
    m_form->load(*stored);
    m_resetting = false;
    m_editing = stored;
    m_baseline = m_form->report();
    refetchHistory();
    m_list->select(id);
    updateHeader();
}

void SorenessPage::deleteSelected()
{
    ensureLoaded();
    if (!m_readOnly.isEmpty())
        return; // disabled; a stray call changes nothing
    const int row = m_list->selectedRow();
    if (row < 0)
        return;
    const SorenessReport report = m_model->report(row);
    const bool wasEditing = editingId() == report.id;
    const std::optional<SorenessReport> editing = m_editing;
    if (wasEditing)
        m_editing.reset(); // gone on purpose: no "it was removed" surprise below
    if (const auto error =
            m_ws.execute(new DeleteSorenessCommand(m_ws, report, tr("delete soreness report")))) {
        m_editing = editing;
        Prompt::warning(this, tr("Could not delete"), *error);
        return;
    }
    if (wasEditing) {
        m_baseline = m_form->report();
        resetForAthlete();
    }
    emit statusMessage(tr("Report deleted. Undo with Ctrl+Z."));
}

} // namespace spotter
