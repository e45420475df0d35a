// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/storecommand.h"

#include "shell/workspace.h"
#include "store/storeerror.h"

#include <QCoreApplication>

namespace spotter {

StoreCommand::StoreCommand(Workspace &workspace, const QString &text) : QUndoCommand(text), m_ws(workspace) {}

void StoreCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    try {
        apply();
    } catch (const StoreError &e) {
        m_ws.reportFailure(QCoreApplication::translate("spotter::StoreCommand", "Redo %1").arg(text()),
                           e.message());
    }
}

void StoreCommand::undo()
{
    try {
        revert();
    } catch (const StoreError &e) {
        m_ws.reportFailure(QCoreApplication::translate("spotter::StoreCommand", "Undo %1").arg(text()),
                           e.message());
    }
}

} // namespace spotter
