// SPDX-License-Identifier: GPL-3.0-or-later
// spotter-cli generate and analyze --all, through the real binary.
#include "clirunner.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

class GenerateCli : public CliTest
{
protected:
    CliResult generate(const QString &db, QStringList args) const
    {
        args.prepend(u"generate"_s);
        args.prepend(db);
        args.prepend(u"--db"_s);
        return cli.runRaw(args);
    }
};

TEST_F(GenerateCli, UsageErrorsNameTheOption)
{
    EXPECT_CLI(run({u"generate"_s, u"--athletes"_s, u"2"_s, u"--seed"_s, u"1"_s}), 2);
    const CliResult both = run({u"generate"_s, u"--athletes"_s, u"2"_s, u"--seed"_s, u"1"_s, u"--weeks"_s,
                                u"3"_s, u"--sets"_s, u"9"_s});
    EXPECT_CLI(both, 2);
    EXPECT_TRUE(both.err.contains(u"either --weeks or --sets"_s)) << both;
    const CliResult seed =
        run({u"generate"_s, u"--athletes"_s, u"2"_s, u"--weeks"_s, u"3"_s, u"--seed"_s, u"x"_s});
    EXPECT_CLI(seed, 2);
    EXPECT_TRUE(seed.err.contains(u"--seed"_s)) << seed;
    const CliResult athletes =
        run({u"generate"_s, u"--athletes"_s, u"0"_s, u"--weeks"_s, u"3"_s, u"--seed"_s, u"1"_s});
    EXPECT_CLI(athletes, 2);
    EXPECT_TRUE(athletes.err.contains(u"--athletes"_s)) << athletes;
    EXPECT_CLI(run({u"generate"_s, u"--demo"_s, u"--seed"_s, u"1"_s}), 2);
}

// Issue 17: counts read "1 athlete", not "1 athletes": the binary loads the English plural forms.
TEST_F(GenerateCli, OneAthleteAndOneSetAreSingular)
{
    const CliResult r = generate(file(u"one.sqlite"_s), {u"--athletes"_s, u"1"_s, u"--sets"_s, u"1"_s,
                                                         u"--seed"_s, u"5"_s, u"--end"_s, u"2026-02-01"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.startsWith(u"Generated 1 athlete: 1 session, 1 set and "_s)) << r;
    const CliResult more =
        generate(file(u"two.sqlite"_s), {u"--athletes"_s, u"2"_s, u"--sets"_s, u"4"_s, u"--seed"_s, u"5"_s,
                                         u"--end"_s, u"2026-02-01"_s});
    ASSERT_EQ(more.exitCode, 0) << more;
    EXPECT_TRUE(more.out.startsWith(u"Generated 2 athletes: "_s)) << more;
    EXPECT_TRUE(more.out.contains(u", 4 sets and "_s)) << more;
}

TEST_F(GenerateCli, SameSeedSameDatabaseAndExactSetCount)
{
    const QStringList args{u"--athletes"_s, u"3"_s,     u"--sets"_s,     u"4001"_s,  u"--seed"_s,
                           u"77"_s,         u"--end"_s, u"2026-02-01"_s, u"--json"_s};
    const CliResult a = generate(file(u"a.sqlite"_s), args);
    ASSERT_EQ(a.exitCode, 0) << a;
    const QJsonObject o = a.json();
    EXPECT_EQ(o.value(u"athletes"_s).toInt(), 3);
    EXPECT_EQ(o.value(u"sets"_s).toInt(), 4001);
    EXPECT_GT(o.value(u"sessions"_s).toInt(), 100);
    EXPECT_GT(o.value(u"soreness"_s).toInt(), 0);
    const CliResult b = generate(file(u"b.sqlite"_s), args);
    ASSERT_EQ(b.exitCode, 0) << b;
    // The same analysis of the same data: every row agrees.
    const CliResult analyzeA =
        cli.runRaw({u"--db"_s, file(u"a.sqlite"_s), u"analyze"_s, u"--all"_s, u"--json"_s});
    const CliResult analyzeB =
        cli.runRaw({u"--db"_s, file(u"b.sqlite"_s), u"analyze"_s, u"--all"_s, u"--json"_s});
    ASSERT_EQ(analyzeA.exitCode, 0) << analyzeA;
    EXPECT_EQ(analyzeA.out, analyzeB.out);
    const QJsonArray athletes = analyzeA.json().value(u"athletes"_s).toArray();
    ASSERT_EQ(athletes.size(), 3);
    int sessions = 0;
    for (const QJsonValue &athlete : athletes)
        sessions += static_cast<int>(athlete.toObject().value(u"sessions"_s).toArray().size());
    EXPECT_EQ(sessions, o.value(u"sessions"_s).toInt());
    // Into a database that has athletes already: refused, nothing written.
    const CliResult again = generate(file(u"a.sqlite"_s), args);
    EXPECT_CLI(again, 1);
    EXPECT_TRUE(again.err.contains(u"already holds 3 athletes"_s)) << again;
}

TEST_F(GenerateCli, StrongCsvFilesImportBackWithTheSameSets)
{
    const CliResult g = generate(dbPath(), {u"--athletes"_s, u"2"_s, u"--weeks"_s, u"12"_s, u"--seed"_s,
                                            u"3"_s, u"--strong-csv"_s, file(u"history.csv"_s), u"--json"_s});
    ASSERT_EQ(g.exitCode, 0) << g;
    const QJsonArray files = g.json().value(u"csv_files"_s).toArray();
    ASSERT_EQ(files.size(), 2);
    EXPECT_EQ(files.at(0).toString(), file(u"history-01.csv"_s));
    EXPECT_EQ(files.at(1).toString(), file(u"history-02.csv"_s));

    const CliResult list = run({u"athlete"_s, u"list"_s, u"--json"_s});
    const QJsonArray athletes = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(athletes.size(), 2);
    int imported = 0;
    for (int i = 0; i < 2; ++i) {
        // Athlete ids follow the order of generation, and so do the files.
        const QJsonObject athlete = athletes.at(i).toObject();
        const int index = athlete.value(u"id"_s).toInt() - 1;
        const CliResult r =
            cli.runRaw({u"--db"_s, file(u"imported.sqlite"_s), u"import"_s, files.at(index).toString(),
                        u"--athlete"_s, athlete.value(u"name"_s).toString(), u"--unit"_s,
                        athlete.value(u"unit"_s).toString(), u"--json"_s});
        ASSERT_EQ(r.exitCode, 0) << r;
        EXPECT_TRUE(r.json().value(u"new_exercises"_s).toArray().isEmpty()) << r;
        imported += r.json().value(u"sets"_s).toInt();
    }
    EXPECT_EQ(imported, g.json().value(u"sets"_s).toInt());
}

TEST_F(GenerateCli, DemoWritesThreeAthletes)
{
    const CliResult g = run({u"generate"_s, u"--demo"_s});
    ASSERT_EQ(g.exitCode, 0) << g;
    const CliResult list = run({u"athlete"_s, u"list"_s, u"--json"_s});
    QStringList names;
    for (const QJsonValue &a : QJsonDocument::fromJson(list.out.toUtf8()).array())
        names.append(a.toObject().value(u"name"_s).toString());
    EXPECT_EQ(names, (QStringList{u"Maya Lindqvist"_s, u"Rita Okafor"_s, u"Tom Becker"_s}));
}

TEST_F(GenerateCli, AnalyzeAllNeedsNoAthleteButNotBoth)
{
    ASSERT_EQ(
        run({u"generate"_s, u"--athletes"_s, u"2"_s, u"--weeks"_s, u"4"_s, u"--seed"_s, u"9"_s}).exitCode, 0);
    EXPECT_CLI(run({u"analyze"_s}), 2);
    EXPECT_CLI(run({u"analyze"_s, u"--all"_s, u"--athlete"_s, u"x"_s}), 2);
    const CliResult text = run({u"analyze"_s, u"--all"_s});
    ASSERT_EQ(text.exitCode, 0) << text;
    EXPECT_EQ(text.out.count(u"\n== "_s) + (text.out.startsWith(u"== "_s) ? 1 : 0), 2) << text;
}

} // namespace
} // namespace spotter::test
