// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/checkgate.h"

#include "store/storeerror.h"

#include <QFileInfo>
#include <QList>
#include <QMultiHash>
#include <QMutexLocker>
#include <QThread>

#include <atomic>

namespace spotter {

namespace {

struct Registry
{
    QMutex mutex;
    QMultiHash<QString, std::shared_ptr<CheckGate>> gates;
    std::atomic<int> count{0}; ///< lets a write skip the lock when no check is deferred
};

Registry &registry()
{
    static Registry r;
    return r;
}

const QStringList &ok()
{
    static const QStringList value{QStringLiteral("ok")};
    return value;
}

} // namespace

CheckGate::CheckGate(QString file, Check check, Message message)
    : m_file(key(file)), m_check(std::move(check)), m_message(std::move(message))
{}

QString CheckGate::key(const QString &file)
{
    return QFileInfo(file).absoluteFilePath();
}

bool CheckGate::pending() const
{
    QMutexLocker lock(&m_mutex);
    return m_state == State::Pending || m_state == State::Running;
}

QStringList CheckGate::verdict()
{
    QMutexLocker lock(&m_mutex);
    // A check running at idle priority (the GUI's) has someone waiting for it now.
    if (m_state == State::Running && m_runner && m_runner != QThread::currentThread())
        m_runner->setPriority(QThread::NormalPriority);
    while (m_state == State::Running)
        m_changed.wait(&m_mutex);
    switch (m_state) {
    case State::Passed:
    case State::Closed: return ok();
    case State::Damaged: return m_problems;
    case State::Pending:
    case State::Running: break;
    }
    m_state = State::Running;
    m_runner = QThread::currentThread();
    lock.unlock();
    QStringList problems;
    try {
        problems = m_check();
    } catch (...) {
        lock.relock();
        m_runner = nullptr;
        m_state = State::Pending;
        m_changed.wakeAll();
        throw;
    }
    lock.relock();
    m_runner = nullptr;
    if (m_state == State::Running) {
        m_problems = problems;
        m_state = problems == ok() ? State::Passed : State::Damaged;
    }
    m_changed.wakeAll();
    return problems;
}

void CheckGate::beforeWrite()
{
    const QStringList problems = verdict();
    if (problems != ok())
        throw StoreError(StoreError::Kind::Corrupt, m_message(problems));
}

void CheckGate::close()
{
    QMutexLocker lock(&m_mutex);
    while (m_state == State::Running)
        m_changed.wait(&m_mutex);
    if (m_state == State::Pending)
        m_state = State::Closed;
    m_changed.wakeAll();
}

void CheckGate::add(const std::shared_ptr<CheckGate> &gate)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.gates.insert(gate->file(), gate);
    ++r.count;
}

void CheckGate::remove(const std::shared_ptr<CheckGate> &gate)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    if (r.gates.remove(gate->file(), gate) > 0)
        --r.count;
}

void CheckGate::beforeWriteOn(const QString &file)
{
    Registry &r = registry();
    if (r.count.load() == 0)
        return;
    QList<std::shared_ptr<CheckGate>> gates;
    {
        QMutexLocker lock(&r.mutex);
        gates = r.gates.values(key(file));
    }
    // Outside the registry's lock: a check takes a while, and other files' writes go on.
    for (const std::shared_ptr<CheckGate> &gate : std::as_const(gates))
        gate->beforeWrite();
}

} // namespace spotter
