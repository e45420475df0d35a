// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>

#include <memory>

class QIODevice;
class QSaveFile;

namespace spotter::cli {

class Context;

/// Where a command writes a file: standard output for '-', /dev/stdout or no path; a pipe or a
/// device written straight to (replacing one with a regular file would lose the output); otherwise
/// a file that only appears, complete, when commit() is called (QSaveFile), so a failed export
/// never leaves half a file where a spreadsheet expects a whole one. A new file is readable by its
/// owner only: exports and reports hold health data, like the database.
class OutputFile
{
public:
    /// Throws RuntimeError when the file cannot be created.
    OutputFile(Context &ctx, const QString &path);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    [[nodiscard]] QIODevice *device();
    /// True when the output is a file the command names in its summary (not stdout).
    [[nodiscard]] bool isFile() const { return m_file != nullptr || m_direct != nullptr; }
    [[nodiscard]] const QString &path() const { return m_path; }
    /// Puts the file in place, or flushes standard output; throws RuntimeError.
    void commit();

    /// True when @p path means standard output.
    [[nodiscard]] static bool isStdout(const QString &path)
    {
        return path.isEmpty() || path == u"-" || path == u"/dev/stdout";
    }

private:
    QString m_path;
    QFile m_stdout;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QFile> m_direct; ///< a pipe or a device
};

} // namespace spotter::cli
