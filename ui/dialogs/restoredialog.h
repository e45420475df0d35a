// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace spotter {

class BackupModel;
class Workspace;

/// File → Restore from backup…: the open database's backups with their date and counts; the
/// chosen one replaces the database after a confirmation, and the replaced file is kept as a
/// backup first (never pruned), so a restore can itself be undone by restoring that one.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(Workspace &workspace, QWidget *parent = nullptr);

    /// Restores the selected backup after asking; the path of the kept file, or none when
    /// refused, cancelled or nothing is selected (the status line says why).
    std::optional<QString> restoreSelected();

    [[nodiscard]] BackupModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QString statusText() const;

private:
    void reload();
    void showStatus(const QString &text);

    Workspace &m_ws;
    BackupModel *m_model;
    QTableView *m_view;
    QLabel *m_folder;
    QLabel *m_status;
    QPushButton *m_restore;
};

} // namespace spotter
