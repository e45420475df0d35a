// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "testutil.h"

#include <QBuffer>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

struct Read
{
    QList<QStringList> records;
    QList<qint64> lines;
    CsvReader::Status end = CsvReader::Status::End;
    QString error;
    qint64 errorLine = 0;
    char delimiter = 0;
    bool bom = false;
};

Read readAll(const QByteArray &bytes, CsvReader::Limits limits = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, limits);
    CsvRecord record;
    Read out;
    for (;;) {
        const CsvReader::Status s = reader.next(record);
        if (s == CsvReader::Status::Record) {
            out.records.append(record.fields());
            out.lines.append(record.line());
            continue;
        }
        out.end = s;
        if (s != CsvReader::Status::End) {
            out.error = reader.errorMessage();
            out.errorLine = reader.errorLine();
        }
        if (s != CsvReader::Status::Invalid)
            break;
    }
    out.delimiter = reader.delimiter();
    out.bom = reader.hadBom();
    return out;
}

TEST(CsvReader, ReadsRecordsWithTheirLines)
{
    const Read r = readAll("a,b,c\n1,2,3\n4,5,6");
    ASSERT_EQ(r.records.size(), 3);
    EXPECT_EQ(r.records[1], (QStringList{u"1"_s, u"2"_s, u"3"_s}));
    EXPECT_EQ(r.records[2], (QStringList{u"4"_s, u"5"_s, u"6"_s}));
    EXPECT_EQ(r.lines, (QList<qint64>{1, 2, 3}));
    EXPECT_EQ(r.end, CsvReader::Status::End);
}

TEST(CsvReader, AcceptsCrLfLfAndCrLineEnds)
{
    for (const QByteArray &end : {QByteArray("\r\n"), QByteArray("\n"), QByteArray("\r")}) {
        const Read r = readAll("a,b" + end + "1,2" + end + "3,4" + end);
        ASSERT_EQ(r.records.size(), 3) << end.toHex().constData();
        EXPECT_EQ(r.records[2], (QStringList{u"3"_s, u"4"_s}));
        EXPECT_EQ(r.lines, (QList<qint64>{1, 2, 3}));
    }
}

TEST(CsvReader, StripsTheByteOrderMark)
{
    const Read r = readAll("\xEF\xBB\xBF\"Date\";\"Name\"\r\n\"2024\";\"x\"\r\n");
    ASSERT_EQ(r.records.size(), 2);
    EXPECT_EQ(r.records[0].first(), u"Date"_s);
    EXPECT_TRUE(r.bom);
    EXPECT_EQ(r.delimiter, ';');
}

TEST(CsvReader, QuotedFieldsKeepDelimitersQuotesAndNewlines)
{
    const Read r =
        readAll("name,notes\r\n\"Push, heavy\",\"said \"\"hi\"\"\r\nsecond line\nthird\"\r\nx,y\r\n");
    ASSERT_EQ(r.records.size(), 3);
    EXPECT_EQ(r.records[1][0], u"Push, heavy"_s);
    EXPECT_EQ(r.records[1][1], u"said \"hi\"\r\nsecond line\nthird"_s);
    // The record after a three-line field starts on line 5.
    EXPECT_EQ(r.lines, (QList<qint64>{1, 2, 5}));
}

TEST(CsvReader, EmptyFieldsAndBlankLines)
{
    const Read r = readAll("a,b,c\n\n1,,\n\r\n,,3\n\n");
    ASSERT_EQ(r.records.size(), 3);
    EXPECT_EQ(r.records[1], (QStringList{u"1"_s, QString(), QString()}));
    EXPECT_EQ(r.records[2], (QStringList{QString(), QString(), u"3"_s}));
    EXPECT_EQ(r.lines, (QList<qint64>{1, 3, 5}));
}

TEST(CsvReader, SniffsTheDelimiterFromTheHeaderOnly)
{
    EXPECT_EQ(readAll("a;b;c\n1,5;2;3\n").delimiter, ';');
    EXPECT_EQ(readAll("a\tb\tc\n").delimiter, '\t');
    EXPECT_EQ(readAll("a,b\n").delimiter, ',');
    // Delimiters inside quotes do not count, and a tie goes to the comma.
    EXPECT_EQ(readAll("\"a;b;c\",d\n").delimiter, ',');
    EXPECT_EQ(readAll("a,b;c\n").delimiter, ',');
    EXPECT_EQ(readAll("single\n").delimiter, ',');
    const Read r = readAll("a;b\n\"1;5\";\"62,5\"\n");
    EXPECT_EQ(r.records[1], (QStringList{u"1;5"_s, u"62,5"_s}));
    // Blank lines before the header are skipped, so they do not hide its delimiter.
    const Read late = readAll("\xEF\xBB\xBF\r\n\r\na;b;c\r\n1;2;3\r\n");
    EXPECT_EQ(late.delimiter, ';');
    EXPECT_EQ(late.records, (QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}}));
    EXPECT_EQ(late.lines, (QList<qint64>{3, 4}));
}

TEST(CsvReader, ReportsAnUnterminatedQuoteWhereItStarts)
{
    const Read r = readAll("a,b\n1,2\n3,\"never\nends\n");
    EXPECT_EQ(r.end, CsvReader::Status::Failed);
    EXPECT_EQ(r.errorLine, 3);
    EXPECT_TRUE(r.error.contains(u"never ends"_s)) << r.error.toStdString();
    EXPECT_EQ(r.records.size(), 2);
}

TEST(CsvReader, RefusesTextAfterAClosingQuote)
{
    const Read r = readAll("a,b\n\"x\"y,2\n");
    EXPECT_EQ(r.end, CsvReader::Status::Failed);
    EXPECT_EQ(r.errorLine, 2);
}

TEST(CsvReader, KeepsAQuoteInsideAnUnquotedField)
{
    const Read r = readAll("height\n5'10\"\n");
    ASSERT_EQ(r.records.size(), 2);
    EXPECT_EQ(r.records[1][0], u"5'10\""_s);
}

TEST(CsvReader, InvalidUtf8SpoilsOnlyItsRecord)
{
    // "Café" in Latin-1, on line 2.
    const Read r = readAll("a,b\nCaf\xE9,1\nok,2\n");
    ASSERT_EQ(r.records.size(), 2);
    EXPECT_EQ(r.records[1], (QStringList{u"ok"_s, u"2"_s}));
    EXPECT_EQ(r.lines.last(), 3);
    EXPECT_EQ(r.errorLine, 2);
    EXPECT_TRUE(r.error.contains(u"UTF-8"_s)) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(u"0xe9"_s)) << r.error.toStdString();
}

TEST(CsvReader, RejectsOverlongAndSurrogateUtf8)
{
    EXPECT_EQ(readAll("a\n\xC0\xAF\n").errorLine, 2);         // overlong '/'
    EXPECT_EQ(readAll("a\n\xED\xA0\x80\n").errorLine, 2);     // a UTF-16 surrogate
    EXPECT_EQ(readAll("a\n\xF4\x90\x80\x80\n").errorLine, 2); // beyond U+10FFFF
    const Read ok = readAll("a\n\xF0\x9F\x8F\x8B\xC3\xA9\n"); // 🏋é
    ASSERT_EQ(ok.records.size(), 2);
    EXPECT_EQ(ok.records[1][0], u"\U0001F3CB\u00E9"_s);
}

// A record is decoded in one piece when it is ASCII and field by field otherwise: what is
// valid or not must not depend on which, nor on where the delimiters are.
TEST(CsvReader, DecodesEachFieldOnItsOwn)
{
    // A sequence cut off by the delimiter is invalid even though the next field's first byte
    // would complete it.
    const Read split = readAll("a,b\nx\xC3,\xA9y\n");
    EXPECT_EQ(split.errorLine, 2);
    EXPECT_TRUE(split.error.contains(u"0xc3"_s)) << split.error.toStdString();
    EXPECT_TRUE(split.error.contains(u"field 1"_s)) << split.error.toStdString();
    // The bad byte is named in the field it is in, after valid text and a U+FFFD the file wrote.
    const Read later = readAll("a,b\n\xC3\xA9,\xEF\xBF\xBD\xC3\xA9\xFF\n");
    EXPECT_EQ(later.errorLine, 2);
    EXPECT_TRUE(later.error.contains(u"0xff in field 2"_s)) << later.error.toStdString();
    // A sequence cut off at the end of the file.
    EXPECT_EQ(readAll("a\n\xE2\x82").errorLine, 2);
    // A U+FEFF inside a field, or at its start, is text; only the file's first bytes are a BOM.
    const Read bom = readAll("\xEF\xBB\xBFq,r\n\xEF\xBB\xBFx,\"\xEF\xBB\xBFy\",caf\xC3\xA9\n");
    ASSERT_EQ(bom.records.size(), 2);
    EXPECT_EQ(bom.records[0], (QStringList{u"q"_s, u"r"_s}));
    EXPECT_EQ(bom.records[1], (QStringList{u"\uFEFFx"_s, u"\uFEFFy"_s, u"caf\u00E9"_s}));
    // Mixed records keep their field boundaries.
    const Read mixed = readAll("a,b,c\n\xE6\x97\xA5\xE6\x9C\x9F,,\"x,\xC3\xA9\"\"\"\n");
    ASSERT_EQ(mixed.records.size(), 2);
    EXPECT_EQ(mixed.records[1], (QStringList{u"\u65E5\u671F"_s, QString(), u"x,\u00E9\""_s}));
}

// ASCII is read eight bytes at a time: text beyond ASCII and invalid bytes must be found at every
// position of such a block, and a long field must not run into the next.
TEST(CsvReader, DecodesLongFieldsAtEveryOffset)
{
    for (int at = 0; at < 17; ++at) {
        const QByteArray head(at, 'x');
        const QByteArray tail(20 - at, 'y');
        const Read ok = readAll("a,b\n" + head + "\xC3\xA9" + tail + ",0123456789abcdef\n");
        ASSERT_EQ(ok.records.size(), 2) << at;
        EXPECT_EQ(ok.records[1],
                  (QStringList{QString::fromLatin1(head) + u"\u00E9"_s + QString::fromLatin1(tail),
                               u"0123456789abcdef"_s}))
            << at;
        const Read bad = readAll("a,b\n0123456789abcdef," + head + "\xFF" + tail + "\n");
        EXPECT_EQ(bad.errorLine, 2) << at;
        EXPECT_TRUE(bad.error.contains(u"0xff in field 2"_s)) << at << bad.error.toStdString();
    }
    // A four-byte sequence cut off by the end of its field, after a run of ASCII.
    EXPECT_EQ(readAll("a,b\nabcdefgh\xF0\x9F\x8F,\x8B\n").errorLine, 2);
}

TEST(CsvReader, RefusesUtf16)
{
    const QByteArray utf16 = QByteArray("\xFF\xFE", 2) + QByteArray("D\0a\0t\0e\0\n\0", 10);
    const Read withBom = readAll(utf16);
    EXPECT_EQ(withBom.end, CsvReader::Status::Failed);
    EXPECT_TRUE(withBom.error.contains(u"UTF-16"_s));
    const Read noBom = readAll(QByteArray("D\0a\0t\0e\0\n\0", 10));
    EXPECT_EQ(noBom.end, CsvReader::Status::Failed);
    EXPECT_TRUE(noBom.error.contains(u"NUL"_s));
    // UTF-32 starts like UTF-16 little-endian: it is named as what it is.
    const Read utf32 = readAll(QByteArray("\xFF\xFE\0\0D\0\0\0", 8));
    EXPECT_EQ(utf32.end, CsvReader::Status::Failed);
    EXPECT_TRUE(utf32.error.contains(u"UTF-32"_s)) << utf32.error.toStdString();
    EXPECT_TRUE(readAll(QByteArray("\0\0\xFE\xFF\0\0\0D", 8)).error.contains(u"UTF-32"_s));
}

TEST(CsvReader, EnforcesItsLimits)
{
    CsvReader::Limits limits;
    limits.maxFieldBytes = 10;
    limits.maxFields = 3;
    limits.maxRecordBytes = 25;
    EXPECT_EQ(readAll("a,b\n12345678901,x\n", limits).end, CsvReader::Status::Failed);
    EXPECT_EQ(readAll("a,b\n\"12345678901\",x\n", limits).errorLine, 2);
    EXPECT_EQ(readAll("a,b,c,d\n", limits).end, CsvReader::Status::Failed);
    EXPECT_EQ(readAll("a,b,c\n123456789,123456789,123456789\n", limits).end, CsvReader::Status::Failed);
    EXPECT_EQ(readAll("a,b,c\n1234567890,x,y\n", limits).end, CsvReader::Status::End);
}

TEST(CsvReader, EndsWithoutANewline)
{
    const Read r = readAll("a,\"b\"");
    ASSERT_EQ(r.records.size(), 1);
    EXPECT_EQ(r.records[0], (QStringList{u"a"_s, u"b"_s}));
    EXPECT_TRUE(readAll("").records.isEmpty());
    EXPECT_EQ(readAll("").end, CsvReader::Status::End);
}

QString randomField(QRandomGenerator &rng)
{
    static const QString alphabet = u"ab ,;\"\r\n\t'=-é€🏋0123456789"_s;
    QString s;
    const int n = rng.bounded(12);
    for (int i = 0; i < n; ++i) {
        qsizetype at = rng.bounded(alphabet.size());
        if (alphabet.at(at).isLowSurrogate())
            --at;
        s += alphabet.at(at);
        if (alphabet.at(at).isHighSurrogate())
            s += alphabet.at(at + 1);
    }
    return s;
}

// Whatever the writer writes, the reader reads back exactly, across the reader's 64 KiB
// chunks (a CRLF, a quote or a UTF-8 sequence split between two reads).
TEST(CsvReader, ReadsBackWhatTheWriterWrote)
{
    QRandomGenerator rng(4180);
    for (const char delimiter : {',', ';', '\t'}) {
        for (const bool crlf : {true, false}) {
            QList<QStringList> records;
            records.append({u"h1"_s, u"h2"_s, u"h3"_s});
            QByteArray bytes;
            {
                QBuffer out(&bytes);
                out.open(QIODevice::WriteOnly);
                CsvWriter writer(&out, {delimiter, crlf, true});
                writer.writeRecord(records.first());
                while (bytes.size() < 200'000) {
                    const QStringList r{randomField(rng), randomField(rng), randomField(rng)};
                    records.append(r);
                    for (const QString &f : std::as_const(r))
                        writer.plain(f);
                    writer.endRecord();
                    ASSERT_TRUE(writer.flush());
                }
            }
            QBuffer in(&bytes);
            in.open(QIODevice::ReadOnly);
            CsvReader reader(&in);
            reader.setDelimiter(delimiter);
            CsvRecord record;
            qsizetype i = 0;
            while (reader.next(record) == CsvReader::Status::Record) {
                ASSERT_LT(i, records.size());
                ASSERT_EQ(record.fields(), records.at(i)) << "record " << i;
                ++i;
            }
            EXPECT_EQ(i, records.size());
            EXPECT_TRUE(reader.errorMessage().isEmpty()) << reader.errorMessage().toStdString();
        }
    }
}

// Hostile input never crashes, never loops and never returns an oversized field.
TEST(CsvReader, SurvivesRandomBytes)
{
    QRandomGenerator rng(20240101);
    const QByteArray alphabet("\"\",;\r\n\tab\xC3\xA9\xFF\x00", 14);
    CsvReader::Limits limits;
    limits.maxFieldBytes = 64;
    limits.maxFields = 16;
    limits.maxRecordBytes = 256;
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes;
        const int n = rng.bounded(300);
        for (int i = 0; i < n; ++i)
            bytes.append(alphabet.at(rng.bounded(alphabet.size())));
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, limits);
        CsvRecord record;
        int steps = 0;
        for (;; ++steps) {
            ASSERT_LT(steps, 1000);
            const CsvReader::Status s = reader.next(record);
            if (s == CsvReader::Status::End || s == CsvReader::Status::Failed)
                break;
            if (s == CsvReader::Status::Record) {
                ASSERT_LE(record.size(), 16);
                for (qsizetype f = 0; f < record.size(); ++f)
                    ASSERT_LE(record.field(f).size(), 64);
            }
        }
    }
}

} // namespace
} // namespace spotter
