// SPDX-License-Identifier: GPL-3.0-or-later
// Input slips and smaller faults through the real spotter-cli (issue 18, items 8 and 9): a
// negative load in quick entry, dates that do not exist or are ambiguous, one date check for
// log and import (Spotter CSV, Strong, Hevy and FitNotes alike), an import from a pipe, a write that waits on
// another program, SQL errors that name the file, and a generated CSV that is never left half-written.
#include "clirunner.h"
#include "faultfixture.h"
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

class Slips : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        cli.setEnvironment(u"TZ"_s, u"America/New_York"_s);
        ASSERT_EQ(run({u"athlete"_s, u"add"_s, u"Ann"_s}).exitCode, 0);
    }

    CliResult logOn(const QString &date, const QString &line = u"Squat 3x5 100kg"_s) const
    {
        return run({u"log"_s, u"--athlete"_s, u"Ann"_s, u"--date"_s, date, line});
    }

    /// Imports a Spotter sets file whose one session starts at @p start.
    CliResult importStartingAt(const QString &start) const
    {
        QFile f(file(u"sets.csv"_s));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("athlete,session_id,session_start,exercise,set_index,set_kind,weight_kg,reps,rpe,rir,rest_s,"
                "e1rm_kg,intensity_class,seconds,distance_m,set_notes,session_title,duration_min,session_rpe,"
                "bodyweight_kg,warmup_done,session_notes,source,source_file,source_key,exercise_kind,"
                "exercise_regions,exercise_lower_back,exercise_unilateral\r\n");
        f.write("Ann,1," + start.toUtf8() + ",Back Squat,1,working,100,5,,,,,,,,,,,,,,,manual,,,main,,,\r\n");
        f.close();
        return run({u"import"_s, file(u"sets.csv"_s)});
    }
};

TEST_F(Slips, ANegativeLoadIsRefusedWithItsColumn)
{
    const CliResult r = logOn(u"2026-03-02T18:00"_s, u"Deadlift -5x5"_s);
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(u"line 1, column 10: a weight cannot be negative; got -5"_s)) << r;
    const CliResult list = run({u"sessions"_s, u"--athlete"_s, u"Ann"_s});
    EXPECT_TRUE(list.out.startsWith(u"No sessions"_s)) << list;
}

TEST_F(Slips, DateErrorsNameTheRealProblem)
{
    CliResult r = logOn(u"2026-03-08T02:30"_s);
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(u"2026-03-08T02:30 does not exist in this computer's time zone"_s)) << r;
    r = logOn(u"2026-02-29"_s);
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(u"2026 has no 29 February"_s)) << r;
    r = logOn(u"2026-04-31T10:00"_s);
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(u"April 2026 has 30 days"_s)) << r;
    // The clocks go back at 02:00 on 1 November 2026: 01:30 happens twice.
    r = logOn(u"2026-11-01T01:30"_s);
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(u"happens twice"_s)) << r;
    EXPECT_TRUE(r.err.contains(u"2026-11-01T01:30-04:00 for the first or 2026-11-01T01:30-05:00"_s)) << r;
    // With the offset, each of the two is taken.
    EXPECT_CLI(logOn(u"2026-11-01T01:30-05:00"_s), 0);
    EXPECT_CLI(logOn(u"2026-03-08T03:30"_s), 0);
}

TEST_F(Slips, LogAndImportCheckDatesAlike)
{
    const QList<QPair<QString, QString>> bad = {
        {u"9999-01-01T10:00:00+00:00"_s, u"the year 9999 is out of range (1900 to 2100)"_s},
        {u"2026-03-03T24:00:00+00:00"_s, u"24:00 is not a time of day"_s},
        {u"2026-03-03T10:00:00+15:00"_s, u"+15:00 is not a UTC offset any place uses"_s},
        {u"2026-02-29T10:00:00+01:00"_s, u"2026 has no 29 February"_s},
    };
    for (const auto &[date, reason] : bad) {
        SCOPED_TRACE(date.toStdString());
        const CliResult logged = logOn(date);
        EXPECT_CLI(logged, 2);
        EXPECT_TRUE(logged.err.contains(reason)) << logged;
        const CliResult imported = importStartingAt(date);
        EXPECT_CLI(imported, 1);
        EXPECT_TRUE(imported.err.contains(reason)) << imported;
    }
    EXPECT_TRUE(run({u"sessions"_s, u"--athlete"_s, u"Ann"_s}).out.startsWith(u"No sessions"_s));
    EXPECT_CLI(importStartingAt(u"2026-03-03T10:00:00+14:00"_s), 0);
}

TEST_F(Slips, StrongHevyAndFitNotesDatesPassTheSameChecksAsLog)
{
    // Each file keeps its own format; its dates go through the checks of `log` ("FILE:LINE: ", the
    // header being line 1). The last row of each is a valid date.
    struct Case
    {
        QString file;
        QStringList expected;
    };
    const QList<Case> cases = {
        {u"strong_invalid_dates.csv"_s,
         {u"csv:2: Date '2026-03-08 02:30:00': 2026-03-08T02:30 does not exist in this computer's time zone"_s,
          u"csv:3: Date '2025-02-29 18:00:00': 2025 has no 29 February"_s,
          u"csv:4: Date '1850-05-01 18:00:00': the year 1850 is out of range (1900 to 2100)"_s}},
        {u"hevy_invalid_dates.csv"_s,
         {u"csv:2: start_time '8 Mar 2026, 02:30': 2026-03-08T02:30 does not exist in this computer's time zone"_s,
          u"csv:3: start_time '29 Feb 2025, 17:18': 2025 has no 29 February"_s,
          u"csv:4: start_time '9 Apr 2150, 17:18': the year 2150 is out of range (1900 to 2100)"_s}},
        {u"fitnotes_invalid_dates.csv"_s,
         {u"csv:2: Date '2025-02-29': 2025 has no 29 February"_s,
          u"csv:3: Date '1899-12-31': the year 1899 is out of range (1900 to 2100)"_s,
          u"csv:4: Date '2025-04-31': April 2025 has 30 days; there is no day 31"_s}},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.file.toStdString());
        const CliResult r = run({u"import"_s, dataPath(u"import/dates/"_s + c.file), u"--athlete"_s, u"Ann"_s,
                                 u"--unit"_s, u"kg"_s});
        EXPECT_CLI(r, 1);
        for (const QString &message : c.expected)
            EXPECT_TRUE(r.err.contains(message)) << message.toStdString() << '\n' << r;
    }
    EXPECT_TRUE(run({u"sessions"_s, u"--athlete"_s, u"Ann"_s}).out.startsWith(u"No sessions"_s));
}

TEST_F(Slips, ImportReadsAPipeOnce)
{
    const QString csv = dataPath(u"import/strong_v2.csv"_s);
    ASSERT_TRUE(QFileInfo::exists(csv));
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"XDG_DATA_HOME"_s, m_dir.path());
    shell.setProcessEnvironment(env);
    shell.start(u"bash"_s,
                {u"-c"_s, u"\"$0\" --db \"$1\" import <(cat \"$2\") --athlete Ann --unit kg --json"_s,
                 QStringLiteral(SPOTTER_CLI), dbPath(), csv});
    ASSERT_TRUE(shell.waitForFinished(60'000));
    const QString out = QString::fromUtf8(shell.readAllStandardOutput());
    const QString err = QString::fromUtf8(shell.readAllStandardError());
    EXPECT_EQ(shell.exitCode(), 0) << out.toStdString() << err.toStdString();
    const QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
    EXPECT_GT(result.value(u"sessions"_s).toInt(), 0) << out.toStdString() << err.toStdString();
    // The same file imported by name afterwards adds nothing: the pipe gave all of it.
    const CliResult again =
        run({u"import"_s, csv, u"--athlete"_s, u"Ann"_s, u"--unit"_s, u"kg"_s, u"--json"_s});
    EXPECT_CLI(again, 0);
    EXPECT_EQ(again.json().value(u"sessions"_s).toInt(), 0) << again;
}

TEST_F(Slips, AWriteThatWaitsOnAnotherProgramSaysSo)
{
    const QString name = u"faults-lock-holder"_s;
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        holder.setDatabaseName(dbPath());
        ASSERT_TRUE(holder.open());
        QSqlQuery q(holder);
        ASSERT_TRUE(q.exec(u"BEGIN IMMEDIATE"_s));
        QProcess writer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_DATA_HOME"_s, m_dir.path());
        writer.setProcessEnvironment(env);
        writer.start(QStringLiteral(SPOTTER_CLI), {u"--db"_s, dbPath(), u"athlete"_s, u"add"_s, u"Bob"_s});
        ASSERT_TRUE(writer.waitForStarted());
        // The notice comes after 2 s of waiting; the lock is let go once it has been said.
        QElapsedTimer timer;
        timer.start();
        QByteArray err;
        while (!err.contains("waiting for another program") && timer.elapsed() < 20'000) {
            writer.waitForReadyRead(200);
            err += writer.readAllStandardError();
        }
        ASSERT_TRUE(q.exec(u"ROLLBACK"_s));
        ASSERT_TRUE(writer.waitForFinished(60'000));
        err += writer.readAllStandardError();
        EXPECT_EQ(writer.exitCode(), 0) << err.toStdString();
        const QByteArray notice =
            QByteArray("waiting for another program that is writing to '") + dbPath().toUtf8();
        EXPECT_TRUE(err.contains(notice)) << err.toStdString();
        EXPECT_GE(timer.elapsed(), 1500);
        holder.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_F(Slips, SqlErrorsNameTheDatabaseFile)
{
    const QString name = u"faults-breaker"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dbPath());
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(QSqlQuery(db).exec(u"DROP TABLE plate_set"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    const CliResult r = run({u"plates"_s, u"--athlete"_s, u"Ann"_s});
    EXPECT_CLI(r, 1);
    EXPECT_TRUE(r.err.contains(dbPath())) << r;
    EXPECT_TRUE(r.err.contains(u"no such table: plate_set"_s)) << r;
}

TEST_F(Slips, AGeneratedCsvIsNeverLeftHalfWritten)
{
    ScratchMount mount(file(u"mnt"_s), 64 << 10);
    if (!mount.mounted())
        GTEST_SKIP() << "cannot mount a small tmpfs here (not root): no full disk to test with";
    const QString csv = mount.filePath(u"history.csv"_s);
    const CliResult r = cli.runRaw({u"--db"_s, file(u"generated.sqlite"_s), u"generate"_s, u"--athletes"_s,
                                    u"1"_s, u"--weeks"_s, u"52"_s, u"--seed"_s, u"7"_s, u"--end"_s,
                                    u"2026-03-01"_s, u"--strong-csv"_s, csv});
    EXPECT_CLI(r, 1);
    EXPECT_TRUE(r.err.contains(csv)) << r;
    EXPECT_FALSE(QFileInfo::exists(csv));
    EXPECT_TRUE(QDir(mount.filePath(QString())).entryList(QDir::Files | QDir::Hidden).isEmpty())
        << QDir(mount.filePath(QString())).entryList(QDir::Files | QDir::Hidden).join(u' ').toStdString();
}

} // namespace
} // namespace spotter::test
