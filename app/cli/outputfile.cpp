// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include "context.h"
#include "model/privatefile.h"

#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace spotter::cli {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

} // namespace

OutputFile::OutputFile(Context &ctx, const QString &path) : m_path(path)
{
    if (isStdout(path)) {
        // What the command printed before must come first.
        ctx.out().flush();
        if (!m_stdout.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
            throw RuntimeError(Cli::tr("standard output cannot be written: %1").arg(m_stdout.errorString()));
        return;
    }
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        m_direct = std::make_unique<QFile>(path);
        if (!m_direct->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            throw RuntimeError(Cli::tr("cannot write '%1': %2").arg(path, m_direct->errorString()));
        return;
    }
    m_file = std::make_unique<QSaveFile>(path);
    if (!openPrivate(*m_file))
        throw RuntimeError(Cli::tr("cannot write '%1': %2").arg(path, m_file->errorString()));
}

OutputFile::~OutputFile() = default;

QIODevice *OutputFile::device()
{
    if (m_file)
        return m_file.get();
    if (m_direct)
        return m_direct.get();
    return &m_stdout;
}

void OutputFile::commit()
{
    if (m_file) {
        if (!m_file->commit())
            throw RuntimeError(Cli::tr("cannot write '%1': %2").arg(m_path, m_file->errorString()));
        return;
    }
    if (m_direct) {
        // A write error may only show when the device is flushed or closed.
        const bool ok = m_direct->error() == QFileDevice::NoError && m_direct->flush();
        m_direct->close();
        if (!ok || m_direct->error() != QFileDevice::NoError)
            throw RuntimeError(Cli::tr("cannot write '%1': %2").arg(m_path, m_direct->errorString()));
        return;
    }
    if (!m_stdout.flush())
        throw RuntimeError(Cli::tr("standard output cannot be written: %1").arg(m_stdout.errorString()));
}

} // namespace spotter::cli
