// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/importpass.h"

namespace spotter {

/// Runs an ImportPass with its reading and parsing on a thread of its own, and hands what it
/// reads, in file order, to a sink on the calling thread: the writing pass of an import then
/// parses the file while the database writes what was parsed before (docs/performance.md). The
/// calling thread keeps everything ImportOptions promises: progress is reported on it, and
/// setting ImportOptions::cancel stops both. An exception the sink throws (a file that changed,
/// a store error) stops the reading thread and is thrown on to the caller once it has ended.
class ThreadedPass
{
public:
    /// The pass's options become the reading thread's; @p options are the caller's.
    ThreadedPass(QFile &file, const ImportOptions &options, ImportProgress::Phase phase,
                 ImportDiagnostics &diagnostics, ImportResult &result);

    /// Leaves out the rows of the workouts @p rows rejects (ImportPass::skip()).
    void skip(const RejectedRows *rows) { m_skip = rows; }

    /// Reads the file and feeds @p sink. Without a second processor, simply ImportPass::run().
    ImportPass::End run(ImportSink &sink);
    /// The digest of the bytes the pass read (ImportPass::contentDigest()), once run() has ended.
    [[nodiscard]] size_t contentDigest() const { return m_digest; }

    /// Sets (or reports) held between the threads at most, which bounds memory.
    static constexpr qsizetype kQueuedSets = 32 * 1024;

private:
    QFile &m_file;
    const ImportOptions &m_options;
    ImportProgress::Phase m_phase;
    ImportDiagnostics &m_diagnostics;
    ImportResult &m_result;
    const RejectedRows *m_skip = nullptr;
    size_t m_digest = 0;
};

} // namespace spotter
