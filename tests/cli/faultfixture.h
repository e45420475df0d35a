// SPDX-License-Identifier: GPL-3.0-or-later
// Storage faults for end-to-end tests: a small tmpfs that can fill up or be remounted read-only,
// and runs of spotter-cli as an unprivileged user. Tests often run as root (CI does), and root
// writes through file permissions: a read-only *mount* stops root, permissions stop only others.
#pragma once

#include "clirunner.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>

#include <sys/mount.h>
#include <unistd.h>

namespace spotter::test {

inline bool runningAsRoot()
{
    return ::geteuid() == 0;
}

/// A folder that is its own small tmpfs when the test may mount one (root), so that it can be
/// filled up or made read-only for everybody; otherwise a plain folder (mounted() is false).
class ScratchMount
{
public:
    ScratchMount(const QString &path, qint64 bytes) : m_path(path)
    {
        QDir().mkpath(path);
        if (!runningAsRoot())
            return;
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
        m_mounted =
            ::mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~ScratchMount()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    ScratchMount(const ScratchMount &) = delete;
    ScratchMount &operator=(const ScratchMount &) = delete;

    [[nodiscard]] bool mounted() const { return m_mounted; }
    [[nodiscard]] QString filePath(const QString &name) const { return m_path + u'/' + name; }

    /// Remounts read-only (nobody can write, root included); false when that is not possible.
    bool makeReadOnly() const
    {
        return m_mounted
               && ::mount(nullptr, QFile::encodeName(m_path).constData(), nullptr, MS_REMOUNT | MS_RDONLY,
                          nullptr)
                      == 0;
    }

    /// Fills the free space with one file, so that the next write fails with ENOSPC.
    bool fill() const
    {
        QFile filler(filePath(QStringLiteral("filler")));
        if (!m_mounted || !filler.open(QIODevice::WriteOnly))
            return false;
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
        return true;
    }

private:
    QString m_path;
    bool m_mounted = false;
};

/// The user id unprivileged runs take when the test runs as root ("nobody").
inline constexpr int kUnprivilegedId = 65534;

/// Gives @p path and everything under it to the unprivileged user (when running as root).
inline void giveToUnprivileged(const QString &path)
{
    if (runningAsRoot())
        QProcess::execute(QStringLiteral("chown"),
                          {QStringLiteral("-R"), QStringLiteral("%1:%1").arg(kUnprivilegedId), path});
}

/// Runs spotter-cli ARGUMENTS as an unprivileged user when the test runs as root (through
/// setpriv), so that file permissions apply; as is otherwise.
inline CliResult runUnprivileged(const CliRunner &cli, const QStringList &arguments)
{
    if (!runningAsRoot())
        return cli.runRaw(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = cli.directory().path();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    CliResult result;
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home);
    const QString id = QString::number(kUnprivilegedId);
    process.start(QStringLiteral("setpriv"),
                  QStringList{QStringLiteral("--reuid=") + id, QStringLiteral("--regid=") + id,
                              QStringLiteral("--clear-groups"), QStringLiteral("--"),
                              QStringLiteral(SPOTTER_CLI)}
                      + arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit) {
        result.failure = QStringLiteral("setpriv run did not finish: ") + process.errorString();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace spotter::test
