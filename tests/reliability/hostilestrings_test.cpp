// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile strings (SQL, quotes, format placeholders, HTML, formulas, emoji, right-to-left text
// text, combining marks, the longest name allowed) go in through the command line
// and through CSV files and come back out verbatim, except that names (of athletes and
// exercises) are stored in Unicode NFC, so that one name typed two ways is one name; control
// characters and bidirectional controls in a name and one character too many are refused clearly.
#include "clirunner.h"
#include "hostilestrings.h"
#include "testutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

/// Like EXPECT_CLI, but the test stops.
#define ASSERT_CLI(result, code) ASSERT_EQ((result).exitCode, code) << (result)

namespace spotter::test {
namespace {

/// A name as Spotter stores it: Unicode NFC (titles and notes stay exactly as given).
QString stored(const QString &name)
{
    return name.normalized(QString::NormalizationForm_C);
}

QJsonArray jsonArray(const CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

/// A Spotter sets.csv row; text cells neutralised against formulas the way the exporter does.
QByteArray setsRow(const QString &athlete, int sessionId, const QString &start, const QString &exercise,
                   int index, const QString &title, const QString &notes)
{
    QStringList cells(29);
    cells[0] = neutralised(athlete);
    cells[1] = QString::number(sessionId);
    cells[2] = start;
    cells[3] = neutralised(exercise);
    cells[4] = QString::number(index);
    cells[5] = u"working"_s;
    cells[6] = u"100"_s;
    cells[7] = u"5"_s;
    cells[15] = neutralised(notes);
    cells[16] = neutralised(title);
    cells[22] = u"manual"_s;
    cells[25] = u"main"_s;
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += (i ? "," : "") + csvQuoted(cells.at(i));
    return line + "\r\n";
}

class HostileStrings : public CliTest
{
protected:
    /// Imports, for Ann in kg, a Strong export of one set of an exercise called @p exercise (raw
    /// UTF-8, quoted in the file).
    CliResult importStrongExercise(const QByteArray &exercise)
    {
        QFile strong(file(u"strong.csv"_s));
        if (!strong.open(QIODevice::WriteOnly))
            ADD_FAILURE() << "cannot write " << strong.fileName().toStdString();
        strong.write("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
                     "Workout Notes,RPE\n2024-03-01 18:00:00,Legs,1h,\""
                     + exercise + "\",1,100,5,0,0,,,8\n");
        strong.close();
        return run({u"import"_s, strong.fileName(), u"--athlete"_s, u"Ann"_s, u"--unit"_s, u"kg"_s});
    }
};

TEST_F(HostileStrings, AthleteNamesComeBackInNfcFromTheCommandLine)
{
    for (const QString &name : hostileNames()) {
        SCOPED_TRACE(name.toStdString());
        const CliResult add = run({u"athlete"_s, u"add"_s, name, u"--notes"_s, hostileNotes()});
        ASSERT_CLI(add, 0);
        // The confirmation quotes the name as given, even when it holds "%1".
        EXPECT_TRUE(add.out.startsWith(u"Added athlete '"_s + stored(name) + u"' (id "_s)) << add;
        // A name that NFC changes says so.
        EXPECT_EQ(add.err.contains(u"Unicode NFC"_s), stored(name) != name) << add;
    }
    const CliResult list = run({u"athlete"_s, u"list"_s, u"--json"_s});
    ASSERT_CLI(list, 0);
    QStringList names;
    for (const QJsonValue &v : jsonArray(list)) {
        names.append(v.toObject().value(u"name"_s).toString());
        EXPECT_EQ(v.toObject().value(u"notes"_s).toString(), hostileNotes());
    }
    names.sort();
    QStringList expected;
    for (const QString &name : hostileNames())
        expected.append(stored(name));
    expected.sort();
    EXPECT_EQ(names, expected);
    // The tables are all still there, and intact.
    const CliResult check = run({u"check"_s, u"--json"_s});
    EXPECT_EQ(check.json().value(u"integrity"_s).toString(), u"ok"_s) << check;
    const CliResult plain = run({u"athlete"_s, u"list"_s});
    for (const QString &name : hostileNames())
        EXPECT_TRUE(plain.out.contains(u'\t' + stored(name) + u'\t')) << plain;
}

TEST_F(HostileStrings, TooLongOrEmptyNamesAreRefusedClearly)
{
    const QString longest = longestName();
    ASSERT_EQ(longest.size(), 1000);
    EXPECT_CLI(run({u"athlete"_s, u"add"_s, longest}), 0);
    const CliResult tooLong = run({u"athlete"_s, u"add"_s, longest + u'x'});
    EXPECT_CLI(tooLong, 2);
    EXPECT_TRUE(tooLong.err.contains(u"Athlete name must be at most 1000 characters; got 1001"_s)) << tooLong;
    const CliResult blank = run({u"athlete"_s, u"add"_s, u"   "_s});
    EXPECT_CLI(blank, 2);
    EXPECT_TRUE(blank.err.contains(u"Athlete name must not be empty"_s)) << blank;
    const CliResult import = run({u"import"_s, dataPath(u"import/strong_v2.csv"_s), u"--unit"_s, u"kg"_s,
                                  u"--athlete"_s, longest + u'x'});
    EXPECT_CLI(import, 2);
    EXPECT_TRUE(import.err.contains(u"--athlete: The athlete name must be at most 1000 characters"_s))
        << import;
    const CliResult list = run({u"athlete"_s, u"list"_s, u"--json"_s});
    ASSERT_EQ(jsonArray(list).size(), 1);
    EXPECT_EQ(jsonArray(list).at(0).toObject().value(u"name"_s).toString(), longest);
}

TEST_F(HostileStrings, TitlesNotesAndExerciseNamesSurviveACsvImportAndTheLogCommand)
{
    // Spotter's own format: every hostile name as athlete, exercise, title and notes.
    QByteArray csv =
        "athlete,session_id,session_start,exercise,set_index,set_kind,weight_kg,reps,rpe,rir,rest_s,"
        "e1rm_kg,intensity_class,seconds,distance_m,set_notes,session_title,duration_min,session_rpe,"
        "bodyweight_kg,warmup_done,session_notes,source,source_file,source_key,exercise_kind,"
        "exercise_regions,exercise_lower_back,exercise_unilateral\r\n";
    const QStringList names = hostileNames();
    for (int i = 0; i < names.size(); ++i) {
        const QString start =
            QDateTime(QDate(2025, 1, 1).addDays(i), QTime(18, 0), Qt::UTC).toString(Qt::ISODate);
        csv += setsRow(names.at(i), 100 + i, start, names.at(i), 1, names.at(i), hostileNotes());
    }
    const QString path = file(u"hostile sets ' \"; DROP.csv"_s);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();
    const CliResult imported = run({u"import"_s, path, u"--json"_s});
    ASSERT_CLI(imported, 0);
    EXPECT_EQ(imported.json().value(u"sessions"_s).toInt(), names.size());

    for (const QString &name : names) {
        SCOPED_TRACE(name.toStdString());
        const CliResult sessions = run({u"sessions"_s, u"--athlete"_s, name, u"--json"_s});
        ASSERT_CLI(sessions, 0);
        const QJsonArray array = jsonArray(sessions);
        ASSERT_EQ(array.size(), 1);
        const QJsonObject s = array.at(0).toObject();
        EXPECT_EQ(s.value(u"title"_s).toString(), name);
        const QJsonObject set = s.value(u"sets"_s).toArray().at(0).toObject();
        EXPECT_EQ(set.value(u"exercise"_s).toString(), stored(name));
        EXPECT_EQ(set.value(u"notes"_s).toString(), hostileNotes());

        // The exercise the import created can be logged by name through quick entry.
        const QString quote = name.contains(u'"') ? u"“%1”"_s : u"\"%1\""_s;
        const CliResult logged =
            run({u"log"_s, u"--athlete"_s, name, u"--date"_s, u"2026-02-03T07:30"_s, u"--title"_s, name,
                 u"--notes"_s, hostileNotes(), u"--json"_s, quote.arg(name) + u" 3x5 100kg"_s});
        ASSERT_CLI(logged, 0);
        EXPECT_EQ(logged.json().value(u"title"_s).toString(), name);
        EXPECT_EQ(logged.json().value(u"notes"_s).toString(), hostileNotes());
        EXPECT_EQ(logged.json().value(u"sets"_s).toArray().at(0).toObject().value(u"exercise"_s).toString(),
                  stored(name));
    }
    // Importing the same file again finds every session by its (hostile) key: nothing twice.
    const CliResult again = run({u"import"_s, path, u"--json"_s});
    ASSERT_CLI(again, 0);
    EXPECT_EQ(again.json().value(u"sessions"_s).toInt(), 0);
    EXPECT_EQ(again.json().value(u"skipped_duplicates"_s).toInt(), names.size());
}

TEST_F(HostileStrings, AStrongFileWithHostileTextImportsItVerbatimBarNfcNames)
{
    QByteArray csv = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
                     "Workout Notes,RPE\n";
    const QStringList names = hostileNames();
    for (int i = 0; i < names.size(); ++i) {
        const QByteArray date = QDate(2024, 3, 1).addDays(i).toString(Qt::ISODate).toLatin1() + " 18:00:00";
        csv += date + ',' + csvQuoted(names.at(i)) + ",1h," + csvQuoted(names.at(i)) + ",1,100,5,0,0,"
               + csvQuoted(hostileNotes()) + ',' + csvQuoted(hostileNotes()) + ",8\n";
    }
    const QString path = file(u"strong.csv"_s);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();
    const QString athlete = names.first();
    const CliResult imported = run({u"import"_s, path, u"--athlete"_s, athlete, u"--unit"_s, u"kg"_s});
    ASSERT_CLI(imported, 0);
    const CliResult sessions = run({u"sessions"_s, u"--athlete"_s, athlete, u"--json"_s});
    const QJsonArray array = jsonArray(sessions);
    ASSERT_EQ(array.size(), names.size()) << sessions;
    for (int i = 0; i < names.size(); ++i) {
        const QJsonObject s = array.at(i).toObject();
        EXPECT_EQ(s.value(u"title"_s).toString(), names.at(i));
        EXPECT_EQ(s.value(u"notes"_s).toString(), hostileNotes());
        const QJsonObject set = s.value(u"sets"_s).toArray().at(0).toObject();
        EXPECT_EQ(set.value(u"exercise"_s).toString(), stored(names.at(i)));
        EXPECT_EQ(set.value(u"notes"_s).toString(), hostileNotes());
    }
}

TEST_F(HostileStrings, ControlCharactersInNamesAreRefusedWithTheReason)
{
    for (const QString &name : {u"Ann\nBob"_s, u"Ann\tLee"_s, u"\x1B[31mRed"_s}) {
        const CliResult r = run({u"athlete"_s, u"add"_s, name});
        EXPECT_CLI(r, 2);
        EXPECT_TRUE(r.err.contains(u"Athlete name must not contain control characters"_s)) << r;
    }
    EXPECT_TRUE(jsonArray(run({u"athlete"_s, u"list"_s, u"--json"_s})).isEmpty());
    ASSERT_CLI(run({u"athlete"_s, u"add"_s, u"Ann"_s}), 0);
    // An exercise name from a file: the row is refused with the reason.
    const CliResult exercise = importStrongExercise("Bad\x1B[2JLift");
    EXPECT_CLI(exercise, 1);
    EXPECT_TRUE(exercise.err.contains(u"must not contain control characters"_s)) << exercise;
}

TEST_F(HostileStrings, BidiControlsInNamesAreRefusedWithTheirCodePoint)
{
    const QStringList points{u"U+202E"_s, u"U+200F"_s, u"U+2067"_s, u"U+061C"_s};
    const QStringList names = bidiControlNames();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const CliResult r = run({u"athlete"_s, u"add"_s, names.at(i)});
        EXPECT_CLI(r, 2);
        EXPECT_TRUE(r.err.contains(u"Athlete name must not contain bidirectional control characters"_s)) << r;
        EXPECT_TRUE(r.err.contains(u"got "_s + points.at(i))) << r;
    }
    EXPECT_TRUE(jsonArray(run({u"athlete"_s, u"list"_s, u"--json"_s})).isEmpty());
    ASSERT_CLI(run({u"athlete"_s, u"add"_s, u"Ann"_s}), 0);
    // A routine's name, and an exercise from a file (a log line names only exercises the
    // catalogue has, so it never adds one).
    const CliResult routine = run({u"routine"_s, u"add"_s, u"Day\u2066A"_s, u"--item"_s, u"Squat 3x5"_s});
    EXPECT_NE(routine.exitCode, 0) << routine;
    EXPECT_TRUE(routine.err.contains(u"must not contain bidirectional control characters"_s)) << routine;
    EXPECT_TRUE(routine.err.contains(u"U+2066"_s)) << routine;
    const CliResult exercise = importStrongExercise("Bad\u200ELift");
    EXPECT_CLI(exercise, 1);
    EXPECT_TRUE(exercise.err.contains(u"U+200E"_s)) << exercise;
    const CliResult sessions = run({u"sessions"_s, u"--athlete"_s, u"Ann"_s, u"--json"_s});
    EXPECT_TRUE(jsonArray(sessions).isEmpty()) << sessions;
}

TEST_F(HostileStrings, ANameTypedWithACombiningAccentIsTheSameName)
{
    ASSERT_CLI(run({u"athlete"_s, u"add"_s, u"Jos\u00E9"_s}), 0);
    const CliResult again = run({u"athlete"_s, u"add"_s, u"Jose\u0301"_s});
    EXPECT_NE(again.exitCode, 0) << again;
    EXPECT_TRUE(again.err.contains(u"already exists"_s)) << again;
    EXPECT_CLI(run({u"sessions"_s, u"--athlete"_s, u"Jose\u0301"_s}), 0);
    const CliResult added = run({u"athlete"_s, u"add"_s, u"Rene\u0301e"_s});
    EXPECT_CLI(added, 0);
    EXPECT_TRUE(added.err.contains(u"stored in composed form (Unicode NFC) as 'Ren\u00E9e'"_s)) << added;
    const CliResult list = run({u"athlete"_s, u"list"_s});
    EXPECT_TRUE(list.out.contains(u"Ren\u00E9e"_s)) << list;
    EXPECT_FALSE(list.out.contains(u"e\u0301"_s)) << list;
}

} // namespace
} // namespace spotter::test
