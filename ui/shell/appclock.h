// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace spotter {

/// Makes the passing of time an input: views that show time-dependent facts (open warnings,
/// "2 days ago", "the last 4 weeks") re-read when this clock moves, not only when data changes.
/// It reads the one "now" (`Clock::now()`): every minute on a timer, when the application becomes
/// active again (after a suspend the timer may lag) and whenever check() is called, which is how
/// a test with a fixed `Clock` moves the app past midnight.
class AppClock : public QObject
{
    Q_OBJECT

public:
    explicit AppClock(QObject *parent = nullptr);

    /// The time of the last check.
    [[nodiscard]] QDateTime lastSeen() const { return m_last; }

    /// Reads the clock now; signals when the minute (and the day) differ from the last check.
    void check();

signals:
    /// The clock entered another minute (or jumped) since the last check.
    void minuteChanged(const QDateTime &now);
    /// The local calendar day changed since the last check (after minuteChanged).
    void dayChanged(const QDate &today);

private:
    void schedule();

    QTimer *m_timer;
    QDateTime m_last;
};

} // namespace spotter
