// SPDX-License-Identifier: GPL-3.0-or-later
// The coach's row per athlete, from hand-built inputs.
#include "../analysis/analysistestutil.h"
#include "analysis/teamsummary.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace spotter;
using namespace spotter::test;

namespace {

const QDate kMonday(2026, 1, 5);

QDateTime at(int day, int hour = 12)
{
    return QDateTime(kMonday.addDays(day), QTime(hour, 0), Qt::UTC);
}

std::pair<SorenessReport, ReportHistory> report(qint64 id, Region region, Character character, int noticedDay,
                                                std::optional<int> resolvedDay, RedFlags flags = {})
{
    SorenessReport r;
    r.id = id;
    r.region = region;
    r.character = character;
    r.intensity = 4;
    r.noticedAt = at(noticedDay, 9);
    if (resolvedDay)
        r.resolvedAt = at(*resolvedDay, 9);
    r.redFlags = flags;
    return {r, ReportHistory()};
}

TeamInputs busyAthlete()
{
    TeamInputs in;
    in.athlete.id = 1;
    in.athlete.name = QStringLiteral("Ann");
    in.exercises = testExercises();
    in.lastSession = at(34);
    in.sessionsInWindow = 3;
    // Deadlift singles at RPE 10 (IR-01: testing) on days 5, 20 and 34; a training day on 30.
    // The window of "now" (day 40) is days 13 to 40: two tests in it, and IF-01 fires.
    in.sessions = {makeSession(1, 5, {makeSet(kDeadlift, 200, 1, 10.0)}),
                   makeSession(2, 20, {makeSet(kDeadlift, 200, 1, 10.0)}),
                   makeSession(3, 30, {makeSet(kSquat, 100, 5, 7.0)}),
                   makeSession(4, 34, {makeSet(kDeadlift, 205, 1, 10.0)})};
    // 300 on Monday, Wednesday and Friday for five weeks (days 0–34), then 1500 every day.
    for (int d = 0; d <= 40; ++d) {
        if (d >= 35)
            in.daily.append({kMonday.addDays(d), 1500.0});
        else if (d % 7 == 0 || d % 7 == 2 || d % 7 == 4)
            in.daily.append({kMonday.addDays(d), 300.0});
    }
    in.soreness = {
        report(1, Region::LowerBack, Character::Sharp, 38, std::nullopt),               // warning, open
        report(2, Region::Hamstrings, Character::Ache, 28, 30, {RedFlag::OneLegNerve}), // gone 10 days ago
        report(3, Region::LowerBack, Character::Ache, 36, 37,
               {RedFlag::OneLegNerve}),                               // see a doctor, gone 3 days ago
        report(4, Region::Quads, Character::Ache, 39, std::nullopt),  // watch, the latest
        report(5, Region::Knees, Character::Sharp, 37, std::nullopt), // warning, open
    };
    return in;
}

} // namespace

TEST(TeamSummary, CountsOpenItemsMostUrgentFirstAndEveryReason)
{
    const TeamSummary s = buildTeamSummary(busyAthlete(), at(40));
    EXPECT_EQ(s.athleteId, 1);
    EXPECT_EQ(s.name, QStringLiteral("Ann"));
    EXPECT_EQ(s.lastSession, at(34));
    EXPECT_EQ(s.sessions, 3);
    EXPECT_EQ(s.testingSessions, 2); // day 5 is before the window

    // Open: unresolved, or resolved within the last 7 days. Report 2 resolved 10 days ago.
    ASSERT_EQ(s.openItems.size(), 3);
    EXPECT_EQ(s.openItems[0].reportId, 3);
    EXPECT_EQ(s.openItems[0].severity, (Severity{SorenessClass::SeeDoctor, Urgency::Soon}));
    EXPECT_EQ(s.openItems[0].resolvedAt, at(37, 9));
    EXPECT_EQ(s.openItems[1].reportId, 1); // warnings, newest first
    EXPECT_EQ(s.openItems[1].severity.cls, SorenessClass::Warning);
    EXPECT_EQ(s.openItems[2].reportId, 5);

    ASSERT_TRUE(s.lastSoreness.has_value());
    EXPECT_EQ(s.lastSoreness->reportId, 4);
    EXPECT_EQ(s.lastSoreness->severity.cls, SorenessClass::Watch);

    // Last complete week (days 28–34): 300 on three days of seven. mean / SD = √(p / (1 − p))
    // with p = 3/7, i.e. √0.75.
    ASSERT_TRUE(s.monotony.has_value());
    EXPECT_NEAR(*s.monotony, std::sqrt(0.75), 1e-9);
    // The last 7 days: 1500 a day against 300 three days a week: far above the band.
    ASSERT_TRUE(s.acwr.has_value());
    EXPECT_GT(*s.acwr, 1.5);
    EXPECT_EQ(s.band, AcwrBand::Spike);

    EXPECT_EQ(s.reasons,
              (QList<AttentionReason>{AttentionReason::SeeDoctor, AttentionReason::Warning,
                                      AttentionReason::TestingTooOften, AttentionReason::LoadSpike}));
    EXPECT_TRUE(s.needsAttention());
    const Severity soon{SorenessClass::SeeDoctor, Urgency::Soon};
    EXPECT_EQ(s.attentionRank(), 100 + soon.rank());
    const QStringList text = s.attentionText();
    ASSERT_EQ(text.size(), 4);
    EXPECT_EQ(text[0], soon.displayName() + QStringLiteral(": ") + displayName(Region::LowerBack));
    EXPECT_EQ(text[1],
              displayName(SorenessClass::Warning) + QStringLiteral(": ") + displayName(Region::LowerBack));
    EXPECT_TRUE(text[3].contains(QString::number(*s.acwr, 'f', 2)));
}

TEST(TeamSummary, RanksFollowTheMostUrgentReason)
{
    TeamInputs in = busyAthlete();
    in.soreness.clear();
    const TeamSummary noSoreness = buildTeamSummary(in, at(40));
    EXPECT_EQ(noSoreness.reasons.first(), AttentionReason::TestingTooOften);
    in.sessions.clear();
    const TeamSummary loadOnly = buildTeamSummary(in, at(40));
    EXPECT_EQ(loadOnly.reasons, QList<AttentionReason>{AttentionReason::LoadSpike});
    EXPECT_GT(noSoreness.attentionRank(), loadOnly.attentionRank());
    EXPECT_GT(buildTeamSummary(busyAthlete(), at(40)).attentionRank(), noSoreness.attentionRank());
}

TEST(TeamSummary, AnAthleteWithNothingLoggedNeedsNoAttention)
{
    TeamInputs in;
    in.athlete.id = 2;
    in.athlete.name = QStringLiteral("New");
    const TeamSummary s = buildTeamSummary(in, at(40));
    EXPECT_EQ(s.sessions, 0);
    EXPECT_EQ(s.testingSessions, 0);
    EXPECT_FALSE(s.lastSession.has_value());
    EXPECT_FALSE(s.acwr.has_value());
    EXPECT_FALSE(s.monotony.has_value());
    EXPECT_FALSE(s.lastSoreness.has_value());
    EXPECT_TRUE(s.openItems.isEmpty());
    EXPECT_FALSE(s.needsAttention());
    EXPECT_EQ(s.attentionRank(), 0);
}

TEST(RollingAcwr, IsTheMeanDailyRatioOfTheLastSevenDaysOnceThereAre28DaysOfData)
{
    // 100 every day: both EWMAs stay at 100, every daily ratio is 1.
    QList<DailyLoad> daily;
    for (int d = 0; d < 40; ++d)
        daily.append({kMonday.addDays(d), 100.0});
    EXPECT_EQ(rollingAcwr(daily, kMonday.addDays(26)), std::nullopt); // 27 days of data
    EXPECT_DOUBLE_EQ(*rollingAcwr(daily, kMonday.addDays(27)), 1.0);  // only today counts
    EXPECT_DOUBLE_EQ(*rollingAcwr(daily, kMonday.addDays(39)), 1.0);
    // Days after today are not read: a heavy day tomorrow changes nothing.
    daily.append({kMonday.addDays(40), 5000.0});
    EXPECT_DOUBLE_EQ(*rollingAcwr(daily, kMonday.addDays(39)), 1.0);
    EXPECT_GT(*rollingAcwr(daily, kMonday.addDays(40)), 1.0);
    EXPECT_EQ(rollingAcwr({}, kMonday), std::nullopt);
}
