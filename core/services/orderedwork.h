// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

#include <QScopeGuard>
#include <QtGlobal>

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace spotter {

/// Works through items 0 … @p count − 1 on up to @p threads threads and hands each result to
/// @p deliver on the calling thread, in item order: output reads as if the items had been done
/// one after the other.
///
/// Each thread keeps one store connection for every item it takes and closes it when it ends. A
/// connection to a team server is a process there, with its own caches to fill and a login to
/// check; one per item cost `analyze --all` more than its queries (docs/performance.md,
/// benchmark 8).
///
/// Threads take an item only while it is fewer than @p ahead items past the one the caller
/// waits for, so memory follows the largest items rather than their number. An item that throws
/// stops the threads from taking more; its exception reaches the caller when its turn comes,
/// after the items before it were delivered. Every thread has ended when this returns or throws.
template <typename Result>
void forEachInOrder(const Database &db, qsizetype count, int threads, qsizetype ahead,
                    const std::function<Result(qsizetype)> &work,
                    const std::function<void(Result &&)> &deliver)
{
    struct Slot
    {
        std::optional<Result> result;
        std::exception_ptr error;
    };
    std::mutex mutex;
    std::condition_variable changed;
    std::map<qsizetype, Slot> done;
    qsizetype next = 0;       // the next item a thread takes
    qsizetype waitingFor = 0; // the item the caller delivers next
    bool stop = false;
    ahead = std::max<qsizetype>(ahead, 1);

    const auto worker = [&] {
        for (;;) {
            qsizetype item = 0;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stop || next >= count || next < waitingFor + ahead; });
                if (stop || next >= count)
                    break;
                item = next++;
            }
            Slot slot;
            try {
                slot.result.emplace(work(item));
            } catch (...) {
                slot.error = std::current_exception();
            }
            {
                const std::lock_guard lock(mutex);
                stop = stop || slot.error != nullptr;
                done.emplace(item, std::move(slot));
            }
            changed.notify_all();
        }
        db.closeThreadConnection();
    };

    std::vector<std::jthread> pool;
    // Declared after the pool, so it runs first: however this function is left, the threads are
    // told to stop and then joined.
    const auto finish = qScopeGuard([&] {
        {
            const std::lock_guard lock(mutex);
            stop = true;
        }
        changed.notify_all();
        pool.clear();
    });
    const qsizetype size = std::min<qsizetype>(std::max(threads, 1), count);
    pool.reserve(static_cast<std::size_t>(std::max<qsizetype>(size, 0)));
    for (qsizetype i = 0; i < size; ++i)
        pool.emplace_back(worker);

    for (qsizetype item = 0; item < count; ++item) {
        Slot slot;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return done.contains(item); });
            slot = std::move(done.extract(item).mapped());
            waitingFor = item + 1;
        }
        changed.notify_all();
        if (slot.error)
            std::rethrow_exception(slot.error);
        deliver(std::move(*slot.result));
    }
}

} // namespace spotter
