// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The environment of every test process, set before Qt reads it and inherited by every program
// a test starts (spotter-cli, psql): CTest cannot pass it (gtest_discover_tests flattens a list
// of variables into separate properties), so the test mains set it themselves.

#include <QByteArray>
#include <QtGlobal>

namespace spotter::test {

inline void setTestEnvironment()
{
    // Offscreen on the commonest laptop screen (1920 × 1080) rather than the plugin's own
    // 800 × 600, which is smaller than the window's first size and would shrink it
    // (MainWindow::firstSize()). A display asked for by name is left alone.
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform == "offscreen")
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" SPOTTER_TEST_DATA_DIR "/offscreen-screen.json");
    // Qt follows LANGUAGE even under LC_ALL=C: empty, so every program a test starts speaks
    // English and formats numbers the C way whatever the developer's desktop language.
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("LANGUAGE", "");
}

} // namespace spotter::test
