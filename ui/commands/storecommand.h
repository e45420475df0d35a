// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

namespace spotter {

class Workspace;

/// An undoable change to the store. Subclasses write apply() and revert(); both may throw
/// StoreError. Push commands with Workspace::execute(), never QUndoStack::push() directly.
class StoreCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

protected:
    StoreCommand(Workspace &workspace, const QString &text);

    virtual void apply() = 0;
    virtual void revert() = 0;

    Workspace &m_ws;

private:
    friend class Workspace;
    friend class BatchCommand;
    bool m_skipNextRedo = false; ///< execute() already applied it once
};

} // namespace spotter
