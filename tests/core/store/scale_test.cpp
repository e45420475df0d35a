// SPDX-License-Identifier: GPL-3.0-or-later
// Scale: what the Team page and a Progress range read must not grow with the length of the
// history. SQLite reports every row it hands to Spotter (SQLITE_TRACE_ROW); two athletes with
// the same recent months but one and a half versus four years of history must cost the same rows.
// No timing is asserted (benchmarks are a separate issue).
#include "demodata.h"
#include "services/progressservice.h"
#include "services/teamservice.h"
#include "store/athleterepository.h"
#include "store/historyrepository.h"
#include "store/progressrepository.h"
#include "store/query.h"
#include "store/rawhandle.h"
#include "store/teamrepository.h"
#include "testutil.h"

#include <QTemporaryDir>

#include <sqlite3.h>

using namespace spotter;
using namespace spotter::test;

namespace {

const QDateTime kNow(QDate(2026, 3, 18), QTime(12, 0));

/// Counts the rows SQLite returns on one connection while alive.
class RowCounter
{
public:
    explicit RowCounter(const QSqlDatabase &db) : m_handle(rawHandle(db))
    {
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_ROW, &RowCounter::onRow, this);
    }
    ~RowCounter() { sqlite3_trace_v2(m_handle, 0, nullptr, nullptr); }
    RowCounter(const RowCounter &) = delete;
    RowCounter &operator=(const RowCounter &) = delete;
    [[nodiscard]] qint64 rows() const { return m_rows; }

private:
    static int onRow(unsigned, void *self, void *, void *)
    {
        ++static_cast<RowCounter *>(self)->m_rows;
        return 0;
    }
    sqlite3 *m_handle;
    qint64 m_rows = 0;
};

struct Team
{
    std::unique_ptr<Database> db;
    qint64 setCount = 0;
};

Team makeTeam(const QTemporaryDir &dir, const QString &name, int athletes, int weeks)
{
    Team t{std::make_unique<Database>(dir.filePath(name)), 0};
    for (int i = 0; i < athletes; ++i)
        addGeneratedAthlete(*t.db, QStringLiteral("Athlete %1").arg(i), weeks, kNow);
    t.setCount =
        Query::scalar(t.db->connection(), QStringLiteral("SELECT COUNT(*) FROM workout_set")).toLongLong();
    return t;
}

qint64 teamRows(const Database &db, QList<TeamSummary> *out)
{
    const ExerciseMap exercises = HistoryRepository(db).exercises();
    const QList<Athlete> athletes = AthleteRepository(db).list();
    const RowCounter counter(db.connection());
    const TeamService repo(db);
    for (const Athlete &a : athletes)
        out->append(buildTeamSummary(repo.inputs(a, exercises, kNow), kNow));
    return counter.rows();
}

qint64 progressRows(const Database &db, ProgressRange range, ProgressSeries *out)
{
    const qint64 athlete = AthleteRepository(db).list().first().id;
    const RowCounter counter(db.connection());
    *out = buildProgress(ProgressService(db).inputs(athlete, range, kNow.date()), kNow);
    return counter.rows();
}

// Ids differ between the two files (the longer one has more rows before); values must not.
struct PointValue
{
    QDateTime at;
    Weight e1rm;
    bool testing;
    bool pr;
    bool operator==(const PointValue &) const = default;
};

QList<PointValue> e1rmValues(const ProgressSeries &p)
{
    QList<PointValue> out;
    for (const E1rmLine &l : p.e1rm) {
        for (const E1rmPoint &pt : l.points)
            out.append({pt.at, pt.e1rm, pt.testing, pt.pr});
    }
    return out;
}

SorenessTimeline withoutIds(SorenessTimeline t)
{
    for (SorenessBar &b : t.bars)
        b.reportId = 0;
    for (SessionMark &m : t.sessions)
        m.sessionId = 0;
    return t;
}

TeamSummary withoutIds(TeamSummary s)
{
    for (SorenessItem &i : s.openItems)
        i.reportId = 0;
    if (s.lastSoreness)
        s.lastSoreness->reportId = 0;
    return s;
}

class ScaleTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_short = new Team(makeTeam(*s_dir, QStringLiteral("short.sqlite"), 2, 78));
        s_long = new Team(makeTeam(*s_dir, QStringLiteral("long.sqlite"), 2, 208));
    }
    static void TearDownTestSuite()
    {
        delete s_long;
        delete s_short;
        delete s_dir;
    }
    static QTemporaryDir *s_dir;
    static Team *s_short;
    static Team *s_long;
};

QTemporaryDir *ScaleTest::s_dir = nullptr;
Team *ScaleTest::s_short = nullptr;
Team *ScaleTest::s_long = nullptr;

} // namespace

TEST_F(ScaleTest, TeamSummariesReadTheSameRowsWhateverTheHistoryLength)
{
    ASSERT_GT(s_long->setCount, 2 * s_short->setCount);
    QList<TeamSummary> shortRows;
    QList<TeamSummary> longRows;
    const qint64 shortCost = teamRows(*s_short->db, &shortRows);
    const qint64 longCost = teamRows(*s_long->db, &longRows);
    EXPECT_EQ(longCost, shortCost);
    EXPECT_LT(longCost * 4, s_long->setCount)
        << "rows read " << longCost << " of " << s_long->setCount << " sets";
    RecordProperty("rows_read", static_cast<int>(longCost));
    RecordProperty("sets_stored", static_cast<int>(s_long->setCount));
    // And the summaries themselves are the same: the extra years change nothing recent.
    ASSERT_EQ(longRows.size(), 2);
    ASSERT_EQ(shortRows.size(), 2);
    for (qsizetype i = 0; i < longRows.size(); ++i)
        EXPECT_EQ(withoutIds(shortRows[i]), withoutIds(longRows[i]));
    EXPECT_EQ(longRows[0].openItems.size(), 0); // the open report is DOMS-like, not a warning
    EXPECT_TRUE(longRows[0].lastSoreness.has_value());
    EXPECT_TRUE(longRows[0].acwr.has_value());
}

TEST_F(ScaleTest, AProgressRangeReadsTheSameRowsWhateverTheHistoryLength)
{
    ProgressSeries shortSeries;
    ProgressSeries longSeries;
    const qint64 shortCost = progressRows(*s_short->db, ProgressRange::Weeks12, &shortSeries);
    const qint64 longCost = progressRows(*s_long->db, ProgressRange::Weeks12, &longSeries);
    EXPECT_EQ(longCost, shortCost);
    EXPECT_EQ(e1rmValues(longSeries), e1rmValues(shortSeries));
    EXPECT_FALSE(e1rmValues(longSeries).isEmpty());
    EXPECT_EQ(longSeries.volume, shortSeries.volume);
    EXPECT_EQ(withoutIds(longSeries.soreness), withoutIds(shortSeries.soreness));
    // All time reads the whole history (classes need every set), so it grows with it.
    ProgressSeries all;
    const qint64 allCost = progressRows(*s_long->db, ProgressRange::All, &all);
    EXPECT_GT(allCost, longCost);
    EXPECT_FALSE(all.e1rm.isEmpty());
}
