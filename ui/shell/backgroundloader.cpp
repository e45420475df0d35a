// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/backgroundloader.h"

#include "store/database.h"
#include "store/storeerror.h"
#include "shell/workspace.h"

#include <QThread>

#include <exception>

namespace spotter {

BackgroundLoader::BackgroundLoader(Workspace &workspace, QObject *parent) : QObject(parent), m_ws(workspace)
{
    // The Database the job reads must outlive it.
    connect(&m_ws, &Workspace::databaseAboutToBeReplaced, this, &BackgroundLoader::stop);
}

BackgroundLoader::~BackgroundLoader()
{
    // No signals from here: whoever listens may be half destroyed already.
    const QSignalBlocker block(this);
    stop();
}

void BackgroundLoader::startErased(Erased job)
{
    m_pending = std::move(job);
    if (m_thread) {
        m_thread->requestInterruption();
        return;
    }
    launch();
    emit busyChanged(true);
}

void BackgroundLoader::launch()
{
    Erased job = std::move(*m_pending);
    m_pending.reset();
    auto outcome = std::make_shared<Outcome>();
    const Database *db = &m_ws.database();
    const quint64 generation = ++m_generation;
    m_thread = QThread::create([db, job = std::move(job), outcome] {
        const StopRequested stop = [] { return QThread::currentThread()->isInterruptionRequested(); };
        try {
            outcome->deliver = job(*db, stop);
        } catch (const StoreError &e) {
            outcome->error = e.message();
        } catch (const std::exception &e) {
            outcome->error = QString::fromLocal8Bit(e.what());
        }
        db->closeThreadConnection();
    });
    connect(m_thread, &QThread::finished, this,
            [this, generation, outcome] { onThreadFinished(generation, outcome); });
    m_thread->start(QThread::LowPriority);
}

void BackgroundLoader::onThreadFinished(quint64 generation, const std::shared_ptr<Outcome> &outcome)
{
    if (generation != m_generation)
        return; // stopped and deleted by stop(); a later job is current
    const bool superseded = m_thread->isInterruptionRequested();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_pending) {
        launch();
        return;
    }
    if (!superseded) {
        if (!outcome->error.isEmpty())
            emit failed(outcome->error);
        else if (outcome->deliver)
            outcome->deliver();
    }
    emit busyChanged(false);
    emit finished();
}

void BackgroundLoader::stop()
{
    m_pending.reset();
    if (!m_thread)
        return;
    ++m_generation;
    m_thread->requestInterruption();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    emit busyChanged(false);
}

} // namespace spotter
