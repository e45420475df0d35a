// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;
class QTimeEdit;
class QLabel;

namespace spotter {

class Workspace;

/// Preferences: theme, the current athlete's units, the rest timer's default, and a read-only
/// view of the triage and intensity rules with their thresholds and sources.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Workspace &workspace, QWidget *parent = nullptr);

    void accept() override;

private:
    QWidget *generalTab();
    QWidget *rulesTab();

    Workspace &m_ws;
    QComboBox *m_theme = nullptr;
    QComboBox *m_unit = nullptr;
    QTimeEdit *m_rest = nullptr;
    QSpinBox *m_backupDaily = nullptr;
    QSpinBox *m_backupWeekly = nullptr;
    QLabel *m_error = nullptr;
};

/// Shows docs/rules.md (embedded at build time): every rule, threshold and source.
void showRulesDocument(QWidget *parent);

} // namespace spotter
