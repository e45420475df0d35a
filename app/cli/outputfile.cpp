// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include "context.h"

#include <QSaveFile>

#include <cstdio>

namespace spotter::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("spotter::cli", text);
}

} // namespace

OutputFile::OutputFile(Context &ctx, const QString &path) : m_path(path)
{
    if (isStdout(path)) {
        // What the command printed before must come first.
        ctx.out().flush();
        if (!m_stdout.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
            throw RuntimeError(tr("standard output cannot be written: %1").arg(m_stdout.errorString()));
        return;
    }
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly))
        throw RuntimeError(tr("cannot write '%1': %2").arg(path, m_file->errorString()));
}

OutputFile::~OutputFile() = default;

QIODevice *OutputFile::device()
{
    return m_file ? static_cast<QIODevice *>(m_file.get()) : &m_stdout;
}

void OutputFile::commit()
{
    if (m_file) {
        if (!m_file->commit())
            throw RuntimeError(tr("cannot write '%1': %2").arg(m_path, m_file->errorString()));
        return;
    }
    if (!m_stdout.flush())
        throw RuntimeError(tr("standard output cannot be written: %1").arg(m_stdout.errorString()));
}

} // namespace spotter::cli
