// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace spotter {

class Database;
class Workspace;

/// Runs a read job off the UI thread and hands the value it computes back on the UI thread, so
/// that a page reading a coach's whole database never freezes the window. The job gets the
/// workspace's Database and uses its own per-thread connection, which is closed before the
/// thread ends. One job at a time: a new one asks the running one to stop (its result is
/// dropped) and starts when it has. Jobs return value types only.
class BackgroundLoader : public QObject
{
    Q_OBJECT

public:
    /// Polled by a job between steps; true once its result is no longer wanted.
    using StopRequested = std::function<bool()>;
    template <typename R>
    using Job = std::function<R(const Database &, const StopRequested &)>;

    explicit BackgroundLoader(Workspace &workspace, QObject *parent = nullptr);
    ~BackgroundLoader() override;

    /// Runs @p job on a worker thread, then @p done with its result on this object's thread.
    template <typename R>
    void start(Job<R> job, std::function<void(R)> done)
    {
        startErased(
            [job = std::move(job), done = std::move(done)](const Database &db, const StopRequested &stop) {
                auto result = std::make_shared<R>(job(db, stop));
                return std::function<void()>([done, result] { done(std::move(*result)); });
            });
    }

    [[nodiscard]] bool isBusy() const { return m_thread != nullptr; }
    /// Asks the running job to stop and waits for it; nothing is delivered.
    void stop();

signals:
    void busyChanged(bool busy);
    /// A job's result was delivered (or it failed): for tests to wait on.
    void finished();
    /// The job threw; @p message is for people.
    void failed(const QString &message);

private:
    using Erased = std::function<std::function<void()>(const Database &, const StopRequested &)>;
    struct Outcome
    {
        std::function<void()> deliver;
        QString error;
    };

    void startErased(Erased job);
    void launch();
    void onThreadFinished(quint64 generation, const std::shared_ptr<Outcome> &outcome);

    Workspace &m_ws;
    QThread *m_thread = nullptr;
    std::optional<Erased> m_pending;
    quint64 m_generation = 0; ///< tells a finished thread whether it is still the current one
};

} // namespace spotter
