// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QShortcut;

namespace spotter {

class SorenessReportModel;

/// The athlete's past soreness reports as a table with a Delete button. Choosing a row asks for
/// that report; select() follows the form without asking again.
class SorenessReportList : public QWidget
{
    Q_OBJECT

public:
    SorenessReportList(SorenessReportModel *model, QWidget *parent = nullptr);

    /// Selects report @p id (none clears the selection) without emitting reportChosen().
    void select(std::optional<qint64> id);
    /// The row selected, or -1.
    [[nodiscard]] int selectedRow() const;

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QPushButton *deleteButton() const { return m_delete; }
    /// While @p why is not empty (a read-only database) Delete is disabled, with @p why as its tip.
    void setReadOnly(const QString &why);

signals:
    /// The user chose report @p id in the table.
    void reportChosen(qint64 id);
    /// Delete was pressed (the button or the Delete key in the table).
    void deleteRequested();

private:
    void updateButtons();

    SorenessReportModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_delete;
    QShortcut *m_deleteKey = nullptr;
    QString m_readOnly;
    bool m_selecting = false;
};

} // namespace spotter
