// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTemporaryDir;
class QToolBar;
class QMenu;

namespace spotter {

class DailyBackup;
class ElidedLabel;
class DatabaseLocation;
class Database;
class HistoryPage;
class LogPage;
class SorenessPage;

class ProgressPage;
class ServerConnector;
class TeamPage;
class Workspace;

/// The window: athlete switcher, navigation between the pages, menus and status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { Log, History, Soreness, Progress, Team };
    Q_ENUM(Page)

    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);

    /// The size of a window that has never been closed: 1100 × 700, or less on a screen whose
    /// free area (@p available) would not hold that with room for a frame and a panel.
    [[nodiscard]] static QSize firstSize(const QSize &available);
    ~MainWindow() override;

    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;
    [[nodiscard]] LogPage *logPage() const { return m_log; }
    [[nodiscard]] HistoryPage *historyPage() const { return m_history; }
    [[nodiscard]] SorenessPage *sorenessPage() const { return m_soreness; }
    [[nodiscard]] ProgressPage *progressPage() const { return m_progress; }
    [[nodiscard]] TeamPage *teamPage() const { return m_team; }
    [[nodiscard]] QComboBox *athleteSwitcher() const { return m_athletes; }
    [[nodiscard]] bool isSwitcherShown() const;

    /// Opens the dialog to add an athlete; returns false if cancelled.
    bool addAthlete();
    /// Switches to a freshly generated demo database (a separate file; the user's own database
    /// is never written to) and back.
    void openDemoData();
    void openHome();
    void importFile();
    [[nodiscard]] bool isShowingDemo() const { return m_demo; }
    /// File → Connect to team server…: the dialog, then connectTo().
    void connectToServer();
    /// Opens the team server at @p location, asking for the password (through Prompt) when the
    /// server wants one; false when it could not or the person cancelled.
    bool connectTo(const DatabaseLocation &location);
    /// File → Publish to team server…: sends this file's new and changed sessions and soreness
    /// reports to @p location (asks for the password as connectTo() does).
    void publishTo(const DatabaseLocation &location);
    /// What the status bar says of the open database: its file, or the server and the role
    /// signed in, or why it is read-only (whole, where the bar may elide it).
    [[nodiscard]] QString databaseStatus() const;
    /// Opens team servers for connectTo() and publishTo() while the window keeps painting.
    [[nodiscard]] ServerConnector &serverConnector() { return *m_serverConnector; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void buildMenus();
    void addPage(Page page, QWidget *widget, const QString &icon, const QString &title, const QString &tip);
    void reloadAthletes();
    void editAthlete();
    void deleteAthlete();
    void openDatabase();
    void updateTitle();
    void applyReadOnly();
    void updateFirstRun();
    void showAbout();
    void rebuildRecentServers();
    void publishToServer();
    /// The daily backup, and what the window says when the database turns out damaged or unreadable.
    void watchDatabaseHealth();
    void buildReadFailureBanner();
    void showReadFailure(const QString &message, bool damaged);

    Workspace &m_ws;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QStackedWidget *m_central;
    QWidget *m_firstRun;
    QComboBox *m_athletes;
    QLabel *m_athleteName;
    ElidedLabel *m_databaseStatus = nullptr;
    QAction *m_switcherAction = nullptr; ///< toolbar widgets are shown and hidden through these
    QAction *m_nameAction = nullptr;
    QToolBar *m_athleteBar = nullptr;
    QAction *m_editAthlete = nullptr;
    QAction *m_deleteAthlete = nullptr;
    QAction *m_newAthlete = nullptr; ///< with m_import, disabled while the database is read-only
    QAction *m_import = nullptr;
    QMenu *m_recentServers = nullptr;
    QAction *m_publish = nullptr;
    QList<Page> m_pages;
    QString m_homePath; ///< the user's own database, to come back to from the demo
    bool m_demo = false;
    /// The demo lives in a private folder per window, so two running Spotters (or tests running
    /// in parallel) never delete each other's demo file; it goes when the demo is left.
    std::unique_ptr<QTemporaryDir> m_demoDir;
    DailyBackup *m_backup = nullptr;
    ServerConnector *m_serverConnector;

    QWidget *m_demoBanner = nullptr;
    QWidget *m_readFailureBanner = nullptr; ///< what could not be read, and the way out
    QLabel *m_readFailureText = nullptr;
    QAction *m_backHome = nullptr;
    QAction *m_restore = nullptr;

    HistoryPage *m_history;
    LogPage *m_log = nullptr;
    SorenessPage *m_soreness = nullptr;
    ProgressPage *m_progress;
    TeamPage *m_team;
};

} // namespace spotter
