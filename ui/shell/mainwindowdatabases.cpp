// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's database switching (the demo data, another file, a team server, publishing to one)
// and what it shows of the open database: which one (the title and the status bar), its health
// (damage, unreadable rows), the daily backup.
// Kept apart from the window's construction so that each file reads as one concern.
#include "dialogs/connectdialog.h"
#include "shell/appsettings.h"
#include "shell/dailybackup.h"
#include "shell/desktopdatabase.h"
#include "shell/mainwindow.h"
#include "shell/prompt.h"
#include "shell/publishprogress.h"
#include "shell/serverconnector.h"
#include "shell/theme.h"
#include "shell/workspace.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "synthetic/demodata.h"
#include "widgets/elidedlabel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QWidget>

namespace spotter {

void MainWindow::watchDatabaseHealth()
{
    // The day's backup of the user's own database (never of the demo data), once the window is
    // up and whatever replaced the database has settled.
    m_backup = new DailyBackup(m_ws, this);
    const auto backUp = [this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                // Restoring writes over the file: not into a read-only folder.
                m_restore->setEnabled(!m_demo && Database::storageWritable(m_ws.database().path()));
                // Not before the integrity check passed: a damaged copy must not take the place
                // of a good one in the kept backups (databaseChecked() comes back here).
                if (!m_demo && m_ws.database().path() == m_homePath && !m_ws.database().checkPending())
                    m_backup->run();
            },
            Qt::QueuedConnection);
    };
    connect(&m_ws, &Workspace::databaseReplaced, this, backUp);
    connect(&m_ws, &Workspace::databaseChecked, this, backUp);
    backUp();
    connect(&m_ws, &Workspace::readFailed, this, &MainWindow::showReadFailure);
    connect(&m_ws, &Workspace::databaseAboutToBeReplaced, m_readFailureBanner, &QWidget::hide);
    // Damage found by the check that runs after the window opened: said as at open.
    connect(&m_ws, &Workspace::damageFound, this,
            [this](const QString &message) { Prompt::warning(this, readOnlyNoticeTitle(), message); });
}

void MainWindow::updateTitle()
{
    const QString athlete = m_athletes->currentText();
    const QString title = athlete.isEmpty() ? tr("Spotter") : tr("%1 — Spotter").arg(athlete);
    const Database &db = m_ws.database();
    const QString readOnly = readOnlyReason(db);
    setWindowTitle((m_demo ? tr("Demo data: %1").arg(title) : title)
                   + (readOnly.isEmpty() ? QString() : tr(" (read-only)")));
    if (m_publish)
        m_publish->setEnabled(!db.isServer() && !m_demo);
    if (!readOnly.isEmpty()) {
        m_databaseStatus->setFullText(
            tr("Opened read-only: you can read, export and back up; changes cannot be "
               "saved. %1 Database: %2")
                .arg(readOnly, db.path()));
        return;
    }
    if (db.isServer() && db.serverIdentity()) {
        // Who is signed in, and as what: a coach sees their teams, an athlete only themself.
        m_databaseStatus->setFullText(tr("Team server %1 — signed in as %2 (%3)")
                                          .arg(db.location().withUser({}).displayName(),
                                               db.serverIdentity()->login, db.serverIdentity()->roleName()));
        return;
    }
    // The demo's file is temporary: name the user's own database, which is what comes back.
    m_databaseStatus->setFullText(
        m_demo ? tr("Demo data (deleted when you leave it). Your database: %1").arg(m_homePath)
               : tr("Database: %1").arg(db.path()));
}

QString MainWindow::databaseStatus() const
{
    return m_databaseStatus->fullText();
}

void MainWindow::buildReadFailureBanner()
{
    m_readFailureBanner = new QFrame(this);
    m_readFailureBanner->setObjectName(QStringLiteral("readFailureBanner"));
    m_readFailureBanner->setAccessibleName(tr("Part of the database cannot be read"));
    m_readFailureText = new QLabel(m_readFailureBanner);
    m_readFailureText->setTextFormat(Qt::PlainText); // the message quotes paths and SQLite
    m_readFailureText->setWordWrap(true);
    m_readFailureText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(m_readFailureBanner);
    layout->addWidget(m_readFailureText, 1);
    Theme::paintAsNotice(m_readFailureBanner);
    m_readFailureBanner->hide();
}

void MainWindow::showReadFailure(const QString &message, bool damaged)
{
    QString text = message;
    if (damaged)
        text += u'\n'
                + tr("The file looks damaged, so Spotter will not write into it. Export what is readable "
                     "with File › Export… (it copies every row that can still be read and lists what was "
                     "lost), then restore an earlier backup with File › Restore from backup….");
    m_readFailureText->setText(text);
    m_readFailureBanner->show();
}

void MainWindow::openDemoData()
{
    if (m_demo)
        return;
    // Made afresh each time, dated up to today, in its own file.
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/spotter-demo-XXXXXX"));
    if (!dir->isValid()) {
        Prompt::warning(this, tr("Cannot open the demo data"),
                        tr("No folder for the demo data could be made: %1").arg(dir->errorString()));
        return;
    }
    const QString path = dir->filePath(QStringLiteral("demo.sqlite"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        createDemoDatabase(path);
        m_demo = true;
        m_ws.replaceDatabase(std::make_unique<Database>(path));
    } catch (const StoreError &e) {
        m_demo = false;
        QApplication::restoreOverrideCursor();
        Prompt::warning(this, tr("Cannot open the demo data"), e.message());
        return;
    }
    m_demoDir = std::move(dir);
    QApplication::restoreOverrideCursor();

    m_demoBanner->show();
    m_backHome->setVisible(true);
    updateTitle();
}

void MainWindow::openHome()
{
    if (!m_demo)
        return;
    try {
        auto home = openForDesktop(this, m_homePath, false);
        m_demo = false;
        m_ws.replaceDatabase(std::move(home));
        m_demoDir.reset();
    } catch (const StoreError &e) {
        Prompt::warning(this, tr("Cannot open your database"), e.message());
        return;
    }
    m_demoBanner->hide();
    m_backHome->setVisible(false);
    updateTitle();
}

void MainWindow::openDatabase()
{
    const QString path = Prompt::openFileName(this, tr("Open a Spotter database"),
                                              QFileInfo(m_ws.database().path()).absolutePath(),
                                              tr("Spotter databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        // A file chosen to open is never created; read-only storage or damage opens it read-only.
        m_ws.replaceDatabase(openForDesktop(this, path, false));
        m_homePath = path;
        m_demo = false;
        m_demoDir.reset();
        m_demoBanner->hide();
        m_backHome->setVisible(false);
        updateTitle();
    } catch (const StoreError &e) {
        Prompt::warning(this, tr("Cannot open database"), e.message());
    }
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(AppSettings::instance().recentServers(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto location = dialog.location())
        connectTo(*location);
}

bool MainWindow::connectTo(const DatabaseLocation &location)
{
    std::unique_ptr<Database> db = m_serverConnector->open(location);
    if (!db)
        return false;
    m_ws.replaceDatabase(std::move(db));
    m_homePath = location.toString();
    m_demo = false;
    m_demoDir.reset();
    m_demoBanner->hide();
    m_backHome->setVisible(false);
    AppSettings::instance().addRecentServer(location.toString());
    rebuildRecentServers();
    updateTitle();
    return true;
}

void MainWindow::rebuildRecentServers()
{
    m_recentServers->clear();
    for (const QString &uri : AppSettings::instance().recentServers()) {
        try {
            const DatabaseLocation location = DatabaseLocation::parse(uri);
            m_recentServers->addAction(location.displayName(), this,
                                       [this, location] { connectTo(location); });
        } catch (const StoreError &) {
        }
    }
    m_recentServers->setEnabled(!m_recentServers->isEmpty());
}

void MainWindow::publishToServer()
{
    ConnectDialog dialog(AppSettings::instance().recentServers(), this, ConnectDialog::Purpose::Publish);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto location = dialog.location())
        publishTo(*location);
}

void MainWindow::publishTo(const DatabaseLocation &location)
{
    const std::unique_ptr<Database> server = m_serverConnector->open(location);
    if (!server)
        return;
    AppSettings::instance().addRecentServer(location.toString());
    rebuildRecentServers();
    PublishOptions options;
    options.athlete = m_athletes->currentText();
    try {
        const PublishResult r = publishWithProgress(this, m_ws.database(), *server, options);
        if (r.cancelled) {
            statusBar()->showMessage(tr("Publishing was cancelled; nothing was sent."), 15000);
            return;
        }
        // Each count its own plural: a language's form follows the number it stands beside.
        QString text = tr("Published to %1 as %2: %3, %4; %5, %6; %7.")
                           .arg(location.withUser({}).displayName(), r.serverAthlete,
                                tr("%n new session(s)", nullptr, r.sessionsNew),
                                tr("%n changed session(s)", nullptr, r.sessionsChanged),
                                tr("%n new soreness report(s)", nullptr, r.reportsNew),
                                tr("%n changed soreness report(s)", nullptr, r.reportsChanged),
                                tr("%n session(s) already there", nullptr, r.sessionsUnchanged));
        if (!r.conflicts.isEmpty()) {
            text += u"\n\n"_qs + tr("Not published (changed here and on the server, or deleted there):");
            for (const PublishConflict &c : r.conflicts)
                text += u"\n• "_qs + c.what + u": "_qs + c.reason;
            Prompt::warning(this, tr("Published, with conflicts"), text);
        } else {
            statusBar()->showMessage(text, 15000);
        }
    } catch (const StoreError &e) {
        Prompt::warning(this, tr("Cannot publish"), e.message());
    }
}

} // namespace spotter
