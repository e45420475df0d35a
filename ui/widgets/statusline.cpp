// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/statusline.h"

#include "shell/themecolors.h"

#include <QUndoStack>

namespace spotter {

StatusLine::StatusLine(QUndoStack *history, QWidget *parent)
    : QLabel(parent), m_history(history), m_index(history->index()), m_next(history->command(m_index))
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Status"));
    // An action of this page pushes first and says what it did afterwards, so its own words
    // replace whatever this wrote for the push.
    connect(m_history, &QUndoStack::indexChanged, this, &StatusLine::followHistory);
}

void StatusLine::say(const QString &text, bool error)
{
    setText(text);
    ThemeColors::setTone(this, error ? ThemeColors::Tone::Error : ThemeColors::Tone::Text);
}

void StatusLine::followHistory(int index)
{
    const bool undone = index < m_index;
    // A redo brings back the very command that was next. A push after an undo brings a new one,
    // made before the push dropped the undone ones, so never at the address of one of them.
    const bool redone = index == m_index + 1 && m_next && m_history->command(m_index) == m_next;
    m_index = index;
    m_next = m_history->command(index);
    // A cleared history (another database, a refused undo) has no command at the index. A step
    // taken while the page is hidden (another page's Ctrl+Z) is not news for this page's line.
    if (undone && index < m_history->count() && isVisible())
        say(tr("Undone: %1. Ctrl+Shift+Z does it again.").arg(m_history->text(index)));
    else if (redone && isVisible())
        say(tr("Redone: %1. Ctrl+Z takes it back again.").arg(m_history->text(index - 1)));
    else
        clear();
}

} // namespace spotter
