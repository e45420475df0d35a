// SPDX-License-Identifier: GPL-3.0-or-later
// The exporter: Spotter's CSV files written as docs/csv-format.md says, the round trip through
// the importer, and formula neutralisation.
#include "analysis/e1rm.h"
#include "csv/csvreader.h"
#include "interchange/exporter.h"
#include "interchange/importer.h"
#include "interchangefixture.h"
#include "testutil.h"

#include <QBuffer>
#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

using test::fillEveryKindOfValue;
using test::interchangeNow;

class Export : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_source = std::make_unique<Database>(m_dir.filePath(u"source.sqlite"_s));
        m_ids = fillEveryKindOfValue(*m_source);
    }

    static ExportResult exportTo(const Database &db, ExportOptions options, QByteArray *bytes)
    {
        if (!options.asOf.isValid())
            options.asOf = interchangeNow();
        bytes->clear();
        QBuffer buffer(bytes);
        buffer.open(QIODevice::WriteOnly);
        return Exporter(db).run(&buffer, options);
    }

    static QByteArray exportOf(const Database &db, ExportKind kind, ExportOptions options = {})
    {
        options.what = kind;
        QByteArray bytes;
        const ExportResult r = exportTo(db, options, &bytes);
        EXPECT_EQ(r.status, ExportStatus::Exported) << r.error.toStdString();
        return bytes;
    }

    QString save(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    static void import(const Database &db, const QString &path)
    {
        const ImportResult r = Importer(db).run(path, {});
        ASSERT_EQ(r.status, ImportStatus::Imported)
            << path.toStdString() << ": "
            << (r.diagnostics.errors().isEmpty() ? std::string()
                                                 : r.diagnostics.errors().first().text.toStdString());
        ASSERT_TRUE(r.written);
    }

    /// Every record of a CSV file, read back with Spotter's own reader.
    static QList<QStringList> records(const QByteArray &bytes)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QList<QStringList> out;
        CsvRecord record;
        while (reader.next(record) == CsvReader::Status::Record) {
            QStringList cells;
            for (qsizetype i = 0; i < record.size(); ++i)
                cells.append(record.field(i).toString());
            out.append(cells);
        }
        return out;
    }

    /// The row of @p rows whose cells start with @p prefix.
    static QStringList rowStarting(const QList<QStringList> &rows, const QStringList &prefix)
    {
        for (const QStringList &r : rows) {
            if (r.mid(0, prefix.size()) == prefix)
                return r;
        }
        ADD_FAILURE() << "no row starting with " << prefix.join(u',').toStdString();
        return {};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_source;
    test::InterchangeIds m_ids;
};

TEST_F(Export, RoundTripThroughAnEmptyDatabaseGivesIdenticalFiles)
{
    const QByteArray sets = exportOf(*m_source, ExportKind::Sets);
    const QByteArray soreness = exportOf(*m_source, ExportKind::Soreness);
    ASSERT_EQ(records(sets).size(), 1 + 7 + 1 + 2 + 1 + 2); // header, every set, the session without sets
    ASSERT_EQ(records(soreness).size(), 1 + 3);

    Database target(m_dir.filePath(u"target.sqlite"_s));
    import(target, save(u"sets.csv"_s, sets));
    import(target, save(u"soreness.csv"_s, soreness));
    EXPECT_EQ(exportOf(target, ExportKind::Sets), sets);
    EXPECT_EQ(exportOf(target, ExportKind::Soreness), soreness);
    EXPECT_EQ(exportOf(target, ExportKind::Sessions), exportOf(*m_source, ExportKind::Sessions));
}

// A custom assisted exercise whose name does not say so ("Band Pull-Up"), with a FitNotes-style
// category: exercise_assisted and exercise_category carry what the name cannot, so that the
// import creates it assisted, its sets keep their help (a negative load) and their e1RM is the
// bodyweight less the help's.
TEST_F(Export, ACustomAssistedExerciseAndItsCategoryRoundTrip)
{
    Exercise band;
    band.name = u"Band Pull-Up"_s;
    band.kind = ExerciseKind::Bodyweight;
    band.assisted = true;
    band.category = u"Back"_s;
    band.regions = {Region::UpperBack, Region::Arms};
    ExerciseRepository(*m_source).add(band);
    Session s;
    s.athleteId = m_ids.zoe;
    s.start = *parseDateTime(u"2026-02-20T18:00:00+01:00");
    s.bodyweight = Weight::fromKg(70);
    WorkoutSet helped;
    helped.exerciseId = band.id;
    helped.weight = Weight::fromKg(-20);
    helped.reps = 8;
    s.sets = {helped};
    SessionRepository(*m_source).add(s);

    const QByteArray sets = exportOf(*m_source, ExportKind::Sets);
    const QStringList header = records(sets).first();
    const QStringList row = rowStarting(records(sets), {u"Zoë 💪"_s, QString::number(s.id)});
    EXPECT_EQ(row.at(header.indexOf(u"exercise"_s)), u"Band Pull-Up"_s);
    EXPECT_EQ(row.at(header.indexOf(u"weight_kg"_s)), u"-20"_s);
    EXPECT_EQ(row.at(header.indexOf(u"exercise_assisted"_s)), u"1"_s);
    EXPECT_EQ(row.at(header.indexOf(u"exercise_category"_s)), u"Back"_s);
    // 50 kg lifted (70 kg less 20 of help) × 8, Epley.
    EXPECT_EQ(row.at(header.indexOf(u"e1rm_kg"_s)), Weight::fromKg(epleyKg(50, 8)).kgString());

    Database target(m_dir.filePath(u"target.sqlite"_s));
    import(target, save(u"sets.csv"_s, sets));
    const auto imported = ExerciseRepository(target).find(u"Band Pull-Up"_s);
    ASSERT_TRUE(imported);
    EXPECT_TRUE(imported->assisted);
    EXPECT_EQ(imported->category, u"Back"_s);
    EXPECT_EQ(exportOf(target, ExportKind::Sets), sets);
}

TEST_F(Export, ExcelFilesWithDecimalCommasRoundTripToo)
{
    ExportOptions excel;
    excel.excel = true;
    excel.decimalComma = true;
    const QByteArray sets = exportOf(*m_source, ExportKind::Sets, excel);
    const QByteArray soreness = exportOf(*m_source, ExportKind::Soreness, excel);
    EXPECT_TRUE(sets.startsWith("\xEF\xBB\xBF"
                                "athlete;session_id;session_start;"));
    EXPECT_TRUE(sets.contains(";142,5;3;8,5;1,5;180;")) << sets.constData();
    // CRLF ends every record; the line breaks inside the title and a note stay as they were (LF).
    EXPECT_EQ(sets.count("\r\n"), records(sets).size());
    EXPECT_EQ(sets.count('\n') - sets.count("\r\n"), 7 + 1) << sets.constData();

    Database target(m_dir.filePath(u"target.sqlite"_s));
    import(target, save(u"sets.csv"_s, sets));
    import(target, save(u"soreness.csv"_s, soreness));
    EXPECT_EQ(exportOf(target, ExportKind::Sets), exportOf(*m_source, ExportKind::Sets));
    EXPECT_EQ(exportOf(target, ExportKind::Soreness), exportOf(*m_source, ExportKind::Soreness));
}

TEST_F(Export, PlainFilesAreUtf8WithLfAndNoByteOrderMark)
{
    const QByteArray sets = exportOf(*m_source, ExportKind::Sets);
    EXPECT_TRUE(
        sets.startsWith("athlete,session_id,session_start,exercise,set_index,set_kind,weight_kg,reps,rpe,"
                        "rir,rest_s,e1rm_kg,intensity_class,"));
    EXPECT_FALSE(sets.contains('\r') && !sets.contains("\rstarts with CR"));
    EXPECT_FALSE(sets.contains("\r\n"));
    EXPECT_TRUE(sets.endsWith('\n'));
    EXPECT_TRUE(sets.contains(u"Zoë 💪,"_s.toUtf8()));
    EXPECT_TRUE(sets.contains(u"سارا,"_s.toUtf8()));
    const QList<QStringList> rows = records(sets);
    EXPECT_EQ(rows.first(), Exporter::header(ExportKind::Sets));
    for (const QStringList &r : rows)
        EXPECT_EQ(r.size(), 31) << r.join(u',').toStdString();
}

TEST_F(Export, TextThatLooksLikeAFormulaIsNeutralisedAndComesBackUnchanged)
{
    const QByteArray sets = exportOf(*m_source, ExportKind::Sets);
    const QList<QStringList> rows = records(sets);
    const QString id = QString::number(m_ids.heavy);
    const QStringList warm =
        rowStarting(rows, {u"Zoë 💪"_s, id, u"2026-01-12T18:30:00+01:00"_s, u"Back Squat"_s, u"1"_s});
    EXPECT_EQ(warm[21], u"'=1+2"_s);        // session_notes
    EXPECT_EQ(warm[15], u"'+ felt easy"_s); // set_notes
    const QStringList top =
        rowStarting(rows, {u"Zoë 💪"_s, id, u"2026-01-12T18:30:00+01:00"_s, u"Back Squat"_s, u"2"_s});
    EXPECT_EQ(top[15], u"'-2 in reserve?"_s);
    // Numbers stay numbers.
    EXPECT_EQ(top.mid(6, 5), (QStringList{u"142.5"_s, u"3"_s, u"8.5"_s, u"1.5"_s, u"180"_s}));
    EXPECT_TRUE(sets.contains("\"'=Cable Fly, \"\"wide\"\"\""));
    EXPECT_TRUE(sets.contains(",'@coach: look, \"\"depth\"\"\"")
                || sets.contains(",\"'@coach: look, \"\"depth\"\"\""));
    EXPECT_TRUE(sets.contains(",'\tindented,"));
    EXPECT_TRUE(sets.contains(",\"'\rstarts with CR\","));
    EXPECT_TRUE(sets.contains(",'''=already quoted,"));
    EXPECT_TRUE(sets.contains(",'-Rest day walk,"));

    Database target(m_dir.filePath(u"target.sqlite"_s));
    import(target, save(u"sets.csv"_s, sets));
    const auto heavy = SessionRepository(target).get(m_ids.heavy);
    ASSERT_TRUE(heavy);
    EXPECT_EQ(heavy->notes, u"=1+2"_s);
    EXPECT_EQ(heavy->title, u"Heavy, \"top\" day\nweek 2"_s);
    ASSERT_EQ(heavy->sets.size(), 7);
    EXPECT_EQ(heavy->sets[0].notes, u"+ felt easy"_s);
    EXPECT_EQ(heavy->sets[2].notes, u"@coach: look, \"depth\""_s);
    EXPECT_EQ(heavy->sets[3].notes, u"\tindented"_s);
    EXPECT_EQ(heavy->sets[4].notes, u"\rstarts with CR"_s);
    EXPECT_EQ(heavy->sets[6].notes, u"''=already quoted"_s);
    EXPECT_EQ(ExerciseRepository(target).get(heavy->sets[5].exerciseId)->name, u"=Cable Fly, \"wide\""_s);
}

TEST_F(Export, DerivedColumnsComeFromTheAnalysis)
{
    const QList<QStringList> rows = records(exportOf(*m_source, ExportKind::Sets));
    const QString id = QString::number(m_ids.heavy);
    const QString start = u"2026-01-12T18:30:00+01:00"_s;
    const QStringList warm = rowStarting(rows, {u"Zoë 💪"_s, id, start, u"Back Squat"_s, u"1"_s});
    EXPECT_EQ(warm[11], QString()) << "warm-ups have no e1RM";
    EXPECT_EQ(warm[12], QString()) << "and no class";
    const QStringList top = rowStarting(rows, {u"Zoë 💪"_s, id, start, u"Back Squat"_s, u"2"_s});
    WorkoutSet set;
    set.weight = Weight::fromKg(142.5);
    set.reps = 3;
    set.rpe = 8.5;
    EXPECT_EQ(top[11], estimateE1rm(set)->value.kgString());
    EXPECT_EQ(top[12], u"hard"_s); // RPE 8.5 on a main lift: IR-05
    bool sawTest = false;
    for (const QStringList &r : rows) {
        if (r.value(2) == u"2026-02-20T07:05:09Z") {
            EXPECT_EQ(r[12], u"testing"_s);
            EXPECT_EQ(r[11], u"200"_s);
            sawTest = true;
        }
        if (r.value(2) == u"2026-01-15T06:00:00+03:00" && r.value(3) == u"Back Squat") {
            EXPECT_EQ(r[6], u"68.039"_s) << "150 lb in whole grams";
            EXPECT_EQ(r[19], u"68.039"_s);
            EXPECT_EQ(r[8], QString()) << "RPE is written as logged, not derived from RIR";
            EXPECT_EQ(r[9], u"2"_s);
        }
    }
    EXPECT_TRUE(sawTest);
}

TEST_F(Export, RowsAreOrderedByAthleteThenStartAndASessionWithoutSetsIsOneRow)
{
    const QList<QStringList> rows = records(exportOf(*m_source, ExportKind::Sets)).mid(1);
    QStringList order;
    for (const QStringList &r : rows) {
        const QString key = r[0] + u'|' + r[2];
        if (order.isEmpty() || order.last() != key)
            order.append(key);
    }
    EXPECT_EQ(order, (QStringList{u"Zoë 💪|2026-01-12T18:30:00+01:00"_s, u"Zoë 💪|2026-02-20T07:05:09Z"_s,
                                  u"Zoë 💪|2026-02-23T09:00:00-05:00"_s, u"Zoë 💪|2026-02-24T17:45:00+05:45"_s,
                                  u"سارا|2026-01-15T06:00:00+03:00"_s}));
    const QStringList walk = rows[10];
    EXPECT_EQ(walk[16], u"'-Rest day walk"_s);
    for (int column = 3; column <= 15; ++column)
        EXPECT_TRUE(walk[column].isEmpty()) << column;
    EXPECT_EQ(walk.mid(17, 7),
              (QStringList{u"30"_s, u"2"_s, QString(), u"0"_s, QString(), u"generated"_s, QString()}));
}

TEST_F(Export, SorenessRowsCarryTheTriageAndTheSession)
{
    const QList<QStringList> rows = records(exportOf(*m_source, ExportKind::Soreness));
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0], Exporter::header(ExportKind::Soreness));
    const QStringList doms = rows[1];
    EXPECT_EQ(doms.mid(2, 6), (QStringList{QString::number(m_ids.heavy), u"quads"_s, u"both"_s, u"14.5"_s,
                                           u"46.8"_s, u"1"_s}));
    EXPECT_EQ(doms[19], u"2026-01-12T18:30:00+01:00"_s);
    EXPECT_EQ(doms[18], u"'+ sore on stairs"_s);
    const QStringList sharp = rows[2];
    EXPECT_EQ(sharp[2], QString()) << "no session";
    EXPECT_EQ(sharp[5], QString()) << "no onset without a session";
    EXPECT_EQ(sharp[6], u"124"_s) << "open: hours until the export's time";
    EXPECT_EQ(sharp[7], u"0"_s);
    EXPECT_EQ(sharp[10], u"see-doctor"_s);
    EXPECT_FALSE(sharp[11].isEmpty());
    EXPECT_TRUE(sharp[12].split(u' ').contains(u"SR-05"_s)) << sharp[12].toStdString();
    EXPECT_EQ(sharp.mid(15, 3),
              (QStringList{u"worsening"_s, u"pinpoint at-rest"_s, u"night-pain very-unwell"_s}));
    EXPECT_EQ(sharp.mid(20, 2), (QStringList{u"0"_s, QString()}));
    EXPECT_EQ(rows[3][0], u"سارا"_s);
    EXPECT_EQ(rows[3].mid(20, 2), (QStringList{u"1"_s, u"Dumbbell Shoulder Press"_s}));
}

TEST_F(Export, SessionsSummaryHasClassesAndFlags)
{
    const QList<QStringList> rows = records(exportOf(*m_source, ExportKind::Sessions));
    EXPECT_EQ(rows[0], (QStringList{u"athlete"_s, u"session_id"_s, u"session_start"_s, u"duration_min"_s,
                                    u"session_rpe"_s, u"bodyweight_kg"_s, u"intensity_class"_s, u"flags"_s}));
    ASSERT_EQ(rows.size(), 6);
    EXPECT_EQ(rows[1], (QStringList{u"Zoë 💪"_s, QString::number(m_ids.heavy), u"2026-01-12T18:30:00+01:00"_s,
                                    u"75"_s, u"8.5"_s, u"82.35"_s, u"testing"_s, QString()}));
    EXPECT_EQ(rows[2][6], u"testing"_s);
}

TEST_F(Export, ARangeKeepsTheWeeksBeforeItAsContext)
{
    // 60 kg × 5 @ 8 two weeks before the range sets the best e1RM of the press; 75 kg × 1 @ 7 in
    // the range is above it, a PR attempt (IR-03), which only that context can tell.
    test::InterchangeBuilder b(*m_source);
    const qint64 press = b.exercise(u"Overhead Press"_s);
    WorkoutSet before = b.set(press, SetKind::Working, Weight::fromKg(60), 5);
    before.rpe = 8;
    b.session(m_ids.zoe, u"2026-03-02T18:00:00+01:00"_s, u"before"_s, {before});
    WorkoutSet attempt = b.set(press, SetKind::Working, Weight::fromKg(75), 1);
    attempt.rpe = 7;
    b.session(m_ids.zoe, u"2026-03-16T18:00:00+01:00"_s, u"in range"_s, {attempt});

    ExportOptions options;
    options.athletes = {u"Zoë 💪"_s};
    options.from = QDate(2026, 3, 10);
    options.to = QDate(2026, 3, 31);
    const QList<QStringList> rows = records(exportOf(*m_source, ExportKind::Sets, options));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1][16], u"in range"_s);
    EXPECT_EQ(rows[1][12], u"testing"_s);
}

TEST_F(Export, AthletesAreChosenByNameAndAnUnknownOneStopsTheExport)
{
    ExportOptions options;
    options.what = ExportKind::Sets;
    options.athletes = {u"سارا"_s};
    QByteArray bytes;
    ExportResult r = exportTo(*m_source, options, &bytes);
    EXPECT_EQ(r.status, ExportStatus::Exported);
    EXPECT_EQ(r.athletes, QStringList{u"سارا"_s});
    EXPECT_EQ(r.sets, 2);
    EXPECT_EQ(records(bytes).size(), 3);

    options.athletes = {u"سارا"_s, u"Nobody"_s};
    r = exportTo(*m_source, options, &bytes);
    EXPECT_EQ(r.status, ExportStatus::UnknownAthlete);
    EXPECT_TRUE(r.error.contains(u"Nobody"_s));
    EXPECT_TRUE(bytes.isEmpty()) << "nothing is written before every athlete is known";
}

TEST_F(Export, ACancelledExportStops)
{
    std::atomic_bool cancel{true};
    ExportOptions options;
    options.cancel = &cancel;
    QByteArray bytes;
    const ExportResult r = exportTo(*m_source, options, &bytes);
    EXPECT_EQ(r.status, ExportStatus::Cancelled);
    EXPECT_EQ(r.sessions, 1) << "stops after the first session";
}

} // namespace
} // namespace spotter
