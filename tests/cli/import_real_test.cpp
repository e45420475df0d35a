// SPDX-License-Identifier: GPL-3.0-or-later
// spotter-cli import of files shaped like the exports lifters publish (tests/data/import/real),
// through the real binary, with the stored values read back through `export --what sets`.
#include "csv/csvreader.h"
#include "testutil.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
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

using Row = QHash<QString, QString>;

class RealImport : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    CliRun cli(QStringList args, const QString &db = {})
    {
        args.prepend(db.isEmpty() ? m_dir.filePath(u"spotter.sqlite"_s) : db);
        args.prepend(u"--db"_s);
        // SPOTTER_TEST_CLI runs these tests against another build, e.g. main's, to see them fail there.
        const QString program = qEnvironmentVariableIsSet("SPOTTER_TEST_CLI")
                                    ? qEnvironmentVariable("SPOTTER_TEST_CLI")
                                    : QStringLiteral(SPOTTER_CLI);
        QProcess p;
        p.start(program, args);
        EXPECT_TRUE(p.waitForFinished(120'000)) << args.join(u' ').toStdString();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    static QString fixture(const QString &name) { return test::dataPath(u"import/real/"_s + name); }
    /// A copy of a fixture in the test's folder, where rejects files can be written.
    QString copy(const QString &name, const QString &as = {})
    {
        const QString target = m_dir.filePath(as.isEmpty() ? name : as);
        QFile::remove(target);
        EXPECT_TRUE(QFile::copy(fixture(name), target));
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }
    CliRun import(const QString &file, QStringList more = {}, const QString &db = {})
    {
        QStringList args{u"import"_s, file, u"--athlete"_s, u"Lee"_s};
        args += more;
        return cli(args, db);
    }
    /// The sets file of the database, one row per set, by column name.
    QList<Row> sets(const QString &db = {})
    {
        const CliRun r = cli({u"export"_s, u"--what"_s, u"sets"_s}, db);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        QByteArray bytes = r.out.toUtf8();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        CsvRecord record;
        QList<Row> out;
        if (reader.next(record) != CsvReader::Status::Record)
            return out;
        const QStringList header = record.fields();
        while (reader.next(record) == CsvReader::Status::Record) {
            Row row;
            for (qsizetype i = 0; i < header.size(); ++i)
                row.insert(header.at(i), record.field(i).toString());
            out.append(row);
        }
        return out;
    }
    static QJsonObject json(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

    QTemporaryDir m_dir;
};

/// Every table of a database as sorted text, with row ids replaced by what identifies a row to a
/// person (athlete and exercise names, session start and source key, set position), so that two
/// databases that hold the same data compare equal although they numbered their rows differently.
QStringList contentOf(const QString &path)
{
    QStringList out;
    const QString name = u"content-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery q(db);
        QStringList tables;
        q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
        while (q.next())
            tables.append(q.value(0).toString());
        // A table added later must be added here too, or the comparison would miss it.
        EXPECT_EQ(tables,
                  (QStringList{u"athlete"_s, u"exercise"_s, u"exercise_alias"_s, u"personal_record"_s,
                               u"plate_set"_s, u"publish_state"_s, u"routine"_s, u"routine_assignment"_s,
                               u"routine_item"_s, u"session"_s, u"soreness"_s, u"workout_set"_s}));
        const QString session = u"(SELECT a.name || '|' || s.start_utc || '|' || COALESCE(s.source_key, '') "
                                u"FROM session s JOIN athlete a ON a.id = s.athlete_id WHERE s.id = %1)"_s;
        const QStringList queries{
            u"SELECT 'athlete', * FROM athlete"_s,
            u"SELECT 'exercise', * FROM exercise"_s,
            u"SELECT 'alias', alias_key, alias, (SELECT name_key FROM exercise WHERE id = exercise_id) "
            u"FROM exercise_alias"_s,
            u"SELECT 'session', (SELECT name FROM athlete WHERE id = athlete_id), * FROM session"_s,
            u"SELECT 'set', "_s + session.arg(u"session_id"_s)
                + u", (SELECT name_key FROM exercise WHERE id = exercise_id), * FROM workout_set"_s,
            u"SELECT 'soreness', (SELECT name FROM athlete WHERE id = athlete_id), "_s
                + session.arg(u"session_id"_s) + u", * FROM soreness"_s,
            u"SELECT 'published', * FROM publish_state"_s,
            u"SELECT 'record', "_s + session.arg(u"session_id"_s)
                + u", (SELECT name_key FROM exercise WHERE id = exercise_id), * FROM personal_record"_s,
            u"SELECT 'plates', (SELECT name FROM athlete WHERE id = athlete_id), * FROM plate_set"_s,
            u"SELECT 'routine', * FROM routine"_s,
            u"SELECT 'routine_item', (SELECT name FROM routine WHERE id = routine_id), "
            u"(SELECT name_key FROM exercise WHERE id = exercise_id), * FROM routine_item"_s,
            u"SELECT 'assignment', (SELECT name FROM routine WHERE id = routine_id), "
            u"(SELECT name FROM athlete WHERE id = athlete_id) FROM routine_assignment"_s,
        };
        for (const QString &sql : queries) {
            QSqlQuery rows(db);
            EXPECT_TRUE(rows.exec(sql)) << sql.toStdString();
            while (rows.next()) {
                const QSqlRecord r = rows.record();
                QStringList values;
                for (int i = 0; i < r.count(); ++i) {
                    const QString field = r.fieldName(i);
                    if (field == u"id" || field.endsWith(u"_id"))
                        continue; // numbered in import order; what they point at is compared above
                    values.append(field + u'=' + (r.isNull(i) ? u"NULL"_s : r.value(i).toString()));
                }
                out.append(values.join(u'|'));
            }
        }
        out.sort();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QString readAll(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(f.readAll());
}

void writeAll(const QString &path, const QString &text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
}

// --- partial imports ---------------------------------------------------------------------------

TEST_F(RealImport, ABadRowRefusesTheFileAndNamesSkipInvalid)
{
    const QString file = copy(u"partial_dirty.csv"_s);
    const CliRun r = import(file, {u"--unit"_s, u"kg"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(u"--skip-invalid"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(file + u":6: Reps '4500' is more than 100 reps in one set"_s))
        << r.err.toStdString();
    // The value as the file writes it, not a figure converted to kg.
    EXPECT_TRUE(r.err.contains(file + u":9: Weight '2451' kg is more than the bench press world record"_s))
        << r.err.toStdString();
    EXPECT_TRUE(sets().isEmpty());
    EXPECT_FALSE(QFile::exists(m_dir.filePath(u"partial_dirty.rejects.csv"_s)));
}

TEST_F(RealImport, JsonReportsEveryErrorOnFailure)
{
    const CliRun r = import(copy(u"partial_dirty.csv"_s), {u"--unit"_s, u"kg"_s, u"--json"_s});
    EXPECT_EQ(r.code, 1);
    const QJsonObject o = json(r.out);
    EXPECT_FALSE(o.value(u"ok"_s).toBool(true)) << r.out.toStdString();
    EXPECT_EQ(o.value(u"status"_s).toString(), u"invalid"_s);
    EXPECT_EQ(o.value(u"error_count"_s).toInt(), 2);
    const QJsonArray errors = o.value(u"errors"_s).toArray();
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors[0].toObject().value(u"line"_s).toInt(), 6);
    EXPECT_EQ(errors[1].toObject().value(u"line"_s).toInt(), 9);
    EXPECT_TRUE(errors[1].toObject().value(u"message"_s).toString().contains(u"'2451'"_s));
}

TEST_F(RealImport, JsonListsManyErrorsNotOnlyTwenty)
{
    QString text = u"Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
                   u"Workout Notes,RPE\n"_s;
    for (int i = 0; i < 150; ++i)
        text += u"2024-01-%1 18:00:00,W,1h,Squat (Barbell),1,100,%2,0,0,,,\n"_s
                    .arg(1 + i % 28, 2, 10, QChar(u'0'))
                    .arg(i % 2 ? 5000 : 5);
    const QString file = m_dir.filePath(u"many.csv"_s);
    writeAll(file, text);
    const CliRun r = import(file, {u"--unit"_s, u"kg"_s, u"--json"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(json(r.out).value(u"error_count"_s).toInt(), 75);
    EXPECT_EQ(json(r.out).value(u"errors"_s).toArray().size(), 75);
}

TEST_F(RealImport, SkipInvalidImportsTheRestAndSavesTheRejectedRowsWithReasons)
{
    const QString file = copy(u"partial_dirty.csv"_s);
    const CliRun r = import(file, {u"--unit"_s, u"kg"_s, u"--skip-invalid"_s, u"--json"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = json(r.out);
    EXPECT_TRUE(o.value(u"ok"_s).toBool());
    EXPECT_EQ(o.value(u"sessions"_s).toInt(), 3);
    EXPECT_EQ(o.value(u"rejected_workouts"_s).toInt(), 2);
    EXPECT_EQ(o.value(u"rejected_rows"_s).toInt(), 5);
    EXPECT_EQ(o.value(u"error_count"_s).toInt(), 2);
    const QString rejects = m_dir.filePath(u"partial_dirty.rejects.csv"_s);
    EXPECT_EQ(o.value(u"rejects_file"_s).toString(), rejects);
    const QStringList lines = readAll(rejects).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6);
    EXPECT_TRUE(lines[0].endsWith(u",RPE,reject_file,reject_line,reject_reason"_s)) << lines[0].toStdString();
    // The row as it was, then where it was and why.
    EXPECT_TRUE(lines[2].startsWith(u"2024-06-19 17:01:00,Legs,1h,Squat (Barbell),1,100,4500,0,0,,,,"
                                    u"partial_dirty.csv,6,Reps '4500' is more than 100"_s))
        << lines[2].toStdString();
    EXPECT_TRUE(
        lines[1].contains(u",5,held back with its workout, which has an invalid row on line 6"_s)
        || lines[1].contains(u",5,\"held back with its workout, which has an invalid row on line 6\""_s))
        << lines[1].toStdString();
    // The valid workouts are in, in one transaction; the held-back ones are not.
    const QList<Row> stored = sets();
    for (const Row &row : stored)
        EXPECT_NE(row.value(u"session_title"_s), u"Legs"_s);
    EXPECT_EQ(stored.size(), 5); // the deadlifts (a missed attempt too), the row and two planks
    // A rejects file is never overwritten: a second partial import writes a new one beside it.
    const CliRun second = import(file, {u"--unit"_s, u"kg"_s, u"--skip-invalid"_s, u"--json"_s});
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    EXPECT_EQ(json(second.out).value(u"rejects_file"_s).toString(),
              m_dir.filePath(u"partial_dirty.rejects-2.csv"_s));
    EXPECT_EQ(readAll(rejects).split(u'\n', Qt::SkipEmptyParts).size(), 6);
}

TEST_F(RealImport, FixingTheRejectsFileEndsWithTheSameDatabaseAsACleanImport)
{
    const QString dirty = copy(u"partial_dirty.csv"_s, u"export.csv"_s);
    ASSERT_EQ(import(dirty, {u"--unit"_s, u"kg"_s, u"--skip-invalid"_s}).code, 0);
    const QString rejects = m_dir.filePath(u"export.rejects.csv"_s);
    QString text = readAll(rejects);
    // What the lifter does: correct the two values in the rejects file.
    ASSERT_TRUE(text.contains(u",4500,"_s));
    text.replace(u",4500,"_s, u",5,"_s);
    ASSERT_TRUE(text.contains(u",2451,"_s));
    text.replace(u",2451,"_s, u",245.1,"_s);
    writeAll(rejects, text);
    const CliRun fixed = import(rejects, {u"--unit"_s, u"kg"_s, u"--json"_s});
    ASSERT_EQ(fixed.code, 0) << fixed.err.toStdString();
    EXPECT_EQ(json(fixed.out).value(u"sessions"_s).toInt(), 2);
    // Importing everything again adds nothing.
    const CliRun again = import(dirty, {u"--unit"_s, u"kg"_s, u"--skip-invalid"_s, u"--json"_s});
    EXPECT_EQ(json(again.out).value(u"sessions"_s).toInt(), 0);

    QTemporaryDir other;
    const QString clean = other.filePath(u"export.csv"_s);
    ASSERT_TRUE(QFile::copy(fixture(u"partial_clean.csv"_s), clean));
    const QString cleanDb = other.filePath(u"clean.sqlite"_s);
    ASSERT_EQ(import(clean, {u"--unit"_s, u"kg"_s}, cleanDb).code, 0);
    const QStringList mine = contentOf(m_dir.filePath(u"spotter.sqlite"_s));
    const QStringList theirs = contentOf(cleanDb);
    EXPECT_GT(mine.size(), 100);
    EXPECT_EQ(mine, theirs);
}

// --- rows that record no work, and impossible values ------------------------------------------

TEST_F(RealImport, AFailedAttemptIsStoredAndRowsWithoutWorkAreSkippedWithAWarning)
{
    const CliRun r = import(fixture(u"hevy_us.csv"_s));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    // The 0-rep normal set of the squats records nothing: skipped, and said so.
    EXPECT_TRUE(r.err.contains(u"1 row records no work"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"and was not imported: line 6"_s)) << r.err.toStdString();
    const QList<Row> stored = sets();
    ASSERT_EQ(stored.size(), 4);
    const Row missed = stored.last();
    EXPECT_EQ(missed.value(u"set_kind"_s), u"failure"_s);
    EXPECT_EQ(missed.value(u"weight_kg"_s), u"120"_s);
    EXPECT_EQ(missed.value(u"reps"_s), u"0"_s);
    EXPECT_EQ(missed.value(u"e1rm_kg"_s), QString()); // a missed lift estimates no max
}

TEST_F(RealImport, APlankWithoutTimeIsSkippedAndCategoriesBecomeRegions)
{
    const CliRun r = import(fixture(u"fitnotes_categories.csv"_s));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"1 row records no work"_s) && r.err.contains(u"not imported: line 8"_s))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"Category 'Mobility' names no body region"_s)) << r.err.toStdString();
    QHash<QString, Row> byExercise;
    for (const Row &row : sets())
        byExercise.insert(row.value(u"exercise"_s), row);
    ASSERT_EQ(byExercise.size(), 6);
    EXPECT_EQ(byExercise[u"Leg Extension"_s].value(u"exercise_regions"_s), u"quads"_s); // built in
    EXPECT_EQ(byExercise[u"Nordic Curl"_s].value(u"exercise_regions"_s), u"hamstrings"_s);
    EXPECT_EQ(byExercise[u"Wrist Curl"_s].value(u"exercise_regions"_s), u"wrists arms"_s);
    EXPECT_EQ(byExercise[u"Cable Crunch"_s].value(u"exercise_regions"_s), u"core"_s);
    EXPECT_EQ(byExercise[u"Dumbbell Shrug"_s].value(u"exercise_regions"_s), u"upper-back neck"_s);
    EXPECT_EQ(byExercise[u"Couch Stretch"_s].value(u"exercise_regions"_s), QString());
    EXPECT_EQ(byExercise[u"Couch Stretch"_s].value(u"seconds"_s), u"90"_s);
}

// --- set words, dates, languages ---------------------------------------------------------------

TEST_F(RealImport, StrongsAutomaticExportWritesSetWords)
{
    const CliRun r = import(fixture(u"strong_setwords.csv"_s));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QStringList kinds;
    for (const Row &row : sets())
        kinds.append(row.value(u"set_kind"_s) + u':' + row.value(u"weight_kg"_s) + u'x'
                     + row.value(u"reps"_s));
    EXPECT_EQ(kinds, (QStringList{u"warmup:60x5"_s, u"working:140x3"_s, u"failure:160x0"_s,
                                  u"working:40x12"_s, u"drop:25x10"_s, u"warmup:20x10"_s}));
}

TEST_F(RealImport, HevyUsDatesWithAndWithoutSeconds)
{
    ASSERT_EQ(import(fixture(u"hevy_us.csv"_s)).code, 0);
    const QList<Row> stored = sets();
    ASSERT_FALSE(stored.isEmpty());
    EXPECT_TRUE(stored.first().value(u"session_start"_s).startsWith(u"2026-06-09T11:58:40"_s))
        << stored.first().value(u"session_start"_s).toStdString();
    EXPECT_EQ(stored.first().value(u"duration_min"_s), u"51"_s);
    EXPECT_TRUE(stored.last().value(u"session_start"_s).startsWith(u"2026-06-11T13:01:00"_s));
    EXPECT_EQ(stored.last().value(u"duration_min"_s), u"66"_s);
}

TEST_F(RealImport, GermanStrongWithItsRestRowsAndNoWarningForTheLastRest)
{
    const CliRun r = import(fixture(u"strong_de.csv"_s), {u"--unit"_s, u"kg"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(u"rest"_s, Qt::CaseInsensitive)) << r.err.toStdString();
    const QList<Row> stored = sets();
    ASSERT_EQ(stored.size(), 5);
    EXPECT_EQ(stored[0].value(u"duration_min"_s), u"30"_s);
    EXPECT_EQ(stored[1].value(u"rest_s"_s), u"30"_s); // the Ruhezeit row before it
    EXPECT_EQ(stored[2].value(u"weight_kg"_s), u"40.5"_s);
    EXPECT_EQ(stored[3].value(u"duration_min"_s), u"65"_s); // "1 Std. 5 Min."
    EXPECT_EQ(stored[3].value(u"seconds"_s), u"20"_s);
    // "Pull Up (Assisted)": an exercise of its own, its load the help, stored negative.
    EXPECT_EQ(stored[4].value(u"exercise"_s), u"Assisted Pull Up"_s);
    EXPECT_EQ(stored[4].value(u"weight_kg"_s), u"-25"_s);
}

TEST_F(RealImport, ChineseStrongWithItsDurations)
{
    const CliRun r = import(fixture(u"strong_zh.csv"_s), {u"--unit"_s, u"lb"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QList<Row> stored = sets();
    ASSERT_EQ(stored.size(), 4);
    EXPECT_EQ(stored[0].value(u"duration_min"_s), u"73"_s); // 1小时13分钟
    EXPECT_EQ(stored[0].value(u"weight_kg"_s), u"70"_s);    // 154.3235835294143 lb
    EXPECT_EQ(stored[0].value(u"session_notes"_s), u"星期二"_s);
    EXPECT_EQ(stored[0].value(u"set_notes"_s), u"4x8"_s);
    EXPECT_EQ(stored[3].value(u"duration_min"_s), u"49"_s); // 49分钟
}

TEST_F(RealImport, PortugueseStrong)
{
    const CliRun r = import(fixture(u"strong_pt.csv"_s), {u"--unit"_s, u"kg"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QList<Row> stored = sets();
    ASSERT_EQ(stored.size(), 3);
    EXPECT_EQ(stored[1].value(u"rpe"_s), u"8"_s);
    EXPECT_EQ(stored[2].value(u"seconds"_s), u"45"_s);
    EXPECT_EQ(stored[0].value(u"session_notes"_s), u"pernas"_s);
}

TEST_F(RealImport, AnUnknownLanguageInStrongsShapeIsReadByPosition)
{
    const CliRun r = import(fixture(u"strong_unknown_language.csv"_s), {u"--unit"_s, u"kg"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"read in the order Strong writes them"_s)) << r.err.toStdString();
    const QList<Row> stored = sets();
    ASSERT_EQ(stored.size(), 3);
    EXPECT_EQ(stored[0].value(u"set_kind"_s), u"warmup"_s);
    EXPECT_EQ(stored[2].value(u"rest_s"_s), u"120"_s); // its rest row, known by its shape
    EXPECT_EQ(stored[2].value(u"rpe"_s), u"8.5"_s);
}

TEST_F(RealImport, AnUnknownLanguageOfAnotherShapeSaysToExportInEnglishOrFrench)
{
    const QString file = m_dir.filePath(u"other.csv"_s);
    writeAll(file, u"Fecha,Nombre,Ejercicio,Orden,Peso,Repeticiones,RPE\n2024-01-01 10:00:00,A,B,1,1,1,\n"_s);
    const CliRun r = import(file, {u"--format"_s, u"strong"_s, u"--unit"_s, u"kg"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(u"export from Strong in English or French"_s)) << r.err.toStdString();
}

TEST_F(RealImport, StrongFrom2016NamesColumnsByUnit)
{
    CliRun r = import(fixture(u"strong_2016_kg.csv"_s));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QList<Row> stored = sets();
    ASSERT_EQ(stored.size(), 3);
    EXPECT_EQ(stored[1].value(u"weight_kg"_s), u"85"_s);
    EXPECT_EQ(stored[2].value(u"distance_m"_s), u"2500"_s);

    QTemporaryDir other;
    const QString db = other.filePath(u"lb.sqlite"_s);
    r = import(fixture(u"strong_2016_lb.csv"_s), {}, db);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    stored = sets(db);
    ASSERT_EQ(stored.size(), 3);
    EXPECT_EQ(stored[1].value(u"weight_kg"_s), u"83.915"_s);   // 185 lb
    EXPECT_EQ(stored[2].value(u"distance_m"_s), u"2414.02"_s); // 1.5 mi
}

TEST_F(RealImport, StrongsFrenchWorkoutNotesColumn)
{
    const CliRun r = import(fixture(u"strong_fr_notes.csv"_s), {u"--unit"_s, u"kg"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(u"not imported"_s)) << r.err.toStdString();
    const QList<Row> stored = sets();
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored[0].value(u"session_notes"_s), u"dos fatigué"_s);
    EXPECT_EQ(stored[1].value(u"weight_kg"_s), u"62.5"_s);
}

} // namespace
} // namespace spotter
