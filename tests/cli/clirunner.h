// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real spotter-cli binary for end-to-end tests.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>
#include <string>

#ifndef SPOTTER_CLI
#error "clirunner.h needs the SPOTTER_CLI compile definition (the path of spotter-cli)"
#endif

namespace spotter::test {

/// What one run of spotter-cli did.
struct CliResult
{
    int exitCode = -1; ///< -1 when the process crashed, timed out or could not start
    QString out;       ///< stdout, decoded as UTF-8
    QString err;       ///< stderr, decoded as UTF-8
    QString failure;   ///< why the run did not finish normally; empty when it did

    [[nodiscard]] bool finished() const { return failure.isEmpty(); }
    /// stdout split into lines, without the final empty one.
    [[nodiscard]] QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    /// stdout read as one JSON object.
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

/// Exit code, stdout and stderr of a run, for assertion messages:
///   EXPECT_EQ(r.exitCode, 0) << r;
inline std::ostream &operator<<(std::ostream &os, const CliResult &r)
{
    os << "\n--- exit code " << r.exitCode;
    if (!r.finished())
        os << " (" << r.failure.toStdString() << ')';
    return os << "\n--- stdout:\n" << r.out.toStdString() << "--- stderr:\n" << r.err.toStdString();
}

/// Runs spotter-cli once and collects what it did; the building block of runCli() and CliRunner.
inline CliResult runProcess(const QStringList &arguments, const QProcessEnvironment &environment,
                            const QString &workingDirectory, const QByteArray &input, int timeoutMs)
{
    CliResult result;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(SPOTTER_CLI), arguments);
    if (!process.waitForStarted(timeoutMs)) {
        result.failure = QStringLiteral("could not start: ") + process.errorString();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.failure = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
    } else if (process.exitStatus() != QProcess::NormalExit) {
        result.failure = QStringLiteral("crashed: ") + process.errorString();
    } else {
        result.exitCode = process.exitCode();
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

/// Runs spotter-cli with @p arguments as given. XDG_DATA_HOME points to @p dataHome when one is
/// given, so the default database is never the user's. A run that does not finish is a test
/// failure. For a private database and environment per test, use CliRunner or CliTest.
inline CliResult runCli(const QStringList &arguments, const QString &dataHome = QString(),
                        const QByteArray &stdinData = QByteArray())
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!dataHome.isEmpty())
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    CliResult result = runProcess(arguments, environment, QDir::currentPath(), stdinData, 120'000);
    if (!result.finished())
        ADD_FAILURE() << "spotter-cli " << arguments.join(u' ').toStdString() << ": "
                      << result.failure.toStdString();
    return result;
}

/// Runs spotter-cli against a database in its own temporary folder. HOME and the XDG folders
/// point into that folder as well, so even a run without --db cannot reach a real user's data.
class CliRunner
{
public:
    CliRunner() { m_environment = environmentIn(m_dir.path()); }

    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    /// The private folder: HOME and XDG_DATA_HOME, so the default database is
    /// <folder>/spotter/spotter.sqlite.
    [[nodiscard]] const QTemporaryDir &directory() const { return m_dir; }
    /// The database every run() uses; spotter-cli creates it on first use.
    [[nodiscard]] QString dbPath() const { return m_dir.filePath(QStringLiteral("spotter.sqlite")); }
    /// A path inside the temporary folder, for files a test writes or expects.
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }
    /// Longest a run may take before it is killed and reported as failed.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /// Adds or replaces one environment variable of the runs (TZ, LC_ALL, ...).
    void setEnvironment(const QString &name, const QString &value) { m_environment.insert(name, value); }

    /// spotter-cli --db <dbPath()> ARGUMENTS..., with @p input on stdin.
    CliResult run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return runRaw(QStringList{QStringLiteral("--db"), dbPath()} + arguments, input);
    }

    /// spotter-cli ARGUMENTS... exactly as given (no --db).
    CliResult runRaw(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return runProcess(arguments, m_environment, m_dir.path(), input, m_timeoutMs);
    }

private:
    static QProcessEnvironment environmentIn(const QString &folder)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QDir dir(folder);
        env.insert(QStringLiteral("HOME"), folder);
        env.insert(QStringLiteral("XDG_DATA_HOME"), folder);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), dir.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    int m_timeoutMs = 60'000;
};

/// A fixture with a fresh CliRunner per test: `cli.run({...})`, or the shorthands run(),
/// dbPath() and file().
class CliTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(cli.isValid()); }

    [[nodiscard]] QString dbPath() const { return cli.dbPath(); }
    [[nodiscard]] QString file(const QString &name) const { return cli.filePath(name); }
    /// spotter-cli --db <dbPath()> ARGUMENTS...
    CliResult run(const QStringList &arguments) const { return cli.run(arguments); }

    CliRunner cli;
    const QTemporaryDir &m_dir = cli.directory(); ///< the runner's folder, for runCli(..., m_dir.path())
};

} // namespace spotter::test

/// Expects an exit code and prints the run's streams when it differs.
#define EXPECT_CLI(result, code) EXPECT_EQ((result).exitCode, code) << (result)
