// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/clock.h"

#include <QMutex>
#include <QMutexLocker>

namespace spotter {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QDateTime &fixedTime()
{
    static QDateTime fixed;
    return fixed;
}

} // namespace

QDateTime Clock::now()
{
    {
        const QMutexLocker lock(&mutex());
        if (fixedTime().isValid())
            return fixedTime();
    }
    return QDateTime::currentDateTime();
}

void Clock::set(const QDateTime &fixed)
{
    const QMutexLocker lock(&mutex());
    fixedTime() = fixed;
}

void Clock::advance(qint64 seconds)
{
    const QMutexLocker lock(&mutex());
    if (fixedTime().isValid())
        fixedTime() = fixedTime().addSecs(seconds);
}

bool Clock::isFixed()
{
    const QMutexLocker lock(&mutex());
    return fixedTime().isValid();
}

} // namespace spotter
