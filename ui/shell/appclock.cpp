// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/appclock.h"

#include "model/clock.h"

#include <QGuiApplication>
#include <QTimer>

#include <algorithm>

namespace spotter {

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kLateMs = 200; ///< wake a little after the minute turns, never just before

qint64 minuteOf(const QDateTime &t)
{
    return t.toSecsSinceEpoch() / 60;
}

} // namespace

AppClock::AppClock(QObject *parent) : QObject(parent), m_timer(new QTimer(this)), m_last(Clock::now())
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] {
        check();
        schedule();
    });
    // The timer runs on the monotonic clock, which stops while the machine sleeps: coming back
    // to the window re-reads the time at once.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive)
                check();
        });
    }
    schedule();
}

void AppClock::check()
{
    const QDateTime now = Clock::now();
    const QDateTime before = m_last;
    m_last = now;
    if (minuteOf(now) == minuteOf(before) && now.date() == before.date())
        return;
    emit minuteChanged(now);
    if (now.date() != before.date())
        emit dayChanged(now.date());
}

void AppClock::schedule()
{
    const qint64 intoMinute = Clock::now().toMSecsSinceEpoch() % kMinuteMs;
    m_timer->start(static_cast<int>(std::clamp(kMinuteMs - intoMinute + kLateMs, qint64{1000}, kMinuteMs)));
}

} // namespace spotter
