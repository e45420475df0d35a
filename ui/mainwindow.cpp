// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "athletedialog.h"
#include "changenotifier.h"
#include "commands/sessioncommands.h"
#include "commands/valuecommands.h"
#include "firstrunwidget.h"
#include "icons.h"
#include "pages/historypage.h"
#include "pages/sorenesspage.h"
#include "settingsdialog.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace spotter {

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_ws(workspace)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_central(new QStackedWidget(this))
    , m_firstRun(new FirstRunWidget(this))
    , m_athletes(new QComboBox(this))
    , m_athleteName(new QLabel(this))
    , m_history(new HistoryPage(workspace, this))
{
    setWindowIcon(Icons::app());
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    m_nav->setFixedWidth(150);
    m_nav->setFocusPolicy(Qt::StrongFocus);

    addPage(History, m_history, QStringLiteral("nav-history"), tr("History"),
            tr("Every session, newest first (Ctrl+2)"));
    auto *soreness = new SorenessPage(workspace, this);
    addPage(Soreness, soreness, QStringLiteral("nav-soreness"), tr("Soreness"),
            tr("Report soreness and see what it looks like (Ctrl+3)"));
    connect(soreness, &SorenessPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });


    auto *pages = new QWidget(this);
    auto *layout = new QHBoxLayout(pages);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    m_central->addWidget(pages);
    m_central->addWidget(m_firstRun);
    setCentralWidget(m_central);

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

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_athletes, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_ws.setCurrentAthlete(index >= 0 ? m_athletes->itemData(index).toLongLong() : 0);
        updateTitle();
    });
    connect(m_ws.notifier(), &ChangeNotifier::athletesChanged, this, &MainWindow::reloadAthletes);
    connect(&m_ws, &Workspace::databaseReplaced, this, &MainWindow::reloadAthletes);
    connect(&m_ws, &Workspace::commandFailed, this, [this](const QString &action, const QString &message) {
        QMessageBox::warning(this, action, message);
    });
    connect(m_history, &HistoryPage::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(static_cast<FirstRunWidget *>(m_firstRun), &FirstRunWidget::addAthleteRequested, this,
            &MainWindow::addAthlete);

    reloadAthletes();
    m_nav->setCurrentRow(0);
    resize(1100, 700);
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
    QAction *newAthlete = file->addAction(tr("&New athlete…"), this, &MainWindow::addAthlete);
    newAthlete->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editAthlete = file->addAction(tr("&Edit athlete…"), this, &MainWindow::editAthlete);
    m_deleteAthlete = file->addAction(tr("&Delete athlete…"), this, &MainWindow::deleteAthlete);
    file->addSeparator();
    QAction *open = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
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
    help->addAction(tr("Spotter's &rules and sources"), this, [this] { showRulesDocument(this); });
    QAction *about = help->addAction(tr("&About Spotter"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::reloadAthletes()
{
    const qint64 current = m_ws.currentAthleteId();
    const QList<Athlete> athletes = AthleteRepository(m_ws.database()).list();
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
    m_editAthlete->setEnabled(index >= 0);
    m_deleteAthlete->setEnabled(index >= 0);
    updateFirstRun();
    updateTitle();
}

void MainWindow::updateFirstRun()
{
    const bool empty = m_athletes->count() == 0;
    m_central->setCurrentIndex(empty ? 1 : 0);
    m_athleteBar->setVisible(!empty);
}

void MainWindow::updateTitle()
{
    const QString athlete = m_athletes->currentText();
    setWindowTitle(athlete.isEmpty() ? tr("Spotter") : tr("%1 — Spotter").arg(athlete));
    statusBar()->showMessage(tr("Database: %1").arg(m_ws.database().path()));
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
        return true;
    }
    return false;
}

void MainWindow::editAthlete()
{
    const auto athlete = AthleteRepository(m_ws.database()).get(m_ws.currentAthleteId());
    if (!athlete)
        return;
    AthleteDialog dialog(*athlete, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (const auto error =
                m_ws.execute(new EditAthleteCommand(m_ws, *athlete, dialog.athlete(), tr("edit athlete")))) {
            dialog.showError(*error);
            continue;
        }
        return;
    }
}

void MainWindow::deleteAthlete()
{
    const auto athlete = AthleteRepository(m_ws.database()).get(m_ws.currentAthleteId());
    if (!athlete)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete athlete"),
        tr("Delete %1 with every session and soreness report? You can undo this with Ctrl+Z until you "
           "close Spotter.")
            .arg(athlete->name));
    if (answer != QMessageBox::Yes)
        return;
    if (const auto error = m_ws.execute(new DeleteAthleteCommand(m_ws, *athlete)))
        QMessageBox::warning(this, tr("Could not delete"), *error);
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Spotter database"),
                                                      QFileInfo(m_ws.database().path()).absolutePath(),
                                                      tr("Spotter databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        m_ws.replaceDatabase(std::make_unique<Database>(path));
    } catch (const StoreError &e) {
        QMessageBox::warning(this, tr("Cannot open database"), e.message());
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Spotter"),
                       tr("<h3>Spotter %1</h3><p>A training log for lifters and their coaches.</p>"
                          "<p>Soreness triage is information, not medical advice.</p>"
                          "<p>License: GPL-3.0-or-later.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace spotter
