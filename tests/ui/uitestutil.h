// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace on a temporary database filled with the demo team, for the chart and team tests.
#pragma once

#include "demodata.h"
#include "shell/workspace.h"
#include "store/database.h"
#include "workspacefixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace spotter::test {

class DemoWorkspaceTest : public WorkspaceFixture
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WorkspaceFixture::SetUp());
        m_now = QDateTime::currentDateTime();
        m_team = addDemoTeam(m_ws->database(), m_now);
    }

    /// Waits for @p spy's signal unless it has already come (no sleeps: the event loop runs).
    static bool waitFor(QSignalSpy &spy, int count = 1)
    {
        while (spy.size() < count) {
            if (!spy.wait(30000))
                return false;
        }
        return true;
    }

    QDateTime m_now;
    DemoTeam m_team;
};

} // namespace spotter::test
