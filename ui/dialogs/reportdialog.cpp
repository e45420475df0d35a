// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/reportdialog.h"

#include "dialogs/taborder.h"
#include "model/clock.h"
#include "model/privatefile.h"
#include "pdf/pdfreport.h"
#include "report/report.h"
#include "report/reportcsv.h"
#include "report/reporthtml.h"
#include "shell/backgroundrunner.h"
#include "shell/prompt.h"
#include "shell/themecolors.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "widgets/daterangeedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace spotter {

namespace {

QString suffixOf(ReportDialog::Format format)
{
    switch (format) {
    case ReportDialog::Format::Html: return QStringLiteral("html");
    case ReportDialog::Format::Pdf: return QStringLiteral("pdf");
    case ReportDialog::Format::Csv: return QStringLiteral("csv");
    }
    return {};
}

} // namespace

ReportDialog::ReportDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_athlete(new QComboBox(this))
    , m_range(new DateRangeEdit(this))
    , m_format(new QComboBox(this))
    , m_excel(new QCheckBox(tr("For E&xcel: byte order mark and CRLF line ends"), this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_save(new QPushButton(tr("&Save…"), this))
{
    m_runner = new BackgroundRunner(m_ws, this);
    connect(m_runner, &BackgroundRunner::failed, this,
            [this](const QString &message) { finish(false, tr("The database failed: %1").arg(message)); });
    setWindowTitle(tr("Report for a coach or physio"));
    for (const Athlete &a : AthleteRepository(m_ws.database()).list()) {
        m_athlete->addItem(a.name, a.id);
        if (a.id == m_ws.currentAthleteId())
            m_athlete->setCurrentIndex(m_athlete->count() - 1);
    }
    m_format->addItem(tr("PDF, to print or send"), static_cast<int>(Format::Pdf));
    m_format->addItem(tr("HTML, to open in a browser"), static_cast<int>(Format::Html));
    m_format->addItem(tr("CSV, for spreadsheets"), static_cast<int>(Format::Csv));
    m_excel->setEnabled(false);

    auto *explanation =
        new QLabel(tr("The summary, open warnings and see-doctor items first, soreness by class, "
                      "e1RM of the main lifts, weekly load, the red-flag checklist and the note "
                      "that this is not medical advice."),
                   this);
    explanation->setWordWrap(true);
    ThemeColors::setTone(explanation, ThemeColors::Tone::Hint);

    auto *form = new QFormLayout;
    form->addRow(tr("&Athlete:"), m_athlete);
    form->addRow(tr("&Range:"), m_range);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(QString(), m_excel);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Working"));
    m_busy->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_save->setDefault(true);
    chainTabOrder({m_athlete, m_range, m_format, m_excel});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(540, sizeHint().height());

    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { m_excel->setEnabled(format() == Format::Csv); });
    connect(m_range, &DateRangeEdit::changed, this, &ReportDialog::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &ReportDialog::chooseFileAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    updateButtons();
}

ReportDialog::~ReportDialog()
{
    m_runner->stop();
}

bool ReportDialog::isRunning() const
{
    return m_runner->isBusy();
}

ReportDialog::Format ReportDialog::format() const
{
    return static_cast<Format>(m_format->currentData().toInt());
}

void ReportDialog::setAthlete(const QString &name)
{
    m_athlete->setCurrentIndex(m_athlete->findText(name));
    updateButtons();
}

void ReportDialog::setRange(std::optional<QDate> from, std::optional<QDate> to)
{
    m_range->setRange(from, to);
}

void ReportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

void ReportDialog::setExcel(bool excel)
{
    m_excel->setChecked(excel);
}

void ReportDialog::updateButtons()
{
    QString problem;
    if (m_athlete->currentIndex() < 0)
        problem = tr("Add an athlete first.");
    else if (m_range->from() && m_range->to() && *m_range->from() > *m_range->to())
        problem = tr("The first day is after the last one.");
    m_save->setEnabled(problem.isEmpty() && !isRunning());
    if (!isRunning())
        m_status->setText(problem);
}

void ReportDialog::chooseFileAndSave()
{
    const QString suffix = suffixOf(format());
    const QString name = QStringLiteral("spotter-report-%1-%2.%3")
                             .arg(m_athlete->currentText(), Clock::today().toString(Qt::ISODate), suffix);
    const QString path = Prompt::saveFileName(
        this, tr("Save the report"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!path.isEmpty())
        saveTo(path);
}

void ReportDialog::saveTo(const QString &path)
{
    if (isRunning() || m_athlete->currentIndex() < 0)
        return;
    const auto athlete = AthleteRepository(m_ws.database()).get(m_athlete->currentData().toLongLong());
    if (!athlete) {
        finish(false, tr("That athlete is no longer in the database."));
        return;
    }
    const std::optional<QDate> from = m_range->from();
    const std::optional<QDate> to = m_range->to();
    const Format fmt = format();
    const bool excel = m_excel->isEnabled() && m_excel->isChecked();
    m_runner->start<Report>(
        [a = *athlete, from, to](const Database &db, const BackgroundRunner::Control &) {
            return buildReport(db, a, from, to, Clock::now());
        },
        [this, path, fmt, excel](Report report) { write(report, path, fmt, excel); });
    m_busy->show();
    m_status->setText(tr("Preparing the report…"));
    updateButtons();
}

void ReportDialog::write(const Report &report, const QString &path, Format format, bool excel)
{
    QString error;
    bool ok = false;
    if (format == Format::Pdf) {
        // The layout needs QtGui, so it runs here on the UI thread; it takes a fraction of a second.
        ok = PdfReport::write(reportHtml(report), path, reportTitle(report), reportTitle(report), &error);
    } else {
        QSaveFile file(path);
        if (!openPrivate(file)) {
            error = file.errorString();
        } else if (format == Format::Html) {
            const QByteArray html = reportHtml(report).toUtf8();
            ok = file.write(html) == html.size();
            error = file.errorString();
        } else {
            ok = writeReportCsv(report, &file, excel, excel && QLocale().decimalPoint() == u",", &error);
        }
        if (ok && !file.commit()) {
            ok = false;
            error = file.errorString();
        }
    }
    finish(ok, ok ? tr("Saved the report of %1 (%2) to %3.")
                        .arg(report.athlete.name, rangeText(report), QDir::toNativeSeparators(path))
                  : tr("The report could not be saved: %1").arg(error));
}

void ReportDialog::finish(bool ok, const QString &message)
{
    m_busy->hide();
    updateButtons();
    m_status->setText(message);
    emit reportFinished(ok);
}

QString ReportDialog::statusText() const
{
    return m_status->text();
}

} // namespace spotter
