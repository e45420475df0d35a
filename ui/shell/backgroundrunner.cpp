// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/backgroundrunner.h"

#include "shell/workspace.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace spotter {

void BackgroundRunner::Control::reportProgress(int percent, const QString &text) const
{
    QMetaObject::invokeMethod(
        m_runner.data(),
        [runner = m_runner, generation = m_generation, percent, text] {
            if (runner && runner->m_running && runner->m_running->generation == generation
                && !runner->m_running->dropResult)
                emit runner->progressChanged(percent, text);
        },
        Qt::QueuedConnection);
}

BackgroundRunner::BackgroundRunner(Workspace &workspace, QObject *parent) : QObject(parent), m_ws(workspace)
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &BackgroundRunner::onJobFinished);
    // The Database a job reads must outlive it.
    connect(&m_ws, &Workspace::databaseAboutToBeReplaced, this, &BackgroundRunner::stop);
}

BackgroundRunner::~BackgroundRunner()
{
    // No signals from here: whoever listens may be half destroyed already.
    const QSignalBlocker block(this);
    stop();
}

void BackgroundRunner::startErased(Erased job)
{
    m_pending = std::move(job);
    if (m_running) {
        m_running->dropResult = true;
        m_running->stop->store(true);
        return;
    }
    launch();
    setBusy(true);
}

void BackgroundRunner::setBusy(bool busy)
{
    if (busy == m_busyAnnounced)
        return;
    m_busyAnnounced = busy;
    emit busyChanged(busy);
}

void BackgroundRunner::launch()
{
    Erased job = std::move(*m_pending);
    m_pending.reset();
    Running running;
    running.generation = ++m_generation;
    running.stop = std::make_shared<std::atomic_bool>(false);
    running.outcome = std::make_shared<Outcome>();
    Control control;
    control.m_stop = running.stop;
    control.m_runner = this;
    control.m_generation = running.generation;
    const Database *db = &m_ws.database();
    m_running = running;
    m_watcher.setFuture(QtConcurrent::run([db, job = std::move(job), control, outcome = running.outcome] {
        QThread::currentThread()->setPriority(QThread::LowPriority);
        try {
            outcome->deliver = job(*db, control);
        } catch (const StoreError &e) {
            outcome->error = e.message();
            outcome->storeError = std::make_shared<StoreError>(e);
        } catch (const std::exception &e) {
            outcome->error = QString::fromLocal8Bit(e.what());
        }
        // Queries and the connection belong to this pool thread: a file's closes with the job,
        // a server's waits for the thread's next job (a login saved) or the thread's end.
        db->releaseThreadConnection();
        QThread::currentThread()->setPriority(QThread::NormalPriority);
    }));
}

void BackgroundRunner::onJobFinished()
{
    if (!m_running)
        return; // stop() already waited for it and dropped it
    const Running done = *m_running;
    m_running.reset();
    if (m_pending) {
        launch();
        return;
    }
    if (!done.dropResult) {
        if (!done.outcome->error.isEmpty() && done.outcome->storeError && !m_reading.isEmpty())
            emit failed(m_ws.reportReadFailure(m_reading, *done.outcome->storeError));
        else if (!done.outcome->error.isEmpty())
            emit failed(done.outcome->error);
        else if (done.outcome->deliver)
            done.outcome->deliver();
    }
    // What was delivered may have started the next job already (a check after a newer choice).
    if (!m_running)
        setBusy(false);
    emit finished();
}

void BackgroundRunner::cancel()
{
    if (m_running)
        m_running->stop->store(true);
}

void BackgroundRunner::stop()
{
    m_pending.reset();
    if (!m_running)
        return;
    m_running->dropResult = true;
    m_running->stop->store(true);
    m_watcher.waitForFinished();
    m_running.reset();
    setBusy(false);
}

} // namespace spotter
