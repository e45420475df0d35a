// SPDX-License-Identifier: GPL-3.0-or-later
// The change feed tells whether the athlete on screen is among what someone else changed: the
// server's notifications name tables only, and a coach's window should not read the athlete it
// shows again for every other athlete's set.
#include "model/clock.h"
#include "store/changefeed.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "teamserverfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>
#include <optional>

namespace spotter::test {
namespace {

class FeedAthlete : public TeamServer
{
protected:
    /// Whether the bursts that @p write causes said the watched athlete may have changed; none
    /// when nothing was heard.
    static std::optional<bool> burstAfter(QSignalSpy &spy, const std::function<void()> &write)
    {
        spy.clear();
        write();
        if (!QTest::qWaitFor([&] { return !spy.isEmpty(); }, 10'000))
            return std::nullopt;
        // A write's notifications come at its commit, together, but a busy machine may hand them
        // over in two bursts: wait out a second one, so that none is left for the next write.
        QTest::qWait(400);
        bool watched = false;
        for (const QList<QVariant> &signal : spy)
            watched = watched || signal.at(1).toBool();
        return watched;
    }
    Session logFor(const QString &login, qint64 athleteId)
    {
        const auto db = open(login);
        Session s = sessionOf(*db, athleteId, QStringLiteral("Squats"));
        SessionRepository(*db).add(s);
        return s;
    }
};

TEST_F(FeedAthlete, SaysWhetherTheWatchedAthletesSessionsSetsOrReportsChanged)
{
    const auto coachDb = open(coach());
    ChangeFeed feed(*coachDb);
    feed.watchAthlete(m_annId);
    feed.setStampBudget(60'000); // a busy test machine must not fall back
    feed.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return feed.isListening(); }, 10'000));
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    QTest::qWait(600); // the subscription's own "anything may have changed", if any
    // Bo's first session gives the feed a stamp of Ann's rows to compare with, unless the
    // subscription's own "anything may have changed" did already; either burst says "may have
    // changed" (a first stamp for an athlete is checked below).
    ASSERT_TRUE(burstAfter(spy, [&] { logFor(m_bo, m_boId); }).has_value());
    EXPECT_EQ(burstAfter(spy, [&] { logFor(m_bo, m_boId); }), false) << "Bo's session is not Ann's";
    Session ann;
    EXPECT_EQ(burstAfter(spy, [&] { ann = logFor(m_ann, m_annId); }), true);
    EXPECT_EQ(burstAfter(spy, [&] { logFor(m_bo, m_boId); }), false);
    // A set of hers edited in place: same count, a new row version.
    EXPECT_EQ(burstAfter(spy,
                         [&] {
                             const auto db = open(m_ann);
                             WorkoutSet w = *SessionRepository(*db).getSet(ann.sets.first().id);
                             w.reps = 3;
                             SessionRepository(*db).updateSet(w);
                         }),
              true);
    // Her session rewritten whole (its sets deleted and inserted again, as many as before).
    EXPECT_EQ(burstAfter(spy,
                         [&] {
                             const auto db = open(m_ann);
                             Session again = *SessionRepository(*db).get(ann.id);
                             again.title = QStringLiteral("Squats, heavy");
                             SessionRepository(*db).update(again);
                         }),
              true);
    EXPECT_EQ(burstAfter(spy,
                         [&] {
                             const auto db = open(m_ann);
                             SorenessReport r;
                             r.athleteId = m_annId;
                             r.region = Region::Quads;
                             r.noticedAt = Clock::now();
                             r.intensity = 2;
                             SorenessRepository(*db).add(r);
                         }),
              true);
    EXPECT_EQ(burstAfter(spy, [&] { SessionRepository(*open(m_ann)).remove(ann.id); }), true);
    EXPECT_EQ(burstAfter(spy, [&] { logFor(m_bo, m_boId); }), false);

    // Another athlete on screen: a first burst for her again says "may have changed".
    feed.watchAthlete(m_boId);
    EXPECT_EQ(burstAfter(spy, [&] { logFor(m_ann, m_annId); }), true);
    EXPECT_EQ(burstAfter(spy, [&] { logFor(m_ann, m_annId); }), false);
    // Nobody on screen: nothing to compare, so "may have changed".
    feed.watchAthlete(0);
    EXPECT_EQ(burstAfter(spy, [&] { logFor(m_ann, m_annId); }), true);
}

TEST_F(FeedAthlete, AnAthleteWhoseStampTakesTooLongIsNotStampedAgain)
{
    const auto coachDb = open(coach());
    ChangeFeed feed(*coachDb);
    feed.watchAthlete(m_annId);
    feed.setStampBudget(-1); // every stamp is over it
    feed.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return feed.isListening(); }, 10'000));
    QSignalSpy spy(&feed, &ChangeFeed::changed);
    QTest::qWait(600);
    EXPECT_EQ(burstAfter(spy, [&] { logFor(m_bo, m_boId); }), true);
    EXPECT_EQ(burstAfter(spy, [&] { logFor(m_bo, m_boId); }), true) << "Ann's views read again, as before";
    // Within the budget again, Ann is still not stamped: the budget is per athlete, once.
    feed.setStampBudget(60'000);
    EXPECT_EQ(burstAfter(spy, [&] { logFor(m_bo, m_boId); }), true);
    feed.watchAthlete(m_boId);
    EXPECT_EQ(burstAfter(spy, [&] { logFor(m_ann, m_annId); }), true);
    EXPECT_EQ(burstAfter(spy, [&] { logFor(m_ann, m_annId); }), false) << "another athlete is stamped";
}

} // namespace
} // namespace spotter::test
