// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/batchcommand.h"

namespace spotter {

BatchCommand::BatchCommand(Workspace &ws, const QString &text) : StoreCommand(ws, text) {}

BatchCommand::~BatchCommand() = default;

void BatchCommand::applyAndAdd(std::unique_ptr<StoreCommand> command)
{
    command->apply();
    m_children.push_back(std::move(command));
}

void BatchCommand::revertApplied()
{
    revert();
}

void BatchCommand::apply()
{
    for (const auto &child : m_children)
        child->apply();
}

void BatchCommand::revert()
{
    for (auto it = m_children.rbegin(); it != m_children.rend(); ++it)
        (*it)->revert();
}

} // namespace spotter
