// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/shortcutkeeper.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace spotter {

ShortcutKeeper::ShortcutKeeper(QWidget *window) : QObject(window), m_window(window)
{
    qApp->installEventFilter(this);
}

bool ShortcutKeeper::isWindowShortcut(const QWidget *window, const QKeyEvent *event)
{
    // Undo in a text field undoes typing; copy, paste and friends act on its text.
    static constexpr QKeySequence::StandardKey kEditing[] = {
        QKeySequence::Undo,  QKeySequence::Redo,      QKeySequence::Cut,    QKeySequence::Copy,
        QKeySequence::Paste, QKeySequence::SelectAll, QKeySequence::Delete, QKeySequence::Backspace,
    };
    for (const auto key : kEditing) {
        if (event->matches(key))
            return false;
    }
    const QKeySequence pressed(event->keyCombination());
    const auto actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        // A widget's own shortcut only runs while that widget has the focus anyway.
        if (!action->isEnabled() || action->shortcutContext() == Qt::WidgetShortcut
            || action->shortcutContext() == Qt::WidgetWithChildrenShortcut)
            continue;
        for (const QKeySequence &shortcut : action->shortcuts()) {
            if (shortcut == pressed)
                return true;
        }
    }
    return false;
}

bool ShortcutKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType())
        return false;
    const auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != m_window)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (!isWindowShortcut(m_window, key))
        return false;
    // Not accepted: the widget does not get to claim the key, and the shortcut runs.
    key->ignore();
    return true;
}

} // namespace spotter
