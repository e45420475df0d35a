// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace spotter {

class Database;
class StoreError;
class Workspace;

/// The one way work leaves the UI thread: a page reading a coach's whole database, an import,
/// an export, a report. A job runs on a QtConcurrent pool thread with that thread's own
/// connection (a file's closed when the job ends, a team server's kept for the thread's next
/// job: Database::releaseThreadConnection()), returns a value type, and that value is handed to a
/// function on this object's thread, so widgets are only ever touched there.
///
/// One job at a time. Starting another while one runs asks the running one to stop and drops
/// its result; the new job starts when it has stopped. cancel() asks the running job to finish
/// early and still delivers what it returns (an import that says how far it got); stop() drops
/// everything and waits. The workspace's database is never replaced under a running job.
class BackgroundRunner : public QObject
{
    Q_OBJECT

public:
    /// What a job sees of its runner, on the worker thread.
    class Control
    {
    public:
        /// True once the job should end: cancelled, superseded or stopped. Poll between steps.
        [[nodiscard]] bool stopRequested() const { return m_stop->load(); }
        /// The same, for code that takes a flag (Importer's cancel option).
        [[nodiscard]] const std::atomic_bool &stopFlag() const { return *m_stop; }
        /// Shown as progressChanged() on the runner's thread (dropped if the job's result is).
        void reportProgress(int percent, const QString &text) const;

    private:
        friend class BackgroundRunner;
        std::shared_ptr<std::atomic_bool> m_stop;
        QPointer<BackgroundRunner> m_runner;
        quint64 m_generation = 0;
    };

    template <typename R>
    using Job = std::function<R(const Database &, const Control &)>;

    explicit BackgroundRunner(Workspace &workspace, QObject *parent = nullptr);
    ~BackgroundRunner() override;

    /// Runs @p job off the UI thread, then @p done with its result on this object's thread.
    template <typename R>
    void start(Job<R> job, std::function<void(R)> done)
    {
        startErased(
            [job = std::move(job), done = std::move(done)](const Database &db, const Control &control) {
                auto result = std::make_shared<R>(job(db, control));
                return std::function<void()>([done, result] { done(std::move(*result)); });
            });
    }

    [[nodiscard]] bool isBusy() const { return m_running.has_value(); }
    /// For a runner that reads a page's data: a job that fails with a StoreError is reported
    /// to the workspace as a read of @p what that failed (Workspace::reportReadFailure), and
    /// failed() carries the text it gives.
    void setReading(const QString &what) { m_reading = what; }
    /// Asks the running job to end early; what it returns is still delivered.
    void cancel();
    /// Asks the running job to stop and waits for it; nothing is delivered.
    void stop();

signals:
    void busyChanged(bool busy);
    void progressChanged(int percent, const QString &text);
    /// A job's result was delivered, or it failed: for views and tests to wait on.
    void finished();
    /// The job threw; @p message is for people.
    void failed(const QString &message);

private:
    using Erased = std::function<std::function<void()>(const Database &, const Control &)>;
    struct Outcome
    {
        std::function<void()> deliver;
        QString error;
        std::shared_ptr<StoreError> storeError; ///< when the job threw one
    };
    struct Running
    {
        quint64 generation = 0;
        std::shared_ptr<std::atomic_bool> stop;
        std::shared_ptr<Outcome> outcome;
        bool dropResult = false;
    };

    void startErased(Erased job);
    void launch();
    void onJobFinished();
    void setBusy(bool busy);

    Workspace &m_ws;
    QFutureWatcher<void> m_watcher;
    std::optional<Running> m_running;
    std::optional<Erased> m_pending;
    quint64 m_generation = 0;
    bool m_busyAnnounced = false; ///< what busyChanged() last said
    QString m_reading;
};

} // namespace spotter
