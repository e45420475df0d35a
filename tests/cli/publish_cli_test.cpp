// SPDX-License-Identifier: GPL-3.0-or-later
// spotter-cli publish through the real binary against the test cluster: a local log goes to
// the team server once, says how far it got when asked, and a session deleted on the server
// since is reported as a conflict (exit code 1), not sent again.
#include "clirunner.h"
#include "pgcluster.h"
#include "store/serveradmin.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

class CliPublish : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!cluster().available())
            GTEST_SKIP() << cluster().unavailableReason().toStdString();
        ASSERT_TRUE(m_cli.isValid());
        // The cluster's password file, set once the cluster started.
        m_cli.setEnvironment(u"PGPASSFILE"_s, qEnvironmentVariable("PGPASSFILE"));
        m_db = cluster().createDatabase();
        const QString login = u"ann_"_s + m_db;
        ServerAdmin(cluster().admin(m_db))
            .addAthlete(u"Ann"_s, login, WeightUnit::Kg, QString::fromLatin1(PgCluster::kCoachPassword),
                        QString::fromLatin1(PgCluster::kTeam));
        m_to = cluster().location(m_db, login).toString();
        ASSERT_EQ(m_cli.run({u"athlete"_s, u"add"_s, u"Ann"_s, u"--unit"_s, u"kg"_s}).exitCode, 0);
        for (const QString &day : {u"2026-11-20T18:00"_s, u"2026-11-22T18:00"_s}) {
            const CliResult r =
                m_cli.run({u"log"_s, u"--athlete"_s, u"Ann"_s, u"--date"_s, day, u"Squat 3x5 120kg @7.5"_s});
            ASSERT_EQ(r.exitCode, 0) << r;
        }
    }
    void TearDown() override
    {
        if (!m_db.isEmpty())
            cluster().dropDatabase(m_db);
    }
    static PgCluster &cluster() { return PgCluster::shared(); }
    qint64 sessionsOnServer() const
    {
        return cluster().psql(m_db, u"SELECT count(*) FROM spotter.session"_s).toLongLong();
    }

    CliRunner m_cli;
    QString m_db;
    QString m_to;
};

TEST_F(CliPublish, SendsALogOnceSaysHowFarItGotAndReportsWhatWasDeletedThere)
{
    const CliResult first = m_cli.run({u"publish"_s, u"--to"_s, m_to, u"--progress"_s});
    ASSERT_EQ(first.exitCode, 0) << first;
    EXPECT_TRUE(first.out.endsWith(
        u" as Ann: 2 new sessions, 0 changed, 0 unchanged; 0 new soreness reports, 0 changed, 0 unchanged.\n"_s))
        << first;
    EXPECT_TRUE(first.err.startsWith(u"Publishing: 0 of 2 sessions and soreness reports\n"_s)) << first;
    EXPECT_TRUE(first.err.endsWith(u"Publishing: 2 of 2 sessions and soreness reports\n"_s)) << first;
    EXPECT_EQ(sessionsOnServer(), 2);

    // Again: nothing is sent twice, and without --progress (not a terminal) nothing is said of it.
    const CliResult again = m_cli.run({u"publish"_s, u"--to"_s, m_to, u"--json"_s});
    ASSERT_EQ(again.exitCode, 0) << again;
    EXPECT_EQ(again.json().value(u"sessions_new"_s).toInt(), 0);
    EXPECT_EQ(again.json().value(u"sessions_unchanged"_s).toInt(), 2);
    EXPECT_TRUE(again.err.isEmpty()) << again;

    // A session the coach deleted on the server is not sent again: a conflict, exit code 1.
    cluster().psql(m_db, u"DELETE FROM spotter.session WHERE id = (SELECT min(id) FROM spotter.session)"_s);
    const CliResult deleted = m_cli.run({u"publish"_s, u"--to"_s, m_to});
    EXPECT_EQ(deleted.exitCode, 1) << deleted;
    EXPECT_TRUE(deleted.out.contains(u"0 new sessions, 0 changed, 1 unchanged"_s)) << deleted;
    EXPECT_TRUE(deleted.err.contains(u"conflict: session 2026-11-20T18:00"_s)) << deleted;
    EXPECT_TRUE(deleted.err.contains(u"1 item not published"_s)) << deleted;
    EXPECT_EQ(sessionsOnServer(), 1);
}

} // namespace
} // namespace spotter::test
