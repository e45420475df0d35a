// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/serverconnector.h"

#include "shell/prompt.h"
#include "store/database.h"
#include "store/location.h"
#include "store/storeerror.h"

#include <QApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace spotter {

ServerConnector::ServerConnector(QWidget *window) : QObject(window), m_window(window) {}

ServerConnector::~ServerConnector()
{
    // Each database's destructor waits for its open's thread: a server that never answers
    // holds the app's exit for at most the connect timeout, after the window has gone.
    m_cancelled.clear();
}

std::unique_ptr<Database> ServerConnector::open(const DatabaseLocation &location, Database::Options options)
{
    // The dialog's own event loop lets the menus run again: one open at a time.
    if (m_connecting)
        return nullptr;
    m_connecting = true;
    const auto done = qScopeGuard([this] { m_connecting = false; });
    options.connectAside = true;
    for (;;) {
        try {
            std::unique_ptr<Database> db =
                await(std::make_unique<Database>(location, options), location.displayName());
            if (db)
                db->awaitOpen(); // the open has ended: throws its refusal, never waits
            return db;
        } catch (const StoreError &e) {
            // The server wants a password (none in libpq's password file, or a wrong one):
            // asked for here, kept in memory for this connection only.
            if (e.kind() != StoreError::Kind::Denied || !e.message().contains(QStringLiteral("password"))) {
                Prompt::warning(m_window, tr("Cannot connect"), e.message());
                return nullptr;
            }
            const auto password = Prompt::password(
                m_window, tr("Password"),
                options.password.isEmpty()
                    ? tr("Password of %1 on %2:").arg(location.user(), location.withUser({}).displayName())
                    : tr("That password was refused. Password of %1:").arg(location.user()));
            if (!password)
                return nullptr;
            options.password = *password;
        }
    }
}

std::unique_ptr<Database> ServerConnector::await(std::unique_ptr<Database> db, const QString &server)
{
    QEventLoop loop;
    bool ended = false;
    db->whenOpenEnds(&loop, [&] {
        ended = true;
        loop.quit();
    });
    QProgressDialog progress(tr("Connecting to %1…").arg(server), tr("Cancel"), 0, 0, m_window);
    progress.setObjectName(QStringLiteral("connectingDialog"));
    progress.setWindowTitle(tr("Connecting to the team server"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    // A server that answers at once never flashes a dialog.
    QTimer::singleShot(kDialogDelayMs, &progress, &QWidget::show);
    // The Cancel button says canceled(), Escape only rejects the dialog.
    connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    connect(&progress, &QDialog::rejected, &loop, &QEventLoop::quit);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    // Also returns when the app quits meanwhile (QCoreApplication::exit ends every loop):
    // treated as a cancel.
    loop.exec();
    QApplication::restoreOverrideCursor();
    if (ended)
        return db;
    keepUntilEnded(std::move(db));
    return nullptr;
}

void ServerConnector::keepUntilEnded(std::unique_ptr<Database> db)
{
    // The login may still finish and hand its connection to this thread: the database stays
    // until its thread ended, then goes with that connection, and nothing ever reads from it.
    Database *raw = db.get();
    m_cancelled.push_back(std::move(db));
    raw->whenOpenEnds(this, [this, raw] {
        const auto it = std::find_if(m_cancelled.begin(), m_cancelled.end(),
                                     [raw](const std::unique_ptr<Database> &d) { return d.get() == raw; });
        if (it != m_cancelled.end())
            m_cancelled.erase(it);
        emit cancelledOpenEnded();
    });
}

} // namespace spotter
