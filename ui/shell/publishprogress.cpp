// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/publishprogress.h"

#include "shell/serverconnector.h"
#include "store/database.h"
#include "store/location.h"
#include "store/storeerror.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QPushButton>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <exception>
#include <memory>
#include <optional>

namespace spotter {

PublishingDialog::PublishingDialog(const QString &where, QWidget *window)
    : QProgressDialog(tr("Publishing to %1…").arg(where), QString(), 0, 0, window)
    , m_where(where)
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("publishingDialog"));
    setWindowTitle(tr("Publishing to the team server"));
    setWindowModality(Qt::WindowModal);
    setAutoClose(false);
    setAutoReset(false);
    setCancelButton(m_cancel);
    // QProgressDialog hides itself on canceled(). Its own connection is made by name, which
    // only a disconnect of everything there undoes.
    disconnect(this, &QProgressDialog::canceled, this, nullptr);
    connect(this, &QProgressDialog::canceled, this, &PublishingDialog::showCancelling);
}

void PublishingDialog::showProgress(int done, int total)
{
    if (m_cancelling || (maximum() == total && value() == done))
        return;
    setRange(0, total);
    setValue(done);
    setLabelText(tr("Publishing to %1…\n%2 of %3 sessions and soreness reports")
                     .arg(m_where, QString::number(done), QString::number(total)));
}

void PublishingDialog::showCancelling()
{
    m_cancelling = true;
    m_cancel->setEnabled(false);
    setLabelText(tr("Cancelling… nothing will be sent."));
}

void PublishingDialog::reject()
{
    emit canceled();
}

namespace {

/// What the worker thread hands back; written there before the future finishes.
struct Outcome
{
    PublishResult result;
    std::optional<StoreError> storeError;
    QString error;
};

} // namespace

PublishResult publishWithProgress(QWidget *window, const Database &local, const Database &server,
                                  PublishOptions options)
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto done = std::make_shared<std::atomic_int>(0);
    auto total = std::make_shared<std::atomic_int>(-1); // not known yet
    options.cancel = cancel.get();
    options.progress = [done, total](int d, int t) {
        done->store(d);
        total->store(t);
    };
    auto outcome = std::make_shared<Outcome>();
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&local, &server, options, outcome] {
        try {
            outcome->result = Publisher(local, server).run(options);
        } catch (const StoreError &e) {
            outcome->storeError = e;
        } catch (const std::exception &e) {
            outcome->error = QString::fromLocal8Bit(e.what());
        }
        // Both connections are this pool thread's, and this publish its only use of them.
        local.closeThreadConnection();
        server.closeThreadConnection();
    }));

    PublishingDialog dialog(server.location().withUser({}).displayName(), window);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [cancel] { cancel->store(true); });
    // A quick publish never flashes a dialog: the value at its minimum starts the delay.
    dialog.setMinimumDuration(ServerConnector::kDialogDelayMs);
    dialog.setValue(0);
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        if (const int t = total->load(); t > 0)
            dialog.showProgress(done->load(), t);
    });
    poll.start();

    QApplication::setOverrideCursor(Qt::BusyCursor);
    if (!watcher.isFinished())
        loop.exec(); // also returns when the app quits meanwhile
    if (!watcher.isFinished()) {
        cancel->store(true);
        watcher.waitForFinished();
    }
    QApplication::restoreOverrideCursor();
    if (outcome->storeError)
        throw *outcome->storeError;
    if (!outcome->error.isEmpty())
        throw StoreError(StoreError::Kind::Sql, outcome->error);
    return outcome->result;
}

} // namespace spotter
