// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quickentry/quickentry.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPushButton;

namespace spotter {

class IntensitySummary;
class NewExerciseBar;
class PlanPanel;
class QuickEntryLine;
class RestTimer;
class SessionEditor;
class SessionForm;
class SetDelegate;
class SetsModel;
class SetsView;
class StatusLine;
class Workspace;

/// Logging a session, keyboard first: the header form, the quick-entry line and the sets grid
/// with live e1RM and intensity, and a rest timer. Every change is saved at once as an undoable
/// command (see SessionEditor), so there is no Save button and nothing to lose.
class LogPage : public QWidget
{
    Q_OBJECT

public:
    explicit LogPage(Workspace &workspace, QWidget *parent = nullptr);
    ~LogPage() override;

    /// Opens a stored session for editing (History's "open").
    void editSession(qint64 sessionId);
    /// Starts a new session for the current athlete, dated now (Ctrl+N).
    void newSession();
    /// Adds a copy of the current set after it (Ctrl+D).
    void duplicateCurrent();
    /// Deletes the selected sets (Delete); undoable.
    void removeSelected();
    /// Adds a set after the last one that repeats it: exercise, load, reps, kind.
    void repeatLast();

    [[nodiscard]] SessionEditor *editor() const { return m_editor; }
    [[nodiscard]] SetsModel *model() const { return m_model; }
    [[nodiscard]] SetsView *view() const { return m_view; }
    [[nodiscard]] SessionForm *form() const { return m_form; }
    [[nodiscard]] QuickEntryLine *quickEntry() const { return m_quick; }
    [[nodiscard]] RestTimer *restTimer() const { return m_timer; }
    [[nodiscard]] NewExerciseBar *newExerciseBar() const { return m_newExercise; }
    [[nodiscard]] IntensitySummary *summary() const { return m_summary; }
    [[nodiscard]] PlanPanel *planPanel() const { return m_plan; }
    [[nodiscard]] QPushButton *newSessionButton() const { return m_new; }
    /// While @p why is not empty (the database is read-only) every edit here is disabled, with
    /// @p why in its tooltip: quick entry, the grid's cells, new, duplicate and delete, the
    /// session's fields and the routine panel.
    void setReadOnly(const QString &why);
    [[nodiscard]] bool isReadOnly() const { return !m_readOnly.isEmpty(); }
    /// The last message shown under the grid (errors and confirmations).
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString headingText() const;

private:
    void buildLayout();
    void connectParts();
    void addFromQuickEntry(const QuickEntryResult &result);
    void offerNewExercise(const QString &name, std::function<void()> retry);
    void commitHeader();
    std::optional<QString> commitSetEdit(int row, WorkoutSet after);
    /// Adds @p sets at @p position, selects them and says so; the rest timer fills the first one.
    bool insertSets(QList<WorkoutSet> sets, int position, const QString &undoText, const QString &done);
    void updateHeading();
    void updateSets();
    [[nodiscard]] QuickEntryContext quickContext() const;
    [[nodiscard]] int currentRow() const;

    Workspace &m_ws;
    SessionEditor *m_editor;
    SetsModel *m_model;
    SetsView *m_view;
    SetDelegate *m_delegate;
    SessionForm *m_form;
    QuickEntryLine *m_quick;
    NewExerciseBar *m_newExercise;
    IntensitySummary *m_summary;
    PlanPanel *m_plan;
    RestTimer *m_timer;
    QLabel *m_heading;
    QLabel *m_state;
    QLabel *m_setsLabel;
    QLabel *m_empty;
    StatusLine *m_status;
    QPushButton *m_new;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    std::function<void()> m_retry;  ///< what to do again once a new exercise was added
    int m_restAnchor = -1;          ///< the set the running rest timer's time goes to
    QString m_readOnly;             ///< why nothing can be edited; empty when it can
    QList<QAction *> m_editActions; ///< Ctrl+N, Ctrl+D and Delete
};

} // namespace spotter
