// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QTimer;

namespace spotter {

class BackgroundRunner;
class TeamFilterModel;
class TeamModel;
class Workspace;

/// "Which of my athletes needs attention today?": one row per athlete, computed in core on a
/// worker thread (a coach's database can hold years of many athletes), those who need attention
/// on top. Opening a row switches to that athlete.
class TeamPage : public QWidget
{
    Q_OBJECT

public:
    explicit TeamPage(Workspace &workspace, QWidget *parent = nullptr);
    ~TeamPage() override;

    [[nodiscard]] TeamModel *model() const { return m_model; }
    [[nodiscard]] TeamFilterModel *filterModel() const { return m_filter; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QCheckBox *attentionOnly() const { return m_onlyAttention; }
    [[nodiscard]] QProgressBar *busyIndicator() const { return m_busy; }
    [[nodiscard]] bool isLoading() const;

    /// Recomputes every row in the background; loaded() follows. While a read runs it is let
    /// finish and shown, and the rows are read again after it: on a busy team server changes
    /// come faster than a whole team is read, and a page restarted by each would never show.
    void reload();

signals:
    void openAthlete(qint64 athleteId);
    /// The table holds freshly computed rows.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void changed();
    void reloadIfStale();
    void dataChanged();
    void fitColumns();
    void updateStatus();

    Workspace &m_ws;
    BackgroundRunner *m_loader;
    QTimer *m_reloadSoon; ///< the signals of one change (a feed's burst) make one read
    TeamModel *m_model;
    TeamFilterModel *m_filter;
    QLineEdit *m_search;
    QCheckBox *m_onlyAttention;
    QProgressBar *m_busy;
    QLabel *m_status;
    QTableView *m_view;
    bool m_stale = true;      ///< something changed while the page was hidden
    bool m_fitting = false;   ///< fitColumns() is setting widths
    bool m_userSized = false; ///< the user resized a column: the widths are theirs from then on
    bool m_quiet = false;     ///< the next reload comes from the clock, not from an edit
    QString m_readError;      ///< why the last read failed (then no rows are shown)
};

} // namespace spotter
