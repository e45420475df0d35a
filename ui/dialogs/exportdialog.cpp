// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/exportdialog.h"

#include "dialogs/taborder.h"
#include "interchange/salvagecopy.h"
#include "model/clock.h"
#include "model/privatefile.h"
#include "shell/backgroundrunner.h"
#include "shell/prompt.h"
#include "shell/themecolors.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "widgets/daterangeedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace spotter {

namespace {

QString helpOf(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Sets:
        return ExportDialog::tr(
            "One row per set with its session: everything Spotter needs to import it again.");
    case ExportKind::Sessions:
        return ExportDialog::tr("One row per session with its intensity class and flags, for spreadsheets. "
                                "It cannot be imported.");
    case ExportKind::Soreness:
        return ExportDialog::tr(
            "One row per soreness report with its triage. Import it after the sets file.");
    }
    return {};
}

bool decimalCommaLocale()
{
    return QLocale().decimalPoint() == u",";
}

} // namespace

ExportDialog::ExportDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_kind(new QComboBox(this))
    , m_kindHelp(new QLabel(this))
    , m_allAthletes(new QCheckBox(tr("Every athlete"), this))
    , m_athletes(new QListWidget(this))
    , m_range(new DateRangeEdit(this))
    , m_excel(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
{
    m_runner = new BackgroundRunner(m_ws, this);
    connect(m_runner, &BackgroundRunner::progressChanged, this,
            [this](int percent) { m_progress->setValue(percent); });
    connect(m_runner, &BackgroundRunner::failed, this, [this](const QString &message) {
        ExportResult r;
        r.status = ExportStatus::WriteFailed;
        r.error = tr("The database failed: %1").arg(message);
        finished(r, {});
    });
    setWindowTitle(tr("Export as CSV"));
    for (ExportKind kind : allValues(kExportKindKeys))
        m_kind->addItem(displayName(kind), static_cast<int>(kind));
    m_kindHelp->setWordWrap(true);
    ThemeColors::setTone(m_kindHelp, ThemeColors::Tone::Hint);
    m_kindHelp->setText(helpOf(ExportKind::Sets));

    m_athletes->setAccessibleName(tr("Athletes"));
    for (const Athlete &a : AthleteRepository(m_ws.database()).list()) {
        auto *item = new QListWidgetItem(a.name, m_athletes);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(a.id == m_ws.currentAthleteId() ? Qt::Checked : Qt::Unchecked);
    }
    m_athletes->setMaximumHeight(m_athletes->sizeHintForRow(0) * 6 + 2 * m_athletes->frameWidth());

    m_excel->setText(decimalCommaLocale() ? tr(
                         "For E&xcel: byte order mark, CRLF line ends, ';' between cells and decimal commas")
                                          : tr("For E&xcel: byte order mark and CRLF line ends"));

    auto *form = new QFormLayout;
    auto *kindBox = new QVBoxLayout;
    kindBox->setSpacing(2);
    kindBox->addWidget(m_kind);
    kindBox->addWidget(m_kindHelp);
    auto *kindLabel = new QLabel(tr("&What:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, kindBox);
    auto *athleteBox = new QVBoxLayout;
    athleteBox->setSpacing(2);
    athleteBox->addWidget(m_allAthletes);
    athleteBox->addWidget(m_athletes);
    auto *athletesLabel = new QLabel(tr("&Athletes:"), this);
    athletesLabel->setBuddy(m_allAthletes);
    form->addRow(athletesLabel, athleteBox);
    form->addRow(tr("&Range:"), m_range);
    form->addRow(QString(), m_excel);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();
    m_cancel->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    m_export->setDefault(true);
    chainTabOrder({m_kind, m_allAthletes, m_athletes, m_range, m_excel, m_cancel});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_kindHelp->setText(helpOf(static_cast<ExportKind>(m_kind->currentData().toInt()))); });
    connect(m_allAthletes, &QCheckBox::toggled, this, [this](bool all) {
        m_athletes->setEnabled(!all);
        updateButtons();
    });
    connect(m_athletes, &QListWidget::itemChanged, this, &ExportDialog::updateButtons);
    connect(m_range, &DateRangeEdit::changed, this, &ExportDialog::updateButtons);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    m_allAthletes->setChecked(m_athletes->count() > 1 && tickedAthletes().isEmpty());
    updateButtons();
}

ExportDialog::~ExportDialog()
{
    m_runner->stop();
}

bool ExportDialog::isRunning() const
{
    return m_runner->isBusy();
}

QStringList ExportDialog::tickedAthletes() const
{
    QStringList names;
    for (int i = 0; i < m_athletes->count(); ++i) {
        if (m_athletes->item(i)->checkState() == Qt::Checked)
            names.append(m_athletes->item(i)->text());
    }
    return names;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.what = static_cast<ExportKind>(m_kind->currentData().toInt());
    if (!m_allAthletes->isChecked())
        o.athletes = tickedAthletes();
    o.from = m_range->from();
    o.to = m_range->to();
    o.excel = m_excel->isChecked();
    o.decimalComma = o.excel && decimalCommaLocale();
    return o;
}

void ExportDialog::setKind(ExportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

void ExportDialog::setAthletes(const QStringList &names)
{
    m_allAthletes->setChecked(names.isEmpty());
    for (int i = 0; i < m_athletes->count(); ++i)
        m_athletes->item(i)->setCheckState(names.contains(m_athletes->item(i)->text()) ? Qt::Checked
                                                                                       : Qt::Unchecked);
}

void ExportDialog::setRange(std::optional<QDate> from, std::optional<QDate> to)
{
    m_range->setRange(from, to);
}

void ExportDialog::setExcel(bool excel)
{
    m_excel->setChecked(excel);
}

void ExportDialog::updateButtons()
{
    const ExportOptions o = options();
    QString problem;
    if (!m_allAthletes->isChecked() && o.athletes.isEmpty())
        problem = tr("Tick at least one athlete.");
    else if (o.from && o.to && *o.from > *o.to)
        problem = tr("The first day is after the last one.");
    m_export->setEnabled(problem.isEmpty() && !isRunning());
    if (!isRunning())
        m_status->setText(problem);
}

void ExportDialog::chooseFileAndExport()
{
    const ExportOptions o = options();
    const QString name =
        QStringLiteral("spotter-%1-%2.csv").arg(toKey(o.what), Clock::today().toString(Qt::ISODate));
    const QString path = Prompt::saveFileName(
        this, tr("Export as CSV"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ExportDialog::exportTo(const QString &path)
{
    if (isRunning())
        return;
    const ExportOptions options = this->options();
    struct Outcome
    {
        ExportResult result;
        QStringList salvage; ///< what a damaged database lost, for people; empty when it is whole
    };
    m_runner->start<Outcome>(
        [options, path](const Database &db, const BackgroundRunner::Control &control) {
            ExportOptions o = options;
            o.cancel = &control.stopFlag();
            o.progress = [&control](qint64 done, qint64 total) {
                control.reportProgress(total > 0 ? static_cast<int>(done * 100 / total) : 0, QString());
            };
            Outcome out;
            ExportResult &r = out.result;
            QSaveFile file(path);
            if (!openPrivate(file)) {
                r.status = ExportStatus::WriteFailed;
                r.error = tr("Cannot write '%1': %2").arg(path, file.errorString());
            } else {
                if (db.damage().isEmpty()) {
                    r = Exporter(db).run(&file, o);
                } else {
                    // The same salvage as 'spotter-cli export': what can be read, and what was lost.
                    const SalvagedExport s = exportSalvaged(db, &file, o, salvageRejectsPath(path));
                    r = s.exported;
                    out.salvage = salvageSummary(db.path(), s.salvage);
                }
                if (r.status != ExportStatus::Exported) {
                    file.cancelWriting();
                } else if (!file.commit()) {
                    r.status = ExportStatus::WriteFailed;
                    r.error = tr("Cannot write '%1': %2").arg(path, file.errorString());
                }
            }
            return out;
        },
        [this, path](const Outcome &out) {
            finished(out.result, path);
            if (!out.salvage.isEmpty() && out.result.status == ExportStatus::Exported)
                m_status->setText(m_status->text() + u'\n' + out.salvage.join(u'\n'));
        });
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Exporting…"));
    updateButtons();
}

void ExportDialog::finished(const ExportResult &result, const QString &path)
{
    m_result = result;
    m_progress->hide();
    m_cancel->hide();
    updateButtons();
    const bool ok = result.status == ExportStatus::Exported;
    if (ok) {
        const QString what = result.what == ExportKind::Sets
                                 ? tr("%n set(s)", nullptr, static_cast<int>(result.sets))
                             : result.what == ExportKind::Sessions
                                 ? tr("%n session(s)", nullptr, static_cast<int>(result.sessions))
                                 : tr("%n soreness report(s)", nullptr, static_cast<int>(result.soreness));
        m_status->setText(tr("Exported %1 of %2 to %3.")
                              .arg(what,
                                   tr("%n athlete(s)", nullptr, static_cast<int>(result.athletes.size())),
                                   QDir::toNativeSeparators(path)));
    } else if (result.status == ExportStatus::Cancelled) {
        m_status->setText(tr("Cancelled; no file was written."));
    } else {
        m_status->setText(tr("Nothing was exported: %1").arg(result.error));
    }
    emit exportFinished(ok);
}

void ExportDialog::cancel()
{
    m_runner->cancel();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::reject()
{
    cancel();
    QDialog::reject();
}

} // namespace spotter
