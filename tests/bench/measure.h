// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <stdexcept>

namespace spotter::bench {

/// A benchmark could not run (a command failed); the message says which and why.
class BenchError : public std::runtime_error
{
public:
    explicit BenchError(const QString &message) : std::runtime_error(message.toStdString()) {}
};

/// One program run: what to start, where its standard output goes, what to do (untimed) before
/// each run, and whether the program times itself (then its JSON output's "ms" is the sample;
/// otherwise the wall-clock time from start to exit is).
struct Command
{
    QString program;
    QStringList arguments;
    QString stdoutFile; ///< empty: discarded
    std::function<void()> prepare;
    bool selfTimed = false;
};

struct Sample
{
    double ms = 0.0;
    QJsonObject report; ///< what a self-timed program printed
};

/// Runs a command to completion and returns its standard output; throws BenchError.
QByteArray output(const QString &program, const QStringList &arguments);

/// Runs @p command once; throws BenchError when it does not exit with 0.
[[nodiscard]] Sample runOnce(const Command &command);

struct Stats
{
    double median = 0.0;
    double min = 0.0;
    double max = 0.0;
};
[[nodiscard]] Stats statsOf(QList<double> values);

/// Spotter's and the baseline's samples of one benchmark, measured alternately in the same run
/// so that both see the same machine load.
struct Pair
{
    QList<Sample> spotter;
    QList<Sample> baseline;
};
[[nodiscard]] Pair runAlternately(const Command &spotter, const Command &baseline, int runs);

/// Removes a database file with its -wal and -shm companions.
void removeDatabase(const QString &path);
/// Copies a database file (checkpointed, so there is no -wal to copy) over @p target.
void copyDatabase(const QString &source, const QString &target);

} // namespace spotter::bench
