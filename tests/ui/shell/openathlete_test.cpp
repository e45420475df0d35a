// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's Progress and Team pages: opening an athlete from the team shows their
// progress, through the athlete switcher.
#include "pages/progresspage.h"
#include "pages/teampage.h"
#include "shell/mainwindow.h"
#include "uitestutil.h"

#include <QComboBox>

using namespace spotter;
using namespace spotter::test;

namespace {
using OpenAthleteTest = DemoWorkspaceTest;
} // namespace

TEST_F(OpenAthleteTest, OpeningAnAthleteFromTheTeamShowsTheirProgress)
{
    MainWindow window(*m_ws);
    window.show();
    QSignalSpy teamLoaded(window.teamPage(), &TeamPage::loaded);
    window.showPage(MainWindow::Team);
    ASSERT_TRUE(waitFor(teamLoaded));
    QSignalSpy progressLoaded(window.progressPage(), &ProgressPage::loaded);
    emit window.teamPage()->openAthlete(m_team.cleo);
    EXPECT_EQ(m_ws->currentAthleteId(), m_team.cleo);
    EXPECT_EQ(window.athleteSwitcher()->currentData().toLongLong(), m_team.cleo);
    EXPECT_EQ(window.currentPage(), MainWindow::Progress);
    ASSERT_TRUE(waitFor(progressLoaded));
    EXPECT_EQ(window.progressPage()->series()->athlete.id, m_team.cleo);
}
