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
#include <utility>

namespace spotter {

ServerConnector::ServerConnector(QWidget *window) : QObject(window), m_window(window) {}

ServerConnector::~ServerConnector()
{
    // Each database's destructor waits for its open's thread: a server that never answers
    // holds the app's exit for at most the connect timeout, after the window has gone.
    m_cancelled.clear();
}

bool ServerConnector::wantsPassword(const StoreError &refusal)
{
    return refusal.kind() == StoreError::Kind::Denied
           && refusal.message().contains(QStringLiteral("password"));
}

std::unique_ptr<Database> ServerConnector::open(const DatabaseLocation &location, Database::Options options,
                                                Password password)
{
    // The dialog's own event loop lets the menus run again: one open at a time.
    if (m_connecting)
        return nullptr;
    m_connecting = true;
    const auto done = qScopeGuard([this] { m_connecting = false; });
    options.connectAside = true;
    bool askNow = password == Password::AskFirst;
    for (;;) {
        if (std::exchange(askNow, false)) {
            // Asked for here, kept in memory for this connection only.
            const auto typed = Prompt::password(
                m_window, tr("Password"),
                options.password.isEmpty()
                    ? tr("Password of %1 on %2:").arg(location.user(), location.withUser({}).displayName())
                    : tr("That password was refused. Password of %1:").arg(location.user()));
            if (!typed)
                return nullptr;
            options.password = *typed;
        }
        try {
            auto db = std::make_unique<Database>(location, options);
            if (!waitFor(*db)) {
                keepUntilEnded(std::move(db));
                return nullptr;
            }
            db->awaitOpen(); // the open has ended: throws its refusal, never waits
            return db;
        } catch (const StoreError &e) {
            if (!wantsPassword(e)) {
                Prompt::warning(m_window, tr("Cannot connect"), e.message());
                return nullptr;
            }
            askNow = true;
        }
    }
}

bool ServerConnector::waitFor(const Database &db)
{
    QEventLoop loop;
    bool ended = false;
    db.whenOpenEnds(&loop, [&] {
        ended = true;
        loop.quit();
    });
    QProgressDialog progress(tr("Connecting to %1…").arg(db.location().displayName()), tr("Cancel"), 0, 0,
                             m_window);
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
    return ended;
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
