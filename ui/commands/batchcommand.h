// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/storecommand.h"

#include <memory>
#include <vector>

namespace spotter {

/// Several store commands as one undoable step (Workspace::executeBatch builds it): redone in
/// order, undone in reverse order.
class BatchCommand : public StoreCommand
{
public:
    BatchCommand(Workspace &ws, const QString &text);
    ~BatchCommand() override;

    /// Applies @p command; on success it becomes part of the batch. Throws StoreError (and
    /// keeps nothing of @p command) when the store refuses it.
    void applyAndAdd(std::unique_ptr<StoreCommand> command);
    /// Takes back what applyAndAdd() applied, newest first. Throws the first StoreError.
    void revertApplied();
    [[nodiscard]] bool isEmpty() const { return m_children.empty(); }

protected:
    void apply() override;
    void revert() override;

private:
    std::vector<std::unique_ptr<StoreCommand>> m_children;
};

} // namespace spotter
