// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/resttimer.h"

#include "models/setformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

#include <memory>

namespace spotter {

namespace {

enum class Phase { Idle, Resting, Ready, Rested };

QString phaseText(Phase phase, int seconds, int target)
{
    switch (phase) {
    case Phase::Idle: return RestTimer::tr("Rest timer: start it after a set");
    case Phase::Resting: return RestTimer::tr("Rest %1 of %2").arg(formatClock(seconds), formatClock(target));
    case Phase::Ready: return RestTimer::tr("Rest %1 — ready for the next set").arg(formatClock(seconds));
    case Phase::Rested: return RestTimer::tr("Rested %1 before the last set").arg(formatClock(seconds));
    }
    return {};
}

} // namespace

RestTimer::RestTimer(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_button(new QPushButton(this))
    , m_timer(new QTimer(this))
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    m_clock = [elapsed] { return elapsed->elapsed(); };

    setAccessibleName(tr("Rest timer"));
    // As wide as its longest text, so the seconds ticking never push the layout around.
    QFont bold = m_label->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int width = 0;
    for (const Phase phase : {Phase::Idle, Phase::Resting, Phase::Ready, Phase::Rested})
        width = std::max(width, metrics.horizontalAdvance(phaseText(phase, 5999, 5999)));
    m_label->setMinimumWidth(width + 4);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(120);
    m_progress->setFixedHeight(m_label->fontMetrics().height() / 2 + 2);
    m_progress->setAccessibleName(tr("Rest so far"));
    m_button->setToolTip(tr("Start the rest after a set (Ctrl+T); the next set you log gets the time "
                            "rested as its rest"));
    m_button->setFocusPolicy(Qt::TabFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);

    // A quarter-second tick keeps the seconds display on time without a busy loop.
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &RestTimer::tick);
    connect(m_button, &QPushButton::clicked, this, &RestTimer::toggle);
    refresh();
}

void RestTimer::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void RestTimer::setTarget(int seconds)
{
    m_target = std::max(seconds, 0);
    refresh();
}

int RestTimer::elapsedSeconds() const
{
    if (!m_startedAt)
        return 0;
    return static_cast<int>(std::max<qint64>(0, m_clock() - *m_startedAt) / 1000);
}

void RestTimer::start()
{
    m_startedAt = m_clock();
    m_reached = false;
    m_lastRest = -1;
    m_timer->start();
    refresh();
    emit runningChanged(true);
}

void RestTimer::stop()
{
    if (!m_startedAt)
        return;
    m_startedAt.reset();
    m_timer->stop();
    refresh();
    emit runningChanged(false);
}

void RestTimer::toggle()
{
    if (isRunning())
        stop();
    else
        start();
}

std::optional<int> RestTimer::take()
{
    if (!m_startedAt)
        return std::nullopt;
    const int seconds = elapsedSeconds();
    stop();
    m_lastRest = seconds;
    refresh();
    return seconds;
}

void RestTimer::tick()
{
    if (m_startedAt && !m_reached && m_target > 0 && elapsedSeconds() >= m_target) {
        m_reached = true;
        refresh();
        emit targetReached();
        return;
    }
    refresh();
}

QString RestTimer::displayText() const
{
    return m_label->text();
}

void RestTimer::refresh()
{
    const int elapsed = elapsedSeconds();
    m_button->setText(isRunning() ? tr("Stop &rest") : tr("Start &rest"));
    m_progress->setVisible(isRunning() && m_target > 0);
    m_progress->setRange(0, std::max(m_target, 1));
    m_progress->setValue(std::min(elapsed, std::max(m_target, 1)));
    Phase phase = m_lastRest >= 0 ? Phase::Rested : Phase::Idle;
    if (isRunning())
        phase = m_target > 0 && elapsed >= m_target ? Phase::Ready : Phase::Resting;
    const QString text = phaseText(phase, phase == Phase::Rested ? m_lastRest : elapsed, m_target);
    m_label->setText(text);
    QFont font = m_label->font();
    font.setBold(isRunning());
    m_label->setFont(font);
    m_label->setAccessibleName(text);
}

} // namespace spotter
