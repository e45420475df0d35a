// SPDX-License-Identifier: GPL-3.0-or-later
// spotter-cli export and report, through the real binary.
#include "clirunner.h"
#include "interchangefixture.h"
#include "testutil.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

const QString kAsOf = u"2026-03-02T12:00:00+01:00"_s;

class CliExport : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        Database db(dbPath());
        m_ids = fillEveryKindOfValue(db);
    }

    /// spotter-cli --db @p db ARGUMENTS...
    CliResult runOn(const QString &db, QStringList arguments) const
    {
        arguments.prepend(db);
        arguments.prepend(u"--db"_s);
        return cli.runRaw(arguments);
    }

    InterchangeIds m_ids;
};

// --what takes a kind of file (sets, soreness, sessions), not a file name: its help says so.
TEST_F(CliExport, TheHelpNamesWhatWhatTakes)
{
    const CliResult r = cli.run({u"export"_s, u"--help"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"--what <kind>"_s)) << r;
    EXPECT_TRUE(r.out.contains(u"-o, --output <file>"_s)) << r;
}

TEST_F(CliExport, ExportImportExportGivesIdenticalFiles)
{
    const CliResult sets =
        run({u"export"_s, u"--what"_s, u"sets"_s, u"--as-of"_s, kAsOf, u"-o"_s, file(u"sets.csv"_s)});
    EXPECT_CLI(sets, 0);
    EXPECT_EQ(sets.out, u"Exported 12 sets of 3 athletes to %1.\n"_s.arg(file(u"sets.csv"_s)));
    const CliResult soreness =
        run({u"export"_s, u"--what"_s, u"soreness"_s, u"--as-of"_s, kAsOf, u"-o"_s, file(u"soreness.csv"_s)});
    EXPECT_CLI(soreness, 0);

    const QString copy = file(u"copy.sqlite"_s);
    EXPECT_CLI(runOn(copy, {u"import"_s, file(u"sets.csv"_s)}), 0);
    EXPECT_CLI(runOn(copy, {u"import"_s, file(u"soreness.csv"_s)}), 0);
    EXPECT_CLI(runOn(copy, {u"export"_s, u"--what"_s, u"sets"_s, u"--as-of"_s, kAsOf, u"-o"_s,
                            file(u"sets2.csv"_s)}),
               0);
    EXPECT_CLI(runOn(copy, {u"export"_s, u"--what"_s, u"soreness"_s, u"--as-of"_s, kAsOf, u"-o"_s,
                            file(u"soreness2.csv"_s)}),
               0);
    const QByteArray first = readAll(file(u"sets.csv"_s));
    ASSERT_FALSE(first.isEmpty());
    EXPECT_EQ(readAll(file(u"sets2.csv"_s)), first);
    EXPECT_EQ(readAll(file(u"soreness2.csv"_s)), readAll(file(u"soreness.csv"_s)));
}

TEST_F(CliExport, AFormulaInANoteIsNeutralisedAndImportsBackAsTyped)
{
    const CliResult r = run({u"export"_s, u"--what"_s, u"sets"_s, u"--athlete"_s, u"Zoë 💪"_s});
    EXPECT_CLI(r, 0);
    EXPECT_TRUE(r.out.contains(u",'=1+2,"_s)) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains(u",=1+2,"_s));
    EXPECT_TRUE(r.out.contains(u",142.5,3,8.5,1.5,180,"_s)) << "numbers stay plain numbers";
    QFile out(file(u"zoe.csv"_s));
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(r.out.toUtf8());
    out.close();

    const QString copy = file(u"copy.sqlite"_s);
    EXPECT_CLI(runOn(copy, {u"import"_s, file(u"zoe.csv"_s)}), 0);
    const CliResult shown = runOn(copy, {u"show"_s, QString::number(m_ids.heavy), u"--json"_s});
    EXPECT_CLI(shown, 0);
    EXPECT_EQ(shown.json().value(u"notes"_s).toString(), u"=1+2"_s) << shown.out.toStdString();
}

TEST_F(CliExport, StandardOutputIsTheDefaultAndDashMeansItToo)
{
    ASSERT_EQ(run({u"export"_s, u"--what"_s, u"sessions"_s, u"-o"_s, file(u"s.csv"_s)}).exitCode, 0);
    const QByteArray expected = readAll(file(u"s.csv"_s));
    EXPECT_TRUE(expected.startsWith("athlete,session_id,session_start,duration_min,session_rpe,bodyweight_kg,"
                                    "intensity_class,flags\n"));
    const CliResult plain = run({u"export"_s, u"--what"_s, u"sessions"_s});
    EXPECT_CLI(plain, 0);
    EXPECT_EQ(plain.out.toUtf8(), expected);
    const CliResult dash = run({u"export"_s, u"--what"_s, u"sessions"_s, u"-o"_s, u"-"_s});
    EXPECT_EQ(dash.out.toUtf8(), expected);
    EXPECT_TRUE(dash.err.isEmpty()) << dash.err.toStdString();
}

TEST_F(CliExport, ExcelAddsAByteOrderMarkAndCrlf)
{
    const CliResult r =
        run({u"export"_s, u"--what"_s, u"sessions"_s, u"--excel"_s, u"-o"_s, file(u"x.csv"_s)});
    EXPECT_CLI(r, 0);
    const QByteArray bytes = readAll(file(u"x.csv"_s));
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"
                                 "athlete,session_id,"))
        << bytes.left(40).toHex().toStdString();
    EXPECT_EQ(bytes.count("\r\n"), bytes.count('\n'));
    EXPECT_EQ(bytes.count("\r\n"), 6);
}

TEST_F(CliExport, ExcelInADecimalCommaLocaleUsesSemicolons)
{
    cli.setEnvironment(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
    const CliResult r =
        run({u"export"_s, u"--what"_s, u"sessions"_s, u"--excel"_s, u"-o"_s, file(u"de.csv"_s)});
    EXPECT_CLI(r, 0);
    const QByteArray bytes = readAll(file(u"de.csv"_s));
    EXPECT_TRUE(bytes.contains(";75;8,5;82,35;")) << bytes.constData();
    const CliResult plain = run({u"export"_s, u"--what"_s, u"sessions"_s});
    EXPECT_TRUE(plain.out.contains(u",75,8.5,82.35,"_s)) << "without --excel the file is the same everywhere";
}

TEST_F(CliExport, WrongUsageAndUnknownAthletesSayWhat)
{
    CliResult r = run({u"export"_s});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(u"--what is required"_s)) << r.err.toStdString();
    r = run({u"export"_s, u"--what"_s, u"everything"_s});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(u"unknown value 'everything' (expected one of: sets sessions soreness)"_s))
        << r.err.toStdString();
    r = run({u"export"_s, u"--what"_s, u"sets"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-02-01"_s});
    EXPECT_CLI(r, 2);
    r = run({u"export"_s, u"--what"_s, u"sets"_s, u"--from"_s, u"1 March"_s});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(u"--from: expected a date as YYYY-MM-DD; got '1 March'"_s))
        << r.err.toStdString();
    r = run({u"export"_s, u"--what"_s, u"sets"_s, u"--athlete"_s, u"Nobody"_s, u"-o"_s, file(u"n.csv"_s)});
    EXPECT_CLI(r, 1);
    EXPECT_TRUE(r.err.contains(u"There is no athlete named 'Nobody'"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file(u"n.csv"_s))) << "a failed export leaves no file";
    r = run({u"export"_s, u"--what"_s, u"sets"_s, u"-o"_s, file(u"missing/folder/x.csv"_s)});
    EXPECT_CLI(r, 1);
    EXPECT_TRUE(r.err.contains(u"cannot write"_s)) << r.err.toStdString();
}

TEST_F(CliExport, ARangeAndAthletesSelectRows)
{
    const CliResult r = run({u"export"_s, u"--what"_s, u"sets"_s, u"--athlete"_s, u"Zoë 💪"_s, u"--athlete"_s,
                             u"سارا"_s, u"--from"_s, u"2026-01-15"_s, u"--to"_s, u"2026-02-20"_s});
    EXPECT_CLI(r, 0);
    const QStringList lines = r.outLines();
    ASSERT_EQ(lines.size(), 4) << r.out.toStdString(); // header, Zoë's single, Sara's two sets
    EXPECT_TRUE(lines[1].startsWith(u"Zoë 💪,"_s));
    EXPECT_TRUE(lines[2].startsWith(u"سارا,"_s));
}

class CliReport : public CliExport
{
};

TEST_F(CliReport, HtmlAndCsvAreWritten)
{
    CliResult r = run({u"report"_s, u"--athlete"_s, u"Zoë 💪"_s, u"--format"_s, u"html"_s, u"--as-of"_s, kAsOf,
                       u"-o"_s, file(u"r.html"_s)});
    EXPECT_CLI(r, 0);
    EXPECT_EQ(r.out, u"Wrote the report of Zoë 💪 (all sessions) to %1.\n"_s.arg(file(u"r.html"_s)));
    const QString html = QString::fromUtf8(readAll(file(u"r.html"_s)));
    EXPECT_TRUE(html.startsWith(u"<!DOCTYPE html>"_s));
    EXPECT_TRUE(html.contains(u"not medical advice"_s));
    EXPECT_LT(html.indexOf(u"Needs attention"_s), html.indexOf(u"Soreness by class"_s));

    r = run({u"report"_s, u"--athlete"_s, u"Zoë 💪"_s, u"--format"_s, u"csv"_s, u"-o"_s, u"-"_s});
    EXPECT_CLI(r, 0);
    EXPECT_TRUE(r.out.startsWith(u"section,date,item,value,unit,class,rules,detail\n"_s));
    EXPECT_TRUE(r.out.contains(u"\nsummary,,sessions,4,"_s)) << r.out.toStdString();
}

TEST_F(CliReport, PdfIsMadeBySpotterPdf)
{
#ifndef SPOTTER_PDF
    GTEST_SKIP() << "spotter-pdf is built with the GUI only";
#else
    ASSERT_TRUE(QFileInfo(QStringLiteral(SPOTTER_PDF)).isExecutable());
    const CliResult r = run({u"report"_s, u"--athlete"_s, u"Zoë 💪"_s, u"--from"_s, u"2026-01-01"_s,
                             u"--format"_s, u"pdf"_s, u"-o"_s, file(u"r.pdf"_s)});
    EXPECT_CLI(r, 0);
    const QByteArray pdf = readAll(file(u"r.pdf"_s));
    EXPECT_TRUE(pdf.startsWith("%PDF-")) << pdf.left(16).toStdString();
    EXPECT_GT(pdf.size(), 10'000);
#endif
}

TEST_F(CliReport, APdfWithoutSpotterPdfNextToTheCliIsAClearError)
{
    // A copy of spotter-cli in a folder of its own has no spotter-pdf beside it.
    const QString lonely = file(u"lonely/spotter-cli"_s);
    ASSERT_TRUE(QDir().mkpath(file(u"lonely"_s)));
    ASSERT_TRUE(QFile::copy(QStringLiteral(SPOTTER_CLI), lonely));
    QProcess p;
    p.start(lonely, {u"--db"_s, dbPath(), u"report"_s, u"--athlete"_s, u"Zoë 💪"_s, u"--format"_s, u"pdf"_s,
                     u"-o"_s, file(u"r.pdf"_s)});
    ASSERT_TRUE(p.waitForFinished(60'000));
    EXPECT_EQ(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_TRUE(err.contains(u"PDF reports need spotter-pdf, which was not found (looked for "_s
                             + file(u"lonely/spotter-pdf"_s)))
        << err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file(u"r.pdf"_s)));
}

#ifdef SPOTTER_PDF
TEST_F(CliReport, APdfFindsSpotterPdfWhereItIsInstalled)
{
    // The installed layout: bin/spotter-cli and libexec/spotter/spotter-pdf under one prefix.
    const QString cli = file(u"prefix/bin/spotter-cli"_s);
    const QString pdf = QDir::cleanPath(file(u"prefix/bin/"_s) + QStringLiteral(SPOTTER_PDF_DIR_FROM_BIN)
                                        + u"/spotter-pdf"_s);
    ASSERT_TRUE(QDir().mkpath(QFileInfo(cli).path()));
    ASSERT_TRUE(QDir().mkpath(QFileInfo(pdf).path()));
    ASSERT_TRUE(QFile::copy(QStringLiteral(SPOTTER_CLI), cli));
    ASSERT_TRUE(QFile::copy(QStringLiteral(SPOTTER_PDF), pdf));
    QProcess p;
    p.start(cli, {u"--db"_s, dbPath(), u"report"_s, u"--athlete"_s, u"Zoë 💪"_s, u"--format"_s, u"pdf"_s,
                  u"-o"_s, file(u"r.pdf"_s)});
    ASSERT_TRUE(p.waitForFinished(120'000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    EXPECT_TRUE(readAll(file(u"r.pdf"_s)).startsWith("%PDF-"));
}
#endif

TEST_F(CliReport, WrongUsageSaysWhat)
{
    CliResult r = run({u"report"_s, u"--athlete"_s, u"Zoë 💪"_s, u"-o"_s, file(u"r.html"_s)});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(u"--format is required"_s)) << r.err.toStdString();
    r = run({u"report"_s, u"--athlete"_s, u"Zoë 💪"_s, u"--format"_s, u"docx"_s, u"-o"_s, file(u"r.docx"_s)});
    EXPECT_CLI(r, 2);
    r = run({u"report"_s, u"--athlete"_s, u"Zoë 💪"_s, u"--format"_s, u"pdf"_s, u"-o"_s, u"-"_s});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(u"a PDF needs a file name"_s)) << r.err.toStdString();
    r = run(
        {u"report"_s, u"--athlete"_s, u"Zoë 💪"_s, u"--format"_s, u"html"_s, u"--excel"_s, u"-o"_s, u"-"_s});
    EXPECT_CLI(r, 2);
    r = run({u"report"_s, u"--athlete"_s, u"Nobody"_s, u"--format"_s, u"html"_s, u"-o"_s, file(u"r.html"_s)});
    EXPECT_CLI(r, 1);
    EXPECT_FALSE(QFileInfo::exists(file(u"r.html"_s)));
}

} // namespace
} // namespace spotter::test
