// SPDX-License-Identifier: GPL-3.0-or-later
// Two programs writing at once: while one spotter-cli imports a large file (one long write
// transaction), others add an athlete, log sessions and read. Every process must succeed, no
// row may be lost, and nobody may be told "database is locked": writers wait for the lock
// (BEGIN IMMEDIATE, retried) and readers do not wait at all (WAL). SPOTTER_CONCURRENCY_SESSIONS
// (× 25 sets) makes the import longer: past 5 s of writing, waiting writers go through
// WriteTransaction's retries after SQLite's busy timeout.
#include "cliprocess.h"
#include "clirunner.h"
#include "testutil.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <iostream>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

class ConcurrentWriters : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(u"spotter.sqlite"_s);
        m_csv = m_dir.filePath(u"big.csv"_s);
        m_rows = writeStrongCsv(m_csv, envInt("SPOTTER_CONCURRENCY_SESSIONS", 1600), 25);
        ASSERT_GT(m_rows, 0);
        const CliResult r =
            cli({u"import"_s, dataPath(u"import/strong_v4_kg.csv"_s), u"--athlete"_s, u"Alice"_s});
        ASSERT_EQ(r.exitCode, 0) << r;
        m_before = tableCounts(m_db);
    }

    CliResult cli(const QStringList &args)
    {
        return runCli(QStringList{u"--db"_s, m_db} + args, m_dir.path());
    }
    QStringList importArgs() const
    {
        return {u"--db"_s,  m_db,        u"import"_s, m_csv,          u"--athlete"_s,
                u"Alice"_s, u"--unit"_s, u"kg"_s,     u"--progress"_s};
    }
    static void expectQuiet(const CliProcess &p, const char *what)
    {
        EXPECT_EQ(p.exitCode(), 0) << what << ": " << p.err().toStdString();
        for (const QString &word : {u"locked"_s, u"busy"_s})
            EXPECT_FALSE(p.err().contains(word, Qt::CaseInsensitive))
                << what << ": " << p.err().toStdString();
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_csv;
    qint64 m_rows = 0;
    QMap<QString, qint64> m_before;
};

TEST_F(ConcurrentWriters, WritersWaitForALongImportAndNoRowIsLost)
{
    CliProcess importer(m_dir.path());
    ASSERT_TRUE(importer.start(importArgs()));
    ASSERT_TRUE(importer.waitForError(u"Writing: "_s, 600'000)) << importer.err().toStdString();
    const qint64 writeStart = importer.elapsedMs();

    // The import now holds the write lock until it commits.
    CliProcess reader(m_dir.path());
    ASSERT_TRUE(reader.start({u"--db"_s, m_db, u"sessions"_s, u"--athlete"_s, u"Alice"_s, u"--json"_s}));
    CliProcess athlete(m_dir.path());
    ASSERT_TRUE(athlete.start({u"--db"_s, m_db, u"athlete"_s, u"add"_s, u"Bob"_s, u"--unit"_s, u"lb"_s}));
    CliProcess log(m_dir.path());
    ASSERT_TRUE(log.start({u"--db"_s, m_db, u"log"_s, u"--athlete"_s, u"Alice"_s, u"--date"_s,
                           u"2031-05-01T18:00"_s, u"Squat 3x5 100kg"_s}));
    ASSERT_TRUE(reader.waitForFinished(600'000));
    const bool readerDoneFirst = importer.poll(0);
    ASSERT_TRUE(athlete.waitForFinished(600'000));
    ASSERT_TRUE(log.waitForFinished(600'000));
    ASSERT_TRUE(importer.waitForFinished(600'000));

    expectQuiet(importer, "import");
    expectQuiet(reader, "sessions");
    expectQuiet(athlete, "athlete add");
    expectQuiet(log, "log");
    EXPECT_TRUE(readerDoneFirst) << "a reader must not wait for a writer";
    // What the reader saw was consistent: the sessions from before the import, no half of it.
    EXPECT_EQ(QJsonDocument::fromJson(reader.out().toUtf8()).array().size(), m_before[u"session"_s]);

    const QMap<QString, qint64> after = tableCounts(m_db);
    EXPECT_EQ(after[u"athlete"_s], m_before[u"athlete"_s] + 1);
    EXPECT_EQ(after[u"session"_s], m_before[u"session"_s] + m_rows / 25 + 1);
    EXPECT_EQ(after[u"workout_set"_s], m_before[u"workout_set"_s] + m_rows + 3);
    const CliResult check = cli({u"check"_s, u"--json"_s});
    EXPECT_EQ(check.json().value(u"integrity"_s).toString(), u"ok"_s) << check;

    const qint64 importEnd = importer.finishedMs();
    std::cout << "concurrency: the import wrote " << m_rows << " rows from " << writeStart << " to "
              << importEnd << " ms; started then, 'sessions' took " << reader.finishedMs()
              << " ms, 'athlete add' " << athlete.finishedMs() << " ms and 'log' " << log.finishedMs()
              << " ms\n";
}

TEST_F(ConcurrentWriters, AnImportWaitsForOtherWritersAndSkipsNothing)
{
    // Many short writers keep taking the lock while the import reads and then wants it.
    CliProcess importer(m_dir.path());
    ASSERT_TRUE(importer.start(importArgs()));
    int logged = 0;
    int waitedMostMs = 0;
    for (int day = 1; importer.poll(0) && logged < 5000; ++day) {
        CliProcess log(m_dir.path());
        ASSERT_TRUE(log.start({u"--db"_s, m_db, u"log"_s, u"--athlete"_s, u"Alice"_s, u"--date"_s,
                               QDate(2032, 1, 1).addDays(day).toString(Qt::ISODate), u"Deadlift 140x5"_s}));
        ASSERT_TRUE(log.waitForFinished(600'000));
        expectQuiet(log, "log");
        waitedMostMs = std::max(waitedMostMs, static_cast<int>(log.finishedMs()));
        ++logged;
    }
    ASSERT_TRUE(importer.waitForFinished(600'000));
    expectQuiet(importer, "import");
    ASSERT_GT(logged, 0);
    const QMap<QString, qint64> after = tableCounts(m_db);
    EXPECT_EQ(after[u"session"_s], m_before[u"session"_s] + m_rows / 25 + logged);
    EXPECT_EQ(after[u"workout_set"_s], m_before[u"workout_set"_s] + m_rows + logged);
    std::cout << "concurrency: " << logged << " 'log' runs during one import; the slowest took "
              << waitedMostMs << " ms\n";
}

} // namespace
} // namespace spotter::test
