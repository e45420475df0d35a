// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The environment of every test process, set before Qt reads it and inherited by every program
// a test starts (spotter-cli, psql): CTest cannot pass it (gtest_discover_tests flattens a list
// of variables into separate properties), so the test mains set it themselves.

#include <QtGlobal>

namespace spotter::test {

inline void setTestEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt follows LANGUAGE even under LC_ALL=C: empty, so every program a test starts speaks
    // English and formats numbers the C way whatever the developer's desktop language.
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("LANGUAGE", "");
}

} // namespace spotter::test
