// SPDX-License-Identifier: GPL-3.0-or-later
// spotter-cli import, through the real binary.
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

class CliImport : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    CliRun cli(QStringList args)
    {
        args.prepend(m_dir.filePath(u"spotter.sqlite"_s));
        args.prepend(u"--db"_s);
        QProcess p;
        p.start(QStringLiteral(SPOTTER_CLI), args);
        EXPECT_TRUE(p.waitForFinished(120'000)) << args.join(u' ').toStdString();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    static QString fixture(const QString &name) { return test::dataPath(u"import/"_s + name); }
    static QJsonObject json(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

    QTemporaryDir m_dir;
};

TEST_F(CliImport, ImportsOnceAndPrintsJson)
{
    const QString file = fixture(u"strong_v1_lb.csv"_s);
    const CliRun first =
        cli({u"import"_s, file, u"--athlete"_s, u"Alice"_s, u"--unit"_s, u"lb"_s, u"--json"_s});
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    const QJsonObject o = json(first.out);
    EXPECT_EQ(o.keys(), (QStringList{u"new_exercises"_s, u"ok"_s, u"sessions"_s, u"sets"_s,
                                     u"skipped_duplicates"_s, u"soreness"_s, u"warning_count"_s}));
    EXPECT_TRUE(o.value(u"ok"_s).toBool());
    EXPECT_EQ(o.value(u"sessions"_s).toInt(), 3);
    EXPECT_EQ(o.value(u"sets"_s).toInt(), 11);
    EXPECT_EQ(o.value(u"soreness"_s).toInt(), 0);
    EXPECT_EQ(o.value(u"skipped_duplicates"_s).toInt(), 0);
    EXPECT_EQ(o.value(u"new_exercises"_s).toArray(), QJsonArray{u"Smith Hip Thrust"_s});
    // Warnings go to standard error, as FILE:LINE, and leave the JSON alone.
    EXPECT_TRUE(first.err.contains(file + u":17: warning: "_s)) << first.err.toStdString();

    const CliRun again =
        cli({u"import"_s, file, u"--athlete"_s, u"Alice"_s, u"--unit"_s, u"lb"_s, u"--json"_s});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_EQ(json(again.out).value(u"sessions"_s).toInt(), 0);
    EXPECT_EQ(json(again.out).value(u"sets"_s).toInt(), 0);
    EXPECT_EQ(json(again.out).value(u"skipped_duplicates"_s).toInt(), 3);

    const CliRun sessions = cli({u"sessions"_s, u"--athlete"_s, u"Alice"_s, u"--json"_s});
    ASSERT_EQ(sessions.code, 0);
    EXPECT_EQ(QJsonDocument::fromJson(sessions.out.toUtf8()).array().size(), 3);
}

TEST_F(CliImport, ADryRunSaysWhatItWouldDoAndWritesNothing)
{
    const CliRun r = cli({u"import"_s, fixture(u"strong_v2.csv"_s), u"--athlete"_s, u"Bo"_s, u"--unit"_s,
                          u"kg"_s, u"--dry-run"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Dry run: would import 3 sessions, 5 sets"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"Would create athlete 'Bo'."_s));
    EXPECT_TRUE(r.out.contains(u"Frog Pumps, Running"_s));
    EXPECT_TRUE(r.out.contains(u"Nothing was written."_s));
    const CliRun list = cli({u"athlete"_s, u"list"_s, u"--json"_s});
    EXPECT_EQ(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
}

TEST_F(CliImport, MissingUnitOrAthleteIsAUsageError)
{
    const QString file = fixture(u"strong_v2.csv"_s);
    const CliRun noUnit = cli({u"import"_s, file, u"--athlete"_s, u"Bo"_s});
    EXPECT_EQ(noUnit.code, 2);
    EXPECT_TRUE(noUnit.err.contains(file + u":1: "_s)) << noUnit.err.toStdString();
    EXPECT_TRUE(noUnit.err.contains(u"--unit kg or --unit lb"_s));
    const CliRun noAthlete = cli({u"import"_s, file, u"--unit"_s, u"kg"_s});
    EXPECT_EQ(noAthlete.code, 2);
    EXPECT_TRUE(noAthlete.err.contains(u"--athlete is required for Strong files"_s))
        << noAthlete.err.toStdString();
    const CliRun spotter = cli({u"import"_s, fixture(u"spotter_sets.csv"_s), u"--athlete"_s, u"Bo"_s});
    EXPECT_EQ(spotter.code, 2);
    EXPECT_EQ(cli({u"import"_s, file, u"--format"_s, u"excel"_s}).code, 2);
    EXPECT_EQ(cli({u"import"_s, file, u"--athlete"_s, u"Bo"_s, u"--unit"_s, u"stone"_s}).code, 2);
    EXPECT_EQ(cli({u"import"_s}).code, 2);
}

TEST_F(CliImport, ABadRowIsReportedAsFileLineReason)
{
    const QString file = fixture(u"bad/negative_weight.csv"_s);
    const CliRun r = cli({u"import"_s, file, u"--athlete"_s, u"Bo"_s, u"--unit"_s, u"kg"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.startsWith(file + u":3: Weight must not be negative; got -20 kg\n"_s))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"nothing was imported"_s));
    EXPECT_TRUE(r.out.isEmpty());
    const CliRun forced =
        cli({u"import"_s, fixture(u"strong_v2.csv"_s), u"--format"_s, u"hevy"_s, u"--athlete"_s, u"Bo"_s});
    EXPECT_EQ(forced.code, 1);
    EXPECT_TRUE(forced.err.contains(u"not a Hevy export"_s)) << forced.err.toStdString();
    EXPECT_EQ(cli({u"import"_s, fixture(u"bad/unknown_header.csv"_s), u"--athlete"_s, u"Bo"_s}).code, 1);
    EXPECT_EQ(cli({u"import"_s, m_dir.filePath(u"missing.csv"_s), u"--athlete"_s, u"Bo"_s}).code, 1);
}

TEST_F(CliImport, ManyErrorsAreCappedAndCounted)
{
    const QString file = m_dir.filePath(u"bad.csv"_s);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout "
            "Notes,RPE\n");
    for (int i = 0; i < 25; ++i)
        f.write("2021-03-01 18:00:00,Push,1h,Bench Press (Barbell),1,100,5,0,0,,,11\n");
    f.close();
    const CliRun r = cli({u"import"_s, file, u"--athlete"_s, u"Bo"_s, u"--unit"_s, u"kg"_s});
    EXPECT_EQ(r.code, 1);
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 22) << r.err.toStdString();
    EXPECT_TRUE(lines[0].startsWith(file + u":2: RPE must be between 1 and 10"_s));
    EXPECT_TRUE(lines[19].startsWith(file + u":21: "_s));
    EXPECT_EQ(lines[20], u"… and 5 more errors"_s);
    EXPECT_TRUE(lines[21].contains(u"25 invalid rows"_s));
}

TEST_F(CliImport, SpotterFilesAndProgress)
{
    const CliRun sets = cli({u"import"_s, fixture(u"spotter_sets.csv"_s), u"--json"_s, u"--progress"_s});
    ASSERT_EQ(sets.code, 0) << sets.err.toStdString();
    EXPECT_EQ(json(sets.out).value(u"sessions"_s).toInt(), 3);
    EXPECT_TRUE(sets.err.contains(u"Checking: 100% (5 rows)"_s)) << sets.err.toStdString();
    EXPECT_TRUE(sets.err.contains(u"Writing: 100% (5 rows)"_s));
    const CliRun soreness = cli({u"import"_s, fixture(u"spotter_soreness.csv"_s), u"--json"_s});
    ASSERT_EQ(soreness.code, 0) << soreness.err.toStdString();
    EXPECT_EQ(json(soreness.out).value(u"soreness"_s).toInt(), 2);
    const CliRun show = cli({u"show"_s, u"7"_s, u"--json"_s});
    ASSERT_EQ(show.code, 0);
    EXPECT_EQ(json(show.out).value(u"soreness"_s).toArray().size(), 1);
}

} // namespace
} // namespace spotter
