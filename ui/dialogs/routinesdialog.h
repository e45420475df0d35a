// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/routine.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace spotter {

class Workspace;

/// Routines of the database: rename one, assign it to any number of athletes (a coach's one
/// routine for the whole team), or delete it. Each change is one undoable command (Ctrl+Z in
/// the main window takes it back).
class RoutinesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RoutinesDialog(Workspace &workspace, QWidget *parent = nullptr);

    /// Selects the routine @p id (when there is one).
    void select(qint64 id);
    /// Stores the name and the assignments shown for the selected routine; the error, if any.
    std::optional<QString> apply();
    /// Deletes the selected routine (undoable); the error, if any.
    std::optional<QString> removeSelected();

    [[nodiscard]] QListWidget *routineList() const { return m_list; }
    [[nodiscard]] QListWidget *athleteList() const { return m_athletes; }
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QString statusText() const;
    /// The selected routine's items, one line each ("Back Squat: 3 × 5 @ 8").
    [[nodiscard]] QString itemsText() const;

private:
    void reload();
    void showSelected();
    [[nodiscard]] std::optional<Routine> selected() const;
    void showStatus(const QString &text, bool error);

    Workspace &m_ws;
    QList<Routine> m_routines;
    QListWidget *m_list;
    QLineEdit *m_name;
    QListWidget *m_athletes;
    QLabel *m_items;
    QLabel *m_status;
    QPushButton *m_apply;
    QPushButton *m_delete;
};

} // namespace spotter
