// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/importdialog.h"

#include "dialogs/importsummary.h"
#include "dialogs/taborder.h"
#include "dialogs/workoutroutinesoffer.h"
#include "interchange/importrejects.h"
#include "shell/backgroundrunner.h"
#include "shell/changenotifier.h"
#include "shell/prompt.h"
#include "shell/themecolors.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace spotter {

using importsummary::names;
using importsummary::unitText;

ImportDialog::ImportDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_file(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_athlete(new QComboBox(this))
    , m_athleteNote(new QLabel(this))
    , m_unitLabel(new QLabel(tr("&Unit:"), this))
    , m_unit(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_progressText(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_routines(new WorkoutRoutinesOffer(workspace, this))
{
    m_runner = new BackgroundRunner(m_ws, this);
    setWindowTitle(tr("Import training history"));
    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A CSV file from Strong, Hevy, FitNotes or Spotter"));
    m_file->setAccessibleName(tr("File"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setAutoDefault(false); // Enter imports; it never reopens the file chooser
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(choose);
    form->addRow(fileLabel, fileRow);

    m_format->addItem(tr("Recognise from the header"), static_cast<int>(ImportFormat::Auto));
    for (ImportFormat f :
         {ImportFormat::Spotter, ImportFormat::Strong, ImportFormat::Hevy, ImportFormat::FitNotes})
        m_format->addItem(displayName(f), static_cast<int>(f));
    form->addRow(tr("F&ormat:"), m_format);

    m_athlete->setEditable(true);
    m_athlete->setInsertPolicy(QComboBox::NoInsert);
    m_athlete->lineEdit()->setPlaceholderText(tr("Whose history this is"));
    for (const Athlete &a : AthleteRepository(m_ws.database()).list()) {
        m_athlete->addItem(a.name, a.id);
        if (a.id == m_ws.currentAthleteId())
            m_athlete->setCurrentIndex(m_athlete->count() - 1);
    }
    auto *athleteBox = new QVBoxLayout;
    athleteBox->setSpacing(2);
    athleteBox->addWidget(m_athlete);
    m_athleteNote->setWordWrap(true);
    ThemeColors::setTone(m_athleteNote, ThemeColors::Tone::Hint);
    m_athleteNote->setText(tr("A name that is not in Spotter yet creates that athlete."));
    athleteBox->addWidget(m_athleteNote);
    auto *athleteLabel = new QLabel(tr("&Athlete:"), this);
    athleteLabel->setBuddy(m_athlete);
    form->addRow(athleteLabel, athleteBox);

    m_unit->addItem(tr("Choose…"));
    m_unit->addItem(displayName(WeightUnit::Kg), static_cast<int>(WeightUnit::Kg));
    m_unit->addItem(displayName(WeightUnit::Lb), static_cast<int>(WeightUnit::Lb));
    m_unitLabel->setBuddy(m_unit);
    form->addRow(m_unitLabel, m_unit);
    m_unitLabel->hide();
    m_unit->hide();

    auto *preview = new QGroupBox(tr("What will be imported"), this);
    auto *previewLayout = new QVBoxLayout(preview);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("Choose a file to see what it holds before anything is imported."));
    m_summary->setMinimumHeight(m_summary->fontMetrics().height() * 4);
    m_problems->setAccessibleName(tr("Problems in the file"));
    m_problems->setWordWrap(true);
    m_problems->hide();
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(m_problems, 1);

    auto *note =
        new QLabel(tr("An import cannot be undone with Edit → Undo. Importing the same file again adds "
                      "nothing."),
                   this);
    note->setWordWrap(true);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressText);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Progress"));
    for (QWidget *w : {static_cast<QWidget *>(m_progressText), static_cast<QWidget *>(m_progress),
                       static_cast<QWidget *>(m_cancel)})
        w->hide();

    m_buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    m_import->setEnabled(false);
    m_import->setDefault(true);
    // The chooser is made after the fields: without this Tab skips it and wanders.
    chainTabOrder({m_file, choose, m_format, m_athlete, m_unit, m_problems, m_cancel, m_routines});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(preview, 1);
    layout->addWidget(note);
    layout->addLayout(progressRow);
    layout->addWidget(m_routines);
    layout->addWidget(m_buttons);
    resize(620, 480);

    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_format, &QComboBox::activated, this, [this] {
        m_athleteApplies = true;
        check();
    });
    // Leaving the field emits both signals even when nothing changed (Qt activates the item the
    // text names): checking again then would disable Import under the user's Tab.
    const auto athleteChosen = [this] {
        if (m_athlete->currentText().trimmed() != m_checkedAthlete)
            check();
    };
    connect(m_athlete, &QComboBox::activated, this, athleteChosen);
    connect(m_athlete->lineEdit(), &QLineEdit::editingFinished, this, athleteChosen);
    connect(m_unit, &QComboBox::activated, this, &ImportDialog::check);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_runner, &BackgroundRunner::progressChanged, this, [this](int percent, const QString &text) {
        m_progress->setValue(percent);
        m_progressText->setText(text);
    });
    connect(m_runner, &BackgroundRunner::failed, this, [this](const QString &message) {
        m_recheck = false;
        m_summary->setText(tr("<b>The database failed:</b> %1").arg(message.toHtmlEscaped()));
        setState(m_state == State::Importing ? State::Stopped : State::Invalid);
    });
}

ImportDialog::~ImportDialog()
{
    // Stops a running check or import and waits for it before the widgets go.
    m_runner->stop();
}

bool ImportDialog::chooseFile()
{
    const QString start = m_path.isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(m_path).absolutePath();
    const QString path = Prompt::openFileName(this, tr("Import a CSV file"), start,
                                              tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    setFile(path);
    return true;
}

void ImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_athleteApplies = true;
    m_file->setText(QDir::toNativeSeparators(path));
    check();
}

void ImportDialog::setAthlete(const QString &name)
{
    m_athlete->setCurrentText(name);
    check();
}

void ImportDialog::setUnit(WeightUnit unit)
{
    m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(unit)));
    check();
}

ImportOptions ImportDialog::options(bool dryRun) const
{
    ImportOptions o;
    o.format = static_cast<ImportFormat>(m_format->currentData().toInt());
    if (m_athleteApplies)
        o.athlete = m_athlete->currentText().trimmed();
    if (m_unit->currentData().isValid())
        o.unit = static_cast<WeightUnit>(m_unit->currentData().toInt());
    o.dryRun = dryRun;
    if (!dryRun && m_state == State::Partial) {
        o.skipInvalid = true;
        o.rejectsPath = m_rejectsPath;
    }
    return o;
}

void ImportDialog::check()
{
    if (m_path.isEmpty() || m_state == State::Importing || m_state == State::Done)
        return;
    if (m_runner->isBusy()) {
        // A newer choice replaces the check under way.
        m_recheck = true;
        m_runner->cancel();
        return;
    }
    run(true);
}

void ImportDialog::startImport()
{
    if ((m_state != State::Ready && m_state != State::Partial) || m_runner->isBusy())
        return;
    m_rejectsPath.clear();
    if (m_state == State::Partial) {
        const QMessageBox::StandardButton answer =
            Prompt::question(this, tr("Import the valid rows"), importsummary::partialQuestion(m_result),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return;
        m_rejectsPath = Prompt::saveFileName(this, tr("Save the rows that cannot be imported"),
                                             suggestedRejectsPath(), tr("CSV files (*.csv)"));
        if (m_rejectsPath.isEmpty())
            return;
    }
    run(false);
}

QString ImportDialog::suggestedRejectsPath() const
{
    return m_path.isEmpty() ? QString() : RejectsFile::defaultPath(m_path);
}

void ImportDialog::cancel()
{
    m_runner->cancel();
}

void ImportDialog::run(bool dryRun)
{
    // Before the state changes: a partial import is one started from State::Partial.
    const ImportOptions options = this->options(dryRun);
    setState(dryRun ? State::Checking : State::Importing);
    m_checkedAthlete = m_athlete->currentText().trimmed();
    const QString path = m_path;
    m_progress->setValue(0);
    m_runner->start<ImportResult>(
        [path, options](const Database &db, const BackgroundRunner::Control &control) {
            ImportOptions o = options;
            o.cancel = &control.stopFlag();
            o.progress = [&control](const ImportProgress &p) {
                const int percent =
                    p.bytesTotal > 0 ? static_cast<int>(p.bytesDone * 100 / p.bytesTotal) : 100;
                control.reportProgress(percent, p.phase == ImportProgress::Phase::Reading ? tr("Checking…")
                                                                                          : tr("Writing…"));
            };
            ImportResult r = Importer(db).run(path, o);
            // Spotter's files name their athletes: check again without the one chosen.
            if (r.status == ImportStatus::WrongOption && !o.athlete.isEmpty()) {
                o.athlete.clear();
                r = Importer(db).run(path, o);
            }
            // Rows with problems: what could be imported without the workouts they are in, and
            // which rows those are (a second reading only for files that need it).
            if (o.dryRun && r.status == ImportStatus::Invalid && !control.stopFlag().load()) {
                o.skipInvalid = true;
                r = Importer(db).run(path, o);
            }
            return r;
        },
        [this, dryRun](ImportResult r) { finished(r, dryRun); });
}

void ImportDialog::finished(const ImportResult &result, bool dryRun)
{
    m_result = result;
    if (dryRun && m_recheck) {
        m_recheck = false;
        check();
        return;
    }
    if (dryRun)
        showPreview(result);
    else
        showImported(result);
}

void ImportDialog::showPreview(const ImportResult &r)
{
    QStringList lines;
    const bool known = r.status != ImportStatus::Failed && r.format != ImportFormat::Auto;
    if (known && (r.unit || r.unitSource == UnitSource::Rows || r.format == ImportFormat::Spotter))
        lines.append(tr("A <b>%1</b> file; %2.").arg(displayName(r.format), unitText(r)));
    else if (known)
        lines.append(tr("A <b>%1</b> file.").arg(displayName(r.format)));
    const bool spotterFile = r.format == ImportFormat::Spotter;
    m_athleteApplies = !spotterFile;
    m_athlete->setEnabled(!spotterFile);
    m_athleteNote->setText(spotterFile ? tr("Spotter's own files name the athlete on every row.")
                                       : tr("A name that is not in Spotter yet creates that athlete."));
    State next = State::Invalid;
    switch (r.status) {
    case ImportStatus::Imported:
        if (r.rejectedRows > 0) {
            lines += importsummary::partialLines(r);
            if (r.sessions == 0 && r.soreness == 0) {
                lines.append(tr("Nothing else is new: fix the rows in the file and check it again."));
                next = State::Invalid;
            } else {
                lines.append(u"<b>"_s + importsummary::partialQuestion(r).toHtmlEscaped() + u"</b>"_s);
                next = State::Partial;
            }
            break;
        }
        if (r.sessions == 0 && r.soreness == 0) {
            lines.append(tr("Nothing new: everything in this file is in the database already."));
            next = State::Invalid;
            break;
        }
        lines.append(tr("Will import <b>%1</b>, <b>%2</b> and <b>%3</b>.")
                         .arg(tr("%n session(s)", nullptr, static_cast<int>(r.sessions)),
                              tr("%n set(s)", nullptr, static_cast<int>(r.sets)),
                              tr("%n soreness report(s)", nullptr, static_cast<int>(r.soreness))));
        if (!r.newAthletes.isEmpty())
            lines.append(tr("New athletes: %1.").arg(names(r.newAthletes)));
        if (!r.newExercises.isEmpty())
            lines.append(tr("New exercises: %1.").arg(names(r.newExercises)));
        next = State::Ready;
        break;
    case ImportStatus::NeedsUnit:
        lines.append(
            tr("This file does not say whether its weights are in kg or lb: <b>choose the unit</b>."));
        next = State::NeedsInput;
        break;
    case ImportStatus::NeedsAthlete:
        lines.append(tr("This file does not say whose history it is: <b>choose the athlete</b>."));
        next = State::NeedsInput;
        break;
    case ImportStatus::Invalid:
        lines.append(tr("<b>%n row(s) have problems</b>; nothing can be imported until the file is fixed.",
                        nullptr, static_cast<int>(r.diagnostics.errorCount())));
        if (!r.partialRefusal.isEmpty())
            lines.append(r.partialRefusal.toHtmlEscaped());
        break;
    case ImportStatus::Cancelled: lines.append(tr("Checking was cancelled.")); break;
    case ImportStatus::WrongOption:
    case ImportStatus::Failed: lines.append(tr("<b>This file cannot be imported.</b>")); break;
    }
    if (r.skippedDuplicates > 0)
        lines.append(tr("Already in the database and skipped: %n session(s) or report(s).", nullptr,
                        static_cast<int>(r.skippedDuplicates)));
    const bool askUnit = r.status == ImportStatus::NeedsUnit || r.unitSource == UnitSource::Option;
    m_unitLabel->setVisible(askUnit);
    m_unit->setVisible(askUnit);
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    showProblems(r);
    setState(next);
}

void ImportDialog::showImported(const ImportResult &r)
{
    QStringList lines;
    State next = State::Stopped;
    if (r.status == ImportStatus::Imported) {
        lines.append(r.written ? tr("<b>Imported</b> %1, %2 and %3 from %4.")
                                     .arg(tr("%n session(s)", nullptr, static_cast<int>(r.sessions)),
                                          tr("%n set(s)", nullptr, static_cast<int>(r.sets)),
                                          tr("%n soreness report(s)", nullptr, static_cast<int>(r.soreness)),
                                          QFileInfo(m_path).fileName().toHtmlEscaped())
                               : tr("Nothing new was imported."));
        if (!r.newAthletes.isEmpty())
            lines.append(tr("Created athletes: %1.").arg(names(r.newAthletes)));
        if (!r.newExercises.isEmpty())
            lines.append(tr("Created exercises: %1.").arg(names(r.newExercises)));
        if (r.rejectedRows > 0 && !r.rejectsFile.isEmpty())
            lines.append(importsummary::rejectsSavedLine(r));
        next = State::Done;
        if (r.written)
            notifyViews(r);
        // Strong and Hevy name their workouts: the ones done often can become routines.
        if (m_athleteApplies) {
            if (const auto athlete = AthleteRepository(m_ws.database()).findByName(m_checkedAthlete))
                m_routines->offer(athlete->id);
        }
    } else if (r.status == ImportStatus::Cancelled) {
        lines.append(tr("<b>Cancelled</b>; nothing was imported."));
    } else {
        lines.append(tr("<b>Nothing was imported.</b>"));
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    showProblems(r);
    setState(next);
}

void ImportDialog::showProblems(const ImportResult &r)
{
    m_problems->clear();
    m_problems->addItems(importsummary::problemLines(QFileInfo(m_path).fileName(), r));
    m_problems->setVisible(m_problems->count() > 0);
}

void ImportDialog::notifyViews(const ImportResult &r)
{
    ChangeNotifier *n = m_ws.notifier();
    if (!r.newAthletes.isEmpty())
        emit n->athletesChanged();
    if (!r.newExercises.isEmpty())
        emit n->exercisesChanged();
    // A Spotter file can hold several athletes: every athlete's views reload.
    for (const Athlete &a : AthleteRepository(m_ws.database()).list()) {
        emit n->sessionsChanged(a.id);
        emit n->sorenessChanged(a.id);
    }
}

void ImportDialog::setState(State state)
{
    m_state = state;
    const bool running = state == State::Checking || state == State::Importing;
    for (QWidget *w : {static_cast<QWidget *>(m_progressText), static_cast<QWidget *>(m_progress),
                       static_cast<QWidget *>(m_cancel)})
        w->setVisible(running);
    if (running)
        m_progressText->setText(state == State::Checking ? tr("Checking…") : tr("Importing…"));
    m_import->setEnabled(state == State::Ready || state == State::Partial);
    m_import->setText(state == State::Partial ? tr("&Import valid sets…") : tr("&Import"));
    m_import->setVisible(state != State::Done);
    m_format->setEnabled(!running && state != State::Done);
    m_unit->setEnabled(!running && state != State::Done);
    m_athlete->setEnabled(!running && state != State::Done && m_athleteApplies);
    emit stateChanged(state);
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

QStringList ImportDialog::problems() const
{
    QStringList out;
    for (int i = 0; i < m_problems->count(); ++i)
        out.append(m_problems->item(i)->text());
    return out;
}

bool ImportDialog::isUnitAsked() const
{
    return !m_unit->isHidden();
}

void ImportDialog::reject()
{
    cancel();
    QDialog::reject();
}

} // namespace spotter
