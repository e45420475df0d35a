// SPDX-License-Identifier: GPL-3.0-or-later
// The Team page is always current (issue 17, defect 1): a report noticed a little ahead of the
// clock counts as open at once, and the page follows the app clock past midnight without any
// data change.
#include "model/clock.h"
#include "models/teamfiltermodel.h"
#include "models/teammodel.h"
#include "pages/teampage.h"
#include "shell/appclock.h"
#include "shell/changenotifier.h"
#include "store/athleterepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "uitestutil.h"

#include <QTableView>

using namespace spotter;
using namespace spotter::test;

namespace {

class TeamClockTest : public DemoWorkspaceTest
{
protected:
    void SetUp() override
    {
        DemoWorkspaceTest::SetUp();
        // Mid-afternoon, so that "two minutes ahead" stays on the same day.
        m_now = withLocalOffset(QDateTime(m_now.date(), QTime(15, 0)));
        Clock::set(m_now);
        m_ws->clock()->check(); // the workspace's clock has seen the fixed time
        Athlete finn;
        finn.name = QStringLiteral("Finn Hale");
        m_finn = AthleteRepository(m_ws->database()).add(finn);
        Session s;
        s.athleteId = m_finn;
        s.start = withLocalOffset(QDateTime(m_now.date().addDays(-2), QTime(10, 0)));
        s.title = QStringLiteral("Squat");
        s.durationMin = 60;
        s.sessionRpe = 7.0;
        m_session = SessionRepository(m_ws->database()).add(s);
    }
    void TearDown() override { Clock::set({}); }

    [[nodiscard]] QModelIndex finnIndex(const TeamPage &page, int column) const
    {
        const QAbstractItemModel &m = *page.model();
        for (int r = 0; r < m.rowCount(); ++r) {
            if (m.index(r, TeamModel::Athlete).data().toString() == QStringLiteral("Finn Hale"))
                return m.index(r, column);
        }
        return {};
    }

    qint64 m_finn = 0;
    qint64 m_session = 0;
};

} // namespace

TEST_F(TeamClockTest, AReportNoticedTwoMinutesAheadIsOpenAtOnce)
{
    TeamPage page(*m_ws);
    QSignalSpy loaded(&page, &TeamPage::loaded);
    page.resize(1300, 500);
    page.show();
    ASSERT_TRUE(waitFor(loaded));
    ASSERT_TRUE(finnIndex(page, TeamModel::Attention).data().toString().isEmpty());

    // The form accepts a Noticed time a few minutes ahead (a nudged time edit does it).
    SorenessReport r;
    r.athleteId = m_finn;
    r.sessionId = m_session;
    r.region = Region::LowerBack;
    r.character = Character::Ache;
    r.intensity = 6;
    r.noticedAt = m_now.addSecs(2 * 60);
    r.redFlags.insert(RedFlag::SaddleNumbness);
    SorenessRepository(m_ws->database()).add(r);
    emit m_ws->notifier()->sorenessChanged(m_finn);
    ASSERT_TRUE(waitFor(loaded, 2));

    const QModelIndex attention = finnIndex(page, TeamModel::Attention);
    EXPECT_TRUE(attention.data().toString().startsWith(QStringLiteral("Emergency")))
        << attention.data().toString().toStdString();
    EXPECT_FALSE(finnIndex(page, TeamModel::OpenItems).data().toString().isEmpty());
    EXPECT_GT(attention.data(TeamModel::AttentionRankRole).toInt(), 0);
    // On top: an emergency outranks Ben's "see a doctor soon".
    EXPECT_EQ(page.filterModel()->index(0, TeamModel::Athlete).data().toString(),
              QStringLiteral("Finn Hale"));
}

TEST_F(TeamClockTest, FollowsTheAppClockPastMidnightWithoutAnyDataChange)
{
    TeamPage page(*m_ws);
    QSignalSpy loaded(&page, &TeamPage::loaded);
    page.resize(1300, 500);
    page.show();
    ASSERT_TRUE(waitFor(loaded));
    page.view()->setCurrentIndex(page.filterModel()->index(2, TeamModel::LastSession));
    const qint64 selected = page.view()->currentIndex().data(TeamModel::AthleteIdRole).toLongLong();
    EXPECT_EQ(finnIndex(page, TeamModel::LastSession).data().toString(), QStringLiteral("2 days ago"));

    // Nothing moves while the minute stays the same.
    Clock::set(m_now.addSecs(20));
    m_ws->clock()->check();
    EXPECT_FALSE(page.isLoading());

    Clock::set(withLocalOffset(QDateTime(m_now.date().addDays(1), QTime(0, 0, 30))));
    m_ws->clock()->check();
    ASSERT_TRUE(waitFor(loaded, 2));
    EXPECT_EQ(finnIndex(page, TeamModel::LastSession).data().toString(), QStringLiteral("3 days ago"));
    // The re-read keeps the coach's place.
    EXPECT_EQ(page.view()->currentIndex().data(TeamModel::AthleteIdRole).toLongLong(), selected);
}

TEST_F(TeamClockTest, AHiddenPageCatchesUpWhenShown)
{
    TeamPage page(*m_ws);
    QSignalSpy loaded(&page, &TeamPage::loaded);
    page.show();
    ASSERT_TRUE(waitFor(loaded));
    page.hide();
    Clock::set(withLocalOffset(QDateTime(m_now.date().addDays(1), QTime(9, 0))));
    m_ws->clock()->check();
    EXPECT_FALSE(page.isLoading());
    page.show();
    ASSERT_TRUE(waitFor(loaded, 2));
    EXPECT_EQ(finnIndex(page, TeamModel::LastSession).data().toString(), QStringLiteral("3 days ago"));
}
