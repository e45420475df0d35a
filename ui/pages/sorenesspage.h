// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/reporthistory.h"
#include "analysis/triage.h"
#include "model/sorenessreport.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTableView;
class QShortcut;

namespace spotter {

class FoldingSplitter;
class SorenessForm;
class SorenessReportList;
class StatusLine;
class SorenessReportModel;
class TriagePanel;
class Workspace;

/// Soreness check-in: the form on the left, the live triage result on the right (below it when
/// the page is narrow), the athlete's reports underneath. Selecting a report loads it for
/// editing; Save adds or edits and Delete removes, all through undoable commands.
///
/// The triage history is read once per athlete and attributed session (and again when the store
/// changes), never per keystroke: every other change of the form only re-runs the triage.
class SorenessPage : public QWidget
{
    Q_OBJECT

public:
    /// Reads what the triage of a report needs; HistoryService::reportHistory by default.
    using HistoryLoader = std::function<ReportHistory(const SorenessReport &)>;
    /// Updates a history after a set edit of its own session; false when a full load is needed.
    using HistoryRefresher = std::function<bool(ReportHistory &)>;

    /// How many recent sessions the picker offers.
    static constexpr int kSessionChoices = 30;

    explicit SorenessPage(Workspace &workspace, QWidget *parent = nullptr);

    /// Replaces how the history is read (tests count the reads) and reads it again.
    void setHistoryLoader(HistoryLoader loader);

    /// Adds the report, or saves the edit of the one loaded; false (with the problems shown
    /// next to their fields) when it cannot be saved.
    bool save();
    /// Before the window closes or another athlete is chosen: a report with unsaved changes is
    /// saved, discarded or kept on screen as the user answers. False means stay.
    [[nodiscard]] bool settleUnsaved();
    /// Clears the form for a new report and puts the focus on its first field, at the top.
    void newReport();
    /// Loads stored report @p id for editing.
    void editReport(qint64 id);
    /// Deletes the report selected in the list (undoable).
    void deleteSelected();
    /// Brings the page up to date now if it skipped refreshes while hidden.
    void ensureLoaded();

    /// The id of the report being edited; none for a new one.
    /// The last message shown next to Save (confirmations and errors).
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] std::optional<qint64> editingId() const;
    [[nodiscard]] const TriageResult &result() const { return m_result; }

    [[nodiscard]] SorenessForm *form() const { return m_form; }
    [[nodiscard]] TriagePanel *resultPanel() const { return m_panel; }
    [[nodiscard]] SorenessReportModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const;
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QPushButton *deleteButton() const;
    /// While @p why is not empty (a read-only database) Save (and Ctrl+S), Delete and the health
    /// history's edit are disabled, with @p why as their tooltip.
    void setReadOnly(const QString &why);

signals:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildFormColumn();
    /// Side by side, gives the form column the width its content needs, as far as the result's
    /// minimum allows: a form scrolled sideways hides half of its questions.
    void fitFormColumn();
    void resetForAthlete();
    /// Offers the recent sessions (and @p mustOffer); returns the latest.
    std::optional<qint64> reloadSessions(std::optional<qint64> mustOffer = std::nullopt);
    void refetchHistory();
    /// The lifts the form offers and the athlete's health history line.
    void reloadLiftsAndHealth();
    void editHealth();
    void retriage();
    void storeChanged(qint64 athleteId, qint64 sessionId = 0);
    void updateHeader();
    [[nodiscard]] SorenessReport currentReport() const;
    [[nodiscard]] bool isDirty() const;
    [[nodiscard]] bool confirmDiscard();

    Workspace &m_ws;
    SorenessForm *m_form;
    TriagePanel *m_panel;
    SorenessReportModel *m_model;
    SorenessReportList *m_list = nullptr;
    FoldingSplitter *m_columns;
    QScrollArea *m_resultArea = nullptr;
    QScrollArea *m_formArea = nullptr;
    QLabel *m_header;
    StatusLine *m_status;
    QShortcut *m_saveKey = nullptr;
    QString m_readOnly;
    QPushButton *m_save;
    QPushButton *m_new;
    HistoryLoader m_loader;
    HistoryRefresher m_refresher;
    ReportHistory m_history;
    QString m_historyError;
    TriageResult m_result;
    std::optional<SorenessReport> m_editing; ///< as stored, for the undo of the edit
    SorenessReport m_baseline;               ///< the form's values when last loaded or cleared
    bool m_resetting = false;                ///< one history read for a whole reset
    /// What a hidden page skipped: it reads the store only when it is looked at, so that a
    /// lifter who never opens it never pays for it (start-up included).
    enum class Pending { Nothing, StoreChanged, AthleteChanged };
    Pending m_pending = Pending::Nothing;
};

} // namespace spotter
