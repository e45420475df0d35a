// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mainwindow.h"

#include "commands/sessioncommands.h"
#include "commands/valuecommands.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/athletedialog.h"
#include "dialogs/connectdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/reportdialog.h"
#include "dialogs/restoredialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "interchange/publisher.h"
#include "pages/historypage.h"
#include "pages/logpage.h"
#include "pages/progresspage.h"
#include "pages/sorenesspage.h"
#include "pages/teampage.h"
#include "shell/appsettings.h"
#include "shell/changenotifier.h"
#include "shell/desktopdatabase.h"
#include "shell/firstrunwidget.h"
#include "shell/icons.h"
#include "shell/prompt.h"
#include "shell/serverconnector.h"
#include "shell/shortcutkeeper.h"
#include "shell/theme.h"
#include "shell/wheelguard.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "synthetic/demodata.h"
#include "widgets/elidedlabel.h"
#include "widgets/quickentryline.h"
#include "widgets/reassessmentbar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace spotter {

namespace {
/// At the latest this long after the window is shown, its workspace's background work starts
/// even if the window has not painted.
constexpr int kBackgroundWorkLatestMs = 2000;
} // namespace

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_ws(workspace)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_central(new QStackedWidget(this))
    , m_firstRun(new FirstRunWidget(this))
    , m_athletes(new QComboBox(this))
    , m_athleteName(new QLabel(this))
    , m_serverConnector(new ServerConnector(this))
    , m_history(new HistoryPage(workspace, this))
    , m_progress(new ProgressPage(workspace, this))
    , m_team(new TeamPage(workspace, this))
{
    setWindowIcon(Icons::app());
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    m_nav->setFixedWidth(150);
    m_nav->setFocusPolicy(Qt::StrongFocus);

    auto *log = m_log = new LogPage(workspace, this);
    addPage(Log, log, QStringLiteral("nav-log"), tr("Log"), tr("Log a session (Ctrl+1)"));
    addPage(History, m_history, QStringLiteral("nav-history"), tr("History"),
            tr("Every session, newest first (Ctrl+2)"));
    auto *soreness = m_soreness = new SorenessPage(workspace, this);

    addPage(Soreness, soreness, QStringLiteral("nav-soreness"), tr("Soreness"),
            tr("Report soreness and see what it looks like (Ctrl+3)"));
    connect(soreness, &SorenessPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    addPage(Progress, m_progress, QStringLiteral("nav-progress"), tr("Progress"),
            tr("Strength, load and soreness over time (Ctrl+4)"));
    addPage(Team, m_team, QStringLiteral("nav-team"), tr("Team"),
            tr("Every athlete at a glance: who needs attention today (Ctrl+5)"));

    auto *pages = new QWidget(this);
    auto *layout = new QHBoxLayout(pages);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    m_central->addWidget(pages);
    m_central->addWidget(m_firstRun);
    m_homePath = m_ws.database().path();
    m_demoBanner = new QFrame(this);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setAccessibleName(tr("Demo data"));
    auto *bannerText = new QLabel(tr("<b>You are looking at demo data</b> — three made-up athletes. "
                                     "Nothing you do here touches your own database."),
                                  m_demoBanner);
    bannerText->setWordWrap(true);
    auto *back = new QPushButton(tr("&Back to my data"), m_demoBanner);
    connect(back, &QPushButton::clicked, this, &MainWindow::openHome);
    auto *bannerLayout = new QHBoxLayout(m_demoBanner);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(back);
    Theme::paintAsNotice(m_demoBanner);
    m_demoBanner->hide();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_demoBanner);
    buildReadFailureBanner();
    // Which database, and as whom: a widget of the status bar, not one of its messages, so that
    // it comes back once a passing message (a menu's hint, "Added 3 sets") has gone.
    m_databaseStatus = new ElidedLabel(this);
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    statusBar()->addWidget(m_databaseStatus, 1);
    centralLayout->addWidget(m_readFailureBanner);
    centralLayout->addWidget(new ReassessmentBar(m_ws, central));
    centralLayout->addWidget(m_central, 1);
    setCentralWidget(central);

    auto *athleteBar = m_athleteBar = addToolBar(tr("Athlete"));
    athleteBar->setObjectName(QStringLiteral("athleteBar"));
    athleteBar->setMovable(false);
    auto *athleteLabel = new QLabel(tr("A&thlete: "), athleteBar);
    athleteLabel->setBuddy(m_athletes);
    athleteBar->addWidget(athleteLabel);
    m_athletes->setAccessibleName(tr("Athlete"));
    m_athletes->setToolTip(tr("Whose training you are looking at"));
    m_athletes->setMinimumContentsLength(18);
    m_switcherAction = athleteBar->addWidget(m_athletes);
    m_athleteName->setTextFormat(Qt::PlainText); // a name is never markup
    QFont bold = m_athleteName->font();
    bold.setBold(true);
    m_athleteName->setFont(bold);
    m_nameAction = athleteBar->addWidget(m_athleteName);

    buildMenus();
    new ShortcutKeeper(this);
    WheelGuard::install();

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_athletes, &QComboBox::currentIndexChanged, this, [this](int index) {
        // A half-filled soreness report belongs to the athlete it was started for.
        if (!m_soreness->settleUnsaved()) {
            const QSignalBlocker block(m_athletes);
            m_athletes->setCurrentIndex(m_athletes->findData(m_ws.currentAthleteId()));
            return;
        }
        m_ws.setCurrentAthlete(index >= 0 ? m_athletes->itemData(index).toLongLong() : 0);
        updateTitle();
    });
    connect(m_ws.notifier(), &ChangeNotifier::athletesChanged, this, &MainWindow::reloadAthletes);
    connect(&m_ws, &Workspace::databaseReplaced, this, &MainWindow::reloadAthletes);
    watchDatabaseHealth();
    connect(&m_ws, &Workspace::commandFailed, this, [this](const QString &action, const QString &message) {
        Prompt::warning(this, action, message);
    });
    connect(m_history, &HistoryPage::openSession, this, [this, log](qint64 sessionId) {
        log->editSession(sessionId);
        showPage(Log);
    });
    connect(m_history, &HistoryPage::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    // Through the switcher, so that it shows whose progress is on screen.
    connect(m_team, &TeamPage::openAthlete, this, [this](qint64 athleteId) {
        m_athletes->setCurrentIndex(m_athletes->findData(athleteId));
        showPage(Progress);
    });
    connect(static_cast<FirstRunWidget *>(m_firstRun), &FirstRunWidget::addAthleteRequested, this,
            &MainWindow::addAthlete);
    connect(static_cast<FirstRunWidget *>(m_firstRun), &FirstRunWidget::demoRequested, this,
            &MainWindow::openDemoData);
    connect(static_cast<FirstRunWidget *>(m_firstRun), &FirstRunWidget::importRequested, this,
            &MainWindow::importFile);

    // As it was last closed; the first time, a size that fits the screen. Before the athletes
    // are read: whether the athlete bar shows is theirs to say, not the last session's.
    if (!restoreGeometry(AppSettings::instance().windowGeometry()))
        resize(firstSize(screen()->availableGeometry().size()));
    restoreState(AppSettings::instance().windowState());
    // On a team server still answering, once it has (the app builds the window meanwhile).
    m_ws.whenOpen(this, [this] { reloadAthletes(); });
    m_nav->setCurrentRow(0);
}

QSize MainWindow::firstSize(const QSize &available)
{
    // A tenth of the screen is left for the window manager's frame and title, which the
    // window's own size does not count, and for a panel the free area may not exclude.
    return QSize(1100, 700).boundedTo(available * 0.9);
}

void MainWindow::addPage(Page page, QWidget *widget, const QString &icon, const QString &title,
                         const QString &tip)
{
    auto *item = new QListWidgetItem(Icons::get(icon), title, m_nav);
    item->setToolTip(tip);
    item->setSizeHint(QSize(0, 40));
    m_stack->addWidget(widget);
    m_pages.append(page);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // A window shown but never painted (minimised, on another desktop) still starts it.
    if (!m_ws.isBackgroundWorkAllowed())
        QTimer::singleShot(kBackgroundWorkLatestMs, &m_ws, &Workspace::allowBackgroundWork);
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    // After the first page is on screen: the pages paint in this same pass, the call after it.
    if (!m_ws.isBackgroundWorkAllowed())
        QMetaObject::invokeMethod(&m_ws, &Workspace::allowBackgroundWork, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Ctrl+Q closes every window, so this covers it too.
    if (!m_soreness->settleUnsaved()) {
        event->ignore();
        return;
    }
    AppSettings::instance().setWindowLayout(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::showPage(Page page)
{
    const auto index = m_pages.indexOf(page);
    if (index >= 0)
        m_nav->setCurrentRow(static_cast<int>(index));
}

bool MainWindow::isSwitcherShown() const
{
    return m_switcherAction->isVisible();
}

MainWindow::Page MainWindow::currentPage() const
{
    return m_pages.value(m_nav->currentRow(), History);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAthlete = m_newAthlete = file->addAction(tr("&New athlete…"), this, &MainWindow::addAthlete);
    newAthlete->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editAthlete = file->addAction(tr("&Edit athlete…"), this, &MainWindow::editAthlete);
    m_deleteAthlete = file->addAction(tr("&Delete athlete…"), this, &MainWindow::deleteAthlete);
    file->addSeparator();
    QAction *import = m_import = file->addAction(tr("&Import…"), this, &MainWindow::importFile);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *exportAction =
        file->addAction(tr("E&xport…"), this, [this] { ExportDialog(m_ws, this).exec(); });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("&Report…"), this, [this] { ReportDialog(m_ws, this).exec(); });
    file->addSeparator();
    QAction *open = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open de&mo data"), this, &MainWindow::openDemoData)
        ->setToolTip(tr("Look around with three made-up athletes, in a separate file"));
    m_backHome = file->addAction(tr("&Back to my data"), this, &MainWindow::openHome);
    m_backHome->setVisible(false);
    m_restore = file->addAction(tr("Restore from bac&kup…"), this, [this] {
        auto *dialog = new RestoreDialog(m_ws, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    file->addSeparator();
    file->addAction(tr("&Connect to team server…"), this, &MainWindow::connectToServer)
        ->setToolTip(tr("Open your team's shared database on a PostgreSQL server"));
    m_recentServers = file->addMenu(tr("Recent team ser&vers"));
    m_publish = file->addAction(tr("&Publish to team server…"), this, &MainWindow::publishToServer);
    m_publish->setToolTip(tr("Send this log's new and changed sessions and soreness reports to your team's "
                             "server"));
    rebuildRecentServers();
    // A server the app started on (spotter --db URI) is a recent one too, once it let us in.
    connect(&m_ws, &Workspace::databaseOpened, this, [this] {
        if (!m_ws.database().isServer())
            return;
        AppSettings::instance().addRecentServer(m_ws.database().location().toString());
        rebuildRecentServers();
    });

    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_ws.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_ws.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *preferences =
        edit->addAction(tr("&Settings…"), this, [this] { SettingsDialog(m_ws, this).exec(); });
    preferences->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        const Page page = m_pages.at(i);
        QAction *a =
            view->addAction(m_nav->item(static_cast<int>(i))->icon(),
                            m_nav->item(static_cast<int>(i))->text(), this, [this, page] { showPage(page); });
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(page))));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, [this] { ShortcutsDialog(this, this).exec(); })
        ->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("Spotter's &rules and sources"), this, [this] { showRulesDocument(this); });
    QAction *about = help->addAction(tr("&About Spotter"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::reloadAthletes()
{
    const qint64 current = m_ws.currentAthleteId();
    QList<Athlete> athletes;
    bool unreadable = false;
    try {
        athletes = AthleteRepository(m_ws.database()).list();
    } catch (const StoreError &e) {
        // The banner says why; the first-run screen would say there are none.
        m_ws.reportReadFailure(tr("The athletes"), e);
        unreadable = true;
    }
    {
        const QSignalBlocker block(m_athletes);
        m_athletes->clear();
        for (const Athlete &a : athletes)
            m_athletes->addItem(a.name, a.id);
    }
    int index = m_athletes->findData(current);
    if (index < 0 && !athletes.isEmpty())
        index = 0;
    m_athletes->setCurrentIndex(index);
    // A lifter logging alone never needs a switcher: show the name instead.
    const bool several = athletes.size() > 1;
    m_switcherAction->setVisible(several);
    m_nameAction->setVisible(!several);
    m_athleteName->setText(athletes.size() == 1 ? athletes.first().name : QString());
    m_ws.setCurrentAthlete(index >= 0 ? m_athletes->itemData(index).toLongLong() : 0);
    const bool canEdit = index >= 0 && !m_ws.database().isReadOnly();
    m_editAthlete->setEnabled(canEdit);
    m_deleteAthlete->setEnabled(canEdit);
    updateFirstRun();
    if (unreadable)
        m_central->setCurrentIndex(0);
    updateTitle();
    applyReadOnly();
}

void MainWindow::applyReadOnly()
{
    // Every edit is disabled with the reason as its tooltip, rather than tried and refused by
    // the store; the undo stack of a read-only database stays empty.
    QList<QObject *> controls{m_newAthlete, m_import};
    controls.append(static_cast<FirstRunWidget *>(m_firstRun)->writableControls());
    const QString why = readOnlyReason(m_ws.database());
    setWritableControls(controls, why);
    m_log->setReadOnly(why);
    m_history->setReadOnly(why);
    m_soreness->setReadOnly(why);
    // A damaged file in a writable folder can still be restored: that is its way out. A team
    // server is restored by its admin, with pg_restore.
    const bool canRestore = why.isEmpty() || Database::storageWritable(m_ws.database().path());
    setWritableControls({m_restore}, m_ws.database().isServer()
                                         ? tr("A team server is restored by its admin (pg_restore, "
                                              "docs/team-server.md).")
                                     : canRestore ? QString()
                                                  : why);
}

void MainWindow::updateFirstRun()
{
    const bool empty = m_athletes->count() == 0;
    m_central->setCurrentIndex(empty ? 1 : 0);
    m_athleteBar->setVisible(!empty);
}

bool MainWindow::addAthlete()
{
    AthleteDialog dialog(Athlete(), this);
    while (dialog.exec() == QDialog::Accepted) {
        auto *command = new AddAthleteCommand(m_ws, dialog.athlete(), tr("add athlete"));
        Athlete added = dialog.athlete();
        if (const auto error = m_ws.execute(command)) {
            dialog.showError(*error);
            continue;
        }
        added = *AthleteRepository(m_ws.database()).findByName(added.name);
        m_athletes->setCurrentIndex(m_athletes->findData(added.id));
        // Next comes their first line of training, not the session's date.
        if (currentPage() == Log)
            m_log->quickEntry()->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

void MainWindow::editAthlete()
{
    AthleteDialog::editStored(m_ws, m_ws.currentAthleteId(), tr("edit athlete"), this);
}

void MainWindow::deleteAthlete()
{
    std::optional<Athlete> athlete;
    try {
        athlete = AthleteRepository(m_ws.database()).get(m_ws.currentAthleteId());
    } catch (const StoreError &e) {
        Prompt::warning(this, tr("Could not delete"), m_ws.reportReadFailure(tr("The athlete"), e));
        return;
    }
    if (!athlete)
        return;
    const auto answer = Prompt::question(
        this, tr("Delete athlete"),
        tr("Delete %1 with every session and soreness report? You can undo this with Ctrl+Z until you "
           "close Spotter.")
            .arg(athlete->name));
    if (answer != QMessageBox::Yes)
        return;
    if (const auto error = m_ws.execute(new DeleteAthleteCommand(m_ws, *athlete)))
        Prompt::warning(this, tr("Could not delete"), *error);
}

void MainWindow::importFile()
{
    ImportDialog dialog(m_ws, this);
    if (dialog.chooseFile())
        dialog.exec();
}

// Out of line: the header only declares QTemporaryDir.
MainWindow::~MainWindow() = default;

void MainWindow::showAbout()
{
    // Window-modal, not exec(): nothing waits on it, and it closes itself.
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

} // namespace spotter
