// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QKeyEvent;
class QWidget;

namespace spotter {

/// Hands the window's own shortcuts back from text fields. A focused line edit claims some Ctrl
/// keys for itself before any shortcut sees them (on X11 Ctrl+E is "end of line", which End
/// does too), and the quick-entry line has the focus most of the time, so Ctrl+E (Export) did
/// nothing. The editing keys a text field really needs (undo, copy, select all, …) stay its own.
class ShortcutKeeper : public QObject
{
    Q_OBJECT

public:
    /// Watches the key events of @p window's widgets (an application event filter, removed with
    /// the window).
    explicit ShortcutKeeper(QWidget *window);

    /// Whether @p event is a shortcut of one of @p window's actions that no editing key shares.
    [[nodiscard]] static bool isWindowShortcut(const QWidget *window, const QKeyEvent *event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace spotter
