// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/athlete.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace spotter {

class Workspace;

/// Adds or edits an athlete: name, unit, birth year, notes and the health history triage uses.
class AthleteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AthleteDialog(const Athlete &athlete, QWidget *parent = nullptr);

    [[nodiscard]] Athlete athlete() const;
    /// Shows @p message under the form (e.g. a duplicate name) and keeps the dialog open; it
    /// stays until the input changes (then what is still wrong is shown, or nothing).
    void showError(const QString &message);
    /// The error shown under the form; empty when none.
    [[nodiscard]] QString errorText() const;

    void accept() override;

    /// Edits the stored athlete @p athleteId in a dialog until an edit is saved (one undo step
    /// named @p undoText) or the user cancels; a refused edit (e.g. a duplicate name) keeps the
    /// dialog open with the reason. False when the athlete is gone or the user cancelled.
    static bool editStored(Workspace &workspace, qint64 athleteId, const QString &undoText, QWidget *parent);

private:
    Athlete m_original;
    QLineEdit *m_name;
    QComboBox *m_unit;
    QSpinBox *m_birthYear;
    QPlainTextEdit *m_notes;
    QCheckBox *m_backInjury;
    QCheckBox *m_steroids;
    QCheckBox *m_cancer;
    QCheckBox *m_immunosuppressed;
    QLabel *m_error;
};

} // namespace spotter
