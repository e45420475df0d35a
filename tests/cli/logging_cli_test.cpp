// SPDX-License-Identifier: GPL-3.0-or-later
// Everyday logging through the real spotter-cli: routines, today's plan and logging from it,
// "same" and "last +5kg", personal records, plates, and routines offered after an import.
#include "clirunner.h"

#include <QJsonArray>

namespace spotter::test {
namespace {

class LoggingCli : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        cli.setEnvironment(QStringLiteral("SPOTTER_NOW"), QStringLiteral("2026-11-20T18:00"));
        ASSERT_EQ(run({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Ann Lee")}).exitCode,
                  0);
        const CliResult first = run(
            {QStringLiteral("log"), QStringLiteral("--athlete"), QStringLiteral("Ann Lee"),
             QStringLiteral("--date"), QStringLiteral("2026-11-10T18:00"),
             QStringLiteral("Squat w60x5, 3x5 120kg @8 rest 3m"), QStringLiteral("Bench Press 3x5 90kg @8")});
        ASSERT_EQ(first.exitCode, 0) << first;
    }
    CliResult log(const QString &date, const QStringList &lines, const QStringList &more = {})
    {
        return run(QStringList{QStringLiteral("log"), QStringLiteral("--athlete"), QStringLiteral("Ann Lee"),
                               QStringLiteral("--date"), date}
                   + more + lines);
    }
};

TEST_F(LoggingCli, RoutineAddListShowRenameAssignDelete)
{
    CliResult r = run({QStringLiteral("routine"), QStringLiteral("add"), QStringLiteral("Heavy lower"),
                       QStringLiteral("--item"), QStringLiteral("Squat w 2x5 60kg, 3x5 @8 rest 3m"),
                       QStringLiteral("--item"), QStringLiteral("Bench Press 3x8 @70%"),
                       QStringLiteral("--athlete"), QStringLiteral("Ann Lee")});
    EXPECT_CLI(r, 0);
    EXPECT_TRUE(r.out.contains(u"Added routine 'Heavy lower' (id 1) with 3 items.")) << r;
    EXPECT_TRUE(r.out.contains(u"  2. Back Squat 3x5 @8 rest 3m")) << r;
    EXPECT_TRUE(r.out.contains(u"Assigned to: Ann Lee")) << r;
    r = run({QStringLiteral("routine"), QStringLiteral("list")});
    EXPECT_CLI(r, 0);
    EXPECT_EQ(r.outLines(), QStringList{QStringLiteral("1\tHeavy lower\t3 items\tAnn Lee")}) << r;
    r = run({QStringLiteral("routine"), QStringLiteral("show"), QStringLiteral("heavy lower"),
             QStringLiteral("--json")});
    EXPECT_CLI(r, 0);
    const QJsonArray items = r.json().value(u"items").toArray();
    ASSERT_EQ(items.size(), 3) << r;
    EXPECT_EQ(items[2][u"pct_e1rm"].toDouble(), 70.0);
    EXPECT_EQ(items[0][u"kind"].toString(), QStringLiteral("warmup"));
    EXPECT_EQ(items[0][u"weight"].toDouble(), 60.0);

    // A coach's second athlete; then rename and delete.
    ASSERT_EQ(run({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Bo")}).exitCode, 0);
    r = run({QStringLiteral("routine"), QStringLiteral("assign"), QStringLiteral("Heavy lower"),
             QStringLiteral("--athlete"), QStringLiteral("Bo")});
    EXPECT_CLI(r, 0);
    EXPECT_EQ(r.out, QStringLiteral("'Heavy lower' is assigned to: Ann Lee, Bo\n"));
    r = run({QStringLiteral("routine"), QStringLiteral("list"), QStringLiteral("--athlete"),
             QStringLiteral("Bo")});
    EXPECT_TRUE(r.out.contains(u"Heavy lower")) << r;
    EXPECT_CLI(run({QStringLiteral("routine"), QStringLiteral("rename"), QStringLiteral("Heavy lower"),
                    QStringLiteral("Lower A")}),
               0);
    r = run({QStringLiteral("routine"), QStringLiteral("delete"), QStringLiteral("Lower A")});
    EXPECT_CLI(r, 0);
    EXPECT_EQ(r.out, QStringLiteral("Deleted routine 'Lower A'.\n"));
    r = run({QStringLiteral("routine"), QStringLiteral("list")});
    EXPECT_TRUE(r.out.startsWith(u"No routines yet.")) << r;
}

TEST_F(LoggingCli, RoutineErrors)
{
    CliResult r = run({QStringLiteral("routine"), QStringLiteral("add"), QStringLiteral("X"),
                       QStringLiteral("--item"), QStringLiteral("Squat 3x5 @11")});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(u"--item 1, column 12: RPE must be between 1 and 10 in steps of 0.5; got 11"))
        << r;
    r = run({QStringLiteral("routine"), QStringLiteral("add"), QStringLiteral("X"), QStringLiteral("--item"),
             QStringLiteral("Sqaut 3x5 @8")});
    EXPECT_CLI(r, 1);
    EXPECT_TRUE(r.err.contains(u"there is no exercise 'Sqaut'")) << r;
    r = run({QStringLiteral("routine"), QStringLiteral("add"), QStringLiteral("X")});
    EXPECT_CLI(r, 2);
    r = run({QStringLiteral("routine"), QStringLiteral("show"), QStringLiteral("Nope")});
    EXPECT_CLI(r, 1);
    EXPECT_TRUE(r.err.contains(u"There is no routine named 'Nope'")) << r;
    r = run({QStringLiteral("routine"), QStringLiteral("frobnicate")});
    EXPECT_CLI(r, 2);
    ASSERT_EQ(run({QStringLiteral("routine"), QStringLiteral("add"), QStringLiteral("A"),
                   QStringLiteral("--item"), QStringLiteral("Squat 3x5 @8")})
                  .exitCode,
              0);
    r = run({QStringLiteral("routine"), QStringLiteral("add"), QStringLiteral("a"), QStringLiteral("--item"),
             QStringLiteral("Squat 3x5 @8")});
    EXPECT_CLI(r, 1);
    EXPECT_TRUE(r.err.contains(u"A routine named 'A' already exists")) << r;
}

TEST_F(LoggingCli, PlanAndLogFromARoutine)
{
    ASSERT_EQ(run({QStringLiteral("routine"), QStringLiteral("add"), QStringLiteral("Heavy lower"),
                   QStringLiteral("--item"), QStringLiteral("Squat 3x5 @8 rest 3m"), QStringLiteral("--item"),
                   QStringLiteral("Bench Press 3x8 @70%"), QStringLiteral("--item"),
                   QStringLiteral("Deadlift 1x5 @8")})
                  .exitCode,
              0);
    CliResult r = run({QStringLiteral("log"), QStringLiteral("--athlete"), QStringLiteral("Ann Lee"),
                       QStringLiteral("--routine"), QStringLiteral("Heavy lower"), QStringLiteral("--plan"),
                       QStringLiteral("--json")});
    EXPECT_CLI(r, 0);
    const QJsonArray plan = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(plan.size(), 3) << r;
    // 5 @ 8 of the e1RM 120 × 5 @ 8 gave (147.97 kg): 120 kg, made as 25 · 25 per side.
    EXPECT_EQ(plan[0][u"weight"].toDouble(), 120.0) << r;
    EXPECT_EQ(plan[0][u"action"].toString(), QStringLiteral("chart"));
    EXPECT_EQ(plan[0][u"plates_per_side"].toArray(), (QJsonArray{25, 25}));
    EXPECT_EQ(plan[0][u"last_time"].toString(), QStringLiteral("3×5 @ 120 kg RPE 8"));
    EXPECT_EQ(plan[1][u"weight"].toDouble(), 77.5) << r;                 // 70% of 110.97
    EXPECT_EQ(plan[2][u"action"].toString(), QStringLiteral("unknown")); // no deadlift e1RM yet

    r = run({QStringLiteral("log"), QStringLiteral("--athlete"), QStringLiteral("Ann Lee"),
             QStringLiteral("--routine"), QStringLiteral("Heavy lower"), QStringLiteral("--plan")});
    EXPECT_CLI(r, 0);
    EXPECT_TRUE(r.out.contains(u"1. Back Squat 3 × 5 @8  →  120 kg  (81.1% of e1RM 148 kg)")) << r;
    EXPECT_TRUE(r.out.contains(u"plates: 20 kg bar + 25 · 25 per side")) << r;
    EXPECT_TRUE(r.out.contains(u"No e1RM in the last 12 weeks to work from: enter the load.")) << r;

    // Without a deadlift load the plan cannot be logged as it is; a LINE gives it.
    r = log(QStringLiteral("2026-11-20T18:00"), {},
            {QStringLiteral("--routine"), QStringLiteral("Heavy lower")});
    EXPECT_CLI(r, 1);
    EXPECT_TRUE(r.err.contains(u"no load for Deadlift today")) << r;
    r = log(QStringLiteral("2026-11-20T18:00"),
            {QStringLiteral("Deadlift 140x5@8"), QStringLiteral("Plank 60s")},
            {QStringLiteral("--routine"), QStringLiteral("Heavy lower"), QStringLiteral("--json")});
    EXPECT_CLI(r, 0);
    const QJsonObject session = r.json();
    EXPECT_EQ(session[u"title"].toString(), QStringLiteral("Heavy lower"));
    const QJsonArray sets = session[u"sets"].toArray();
    ASSERT_EQ(sets.size(), 3 + 3 + 1 + 1) << r;
    EXPECT_EQ(sets[0][u"weight_kg"].toDouble(), 120.0) << r;
    EXPECT_EQ(sets[0][u"rest_s"].toInt(), 180) << r;
    EXPECT_EQ(sets[3][u"weight_kg"].toDouble(), 77.5) << r;
    EXPECT_EQ(sets[6][u"exercise"].toString(), QStringLiteral("Deadlift")) << r;
    EXPECT_EQ(sets[7][u"exercise"].toString(), QStringLiteral("Plank")) << r;
}

TEST_F(LoggingCli, SameAndLastWithTheirErrors)
{
    CliResult r = log(QStringLiteral("2026-11-13T18:00"),
                      {QStringLiteral("Squat same"), QStringLiteral("Bench Press last +2.5kg @8.5")});
    EXPECT_CLI(r, 0);
    EXPECT_TRUE(r.out.contains(u"  1. Back Squat [Warm-up] 60 kg × 5")) << r;
    EXPECT_TRUE(r.out.contains(u"  4. Back Squat 120 kg × 5\n")) << r;
    EXPECT_TRUE(r.out.contains(u"  5. Bench Press 92.5 kg × 5 @8.5")) << r;
    // 92.5 × 5 @ 8.5 (112.3 kg) beats 90 × 5 @ 8 (111.0 kg).
    EXPECT_TRUE(r.out.contains(u"New record: Bench Press e1RM 112.3 kg (was 111 kg), set 5")) << r;
    r = log(QStringLiteral("2026-11-14T18:00"), {QStringLiteral("Deadlift same")});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(
        u"line 1, column 10: there is no earlier session of Deadlift to repeat; write its sets, e.g. 100x5"))
        << r;
    r = log(QStringLiteral("2026-11-14T18:00"), {QStringLiteral("Squat last +5lb")});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(
        r.err.contains(u"line 1, column 12: write the load change in kg, the unit the loads are in; got lb"))
        << r;
    // Last time is the last session before the one logged: nothing before 2026-11-10.
    r = log(QStringLiteral("2026-11-01T18:00"), {QStringLiteral("Squat same")});
    EXPECT_CLI(r, 2);
}

TEST_F(LoggingCli, RecordsAreShownWithTheSession)
{
    CliResult r = log(QStringLiteral("2026-11-15T18:00"), {QStringLiteral("Squat 150x1@10")});
    EXPECT_CLI(r, 0);
    EXPECT_TRUE(r.out.contains(u"New record: Back Squat e1RM 150 kg (was 148 kg), set 1 [test]")) << r;
    r = run({QStringLiteral("show"), QStringLiteral("2")});
    EXPECT_TRUE(r.out.contains(u"New record: Back Squat e1RM 150 kg (was 148 kg), set 1 [test]")) << r;
    r = run({QStringLiteral("show"), QStringLiteral("2"), QStringLiteral("--json")});
    const QJsonArray records = r.json()[u"records"].toArray();
    ASSERT_EQ(records.size(), 1) << r;
    EXPECT_TRUE(records[0][u"testing"].toBool());
    EXPECT_EQ(records[0][u"kind"].toString(), QStringLiteral("e1rm"));
}

TEST_F(LoggingCli, Plates)
{
    CliResult r = run({QStringLiteral("plates"), QStringLiteral("142.5"), QStringLiteral("--athlete"),
                       QStringLiteral("Ann Lee")});
    EXPECT_CLI(r, 0);
    EXPECT_EQ(r.out, QStringLiteral("142.5 kg: 20 kg bar + 25 · 25 · 10 · 1.25 per side\n"));
    r = run({QStringLiteral("plates"), QStringLiteral("101"), QStringLiteral("--athlete"),
             QStringLiteral("Ann Lee")});
    EXPECT_EQ(r.out, QStringLiteral("cannot make 101 kg: 100 kg or 102.5 kg\n"));
    // A pound bar in a garage: a 35 lb bar, 2.5 lb collars and a few plates.
    r = run({QStringLiteral("plates"), QStringLiteral("--athlete"), QStringLiteral("Ann Lee"),
             QStringLiteral("--unit"), QStringLiteral("lb"), QStringLiteral("--bar"), QStringLiteral("35"),
             QStringLiteral("--plates"), QStringLiteral("45x4, 25x2, 10x2, 5x4, 2.5x2"),
             QStringLiteral("--collar"), QStringLiteral("2.5")});
    EXPECT_CLI(r, 0);
    EXPECT_TRUE(r.out.contains(u"Plates (lb, size x count): 45x4 25x2 10x2 5x4 2.5x2")) << r;
    r = run({QStringLiteral("plates"), QStringLiteral("225lb"), QStringLiteral("--athlete"),
             QStringLiteral("Ann Lee"), QStringLiteral("--json")});
    EXPECT_CLI(r, 0);
    EXPECT_EQ(r.json()[u"per_side"].toArray(), (QJsonArray{45, 45, 2.5})) << r;
    r = run({QStringLiteral("plates"), QStringLiteral("100kg"), QStringLiteral("--athlete"),
             QStringLiteral("Ann Lee")});
    EXPECT_EQ(r.out, QStringLiteral("cannot make 220.46 lb: 220 lb or 225 lb\n")) << r;
    r = run({QStringLiteral("plates"), QStringLiteral("heavy"), QStringLiteral("--athlete"),
             QStringLiteral("Ann Lee")});
    EXPECT_CLI(r, 2);
    r = run({QStringLiteral("plates"), QStringLiteral("--athlete"), QStringLiteral("Ann Lee"),
             QStringLiteral("--bar"), QStringLiteral("-5")});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(u"The bar must weigh between 0")) << r;
    r = run({QStringLiteral("plates"), QStringLiteral("--athlete"), QStringLiteral("Ann Lee"),
             QStringLiteral("--reset")});
    EXPECT_TRUE(r.out.contains(u"(the defaults")) << r;
}

TEST_F(LoggingCli, ImportOffersRoutinesFromFrequentWorkouts)
{
    CliResult r =
        run({QStringLiteral("import"), QStringLiteral(SPOTTER_TEST_DATA_DIR "/import/hevy_routines.csv"),
             QStringLiteral("--athlete"), QStringLiteral("Cy")});
    EXPECT_CLI(r, 0);
    const QString db = dbPath();
    EXPECT_TRUE(r.out.contains(u"Workouts this history repeats; each can become a routine")) << r;
    const QString push =
        QStringLiteral("  Push Day (3 sessions):  spotter-cli --db %1 routine add 'Push Day' "
                       "--from-workout 'Push Day' --athlete Cy")
            .arg(db);
    EXPECT_TRUE(r.out.contains(push)) << r;
    EXPECT_TRUE(r.out.contains(u"  Leg Day (2 sessions):")) << r;
    EXPECT_FALSE(r.out.contains(u"Once")) << r;
    // The line works as printed (the shell's quotes taken off).
    r = run({QStringLiteral("routine"), QStringLiteral("add"), QStringLiteral("Push Day"),
             QStringLiteral("--from-workout"), QStringLiteral("Push Day"), QStringLiteral("--athlete"),
             QStringLiteral("Cy")});
    EXPECT_CLI(r, 0);
    // The latest Push Day: one bench press set of 5 @ 8.
    EXPECT_TRUE(r.out.contains(u"  1. Bench Press 1x5 @8\n")) << r;
    // A routine of that name exists now: it is no longer offered.
    r = run({QStringLiteral("import"), QStringLiteral(SPOTTER_TEST_DATA_DIR "/import/hevy_routines.csv"),
             QStringLiteral("--athlete"), QStringLiteral("Cy")});
    EXPECT_FALSE(r.out.contains(u"Push Day (3")) << r;
}

} // namespace
} // namespace spotter::test
