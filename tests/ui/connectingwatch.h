// SPDX-License-Identifier: GPL-3.0-or-later
// Acts on ServerConnector's "Connecting to …" dialog (or another progress dialog named @p name,
// such as Publish's) from the event loop once it shows (after its delay), parented to the window
// or standing alone at the app's start.
#pragma once

#include <QApplication>
#include <QProgressDialog>
#include <QString>
#include <QTimer>

#include <functional>
#include <utility>

namespace spotter::test {

class ConnectingWatch
{
public:
    explicit ConnectingWatch(std::function<void(QProgressDialog *)> act,
                             QString name = QStringLiteral("connectingDialog"))
        : m_act(std::move(act)), m_name(std::move(name))
    {
        m_poll.setInterval(10);
        QObject::connect(&m_poll, &QTimer::timeout, &m_poll, [this] { look(); });
        m_poll.start();
    }

    /// How often it looked: the event loop's turns while the connection was waited for.
    [[nodiscard]] int ticks() const { return m_ticks; }

private:
    void look()
    {
        ++m_ticks;
        for (QWidget *window : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QProgressDialog *>(window);
            if (!dialog || dialog->objectName() != m_name || !dialog->isVisible())
                continue;
            m_poll.stop();
            m_act(dialog);
            return;
        }
    }

    std::function<void(QProgressDialog *)> m_act;
    QString m_name;
    QTimer m_poll;
    int m_ticks = 0;
};

} // namespace spotter::test
