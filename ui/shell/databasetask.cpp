// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/databasetask.h"

#include "store/database.h"
#include "store/storeerror.h"

#include <QThread>

namespace spotter {

DatabaseTask::DatabaseTask(const Database &db, Work work, QObject *parent)
    : QObject(parent), m_db(db), m_work(std::move(work))
{}

DatabaseTask::~DatabaseTask()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void DatabaseTask::start()
{
    Q_ASSERT(!m_thread);
    m_running = true;
    m_thread = QThread::create([this] {
        std::function<void()> done;
        QString failure;
        try {
            done = m_work(*this);
        } catch (const StoreError &e) {
            failure = e.message();
        }
        // Queries and the connection belong to this thread: close it before the thread ends.
        m_db.closeThreadConnection();
        QMetaObject::invokeMethod(
            this,
            [this, done = std::move(done), failure] {
                m_running = false;
                if (!failure.isEmpty())
                    emit failed(failure);
                else if (done)
                    done();
                emit finished();
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void DatabaseTask::reportProgress(int percent, const QString &text)
{
    emit progressChanged(percent, text);
}

} // namespace spotter
