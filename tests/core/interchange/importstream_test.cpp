// SPDX-License-Identifier: GPL-3.0-or-later
// Large files: streaming, progress, cancellation, and a file that changes under the import.
#include "backendtest.h"
#include "interchange/importer.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/importwriter.h"
#include "store/sessionrepository.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "testutil.h"

#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

/// Writes a Strong V1 file of @p rows data rows: workouts of 5 exercises × 4 sets, each set
/// followed by a Rest Timer row. Returns the number of sets.
qint64 writeStrongFile(const QString &path, qint64 rows)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout "
            "Notes,RPE\n");
    const char *exercises[] = {"Squat (Barbell)", "Bench Press (Barbell)", "Deadlift (Barbell)",
                               "Overhead Press (Barbell)", "Bent Over Row (Barbell)"};
    qint64 sets = 0;
    QDateTime start(QDate(2000, 1, 1), QTime(18, 0));
    for (qint64 row = 0; row < rows;) {
        const QByteArray date = start.toString(u"yyyy-MM-dd HH:mm:ss"_s).toLatin1();
        for (int e = 0; e < 5 && row < rows; ++e) {
            for (int s = 0; s < 4 && row < rows; ++s) {
                const QByteArray order = s == 0 ? "W" : QByteArray::number(s);
                f.write(date + ",Workout,1h 5m," + exercises[e] + ',' + order + ','
                        + QByteArray::number(60 + 2.5 * ((row / 40) % 40)) + ",5,0,0,,,8\n");
                ++row;
                ++sets;
                if (row < rows) {
                    f.write(date + ",Workout,1h 5m," + exercises[e] + ",Rest Timer,0,0,0,120.0,,,\n");
                    ++row;
                }
            }
        }
        start = start.addDays(1);
    }
    return sets;
}

class ImportStream : public spotter::test::BackendTest
{
protected:
    /// The import saw its file change between readings: it failed, said so once, wrote nothing.
    void expectRefusedAsChanged(const ImportResult &r)
    {
        EXPECT_EQ(r.status, ImportStatus::Failed);
        EXPECT_FALSE(r.written);
        ASSERT_EQ(r.diagnostics.errorCount(), 1);
        EXPECT_TRUE(r.diagnostics.errors()[0].text.contains(u"changed"_s));
        EXPECT_FALSE(AthleteRepository(db()).findByName(u"Alice"_s));
    }
    ImportOptions options()
    {
        ImportOptions o;
        o.athlete = u"Alice"_s;
        o.unit = WeightUnit::Kg;
        return o;
    }
    /// workout_set's indexes, "name: CREATE INDEX …", by name.
    QStringList setIndexes()
    {
        QSqlQuery q(db().connection());
        if (isPostgres())
            EXPECT_TRUE(q.exec(u"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'spotter' "
                               "AND tablename = 'workout_set' AND indexname NOT LIKE '%pkey' "
                               "ORDER BY indexname"_s));
        else
            EXPECT_TRUE(q.exec(u"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = "
                               "'workout_set' ORDER BY name"_s));
        QStringList out;
        while (q.next())
            out.append(q.value(0).toString() + u": "_s + q.value(1).toString());
        return out;
    }
    qint64 sessionRows()
    {
        const auto a = AthleteRepository(db()).findByName(u"Alice"_s);
        return a ? SessionRepository(db()).count(a->id) : 0;
    }
};

TEST_P(ImportStream, ALargeFileWithProgress)
{
    const QString path = tempFile(u"big.csv"_s);
    const qint64 sets = writeStrongFile(path, 80'000);
    const qint64 size = QFileInfo(path).size();
    ImportOptions o = options();
    QList<ImportProgress> seen;
    o.progress = [&seen](const ImportProgress &p) { seen.append(p); };
    const ImportResult r = Importer(db()).run(path, o);
    ASSERT_EQ(r.status, ImportStatus::Imported);
    EXPECT_EQ(r.rows, 80'000);
    EXPECT_EQ(r.sets, sets);
    EXPECT_EQ(r.sessions, 2000);
    EXPECT_EQ(sessionRows(), 2000);
    EXPECT_EQ(SessionRepository(db()).latest(AthleteRepository(db()).findByName(u"Alice"_s)->id)->sets.size(),
              20);
    ASSERT_GE(seen.size(), 4);
    EXPECT_EQ(seen.first().phase, ImportProgress::Phase::Reading);
    EXPECT_EQ(seen.last().phase, ImportProgress::Phase::Writing);
    EXPECT_EQ(seen.last().bytesDone, size);
    EXPECT_EQ(seen.last().bytesTotal, size);
    EXPECT_EQ(seen.last().rows, 80'000);
    for (qsizetype i = 1; i < seen.size(); ++i) {
        if (seen[i].phase == seen[i - 1].phase) {
            EXPECT_GE(seen[i].bytesDone, seen[i - 1].bytesDone);
        }
    }
}

TEST_P(ImportStream, CancellingWritesNothing)
{
    const QString path = tempFile(u"big.csv"_s);
    writeStrongFile(path, 40'000);
    for (const auto phase : {ImportProgress::Phase::Reading, ImportProgress::Phase::Writing}) {
        std::atomic_bool cancel{false};
        ImportOptions o = options();
        o.cancel = &cancel;
        o.progress = [&](const ImportProgress &p) {
            if (p.phase == phase)
                cancel = true;
        };
        const ImportResult r = Importer(db()).run(path, o);
        EXPECT_EQ(r.status, ImportStatus::Cancelled);
        EXPECT_FALSE(r.written);
        EXPECT_FALSE(AthleteRepository(db()).findByName(u"Alice"_s));
    }
}

TEST_P(ImportStream, AFileThatChangesBetweenThePassesImportsNothing)
{
    const QString path = tempFile(u"growing.csv"_s);
    writeStrongFile(path, 100);
    ImportOptions o = options();
    o.progress = [&](const ImportProgress &p) {
        if (p.phase != ImportProgress::Phase::Reading || p.bytesDone != p.bytesTotal)
            return;
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::Append));
        f.write("2000-01-01 18:00:00,Workout,1h 5m,Squat (Barbell),9,100,5,0,0,,,8\n");
    };
    const ImportResult r = Importer(db()).run(path, o);
    expectRefusedAsChanged(r);
}

// An edit in place that keeps every workout where it was (a weight typed again, same length)
// leaves the second reading structurally the same as the first: only the bytes tell. Importing
// it would store a value nobody checked and the preview never showed.
TEST_P(ImportStream, AWeightEditedInPlaceBetweenThePassesImportsNothing)
{
    const QString path = tempFile(u"edited.csv"_s);
    writeStrongFile(path, 100);
    ImportOptions o = options();
    bool edited = false;
    o.progress = [&](const ImportProgress &p) {
        if (edited || p.phase != ImportProgress::Phase::Reading || p.bytesDone != p.bytesTotal)
            return;
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        const QByteArray content = f.readAll();
        const qsizetype at = content.indexOf(",W,60,");
        ASSERT_GT(at, 0);
        ASSERT_TRUE(f.seek(at));
        ASSERT_EQ(f.write(",W,70,"), 6);
        edited = true;
    };
    const ImportResult r = Importer(db()).run(path, o);
    ASSERT_TRUE(edited);
    expectRefusedAsChanged(r);
}

// The writing pass parses on a thread of its own (threadedpass.h). A change found in the
// first workout makes the writing side give up while the reading thread still has most of the
// file to read and a full queue to wait on: it must stop it, and nothing may be written.
TEST_P(ImportStream, AChangeFoundEarlyInTheWritingPassStopsTheReadingThread)
{
    const QString path = tempFile(u"changing.csv"_s);
    writeStrongFile(path, 200'000);
    ImportOptions o = options();
    qint64 writingReports = 0;
    o.progress = [&](const ImportProgress &p) {
        if (p.phase == ImportProgress::Phase::Writing)
            ++writingReports;
        if (p.phase != ImportProgress::Phase::Reading || p.bytesDone != p.bytesTotal)
            return;
        // The first workout moves to another day: the second reading finds a workout the
        // first did not plan. Same length, so the rest of the file reads as before.
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        const QByteArray header = f.readLine();
        ASSERT_TRUE(f.seek(header.size()));
        ASSERT_EQ(f.write("1999"), 4);
    };
    const ImportResult r = Importer(db()).run(path, o);
    expectRefusedAsChanged(r);
    // It gave up at the start, not after reading everything.
    EXPECT_LE(writingReports, 3);
}

// A big import into a smaller history drops workout_set's indexes and builds them once at the
// end (docs/performance.md); they must come back exactly as the schema defines them.
TEST_P(ImportStream, ABigImportBuildsTheIndexesOfItsSetsAgain)
{
    const QStringList indexes = setIndexes();
    // The team server adds one of its own (core/store/serversetathletes.cpp).
    ASSERT_EQ(indexes.size(), isPostgres() ? 3 : 2);
    const QString path = tempFile(u"big.csv"_s);
    const qint64 sets = writeStrongFile(path, 80'000);
    ASSERT_GE(sets, ImportWriter::kDeferIndexesFrom);
    const ImportResult r = Importer(db()).run(path, options());
    ASSERT_EQ(r.status, ImportStatus::Imported);
    EXPECT_EQ(setIndexes(), indexes);
    EXPECT_EQ(db().integrityCheck(), QStringList{u"ok"_s});
    // The history now holds more sets than a second import of 20,000 would add: it keeps them.
    WriteTransaction tx(db().connection());
    ImportWriter writer(db());
    EXPECT_FALSE(writer.deferSetIndexes(sets / 2));
    EXPECT_EQ(setIndexes(), indexes);
}

TEST_P(ImportStream, IndexesAreDroppedOnlyInsideTheTransactionOfABigImport)
{
    const QStringList indexes = setIndexes();
    ImportWriter writer(db());
    EXPECT_THROW(writer.deferSetIndexes(100'000), StoreError);
    EXPECT_EQ(setIndexes(), indexes);
    if (isPostgres()) {
        // Only the tables' owner may drop an index on a team server: COPY keeps them.
        WriteTransaction tx(db().connection());
        EXPECT_FALSE(writer.deferSetIndexes(100'000));
        EXPECT_EQ(setIndexes(), indexes);
        writer.restoreSetIndexes();
        tx.commit();
        EXPECT_EQ(setIndexes(), indexes);
        return;
    }
    {
        WriteTransaction tx(db().connection());
        EXPECT_FALSE(writer.deferSetIndexes(ImportWriter::kDeferIndexesFrom - 1));
        EXPECT_EQ(setIndexes(), indexes);
        EXPECT_TRUE(writer.deferSetIndexes(ImportWriter::kDeferIndexesFrom));
        EXPECT_TRUE(setIndexes().isEmpty());
        // Not committed: the rollback brings them back.
    }
    EXPECT_EQ(setIndexes(), indexes);
    // A read still running on the connection forbids dropping: the import keeps the indexes.
    QSqlQuery reading(db().connection());
    ASSERT_TRUE(reading.exec(u"SELECT name FROM sqlite_schema"_s));
    ASSERT_TRUE(reading.next());
    {
        WriteTransaction tx(db().connection());
        EXPECT_FALSE(writer.deferSetIndexes(100'000));
        EXPECT_EQ(setIndexes(), indexes);
        writer.restoreSetIndexes();
        tx.commit();
    }
    reading.finish();
    EXPECT_EQ(setIndexes(), indexes);
}

TEST_P(ImportStream, ABigImportThatFailsWhileWritingLeavesTheIndexes)
{
    const QStringList indexes = setIndexes();
    const QString path = tempFile(u"changing.csv"_s);
    writeStrongFile(path, 200'000);
    ImportOptions o = options();
    o.progress = [&](const ImportProgress &p) {
        if (p.phase != ImportProgress::Phase::Reading || p.bytesDone != p.bytesTotal)
            return;
        // The last workout moves to another day, so the writing pass fails near its end.
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek(f.size() - 200));
        const QByteArray tail = f.read(200);
        const qsizetype line = tail.indexOf('\n') + 1;
        ASSERT_GT(line, 0);
        ASSERT_TRUE(f.seek(f.size() - 200 + line));
        ASSERT_EQ(f.write("1999"), 4);
    };
    const ImportResult r = Importer(db()).run(path, o);
    EXPECT_EQ(r.status, ImportStatus::Failed);
    EXPECT_FALSE(r.written);
    EXPECT_FALSE(AthleteRepository(db()).findByName(u"Alice"_s));
    EXPECT_EQ(setIndexes(), indexes);
}

SPOTTER_ON_BOTH_BACKENDS(ImportStream);

} // namespace
} // namespace spotter
