// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace spotter::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the real spotter-cli binary (SPOTTER_CLI) with @p arguments and waits for it.
/// XDG_DATA_HOME points into a temporary folder so the default database is never the user's.
inline CliResult runCli(const QStringList &arguments, const QString &dataHome = QString(),
                        const QByteArray &stdinData = QByteArray())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!dataHome.isEmpty())
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SPOTTER_CLI), arguments);
    if (!p.waitForStarted(10000)) {
        ADD_FAILURE() << "spotter-cli did not start";
        return {};
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        ADD_FAILURE() << "spotter-cli did not finish";
        return {};
    }
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// A temporary folder with a database path; run() adds --db automatically.
class CliTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    [[nodiscard]] QString dbPath() const { return m_dir.filePath(QStringLiteral("spotter.sqlite")); }
    [[nodiscard]] QString file(const QString &name) const { return m_dir.filePath(name); }
    CliResult run(const QStringList &arguments) const
    {
        return runCli(QStringList{QStringLiteral("--db"), dbPath()} + arguments, m_dir.path());
    }

    QTemporaryDir m_dir;
};

} // namespace spotter::test

/// Prints the streams of a failed run.
#define EXPECT_CLI(result, code)                                                                   \
    EXPECT_EQ((result).exitCode, code) << "stdout: " << (result).out.toStdString()                 \
                                       << "\nstderr: " << (result).err.toStdString()
