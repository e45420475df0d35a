// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>
#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace spotter {

class BackgroundRunner;
class DateRangeEdit;
class Workspace;
struct Report;

/// File → Report: the choices of `spotter-cli report` (athlete, range, HTML, PDF or CSV), then a
/// save dialog. The report is built on a worker thread; the PDF is laid out here, in-process, by
/// the same function spotter-pdf uses.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Html, Pdf, Csv };
    Q_ENUM(Format)

    explicit ReportDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~ReportDialog() override;

    void setAthlete(const QString &name);
    void setRange(std::optional<QDate> from, std::optional<QDate> to);
    void setFormat(Format format);
    void setExcel(bool excel);

    /// Asks where to save, then writes the report there.
    void chooseFileAndSave();
    /// Writes the report to @p path; reportFinished() tells when it is done.
    void saveTo(const QString &path);

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QString statusText() const;

signals:
    void reportFinished(bool ok);

private:
    void write(const Report &report, const QString &path, Format format, bool excel);
    void finish(bool ok, const QString &message);
    void updateButtons();
    [[nodiscard]] Format format() const;

    Workspace &m_ws;
    QComboBox *m_athlete;
    DateRangeEdit *m_range;
    QComboBox *m_format;
    QCheckBox *m_excel;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_save;
    BackgroundRunner *m_runner = nullptr;
};

} // namespace spotter
