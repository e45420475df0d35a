// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/exporter.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace spotter {

class BackgroundRunner;
class DateRangeEdit;
class Workspace;

/// File → Export: the choices of `spotter-cli export` (which file, which athletes, a date range,
/// Excel), then a save dialog; the export runs on a worker thread with progress and Cancel, into
/// a file that only appears once it is complete.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~ExportDialog() override;

    [[nodiscard]] ExportOptions options() const;
    void setKind(ExportKind kind);
    /// Ticks exactly these athletes; an empty list ticks every athlete.
    void setAthletes(const QStringList &names);
    void setRange(std::optional<QDate> from, std::optional<QDate> to);
    void setExcel(bool excel);

    /// Asks where to save, then exports there.
    void chooseFileAndExport();
    /// Exports to @p path; exportFinished() tells when it is done.
    void exportTo(const QString &path);
    void cancel();

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] const ExportResult &result() const { return m_result; }
    [[nodiscard]] QString statusText() const;

signals:
    void exportFinished(bool ok);

protected:
    void reject() override;

private:
    void finished(const ExportResult &result, const QString &path);
    void updateButtons();
    [[nodiscard]] QStringList tickedAthletes() const;

    Workspace &m_ws;
    QComboBox *m_kind;
    QLabel *m_kindHelp;
    QCheckBox *m_allAthletes;
    QListWidget *m_athletes;
    DateRangeEdit *m_range;
    QCheckBox *m_excel;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_export;
    BackgroundRunner *m_runner = nullptr;
    ExportResult m_result;
};

} // namespace spotter
