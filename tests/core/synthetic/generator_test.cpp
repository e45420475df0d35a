// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatortestutil.h"
#include "interchange/importer.h"
#include "interchange/strongcsvwriter.h"
#include "store/athleterepository.h"
#include "store/exerciserepository.h"
#include "store/sessionrepository.h"
#include "store/storeerror.h"
#include "synthetic/generatorcatalogue.h"
#include "synthetic/seededrandom.h"
#include "testutil.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

namespace spotter::test {
namespace {

TEST(SeededRandom, GivesTheReferenceSplitmixNumbers)
{
    // Vigna's splitmix64 for seed 1234567: any platform or compiler must give these.
    SeededRandom rng(1234567);
    EXPECT_EQ(rng.next(), 6457827717110365317ULL);
    EXPECT_EQ(rng.next(), 3203168211198807973ULL);
    EXPECT_EQ(rng.next(), 9817491932198370423ULL);
}

TEST(SeededRandom, HelpersStayInRangeWithTheRightMoments)
{
    SeededRandom rng(7);
    double sum = 0.0;
    double squares = 0.0;
    constexpr int kDraws = 100'000;
    QList<int> seen(6, 0);
    for (int i = 0; i < kDraws; ++i) {
        const double u = rng.uniform();
        ASSERT_GE(u, 0.0);
        ASSERT_LT(u, 1.0);
        const int b = rng.between(2, 7);
        ASSERT_GE(b, 2);
        ASSERT_LE(b, 7);
        ++seen[b - 2];
        const double n = rng.normal();
        sum += n;
        squares += n * n;
    }
    for (int count : seen) {
        EXPECT_NEAR(count, kDraws / 6, kDraws / 60);
    }
    EXPECT_NEAR(sum / kDraws, 0.0, 0.02);
    EXPECT_NEAR(squares / kDraws, 1.0, 0.03);
}

TEST(SeededRandom, StreamsDoNotOverlap)
{
    EXPECT_NE(SeededRandom::streamSeed(1, 0), SeededRandom::streamSeed(1, 1));
    EXPECT_NE(SeededRandom::streamSeed(1, 0), SeededRandom::streamSeed(2, 0));
    EXPECT_EQ(SeededRandom::streamSeed(5, 3), SeededRandom::streamSeed(5, 3));
}

class GeneratorTest : public TempDatabase
{
};

TEST_F(GeneratorTest, CatalogueFollowsTheEnumAndStrongNamesResolveToTheSameExercise)
{
    const GeneratorCatalogue catalogue(db());
    const ExerciseRepository repo(db());
    for (qsizetype i = 0; i < GeneratorCatalogue::exercises().size(); ++i) {
        const GenExercise &e = GeneratorCatalogue::exercises().at(i);
        EXPECT_EQ(static_cast<qsizetype>(e.lift), i);
        const auto byStrongName = repo.find(QString::fromUtf16(e.strongName));
        ASSERT_TRUE(byStrongName) << QString::fromUtf16(e.strongName).toStdString();
        EXPECT_EQ(byStrongName->id, catalogue.id(e.lift)) << QString::fromUtf16(e.name).toStdString();
        // DOMS after it must land in a region it loads, or the triage would not attribute it.
        EXPECT_TRUE(byStrongName->regions.contains(e.soreRegion)
                    || (byStrongName->loadsLowerBack && e.soreRegion == Region::LowerBack))
            << QString::fromUtf16(e.name).toStdString();
    }
}

TEST_F(GeneratorTest, TheSameSeedGivesTheSameDatabaseAndCsv)
{
    GeneratorOptions options = weeksOptions(2, 20, 99);
    options.strongCsv = tempFile(QStringLiteral("a.csv"));
    Generator(db()).run(options);

    const Database other(tempFile(QStringLiteral("other.sqlite")));
    options.strongCsv = tempFile(QStringLiteral("b.csv"));
    Generator(other).run(options);

    const QStringList dump = dumpHistory(db());
    EXPECT_GT(dump.size(), 1000);
    EXPECT_EQ(dump, dumpHistory(other));
    for (const QString &suffix : {QStringLiteral("-01.csv"), QStringLiteral("-02.csv")}) {
        const QByteArray a = readAll(tempFile(QStringLiteral("a") + suffix));
        EXPECT_GT(a.size(), 10'000);
        EXPECT_EQ(a, readAll(tempFile(QStringLiteral("b") + suffix)));
    }

    const Database third(tempFile(QStringLiteral("third.sqlite")));
    Generator(third).run(weeksOptions(2, 20, 100));
    EXPECT_NE(dump, dumpHistory(third));
}

TEST_F(GeneratorTest, AthletesDoNotDependOnHowManyAreGenerated)
{
    // Each athlete has a stream of their own: the first of three is the first of one.
    Generator(db()).run(weeksOptions(1, 12, 5));
    const Database three(tempFile(QStringLiteral("three.sqlite")));
    Generator(three).run(weeksOptions(3, 12, 5));
    const QList<Athlete> athletes = AthleteRepository(three).list();
    const auto first = AthleteRepository(db()).list().first();
    const auto same = AthleteRepository(three).findByName(first.name);
    ASSERT_TRUE(same);
    EXPECT_EQ(athletes.size(), 3);
    EXPECT_EQ(SessionRepository(db()).count(first.id), SessionRepository(three).count(same->id));
}

TEST_F(GeneratorTest, SetsStopsAtExactlyThatManySetsSharedEvenly)
{
    GeneratorOptions options;
    options.athletes = 3;
    options.totalSets = 5003;
    options.seed = 11;
    options.end = testEnd();
    const GeneratorResult r = Generator(db()).run(options);
    EXPECT_EQ(r.sets, 5003);
    EXPECT_EQ(r.athletes, 3);
    Query total(db().connection(), QStringLiteral("SELECT count(*) FROM workout_set"));
    total.exec();
    ASSERT_TRUE(total.next());
    EXPECT_EQ(total.int64(0), 5003);

    QList<qint64> perAthlete;
    Query per(db().connection(),
              QStringLiteral("SELECT count(*) FROM workout_set w JOIN session s ON "
                             "s.id = w.session_id GROUP BY s.athlete_id ORDER BY s.athlete_id"));
    per.exec();
    while (per.next())
        perAthlete.append(per.int64(0));
    EXPECT_EQ(perAthlete, (QList<qint64>{1668, 1668, 1667}));
    // Every history reaches up to the last week, and nothing lies after the end.
    Query last(db().connection(), QStringLiteral("SELECT max(start_utc), min(start_utc) FROM session"));
    last.exec();
    ASSERT_TRUE(last.next());
    EXPECT_LE(last.int64(0), testEnd().toSecsSinceEpoch());
    EXPECT_GT(last.int64(0), testEnd().addDays(-14).toSecsSinceEpoch());
}

TEST_F(GeneratorTest, RefusesADatabaseWithAthletes)
{
    Athlete a;
    a.name = QStringLiteral("Already here");
    AthleteRepository(db()).add(a);
    try {
        Generator(db()).run(weeksOptions(1, 4, 1));
        FAIL() << "expected a StoreError";
    } catch (const StoreError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("already holds 1 athlete;")))
            << e.message().toStdString();
    }
    EXPECT_EQ(AthleteRepository(db()).count(), 1);
}

TEST_F(GeneratorTest, TheStrongCsvImportsBackWithTheSameSessionsAndSets)
{
    GeneratorOptions options = weeksOptions(1, 30, 2024);
    options.strongCsv = tempFile(QStringLiteral("strong.csv"));
    const GeneratorResult generated = Generator(db()).run(options);
    ASSERT_EQ(generated.csvFiles, QStringList{options.strongCsv});
    const QByteArray head = readAll(options.strongCsv).left(120);
    EXPECT_TRUE(head.startsWith("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,"
                                "Seconds,Notes,Workout Notes,RPE\n"));

    const Athlete athlete = AthleteRepository(db()).list().first();
    const Database target(tempFile(QStringLiteral("imported.sqlite")));
    ImportOptions io;
    io.athlete = athlete.name;
    io.unit = athlete.unit;
    const ImportResult imported = Importer(target).run(options.strongCsv, io);
    ASSERT_EQ(imported.status, ImportStatus::Imported) << imported.diagnostics.errors().size();
    EXPECT_TRUE(imported.newExercises.isEmpty()) << imported.newExercises.join(u',').toStdString();
    EXPECT_EQ(imported.sets, generated.sets);
    EXPECT_EQ(imported.sessions, generated.sessions);
    EXPECT_EQ(imported.rows, generated.csvRows);

    // Same loads, reps, RPE and rests, set by set (Strong has no AMRAP marker: those come back as working
    // sets).
    const QList<Session> before = SessionRepository(db()).list(athlete.id);
    const auto importedAthlete = AthleteRepository(target).findByName(athlete.name);
    ASSERT_TRUE(importedAthlete);
    const QList<Session> after = SessionRepository(target).list(importedAthlete->id);
    ASSERT_EQ(before.size(), after.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        EXPECT_EQ(before[i].start, after[i].start);
        EXPECT_EQ(before[i].durationMin, after[i].durationMin);
        ASSERT_EQ(before[i].sets.size(), after[i].sets.size());
        for (qsizetype j = 0; j < before[i].sets.size(); ++j) {
            const WorkoutSet &a = before[i].sets[j];
            const WorkoutSet &b = after[i].sets[j];
            EXPECT_EQ(a.weight, b.weight);
            EXPECT_EQ(a.reps, b.reps);
            EXPECT_EQ(a.rpe, b.rpe);
            EXPECT_EQ(a.restSeconds, b.restSeconds);
            EXPECT_EQ(a.seconds, b.seconds);
            EXPECT_EQ(a.kind == SetKind::Amrap ? SetKind::Working : a.kind, b.kind);
        }
    }
}

TEST(StrongCsvWriter, WritesDurationsAsStrongDoes)
{
    EXPECT_EQ(StrongCsvWriter::duration(48), QStringLiteral("48m"));
    EXPECT_EQ(StrongCsvWriter::duration(68), QStringLiteral("1h 8m"));
    EXPECT_EQ(StrongCsvWriter::duration(120), QStringLiteral("2h"));
}

TEST(Generator, NumbersTheCsvFilesOfSeveralAthletes)
{
    EXPECT_EQ(Generator::csvPath(QStringLiteral("/tmp/h.csv"), 0, 1), QStringLiteral("/tmp/h.csv"));
    EXPECT_EQ(Generator::csvPath(QStringLiteral("/tmp/h.csv"), 0, 3), QStringLiteral("/tmp/h-01.csv"));
    EXPECT_EQ(Generator::csvPath(QStringLiteral("h.csv"), 11, 12), QStringLiteral("h-12.csv"));
    EXPECT_EQ(Generator::csvPath(QStringLiteral("out/h"), 4, 150), QStringLiteral("out/h-005"));
}

} // namespace
} // namespace spotter::test
