// SPDX-License-Identifier: GPL-3.0-or-later
// Broken structure (quotes, field counts, delimiters, truncation, bytes that are not UTF-8) in
// each format, oversized input, and the committed byte-exact fixtures.
#include "corpus.h"

using namespace Qt::StringLiterals;

namespace spotter::test {

namespace {

QString fieldCount(qsizetype expected, qsizetype got)
{
    return u"Expected %1 fields like the header; got %2"_s.arg(expected).arg(got);
}

const QString kNeverEnds = u"A quoted field never ends (a closing \" is missing)"_s;
const QString kAfterQuote = u"Text follows a closing quote"_s;
const QString kNul = u"The file contains a NUL byte"_s;
const QString kNotUtf8 = u"The text is not valid UTF-8"_s;
const QString kHeaderOnly = u"The file has a header but no rows; there is nothing to import"_s;

/// Collects the cases of one format under numbered names.
class Cases
{
public:
    explicit Cases(const CorpusFormat &f) : m_format(f) {}

    void add(const QString &what, const QByteArray &bytes, qint64 line, const QString &reason,
             const QString &more = {})
    {
        m_out.append({m_format.key,
                      u"%1-%2.csv"_s.arg(m_format.key, what),
                      bytes,
                      {},
                      m_format.options,
                      1,
                      line,
                      reason,
                      more});
    }
    /// The format's typical mistake in @p t, reported on the line of the set row.
    void addBadValue(const QString &what, Table t)
    {
        const Mutation &m = m_format.badValue;
        t = t.with(m_format.setRow, m.column, m.value);
        add(what, t.bytes(), t.lineOf(m_format.setRow), m.reason);
    }
    [[nodiscard]] const QList<CorpusCase> &cases() const { return m_out; }

private:
    const CorpusFormat &m_format;
    QList<CorpusCase> m_out;
};

/// @p fields joined by @p delimiter without any quoting, as a careless tool writes them.
QByteArray joined(const QStringList &fields, char delimiter)
{
    return fields.join(QLatin1Char(delimiter)).toUtf8();
}

} // namespace

QList<CorpusCase> structureCases(const CorpusFormat &f)
{
    Cases out(f);
    const Table &t = f.table;
    const qsizetype n = t.header.size();
    const int setRow = f.setRow;
    const int lastRow = static_cast<int>(t.rows.size() - 1);
    const qint64 headerLine = t.lineOf(0) - 1;
    const char other = t.delimiter == ',' ? ';' : ',';

    Table fewer = t;
    fewer.rows[setRow].removeLast();
    out.add(u"fewer-fields"_s, fewer.bytes(), t.lineOf(setRow), fieldCount(n, n - 1));
    // FitNotes reads extra fields as commas in the exercise name, so only the others refuse them.
    if (f.key != u"fitnotes") {
        Table more = t;
        more.rows[setRow].append(u"extra"_s);
        out.add(u"more-fields"_s, more.bytes(), t.lineOf(setRow), fieldCount(n, n + 1));
    }
    Table noFields = t;
    noFields.rawRows.insert(setRow, QByteArray(static_cast<qsizetype>(n - 1), t.delimiter));
    const QString emptyRow = f.key.startsWith(u"strong") ? u"Date '' is not a date and time"_s
                             : f.key == u"hevy"          ? u"start_time '': expected a date"_s
                             : f.key == u"fitnotes"      ? u"Date '' is not a date like 2024-01-02"_s
                                                         : u"athlete is empty"_s;
    out.add(u"empty-fields-only"_s, noFields.bytes(), t.lineOf(setRow), emptyRow);

    // A quote that never closes swallows the rest of the file.
    const QByteArray beforeLast = t.bytes().left(t.bytes().size() - t.rowLine(lastRow).size() - t.eol.size());
    out.add(u"unterminated-quote-last-row"_s, beforeLast + "\"cut off in the middle of a note",
            t.lineOf(lastRow), kNeverEnds);
    if (!t.quoteAll)
        out.add(u"unterminated-quote"_s, t.withRaw(setRow, f.textColumn, "\"never closed").bytes(),
                t.lineOf(setRow), kNeverEnds);
    out.add(u"text-after-quote"_s, t.withRaw(setRow, f.textColumn, "\"Belt\" and straps").bytes(),
            t.lineOf(setRow), kAfterQuote);
    if (!t.quoteAll)
        out.add(u"stray-quote-pair"_s, t.withRaw(setRow, f.textColumn, "\"\"\"x").bytes(), t.lineOf(setRow),
                kNeverEnds);
    out.add(u"nul-unquoted"_s, t.withRaw(setRow, f.textColumn, QByteArray("Be\0lt", 5)).bytes(),
            t.lineOf(setRow), kNul);
    out.add(u"nul-quoted"_s, t.withRaw(setRow, f.textColumn, QByteArray("\"Be\0lt\"", 7)).bytes(),
            t.lineOf(setRow), kNul);
    out.add(u"latin1"_s, t.withRaw(setRow, f.textColumn, "Caf\xE9 cr\xE8me").bytes(), t.lineOf(setRow),
            kNotUtf8);
    out.add(u"invalid-byte"_s, t.withRaw(setRow, f.textColumn, "\xFF\xFE").bytes(), t.lineOf(setRow),
            kNotUtf8);
    out.add(u"cp1252-quotes"_s, t.withRaw(setRow, f.textColumn, "\x93quoted\x94").bytes(), t.lineOf(setRow),
            kNotUtf8);

    // The same column twice: which one holds the data would be a guess.
    Table twice = t;
    const int dup = t.column(f.badValue.column);
    twice.header.append(t.header.at(dup));
    for (QStringList &r : twice.rows)
        r.append(r.at(dup));
    out.add(u"duplicate-header"_s, twice.bytes(), headerLine,
            u"The header has two columns for the same value"_s);
    Table twiceCase = twice;
    twiceCase.header.last() = t.header.at(dup).toUpper();
    out.add(u"duplicate-header-case"_s, twiceCase.bytes(), headerLine,
            u"The header has two columns for the same value"_s);

    const QByteArray header = t.prefix + t.headerLine();
    out.add(u"header-only"_s, header + t.eol, headerLine, kHeaderOnly);
    out.add(u"header-only-no-line-end"_s, header, headerLine, kHeaderOnly);
    out.add(u"header-and-blank-lines"_s, header + t.eol + t.eol + t.eol + t.eol, headerLine, kHeaderOnly);
    QByteArray cutHeader = t.prefix;
    cutHeader += t.quoted(t.header.at(0)) + t.delimiter + t.quoted(t.header.at(1)).left(3);
    out.add(u"truncated-header"_s, cutHeader, headerLine,
            t.quoteAll ? kNeverEnds : u"The header matches no format Spotter imports"_s);

    // Mixed delimiters: one row written with another delimiter, or a header that disagrees.
    for (const char d : {other, '\t'}) {
        Table mixed = t;
        const QByteArray line = joined(t.rows.at(setRow), d);
        mixed.rawRows.insert(setRow, line);
        out.add(d == '\t' ? u"row-with-tabs"_s : u"row-with-other-delimiter"_s, mixed.bytes(),
                t.lineOf(setRow), fieldCount(n, 1 + line.count(t.delimiter)));
    }
    {
        const QByteArray line = joined(t.header, other);
        QByteArray bytes = t.prefix + line + t.eol;
        for (int r = 0; r <= lastRow; ++r)
            bytes += t.rowLine(r) + t.eol;
        const qsizetype got = 1 + t.rowLine(0).count(other);
        out.add(u"header-with-other-delimiter"_s, bytes, t.lineOf(0),
                t.quoteAll ? kAfterQuote : fieldCount(n, got));
    }

    // Truncated files: the last row cut after its third delimiter, and two bytes later.
    const QByteArray lastLine = t.rowLine(lastRow);
    qsizetype third = -1;
    bool inQuotes = false;
    for (int seen = 0; seen < 3 && ++third < lastLine.size();) {
        if (lastLine[third] == '"')
            inQuotes = !inQuotes;
        else if (lastLine[third] == t.delimiter && !inQuotes)
            ++seen;
    }
    out.add(u"truncated-after-delimiter"_s, beforeLast + lastLine.left(third + 1), t.lineOf(lastRow),
            fieldCount(n, 4));
    const QByteArray midField = lastLine.left(third + 3);
    out.add(u"truncated-mid-field"_s, beforeLast + midField, t.lineOf(lastRow),
            t.quoteAll ? kNeverEnds : fieldCount(n, 1 + midField.count(t.delimiter)));

    // Where the mistake is must not depend on line ends, blank lines, a BOM or quoted newlines.
    Table crlf = t;
    crlf.eol = t.eol == "\r\n" ? QByteArray("\n") : QByteArray("\r\n");
    out.addBadValue(crlf.eol == "\n" ? u"line-ends-lf"_s : u"line-ends-crlf"_s, crlf);
    Table cr = t;
    cr.eol = "\r";
    out.addBadValue(u"line-ends-cr"_s, cr);
    Table blank = t;
    blank.prefix += t.eol + t.eol;
    blank.rawRows.insert(0, t.rowLine(0) + t.eol);
    out.addBadValue(u"blank-lines"_s, blank);
    Table multiline =
        t.with(0, f.textColumn,
               f.key == u"fitnotes" ? u"Flat Barbell\nBench\r\nPress"_s : u"one\ntwo\r\nthree\rfour"_s);
    out.addBadValue(u"quoted-line-breaks"_s, multiline);
    if (!t.prefix.startsWith("\xEF\xBB\xBF")) {
        Table bom = t;
        bom.prefix = "\xEF\xBB\xBF" + t.prefix;
        out.addBadValue(u"bom"_s, bom);
    }
    {
        const Mutation &m = f.badValue;
        const Table both = t.with(setRow, m.column, m.value).with(lastRow, m.column, m.value);
        QByteArray bytes = both.bytes();
        bytes.chop(t.eol.size()); // and no line end after the last row
        out.add(u"two-bad-rows"_s, bytes, both.lineOf(setRow), m.reason,
                u":%1: "_s.arg(both.lineOf(lastRow)) + m.reason);
    }
    return out.cases();
}

} // namespace spotter::test
