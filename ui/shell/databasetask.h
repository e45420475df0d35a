// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace spotter {

class Database;

/// Runs heavy store work (an import, an export, a report) off the UI thread: on its own thread,
/// with that thread's own connection, which it closes before the thread ends. The work returns a
/// function that is then run on the UI thread with its results (a queued call), so widgets are
/// only ever touched there. One task runs one piece of work; destroying it cancels and waits.
class DatabaseTask : public QObject
{
    Q_OBJECT

public:
    /// Runs on the worker thread; returns what to do on the UI thread once it is done.
    using Work = std::function<std::function<void()>(DatabaseTask &task)>;

    DatabaseTask(const Database &db, Work work, QObject *parent = nullptr);
    ~DatabaseTask() override;
    DatabaseTask(const DatabaseTask &) = delete;
    DatabaseTask &operator=(const DatabaseTask &) = delete;

    void start();
    /// Asks the work to stop; it checks cancelFlag() at its own pace.
    void cancel() { m_cancel.store(true); }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const std::atomic_bool &cancelFlag() const { return m_cancel; }

    /// Called by the work on its thread; delivered to the UI thread as progressChanged().
    void reportProgress(int percent, const QString &text);

signals:
    void progressChanged(int percent, const QString &text);
    /// The work is over and its result function has run.
    void finished();
    /// The store failed (StoreError); the message is for people.
    void failed(const QString &message);

private:
    const Database &m_db;
    Work m_work;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
};

} // namespace spotter
