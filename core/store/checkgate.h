// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>
#include <QWaitCondition>

#include <functional>

class QThread;
#include <memory>

namespace spotter {

/// The integrity check of a file opened for writing without waiting for it (the GUI's
/// Database::Options::deferCheck), and the gate every write on that file passes first. Reads go
/// ahead at once; a write waits for the verdict, and once the check found damage every write is
/// refused with the damage message, so nothing ever lands in a damaged file. Whoever needs the
/// verdict first runs the check (the background job, or a write that came before it): no write
/// can wait for a check nobody runs.
class CheckGate
{
public:
    using Check = std::function<QStringList()>;
    using Message = std::function<QString(const QStringList &problems)>;

    /// @p check gives "ok" or the problems; @p message says them for people.
    CheckGate(QString file, Check check, Message message);
    CheckGate(const CheckGate &) = delete;
    CheckGate &operator=(const CheckGate &) = delete;

    /// The verdict: runs the check on the calling thread unless it already ran or runs elsewhere
    /// (then waits for that one). A check that could not run (storage, not damage) throws and
    /// leaves the verdict open for the next caller.
    QStringList verdict();
    /// True until a verdict is known.
    [[nodiscard]] bool pending() const;
    /// Before a write: waits for the verdict; throws StoreError (Corrupt) when it found damage.
    void beforeWrite();
    /// The owner goes: waits for a check running on another thread, and from then on the gate
    /// neither runs the check (it belongs to the owner) nor holds writes back.
    void close();

    [[nodiscard]] const QString &file() const { return m_file; }

    /// Registers @p gate for the writes on its file in this process (WriteTransaction).
    static void add(const std::shared_ptr<CheckGate> &gate);
    static void remove(const std::shared_ptr<CheckGate> &gate);
    /// Before a write on @p file: beforeWrite() of every gate registered for it. Cheap when none is.
    static void beforeWriteOn(const QString &file);
    /// The key files are registered under.
    [[nodiscard]] static QString key(const QString &file);

private:
    enum class State { Pending, Running, Passed, Damaged, Closed };

    const QString m_file;
    const Check m_check;
    const Message m_message;
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    State m_state = State::Pending;
    QStringList m_problems;
    QThread *m_runner = nullptr; ///< the thread running the check
};

} // namespace spotter
