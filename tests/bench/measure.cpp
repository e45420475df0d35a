// SPDX-License-Identifier: GPL-3.0-or-later
#include "measure.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <algorithm>

namespace spotter::bench {

QByteArray output(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForStarted(60'000) || !p.waitForFinished(60 * 60'000) || p.exitStatus() != QProcess::NormalExit
        || p.exitCode() != 0)
        throw BenchError(
            QStringLiteral("%1 %2 failed: %3")
                .arg(program, arguments.join(u' '), QString::fromUtf8(p.readAllStandardError())));
    return p.readAllStandardOutput();
}

Sample runOnce(const Command &command)
{
    if (command.prepare)
        command.prepare();
    QProcess process;
    process.setStandardOutputFile(command.stdoutFile.isEmpty() ? QProcess::nullDevice() : command.stdoutFile);
    if (command.selfTimed)
        process.setStandardOutputFile(QString()); // read it back below
    QElapsedTimer timer;
    timer.start();
    process.start(command.program, command.arguments);
    if (!process.waitForStarted(60'000))
        throw BenchError(QStringLiteral("%1 did not start: %2").arg(command.program, process.errorString()));
    const bool finished = process.waitForFinished(30 * 60'000);
    const double wallMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const QString what = command.program + u' ' + command.arguments.join(u' ');
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw BenchError(QStringLiteral("%1 failed (exit %2): %3")
                             .arg(what)
                             .arg(process.exitCode())
                             .arg(QString::fromUtf8(process.readAllStandardError()).trimmed()));
    Sample sample{wallMs, {}};
    if (command.selfTimed) {
        sample.report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        if (!sample.report.contains(QStringLiteral("ms")))
            throw BenchError(QStringLiteral("%1 printed no timing").arg(what));
        sample.ms = sample.report.value(QStringLiteral("ms")).toDouble();
    }
    return sample;
}

Stats statsOf(QList<double> values)
{
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    const double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    return {median, values.first(), values.last()};
}

Pair runAlternately(const Command &spotter, const Command &baseline, int runs)
{
    Pair pair;
    for (int i = 0; i < runs; ++i) {
        // Alternate which goes first, so neither always follows the other's cache effects.
        if (i % 2 == 0) {
            pair.spotter.append(runOnce(spotter));
            pair.baseline.append(runOnce(baseline));
        } else {
            pair.baseline.append(runOnce(baseline));
            pair.spotter.append(runOnce(spotter));
        }
    }
    return pair;
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

void copyDatabase(const QString &source, const QString &target)
{
    removeDatabase(target);
    if (!QFile::copy(source, target))
        throw BenchError(QStringLiteral("cannot copy %1 to %2").arg(source, target));
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace spotter::bench
