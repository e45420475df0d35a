// SPDX-License-Identifier: GPL-3.0-or-later
// Oversized input, files of no format, options a file needs, and the committed fixtures.
#include "corpus.h"

using namespace Qt::StringLiterals;

namespace spotter::test {

namespace {

const QStringList kAlice{u"--athlete"_s, u"Alice"_s};
const QStringList kAliceKg{u"--athlete"_s, u"Alice"_s, u"--unit"_s, u"kg"_s};
const QByteArray kStrongHeader = "Date,Workout Name,Duration,Exercise Name,Set "
                                 "Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n";
const QByteArray kStrongRow = "2021-03-01 18:00:00,Push,1h,Bench Press (Barbell),1,100,5,0,0,,,8\n";

/// A Strong file whose third line is a set with @p notes written as they are.
QByteArray strongWithNotes(const QByteArray &notes)
{
    return kStrongHeader + kStrongRow + "2021-03-01 18:00:00,Push,1h,Bench Press (Barbell),2,100,5,0,0,"
           + notes + ",,8\n";
}

CorpusCase make(const QString &category, const QString &name, const QByteArray &bytes,
                const QStringList &options, qint64 line, const QString &reason, int exitCode = 1)
{
    return {category, name, bytes, {}, options, exitCode, line, reason, {}};
}

CorpusCase fixture(const QString &path, const QStringList &options, qint64 line, const QString &reason,
                   int exitCode = 1)
{
    return {u"fixtures"_s, path.section(u'/', -1), {}, path, options, exitCode, line, reason, {}};
}

} // namespace

QList<CorpusCase> sizeCases()
{
    const QString s = u"size"_s;
    const QString fieldTooLong = u"A field is longer than 1048576 bytes"_s;
    QList<CorpusCase> out;
    const QByteArray tenMb(10 * 1024 * 1024, 'x');
    out.append(make(s, u"size-field-10mb.csv"_s, strongWithNotes(tenMb), kAliceKg, 3, fieldTooLong));
    QByteArray lines;
    while (lines.size() < 10 * 1024 * 1024)
        lines += QByteArray(99, 'y') + '\n';
    out.append(make(s, u"size-field-10mb-quoted-lines.csv"_s, strongWithNotes('"' + lines + '"'), kAliceKg, 3,
                    fieldTooLong));
    out.append(make(s, u"size-header-10mb.csv"_s, "Date,Workout Name," + tenMb + '\n' + kStrongRow, kAliceKg,
                    1, fieldTooLong));
    QByteArray wide = "2021-03-01 18:00:00";
    for (int i = 0; i < 11; ++i)
        wide += ',' + QByteArray(800'000, 'w');
    out.append(make(s, u"size-record-9mb.csv"_s, kStrongHeader + kStrongRow + wide + '\n', kAliceKg, 3,
                    u"The record is longer than 8388608 bytes"_s));
    QByteArray many = "1";
    for (int i = 1; i < 2000; ++i)
        many += ",1";
    out.append(make(s, u"size-2000-fields.csv"_s, kStrongHeader + kStrongRow + many + '\n', kAliceKg, 3,
                    u"The record has more than 1024 fields"_s));
    out.append(make(s, u"size-header-2000-fields.csv"_s, many + '\n' + kStrongRow, kAliceKg, 1,
                    u"The record has more than 1024 fields"_s));
    out.append(make(s, u"size-notes-100k.csv"_s, strongWithNotes(QByteArray(100'000, 'n')), kAliceKg, 3,
                    u"Notes must be at most 65536 characters; got 100000"_s));
    out.append(make(s, u"size-exercise-5000.csv"_s,
                    kStrongHeader + kStrongRow + "2021-03-01 18:00:00,Push,1h," + QByteArray(5000, 'e')
                        + ",2,100,5,0,0,,,8\n",
                    kAliceKg, 3, u"The exercise name must be at most 1000 characters; got 5000"_s));
    out.append(make(s, u"size-no-line-break-3mb.csv"_s, QByteArray(3 * 1024 * 1024, 'a'), kAliceKg, 1,
                    fieldTooLong));

    QByteArray bad = kStrongHeader;
    for (int i = 1; i <= 5000; ++i)
        bad += "2021-03-01 18:00:00,Push,1h,Bench Press (Barbell)," + QByteArray::number(i)
               + ",100,5,0,0,,,11\n";
    CorpusCase many5000 = make(s, u"size-5000-bad-rows.csv"_s, bad, kAliceKg, 2,
                               u"RPE must be between 1 and 10 in steps of 0.5; got 11"_s);
    many5000.moreText = u"… and 4980 more errors"_s;
    out.append(many5000);

    QByteArray longFile = kStrongHeader;
    for (int i = 1; i <= 50'000; ++i)
        longFile += "2021-03-02 18:00:00,Volume,1h,Bench Press (Barbell)," + QByteArray::number(i)
                    + ",60,10,0,0,,,\n";
    longFile += "2021-03-02 18:00:00,Volume,1h,Bench Press (Barbell),50001,60,-10,0,0,,,\n";
    out.append(make(s, u"size-50000-rows-then-a-bad-one.csv"_s, longFile, kAliceKg, 50'002,
                    u"Reps must not be negative; got -10"_s));
    return out;
}

QList<CorpusCase> miscCases()
{
    const QString m = u"misc"_s;
    const QString noFormat = u"The header matches no format Spotter imports"_s;
    const QString empty = u"The file is empty: there is no header line and no rows"_s;
    const QByteArray strong = corpusFormats().at(0).table.bytes();
    const QByteArray hevy = corpusFormats().at(3).table.bytes();
    const QByteArray sets = spotterSets().table.bytes();
    QList<CorpusCase> out{
        make(m, u"empty-bom-only.csv"_s, "\xEF\xBB\xBF", kAlice, 1, empty),
        make(m, u"empty-line-ends-only.csv"_s, "\r\n\n\r\n\r", kAlice, 1, empty),
        make(m, u"whitespace-only.csv"_s, "   \t  \n", kAlice, 1, noFormat),
        make(m, u"prose.csv"_s, "This is not a CSV file.\nJust notes about squats, mostly.\n", kAlice, 1,
             noFormat),
        make(m, u"json.csv"_s, "{\"sessions\": [{\"title\": \"Push\"}]}\n", kAlice, 1, noFormat),
        make(m, u"html.csv"_s, "<!DOCTYPE html>\n<html><body><table></table></body></html>\n", kAlice, 1,
             noFormat),
        make(m, u"forced-hevy-on-strong.csv"_s, strong, kAliceKg + QStringList{u"--format"_s, u"hevy"_s}, 1,
             u"This is not a Hevy export Spotter can read: the header lacks"_s),
        make(m, u"forced-strong-on-hevy.csv"_s, hevy, kAlice + QStringList{u"--format"_s, u"strong"_s}, 1,
             u"This is not a Strong export Spotter can read: the header lacks"_s),
        make(m, u"forced-fitnotes-on-spotter.csv"_s, sets, kAlice + QStringList{u"--format"_s, u"fitnotes"_s},
             1, u"This is not a FitNotes export Spotter can read: the header lacks"_s),
        make(m, u"forced-spotter-on-strong.csv"_s, strong, {u"--format"_s, u"spotter"_s}, 1,
             u"This is not a Spotter sets file Spotter can read: the header lacks"_s),
        // Exit code 2: the file is fine, the command line lacks what it needs.
        make(m, u"usage-strong-needs-unit.csv"_s, strong, kAlice, 1,
             u"This Strong export does not say whether weights are in kg or lb"_s, 2),
        make(m, u"usage-strong-needs-athlete.csv"_s, strong, {u"--unit"_s, u"kg"_s}, 1,
             u"A Strong file does not say whose history it is; choose the athlete"_s, 2),
        make(m, u"usage-hevy-needs-athlete.csv"_s, hevy, {}, 1,
             u"A Hevy file does not say whose history it is; choose the athlete"_s, 2),
        make(m, u"usage-spotter-names-its-athletes.csv"_s, sets, kAlice, 1,
             u"Spotter's own files name the athlete on every row; do not choose an athlete for them"_s, 2),
        {m,
         u"fitnotes_no_unit.csv"_s,
         {},
         u"fitnotes_no_unit.csv"_s,
         kAlice,
         2,
         1,
         u"This FitNotes export does not say whether weights are in kg or lb"_s,
         {}},
        {m,
         u"spotter_sessions.csv"_s,
         {},
         u"spotter_sessions.csv"_s,
         {},
         1,
         1,
         u"This is Spotter's sessions summary"_s,
         {}},
    };
    return out;
}

QList<CorpusCase> fixtureCases()
{
    const QString notUtf8 = u"The text is not valid UTF-8"_s;
    const QString nul = u"The file contains a NUL byte"_s;
    const QString utf16 = u"The file is UTF-16 text; save it as UTF-8 and import it again"_s;
    const QString rpe = u"RPE must be between 1 and 10 in steps of 0.5; got 11"_s;
    return {
        fixture(u"bad/bad_date.csv"_s, kAliceKg, 3, u"Date '2021-13-01 18:00:00': there is no month 13"_s),
        fixture(u"bad/bad_number.csv"_s, kAliceKg, 3, u"Weight '1OO' is not a number"_s),
        fixture(u"bad/bom_mid_file.csv"_s, kAliceKg, 3, u"is not a date and time like 2024-01-02 18:00:00"_s),
        fixture(u"bad/cr_only.csv"_s, kAliceKg, 3, rpe),
        fixture(u"bad/empty.csv"_s, kAliceKg, 1, u"The file is empty"_s),
        fixture(u"bad/gzip.csv"_s, kAliceKg, 1, nul),
        fixture(u"bad/hevy_bad_set_type.csv"_s, kAlice, 3, u"set_type 'superset' is not normal"_s),
        fixture(u"bad/hevy_latin1.csv"_s, kAlice, 2, notUtf8),
        fixture(u"bad/hevy_unknown_month.csv"_s, kAlice, 2, u"is not a month name Spotter knows"_s),
        fixture(u"bad/latin1.csv"_s, kAliceKg, 3, notUtf8),
        fixture(u"bad/latin1_header.csv"_s, kAliceKg, 1, notUtf8),
        fixture(u"bad/many_problems.csv"_s, kAliceKg, 3, u"Weight must not be negative; got -20 kg"_s),
        fixture(u"bad/mixed_line_endings.csv"_s, kAliceKg, 4, rpe),
        fixture(u"bad/negative_weight.csv"_s, kAliceKg, 3, u"Weight must not be negative; got -20 kg"_s),
        fixture(u"bad/nul_in_header.csv"_s, kAliceKg, 1, nul),
        fixture(u"bad/nul_in_quotes.csv"_s, kAliceKg, 4, nul),
        fixture(u"bad/nul_in_row.csv"_s, kAliceKg, 3, nul),
        fixture(u"bad/overlong_utf8.csv"_s, kAliceKg, 3, notUtf8),
        fixture(u"bad/png.csv"_s, kAliceKg, 1, notUtf8),
        fixture(u"bad/rpe_11.csv"_s, kAliceKg, 3, rpe),
        fixture(u"bad/soreness_latin1.csv"_s, {}, 3, notUtf8),
        fixture(u"bad/sqlite_header.csv"_s, kAliceKg, 1, nul),
        fixture(u"bad/surrogate_utf8.csv"_s, kAliceKg, 3, notUtf8),
        fixture(u"bad/truncated_utf8.csv"_s, kAliceKg, 3, notUtf8),
        fixture(u"bad/unknown_header.csv"_s, kAlice, 1, u"The header matches no format Spotter imports"_s),
        fixture(u"bad/unterminated_quote.csv"_s, kAliceKg, 3, u"A quoted field never ends"_s),
        fixture(u"bad/utf16.csv"_s, kAliceKg, 1, utf16),
        fixture(u"bad/utf16be.csv"_s, kAliceKg, 1, utf16),
        fixture(u"bad/utf16le_nobom.csv"_s, kAliceKg, 1, nul),
        fixture(u"bad/utf32le.csv"_s, kAliceKg, 1, u"The file is UTF-32 text; save it as UTF-8"_s),
        fixture(u"bad/windows1252.csv"_s, kAliceKg, 3, notUtf8),
        fixture(u"bad/wrong_column_count.csv"_s, kAliceKg, 3,
                u"Expected 12 fields like the header; got 11"_s),
    };
}

} // namespace spotter::test
