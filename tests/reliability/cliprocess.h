// SPDX-License-Identifier: GPL-3.0-or-later
// spotter-cli in the background, for tests that kill it or run two at once, and the files and
// counts those tests compare.
#pragma once

#include "dbdump.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#ifndef SPOTTER_CLI
#error "cliprocess.h needs the SPOTTER_CLI compile definition (the path of spotter-cli)"
#endif

namespace spotter::test {

/// HOME and the XDG folders inside @p folder, so no run can reach a real user's data.
inline QProcessEnvironment privateEnvironment(const QString &folder)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), folder);
    env.insert(QStringLiteral("XDG_DATA_HOME"), folder);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

/// One spotter-cli process whose standard error is read while it runs.
class CliProcess
{
public:
    explicit CliProcess(const QString &folder)
    {
        m_process.setProcessEnvironment(privateEnvironment(folder));
        m_process.setWorkingDirectory(folder);
    }
    ~CliProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    CliProcess(const CliProcess &) = delete;
    CliProcess &operator=(const CliProcess &) = delete;

    bool start(const QStringList &arguments)
    {
        m_process.start(QStringLiteral(SPOTTER_CLI), arguments);
        m_clock.start();
        return m_process.waitForStarted(30'000);
    }
    /// Collects output for up to @p waitMs; false once the process has ended.
    bool poll(int waitMs)
    {
        if (m_process.state() == QProcess::Running)
            m_process.waitForFinished(waitMs);
        collect();
        if (m_process.state() == QProcess::NotRunning && m_finishedMs < 0)
            m_finishedMs = m_clock.elapsed();
        return m_process.state() != QProcess::NotRunning;
    }
    /// Waits until standard error contains @p text; false if the process ended first or
    /// @p timeoutMs passed.
    bool waitForError(const QString &text, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (!m_err.contains(text)) {
            if (!poll(2) || t.elapsed() > timeoutMs)
                return m_err.contains(text);
        }
        return true;
    }
    /// SIGKILL: no destructor, no rollback, no checkpoint runs in the process.
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(60'000);
        collect();
    }
    bool waitForFinished(int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (poll(20)) {
            if (t.elapsed() > timeoutMs)
                return false;
        }
        return true;
    }

    [[nodiscard]] bool exitedNormally() const
    {
        return m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::NormalExit;
    }
    [[nodiscard]] int exitCode() const { return exitedNormally() ? m_process.exitCode() : -1; }
    [[nodiscard]] const QString &out() const { return m_out; }
    [[nodiscard]] const QString &err() const { return m_err; }
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.elapsed(); }
    /// Milliseconds from start to exit, or -1 while it runs.
    [[nodiscard]] qint64 finishedMs() const { return m_finishedMs; }

private:
    void collect()
    {
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        m_err += QString::fromUtf8(m_process.readAllStandardError());
    }

    QProcess m_process;
    QElapsedTimer m_clock;
    qint64 m_finishedMs = -1;
    QString m_out;
    QString m_err;
};

/// Rows of the tables an import writes.
inline QMap<QString, qint64> tableCounts(const QString &db)
{
    QMap<QString, qint64> counts;
    for (const char *table : {"athlete", "exercise", "exercise_alias", "session", "workout_set", "soreness"})
        counts.insert(QString::fromLatin1(table), rowCount(db, QString::fromLatin1(table)));
    return counts;
}

/// Copies a closed database file (no -wal or -shm beside it) over @p target and its side files.
inline bool copyDatabase(const QString &from, const QString &target)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target + suffix);
    return QFile::copy(from, target);
}

/// A Strong export (V2 columns, weights in kg) of @p sessions workouts of @p setsPerSession
/// sets each, one a day from 2010, rotating over catalogue exercises and one the catalogue
/// lacks. Returns the number of data rows.
inline qint64 writeStrongCsv(const QString &path, int sessions, int setsPerSession)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    static const char *const exercises[] = {"Bench Press (Barbell)", "Squat (Barbell)", "Deadlift (Barbell)",
                                            "Overhead Press (Barbell)", "Crash Test Curl"};
    QByteArray buffer =
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
        "Workout Notes,RPE\n";
    const QDateTime first(QDate(2010, 1, 1), QTime(18, 0));
    qint64 rows = 0;
    for (int s = 0; s < sessions; ++s) {
        const QByteArray start = first.addDays(s).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1();
        for (int i = 0; i < setsPerSession; ++i) {
            buffer += start + ",Session " + QByteArray::number(s) + ",1h 5m," + exercises[(s + i / 5) % 5]
                      + ',' + QByteArray::number(i % 5 + 1) + ','
                      + QByteArray::number(40 + (s * 7 + i * 3) % 160) + ",5,0,0,,,"
                      + QByteArray::number(6 + (i % 4)) + '\n';
            ++rows;
        }
        if (buffer.size() > 1 << 20) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
    return f.error() == QFileDevice::NoError ? rows : -1;
}

inline int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

} // namespace spotter::test
