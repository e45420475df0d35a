// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "testutil.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

QByteArray write(CsvWriter::Options options, const std::function<void(CsvWriter &)> &fill)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer, options);
        fill(writer);
        EXPECT_TRUE(writer.flush());
    }
    return bytes;
}

TEST(CsvWriter, QuotesOnlyWhenNeeded)
{
    const QByteArray bytes = write({}, [](CsvWriter &w) {
        w.plain(u"Bench Press").plain(u"Push, heavy").plain(u"say \"hi\"").plain(u"two\nlines").plain(u"");
        w.endRecord();
    });
    EXPECT_EQ(bytes, QByteArray("Bench Press,\"Push, heavy\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"));
}

TEST(CsvWriter, HonoursDelimiterLineEndAndBom)
{
    const QByteArray bytes = write({';', false, true}, [](CsvWriter &w) {
        w.plain(u"62,5").plain(u"a;b").plain(u"x");
        w.endRecord();
    });
    EXPECT_EQ(bytes, QByteArray("\xEF\xBB\xBF"
                                "62,5;\"a;b\";x\n"));
}

TEST(CsvWriter, WritesALoneEmptyFieldSoItIsNoBlankLine)
{
    const QByteArray bytes = write({}, [](CsvWriter &w) {
        w.plain(u"");
        w.endRecord();
    });
    EXPECT_EQ(bytes, QByteArray("\"\"\r\n"));
}

TEST(CsvWriter, QuotesALeadingByteOrderMarkCharacterSoItStaysData)
{
    const QByteArray bytes = write({}, [](CsvWriter &w) {
        w.plain(u"\uFEFFx").plain(u"\uFEFFy");
        w.endRecord();
    });
    EXPECT_EQ(bytes, QByteArray("\"\xEF\xBB\xBFx\",\xEF\xBB\xBFy\r\n"));
    QBuffer in;
    in.setData(bytes);
    in.open(QIODevice::ReadOnly);
    CsvReader reader(&in);
    CsvRecord record;
    ASSERT_EQ(reader.next(record), CsvReader::Status::Record);
    EXPECT_EQ(record.fields(), (QStringList{u"\uFEFFx"_s, u"\uFEFFy"_s}));
}

TEST(CsvWriter, NeutralisesFormulasInTextCellsOnly)
{
    const QByteArray bytes = write({}, [](CsvWriter &w) {
        w.text(u"=HYPERLINK(\"x\")").text(u"+1").text(u"-2").text(u"@SUM(A1)").text(u"\tx").text(u"\rx");
        w.plain(u"-2.5").text(u"Bench");
        w.endRecord();
    });
    EXPECT_EQ(bytes, QByteArray("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),'\tx,\"'\rx\",-2.5,Bench\r\n"));
}

TEST(CsvWriter, NeutraliseAndUnneutraliseAreInverse)
{
    const QStringList texts{u""_s,       u"plain"_s, u"=1+2"_s, u"'=1+2"_s, u"''=x"_s, u"'"_s,
                            u"'plain"_s, u"''"_s,    u"-"_s,    u"@"_s,     u"\t"_s,   u"it's"_s,
                            u"a=b"_s,    u"'+'"_s,   u"\r\n"_s, u" =x"_s};
    for (const QString &t : texts) {
        const QString written = CsvWriter::neutralise(t);
        EXPECT_EQ(CsvWriter::unneutralise(written), t) << t.toStdString();
        // What a spreadsheet sees never starts a formula.
        if (!written.isEmpty()) {
            const QChar first = written.front();
            EXPECT_FALSE(first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
                         || first == u'\r')
                << t.toStdString();
        }
    }
    EXPECT_EQ(CsvWriter::neutralise(u"'=x"), u"''=x"_s);
    EXPECT_EQ(CsvWriter::unneutralise(u"'plain"), u"'plain"_s);
}

TEST(CsvWriter, Utf8CellsAndEncodedRunsAreWrittenLikeTextAndPlainCells)
{
    const QStringList values{
        u"=SUM(A1)"_s, u"Zoë, \"quoted\""_s, u"line\nbreak"_s, u"'@x"_s, u"-2.5"_s, QString(),
        u"سارا"_s,     u"\uFEFFmark"_s};
    for (const bool lead : {false, true}) {
        const auto fill = [&](CsvWriter &w, int way) {
            if (lead)
                w.plain(u"first");
            for (const QString &v : values) {
                CsvCells cells(';');
                switch (way) {
                case 0: w.text(v).plain(v); break;
                case 1: w.textUtf8(v.toUtf8()).plainUtf8(v.toUtf8()); break;
                default:
                    cells.text(v).plainUtf8(v.toUtf8());
                    w.cells(cells);
                    break;
                }
            }
            w.endRecord();
        };
        const CsvWriter::Options options{';', false, false};
        const QByteArray expected = write(options, [&](CsvWriter &w) { fill(w, 0); });
        EXPECT_EQ(write(options, [&](CsvWriter &w) { fill(w, 1); }), expected);
        // Encoded runs never start the file, so only a U+FEFF that opens it is quoted differently.
        if (lead) {
            EXPECT_EQ(write(options, [&](CsvWriter &w) { fill(w, 2); }), expected);
        }
    }
    const QByteArray bytes = write({}, [](CsvWriter &w) {
        w.textUtf8("=1+2").plainUtf8("-2.5").textUtf8("a,\"b\"");
        w.endRecord();
    });
    EXPECT_EQ(bytes, QByteArray("'=1+2,-2.5,\"a,\"\"b\"\"\"\r\n"));
    CsvCells lone;
    lone.plainUtf8({});
    EXPECT_EQ(write({},
                    [&](CsvWriter &w) {
                        w.cells(lone);
                        w.endRecord();
                    }),
              QByteArray("\"\"\r\n"))
        << "a record of one empty cell is still no blank line";
}

TEST(CsvWriter, ReportsAFailedWrite)
{
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    CsvWriter writer(&readOnly);
    writer.plain(u"x");
    writer.endRecord();
    EXPECT_FALSE(writer.flush());
    EXPECT_FALSE(writer.errorString().isEmpty());
}

} // namespace
} // namespace spotter
