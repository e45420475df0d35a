// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace spotter {

class Database;
class MainWindow;
class Workspace;

/// The app's window on its first database, not yet shown.
struct DesktopStart
{
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;
};

/// Builds the window on @p db, opened by openForDesktop() (a team server with
/// ServerConnect::Aside, its login going on meanwhile), and waits for the open. A server that
/// takes more than a moment says "Connecting to …" with Cancel; one that wants a password
/// (none in libpq's password file) gets it asked for, as File → Connect asks, and the window is
/// built again on the server that took it. None when the person cancelled either, or a retry
/// with a password was refused (said in a warning). Throws the StoreError of any other refusal
/// (a newer schema, an unknown login), before the window has read anything.
DesktopStart startDesktop(std::unique_ptr<Database> db);

} // namespace spotter
