// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workoutset.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace spotter {

class PlanModel;
class SessionEditor;
class Workspace;

/// The routine part of the Log page: pick a routine and start today's session from it, see its
/// plan (targets, the suggested load and why, the plates, last time) and log an item's sets,
/// which the lifter then confirms or changes in the grid; save the session as a routine.
class PlanPanel : public QWidget
{
    Q_OBJECT

public:
    PlanPanel(Workspace &workspace, SessionEditor &editor, QWidget *parent = nullptr);

    /// Starts today's plan of routine @p routineId for the session being logged; a stored
    /// session of another day gives way to a new one first. False when there is no such routine.
    bool startRoutine(qint64 routineId);
    /// Logs the sets of plan row @p row still to do (the current row when -1).
    void logItem(int row = -1);
    /// Stores the session's sets as a new routine assigned to its athlete (undoable); the
    /// routine's name, or none when there was nothing to save.
    std::optional<QString> saveAsRoutine();
    void closePlan();

    [[nodiscard]] PlanModel *model() const { return m_plan; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QComboBox *routineBox() const { return m_routines; }
    [[nodiscard]] QString planTitle() const;

signals:
    /// The sets of one plan item to add to the session, with the messages for undo and status.
    void logRequested(const QList<WorkoutSet> &sets, const QString &undoText, const QString &done);
    /// Something to tell the lifter under the grid.
    void message(const QString &text, bool error);

private:
    void reloadRoutines();
    void replan();
    void updateButtons();

    Workspace &m_ws;
    SessionEditor &m_editor;
    PlanModel *m_plan;
    QComboBox *m_routines;
    QPushButton *m_start;
    QPushButton *m_saveAs;
    QPushButton *m_manage;
    QPushButton *m_plates;
    QLabel *m_title;
    QTableView *m_view;
    QPushButton *m_log;
    QPushButton *m_close;
    qint64 m_routineId = 0;      ///< the routine whose plan is shown; 0 for none
    bool m_routinesRead = false; ///< the routine list has been read at least once
};

} // namespace spotter
