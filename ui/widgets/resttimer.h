// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace spotter {

/// The rest between sets: start it after a set, and the next set logged takes the time rested
/// as its rest. Counts up towards the default rest (AppSettings) and says when it is reached.
class RestTimer : public QWidget
{
    Q_OBJECT

public:
    /// Milliseconds from any fixed point; monotonic. Tests give a fake one.
    using Clock = std::function<qint64()>;

    explicit RestTimer(QWidget *parent = nullptr);

    void setClock(Clock clock);
    /// Seconds to rest before the next set (the progress bar's end).
    void setTarget(int seconds);
    [[nodiscard]] int target() const { return m_target; }

    [[nodiscard]] bool isRunning() const { return m_startedAt.has_value(); }
    [[nodiscard]] int elapsedSeconds() const;
    [[nodiscard]] QPushButton *button() const { return m_button; }
    [[nodiscard]] QString displayText() const;

    void start();
    void stop();
    void toggle();
    /// The rest taken so far, which stops the timer: the set it is given to has begun.
    std::optional<int> take();

public slots:
    /// Updates the display from the clock (the page's timer calls it; tests call it directly).
    void tick();

signals:
    void runningChanged(bool running);
    /// The rest reached the target once.
    void targetReached();

private:
    void refresh();

    Clock m_clock;
    std::optional<qint64> m_startedAt;
    int m_target = 180;
    int m_lastRest = -1; ///< shown after the rest was given to a set
    bool m_reached = false;
    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_button;
    QTimer *m_timer;
};

} // namespace spotter
