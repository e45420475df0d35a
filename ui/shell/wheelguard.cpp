// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QScrollBar>

namespace spotter {

void WheelGuard::install()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || app->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new WheelGuard(app));
}

bool WheelGuard::isGuarded(const QWidget *widget)
{
    if (!widget)
        return false;
    if (qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QComboBox *>(widget))
        return true;
    // Scroll bars are what the wheel is for.
    return qobject_cast<const QAbstractSlider *>(widget) && !qobject_cast<const QScrollBar *>(widget);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (!watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    switch (event->type()) {
    case QEvent::Polish:
        // Qt gives these fields focus on a wheel turn (Qt::WheelFocus) before any filter sees it.
        if (isGuarded(widget) && (widget->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    case QEvent::Wheel:
        if (isGuarded(widget) && !widget->hasFocus()) {
            // Ignored and filtered: QApplication hands the wheel on to the parent (a scroll area).
            event->ignore();
            return true;
        }
        return false;
    default: return false;
    }
}

} // namespace spotter
