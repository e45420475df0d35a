// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exercise.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QPushButton;

namespace spotter {

/// Shown when a line or a cell names an exercise the catalogue does not know: says what the
/// closest names are and offers to add the new one, with the kind that decides how its sets
/// read (a bodyweight "3x8" is sets × reps) and whether it can be a main lift.
class NewExerciseBar : public QFrame
{
    Q_OBJECT

public:
    explicit NewExerciseBar(QWidget *parent = nullptr);

    /// Offers to add @p name (the quick line or the status line already say which names are close).
    void offer(const QString &name);
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] QComboBox *kindBox() const { return m_kind; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QString message() const;

signals:
    void addRequested(const Exercise &exercise);
    void dismissed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_name;
    QLabel *m_message;
    QComboBox *m_kind;
    QPushButton *m_add;
    QPushButton *m_cancel;
};

} // namespace spotter
