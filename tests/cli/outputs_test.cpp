// SPDX-License-Identifier: GPL-3.0-or-later
// Where spotter-cli's output goes, through the real binary: a pipe named with -o is written, not
// replaced by a regular file; /dev/stdout is standard output; a failed write to standard output
// is an error, never a success with half the output; new exports and reports are the owner's
// only, as they hold health data (issue 18, items 1 and 2).
#include "clirunner.h"
#include "interchangefixture.h"
#include "testutil.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

const QString kAsOf = u"2026-03-02T12:00:00+01:00"_s;

class CliOutputs : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        Database db(dbPath());
        fillEveryKindOfValue(db);
    }

    QStringList exportTo(const QString &path) const
    {
        return {u"--db"_s, dbPath(), u"export"_s, u"--what"_s, u"sets"_s, u"--as-of"_s, kAsOf, u"-o"_s, path};
    }

    /// Runs spotter-cli ARGUMENTS with its standard output going to @p stdoutPath.
    CliResult runWithStdoutTo(const QStringList &arguments, const QString &stdoutPath) const
    {
        QProcess process;
        process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        process.setStandardOutputFile(stdoutPath);
        process.start(QStringLiteral(SPOTTER_CLI), arguments);
        CliResult r;
        if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit) {
            r.failure = u"did not finish"_s;
            return r;
        }
        r.exitCode = process.exitCode();
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }
};

TEST_F(CliOutputs, WritesIntoAPipeInsteadOfReplacingIt)
{
    const CliResult plain = cli.runRaw(exportTo(file(u"plain.csv"_s)));
    ASSERT_EQ(plain.exitCode, 0) << plain;
    const QByteArray expected = readAll(file(u"plain.csv"_s));
    ASSERT_FALSE(expected.isEmpty());

    const QString pipe = file(u"pipe"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    QProcess reader;
    reader.setStandardOutputFile(file(u"received.csv"_s));
    reader.start(u"cat"_s, {pipe});
    ASSERT_TRUE(reader.waitForStarted());
    const CliResult r = cli.runRaw(exportTo(pipe));
    EXPECT_CLI(r, 0);
    ASSERT_TRUE(reader.waitForFinished(60'000));
    EXPECT_EQ(readAll(file(u"received.csv"_s)), expected);
    struct stat st = {};
    ASSERT_EQ(::stat(QFile::encodeName(pipe).constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode)) << "the pipe was replaced by a regular file";
}

TEST_F(CliOutputs, DevStdoutIsStandardOutput)
{
    const CliResult plain = cli.runRaw(exportTo(file(u"plain.csv"_s)));
    ASSERT_EQ(plain.exitCode, 0) << plain;
    const CliResult r = cli.runRaw(exportTo(u"/dev/stdout"_s));
    EXPECT_CLI(r, 0);
    EXPECT_EQ(r.out.toUtf8(), readAll(file(u"plain.csv"_s)));
}

TEST_F(CliOutputs, AFailedWriteToStandardOutputIsAnError)
{
    if (!QFileInfo::exists(u"/dev/full"_s))
        GTEST_SKIP() << "no /dev/full here";
    const QStringList db{u"--db"_s, dbPath()};
    // Every command the issue lists (sessions, athlete list, show, analyze, check, rules) and
    // the outputs that default to standard output (export, report -o -).
    for (const QStringList &command :
         {QStringList{u"sessions"_s, u"--json"_s, u"--athlete"_s, u"Zoë 💪"_s},
          QStringList{u"athlete"_s, u"list"_s}, QStringList{u"show"_s, u"1"_s},
          QStringList{u"analyze"_s, u"--athlete"_s, u"Zoë 💪"_s}, QStringList{u"rules"_s},
          QStringList{u"check"_s}, QStringList{u"export"_s, u"--what"_s, u"sets"_s, u"--as-of"_s, kAsOf},
          QStringList{u"report"_s, u"--athlete"_s, u"Zoë 💪"_s, u"--format"_s, u"csv"_s, u"--as-of"_s, kAsOf,
                      u"-o"_s, u"-"_s}}) {
        const CliResult r = runWithStdoutTo(db + command, u"/dev/full"_s);
        ASSERT_TRUE(r.finished()) << command.join(u' ').toStdString();
        EXPECT_EQ(r.exitCode, 1) << command.join(u' ').toStdString() << r;
        // Said once, not once by the command and again on the way out.
        EXPECT_EQ(r.err.count(u"standard output cannot be written"_s), 1) << r;
    }
    // The same commands succeed when their output can be written.
    EXPECT_EQ(runWithStdoutTo(db + QStringList{u"athlete"_s, u"list"_s}, file(u"list.txt"_s)).exitCode, 0);
}

TEST_F(CliOutputs, NewExportsAndReportsAreTheOwnersOnly)
{
    ASSERT_EQ(cli.runRaw(exportTo(file(u"new.csv"_s))).exitCode, 0);
    struct stat st = {};
    ASSERT_EQ(::stat(QFile::encodeName(file(u"new.csv"_s)).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    const CliResult report = run({u"report"_s, u"--athlete"_s, u"Zoë 💪"_s, u"--format"_s, u"html"_s,
                                  u"--as-of"_s, kAsOf, u"-o"_s, file(u"report.html"_s)});
    ASSERT_EQ(report.exitCode, 0) << report;
    ASSERT_EQ(::stat(QFile::encodeName(file(u"report.html"_s)).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);

    // A file the user already has keeps the permissions they gave it.
    QFile existing(file(u"shared.csv"_s));
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.close();
    ASSERT_EQ(::chmod(QFile::encodeName(existing.fileName()).constData(), 0644), 0);
    ASSERT_EQ(cli.runRaw(exportTo(existing.fileName())).exitCode, 0);
    ASSERT_EQ(::stat(QFile::encodeName(existing.fileName()).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0644u);
    EXPECT_FALSE(readAll(existing.fileName()).isEmpty());
}

} // namespace
} // namespace spotter::test
