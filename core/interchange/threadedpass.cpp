// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/threadedpass.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <variant>

namespace spotter {

namespace {

using Item = std::variant<ImportedSession, ImportedSoreness, ImportProgress>;

/// What the reading thread hands to the calling thread, in order, with a bound on the sets held.
class Queue
{
public:
    /// Waits for room; false once the calling thread has stopped taking items.
    bool push(Item &&item, qsizetype weight)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_closed || m_weight < ThreadedPass::kQueuedSets; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_weight += weight;
        const bool wasEmpty = m_items.size() == 1;
        lock.unlock();
        if (wasEmpty)
            m_notEmpty.notify_one();
        return true;
    }

    /// The reading thread has ended with @p end, or with @p error.
    void finish(ImportPass::End end, std::exception_ptr error)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_finished = true;
            m_end = end;
            m_error = std::move(error);
        }
        m_notEmpty.notify_one();
    }

    /// Takes every item queued into @p out, waiting for one; false when the reading thread has
    /// finished and nothing is left.
    bool take(std::deque<Item> &out)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return m_finished || !m_items.empty(); });
        if (m_items.empty())
            return false;
        out.swap(m_items);
        m_weight = 0;
        lock.unlock();
        m_notFull.notify_one();
        return true;
    }

    /// The calling thread takes no more items: a waiting push() returns false.
    void close()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_notFull.notify_all();
    }

    [[nodiscard]] ImportPass::End end() const { return m_end; }
    [[nodiscard]] std::exception_ptr error() const { return m_error; }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<Item> m_items;
    qsizetype m_weight = 0;
    bool m_closed = false;
    bool m_finished = false;
    ImportPass::End m_end = ImportPass::End::Stopped;
    std::exception_ptr m_error;
};

/// The reading thread's sink: queues what the parser reads. A cancel of the caller's is passed
/// on to the pass through @p stop, which the pass checks every thousand rows.
class QueueSink : public ImportSink
{
public:
    QueueSink(Queue &queue, std::atomic_bool &stop, const std::atomic_bool *cancel)
        : m_queue(queue), m_stop(stop), m_cancel(cancel)
    {}

    void session(ImportedSession &&session) override
    {
        const qsizetype weight = std::max<qsizetype>(1, session.sets.size());
        put(Item(std::move(session)), weight);
    }
    void soreness(ImportedSoreness &&report) override { put(Item(std::move(report)), 1); }

private:
    void put(Item &&item, qsizetype weight)
    {
        if (m_cancel && m_cancel->load())
            m_stop = true;
        if (m_stop || !m_queue.push(std::move(item), weight))
            m_stop = true;
    }

    Queue &m_queue;
    std::atomic_bool &m_stop;
    const std::atomic_bool *m_cancel;
};

} // namespace

ThreadedPass::ThreadedPass(QFile &file, const ImportOptions &options, ImportProgress::Phase phase,
                           ImportDiagnostics &diagnostics, ImportResult &result)
    : m_file(file), m_options(options), m_phase(phase), m_diagnostics(diagnostics), m_result(result)
{}

ImportPass::End ThreadedPass::run(ImportSink &sink)
{
    if (QThread::idealThreadCount() < 2) {
        ImportPass pass(m_file, m_options, m_phase, m_diagnostics, m_result);
        pass.skip(m_skip);
        const ImportPass::End end = pass.run(sink);
        m_digest = pass.contentDigest();
        return end;
    }

    Queue queue;
    std::atomic_bool stop{false};
    // The reading thread's options: it stops on `stop`, and its progress goes through the queue
    // to be reported here.
    ImportOptions readerOptions = m_options;
    readerOptions.cancel = &stop;
    readerOptions.progress = nullptr;
    if (m_options.progress) {
        readerOptions.progress = [&queue](const ImportProgress &p) { queue.push(Item(p), 0); };
    }
    QueueSink queueSink(queue, stop, m_options.cancel);
    // The pass and everything it writes (the diagnostics, the result's format and rows) belong
    // to the reading thread until it has been joined.
    std::thread reader([&] {
        ImportPass::End end = ImportPass::End::Stopped;
        std::exception_ptr error;
        try {
            ImportPass pass(m_file, readerOptions, m_phase, m_diagnostics, m_result);
            pass.skip(m_skip);
            end = pass.run(queueSink);
            m_digest = pass.contentDigest(); // read by this thread's caller after join()
        } catch (...) {
            error = std::current_exception();
        }
        queue.finish(end, std::move(error));
    });
    const auto stopReading = [&] {
        stop = true;
        queue.close();
        reader.join();
    };

    bool cancelled = false;
    try {
        std::deque<Item> items;
        while (!cancelled && queue.take(items)) {
            for (Item &item : items) {
                if (m_options.cancel && m_options.cancel->load()) {
                    cancelled = true;
                    break;
                }
                if (auto *s = std::get_if<ImportedSession>(&item))
                    sink.session(std::move(*s));
                else if (auto *r = std::get_if<ImportedSoreness>(&item))
                    sink.soreness(std::move(*r));
                else
                    m_options.progress(std::get<ImportProgress>(item));
            }
            items.clear();
        }
    } catch (...) {
        stopReading();
        throw;
    }
    stopReading();
    if (queue.error())
        std::rethrow_exception(queue.error());
    if (cancelled || (m_options.cancel && m_options.cancel->load()))
        return ImportPass::End::Cancelled;
    return queue.end();
}

} // namespace spotter
