// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QShortcut;

namespace spotter {

class HistoryModel;
class Workspace;

/// Sessions of the current athlete with filters; open one to edit it, delete with undo.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(Workspace &workspace, QWidget *parent = nullptr);

    [[nodiscard]] HistoryModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    /// The class filter: one of the ClassFilter values.
    enum ClassFilter {
        AnyClass,
        TrainingOnly,
        HardOnly,
        TestingOnly,
        Flagged,
        WithSoreness,
        SorenessWarning
    };
    void setClassFilter(ClassFilter filter);
    void setSearch(const QString &text);
    /// Deletes the selected sessions (undoable).
    void deleteSelected();
    /// While @p why is not empty (a read-only database) Delete is disabled, with @p why as its tip.
    void setReadOnly(const QString &why);

signals:
    void openSession(qint64 sessionId);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyFilter();
    void reloadExercises();
    void updateButtons();
    [[nodiscard]] qint64 currentSessionId() const;

    Workspace &m_ws;
    QString m_readOnly;
    QShortcut *m_deleteKey = nullptr;
    HistoryModel *m_model;
    QTableView *m_view;
    QComboBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_exercise;
    QComboBox *m_class;
    QLineEdit *m_search;
    QPushButton *m_open;
    QPushButton *m_delete;
    QLabel *m_empty;
};

} // namespace spotter
