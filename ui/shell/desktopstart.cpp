// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/desktopstart.h"

#include "shell/mainwindow.h"
#include "shell/serverconnector.h"
#include "shell/workspace.h"
#include "store/database.h"
#include "store/storeerror.h"

namespace spotter {

DesktopStart startDesktop(std::unique_ptr<Database> db)
{
    DesktopStart start;
    const bool aside = db->opensAside();
    start.workspace = std::make_unique<Workspace>(std::move(db));
    start.window = std::make_unique<MainWindow>(*start.workspace);
    try {
        // No window shows yet: the dialog stands alone, and its Cancel ends the start.
        if (aside && !ServerConnector(nullptr).waitFor(start.workspace->database()))
            return {};
        start.workspace->awaitDatabase();
        return start;
    } catch (const StoreError &e) {
        if (!ServerConnector::wantsPassword(e))
            throw;
    }
    // The views were built on a database that never opened: built again on the one that did.
    const DatabaseLocation location = start.workspace->database().location();
    start.window.reset(); // before the workspace it shows
    start.workspace.reset();
    ServerConnector connector(nullptr);
    std::unique_ptr<Database> opened = connector.open(location, {}, ServerConnector::Password::AskFirst);
    if (!opened)
        return {};
    start.workspace = std::make_unique<Workspace>(std::move(opened));
    start.window = std::make_unique<MainWindow>(*start.workspace);
    start.workspace->awaitDatabase(); // the open has ended: the views read now
    return start;
}

} // namespace spotter
