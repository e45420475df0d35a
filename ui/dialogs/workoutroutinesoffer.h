// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>
#include <QStringList>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace spotter {

class Workspace;

/// After an import of Strong or Hevy history, whose workouts have names: the names the
/// athlete's history repeats most (RoutineRepository::frequentWorkouts, as `spotter-cli import`
/// lists them), each with how many sessions it names, to be checked and made routines. Nothing
/// is created until the user asks; the routines come from each workout's latest session
/// (RoutineRepository::fromWorkout) in one undoable step.
class WorkoutRoutinesOffer : public QGroupBox
{
    Q_OBJECT

public:
    explicit WorkoutRoutinesOffer(Workspace &workspace, QWidget *parent = nullptr);

    /// Lists the workouts @p athleteId's history repeats and shows itself when there are any;
    /// false (and hidden) when there are none.
    bool offer(qint64 athleteId);
    /// Makes a routine of each checked workout, as one undo step; the message when the store
    /// refused (nothing is created then).
    std::optional<QString> createChecked();

    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QPushButton *createButton() const { return m_create; }
    [[nodiscard]] QString statusText() const;

signals:
    /// Routines were made of the workouts @p names.
    void created(const QStringList &names);

private:
    void updateButton();

    Workspace &m_ws;
    qint64 m_athleteId = 0;
    QListWidget *m_list;
    QPushButton *m_create;
    QLabel *m_status;
};

} // namespace spotter
