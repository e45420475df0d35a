// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/importer.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace spotter {

class BackgroundRunner;
class WorkoutRoutinesOffer;
class Workspace;

/// File → Import: choose a CSV file, see what it would import (a dry run on a worker thread:
/// the format recognised, the unit and where it came from, counts, new athletes and exercises,
/// every warning and error as FILE:LINE), answer the unit when the file does not say it, then
/// import with progress and Cancel. A file with invalid rows can still be imported in part: the
/// workouts with an invalid row are listed and held back, and saved to a rejects file the user
/// chooses, to be fixed and imported later. The import writes through the importer's own transaction, so
/// it is not undoable; the dialog says so. Afterwards the workspace's change signals tell every
/// view to reload, and the workouts the athlete's history repeats (Strong's and Hevy's workout
/// names) are offered as routines, to be checked and created undoably (WorkoutRoutinesOffer).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State {
        NoFile,
        Checking, ///< the dry run is under way
        Ready,    ///< checked: the import can start
        /// checked: some workouts have invalid rows; the others can be imported and the rows
        /// held back saved to a rejects file (ImportOptions::skipInvalid), if the user agrees
        Partial,
        NeedsInput, ///< the file needs a unit or an athlete
        Invalid,    ///< the file cannot be imported (see problems())
        Importing,
        Done,   ///< imported
        Stopped ///< cancelled or failed while importing; nothing was written
    };
    Q_ENUM(State)

    explicit ImportDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Asks for a file with the file dialog and checks it; false when none was chosen.
    bool chooseFile();
    /// Checks @p path (a dry run); stateChanged() tells when the preview is there.
    void setFile(const QString &path);
    void setAthlete(const QString &name);
    void setUnit(WeightUnit unit);
    /// Imports the checked file; stateChanged() tells when it is done. For a file with invalid
    /// rows (State::Partial) it first asks whether to import the valid ones and where to save the
    /// others (Prompt), and does nothing when the answer is no.
    void startImport();
    /// Stops a check or an import; an import writes nothing then.
    void cancel();

    [[nodiscard]] State state() const { return m_state; }
    /// The last dry run or import.
    [[nodiscard]] const ImportResult &result() const { return m_result; }
    [[nodiscard]] QString summaryText() const;
    /// Every message shown, "FILE:LINE: text".
    [[nodiscard]] QStringList problems() const;
    [[nodiscard]] bool isUnitAsked() const;
    /// Where the rows a partial import leaves out are offered to go: beside the file, under a
    /// name no file has yet.
    [[nodiscard]] QString suggestedRejectsPath() const;
    /// After an import: the workouts offered as routines (hidden when there are none).
    [[nodiscard]] WorkoutRoutinesOffer *routineOffer() const { return m_routines; }

signals:
    void stateChanged(spotter::ImportDialog::State state);

protected:
    void reject() override;

private:
    [[nodiscard]] ImportOptions options(bool dryRun) const;
    void check();
    void run(bool dryRun);
    void finished(const ImportResult &result, bool dryRun);
    void showPreview(const ImportResult &r);
    void showImported(const ImportResult &r);
    void showProblems(const ImportResult &r);
    void notifyViews(const ImportResult &r);
    void setState(State state);

    Workspace &m_ws;
    QString m_path;
    QString m_checkedAthlete;     ///< the athlete of the last check, to notice an edit
    bool m_athleteApplies = true; ///< false for Spotter's files, which name their athletes
    QLineEdit *m_file;
    QComboBox *m_format;
    QComboBox *m_athlete;
    QLabel *m_athleteNote;
    QLabel *m_unitLabel;
    QComboBox *m_unit;
    QLabel *m_summary;
    QListWidget *m_problems;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_import;
    QDialogButtonBox *m_buttons;
    WorkoutRoutinesOffer *m_routines;
    BackgroundRunner *m_runner = nullptr;
    bool m_recheck = false;
    QString m_rejectsPath; ///< where the import under way saves the rows it leaves out, or empty
    State m_state = State::NoFile;
    ImportResult m_result;
};

} // namespace spotter
