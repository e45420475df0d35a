// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class QUndoStack;

namespace spotter {

/// The line under a page's work that says what the last action did or why it was refused.
/// A confirmation describes the state right after its action, so it follows the undo history:
/// once an undo takes that state back the line says what was undone, a redo what was done
/// again, and any other step of the history clears it, rather than leaving "Added 3 sets" under a
/// grid that no longer has them.
class StatusLine : public QLabel
{
    Q_OBJECT

public:
    StatusLine(QUndoStack *history, QWidget *parent = nullptr);

    /// Shows @p text, in the error colour when @p error.
    void say(const QString &text, bool error = false);

private:
    void followHistory(int index);

    QUndoStack *m_history;
    int m_index; ///< the history's index when the line last followed it
    /// The command a redo would bring back then; compared, never used (it may be gone since).
    const void *m_next;
};

} // namespace spotter
