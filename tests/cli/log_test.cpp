// SPDX-License-Identifier: GPL-3.0-or-later
// `spotter-cli log` end to end: the real binary, its exit codes and messages, and exactly what
// it stored.
#include "clirunner.h"
#include "setbuilder.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/migrations.h"
#include "store/query.h"
#include "store/sessionrepository.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter {
namespace {

using test::CliResult;
using test::numbered;
using test::Set;
using test::times;
using K = SetKind;

class LogTest : public test::CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        // A fixed UTC+1 without daylight saving, so stored offsets are known.
        cli.setEnvironment(u"TZ"_s, u"XYZ-1"_s);
        for (const QStringList &athlete :
             {QStringList{u"Ann"_s}, QStringList{u"Bob"_s, u"--unit"_s, u"lb"_s}}) {
            const CliResult r = cli.run(QStringList{u"athlete"_s, u"add"_s} + athlete);
            ASSERT_EQ(r.exitCode, 0) << r;
        }
    }

    CliResult log(const QStringList &arguments) const { return cli.run(QStringList{u"log"_s} + arguments); }

    /// What spotter-cli stored, read through the store itself.
    std::optional<Session> stored(qint64 id) const
    {
        Database db(cli.dbPath());
        return SessionRepository(db).get(id);
    }
    qint64 sessionCount() const
    {
        Database db(cli.dbPath());
        const AthleteRepository athletes(db);
        const SessionRepository sessions(db);
        return sessions.count(athletes.findByName(u"Ann"_s)->id)
               + sessions.count(athletes.findByName(u"Bob"_s)->id);
    }
    qint64 exerciseId(const QString &name) const
    {
        Database db(cli.dbPath());
        return ExerciseRepository(db).find(name).value_or(Exercise{}).id;
    }

    /// Sets as stored, without the ids the store assigned.
    static QList<WorkoutSet> withoutIds(QList<WorkoutSet> sets)
    {
        for (WorkoutSet &s : sets) {
            s.id = 0;
            s.sessionId = 0;
        }
        return sets;
    }
};

TEST_F(LogTest, StoresEveryLineAsOneSession)
{
    const CliResult r =
        log({u"--athlete"_s, u"Ann"_s, u"--date"_s, u"2026-03-02T18:30"_s, u"--duration"_s, u"75"_s,
             u"--session-rpe"_s, u"8"_s, u"--bodyweight"_s, u"82.5"_s, u"--title"_s, u"Heavy lower"_s,
             u"--notes"_s, u"felt quick"_s, u"--warmup-done"_s, u"Deadlift w60x5, 100x5, 140x3@8 rest 3m"_s,
             u"Squat 3x5 120kg @7.5"_s, u"Pull Up 2x8, bw+10x5 rir2"_s, u"Plank 2x45"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.err.isEmpty()) << r;
    const auto session = stored(1);
    ASSERT_TRUE(session);
    EXPECT_EQ(session->start.toString(u"yyyy-MM-ddTHH:mm"_s), u"2026-03-02T18:30"_s);
    EXPECT_EQ(session->start.offsetFromUtc(), 3600);
    EXPECT_EQ(session->durationMin, 75);
    EXPECT_EQ(session->sessionRpe, 8.0);
    EXPECT_EQ(session->bodyweight, Weight::fromGrams(82'500));
    EXPECT_EQ(session->title, u"Heavy lower"_s);
    EXPECT_EQ(session->notes, u"felt quick"_s);
    EXPECT_EQ(session->warmupDone, true);
    EXPECT_EQ(session->source.kind, SourceKind::Manual);
    const qint64 deadlift = exerciseId(u"Deadlift"_s);
    const qint64 squat = exerciseId(u"Back Squat"_s);
    const qint64 pullUp = exerciseId(u"Pull Up"_s);
    const qint64 plank = exerciseId(u"Plank"_s);
    QList<WorkoutSet> expected{Set().exercise(deadlift).g(60'000).reps(5).kind(K::Warmup),
                               Set().exercise(deadlift).g(100'000).reps(5),
                               Set().exercise(deadlift).g(140'000).reps(3).rpe(8).rest(180)};
    expected += times(3, Set().exercise(squat).g(120'000).reps(5).rpe(7.5));
    expected += times(2, Set().exercise(pullUp).reps(8));
    expected += Set().exercise(pullUp).g(10'000).reps(5).rir(2);
    expected += times(2, Set().exercise(plank).secs(45));
    EXPECT_EQ(withoutIds(session->sets), numbered(expected));
}

TEST_F(LogTest, ReadsLoadsInTheAthletesUnitUnlessWritten)
{
    const CliResult r = log({u"--athlete"_s, u"Bob"_s, u"--date"_s, u"2026-03-02"_s, u"--bodyweight"_s,
                             u"180"_s, u"Bench Press 225x5, 100kgx3, 90x3"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    const auto session = stored(1);
    ASSERT_TRUE(session);
    EXPECT_EQ(session->start.toString(u"yyyy-MM-ddTHH:mm"_s), u"2026-03-02T00:00"_s);
    EXPECT_EQ(session->bodyweight, Weight::fromGrams(81'647)); // 180 lb
    const qint64 bench = exerciseId(u"Bench Press"_s);
    EXPECT_EQ(withoutIds(session->sets),
              numbered({Set().exercise(bench).g(102'058).reps(5), Set().exercise(bench).g(100'000).reps(3),
                        Set().exercise(bench).g(90'000).reps(3)}));
    const CliResult kg = log({u"--athlete"_s, u"Bob"_s, u"--date"_s, u"2026-03-03"_s, u"--bodyweight"_s,
                              u"80 kg"_s, u"Bench Press 100x5"_s});
    ASSERT_EQ(kg.exitCode, 0) << kg;
    EXPECT_EQ(stored(2)->bodyweight, Weight::fromGrams(80'000));
}

TEST_F(LogTest, ContinuesThePreviousExerciseOnALineWithoutOne)
{
    const CliResult r = log({u"--athlete"_s, u"Ann"_s, u"--date"_s, u"2026-03-02"_s, u"Squat 100x5"_s,
                             u"120x3@9"_s, u"Pull Up 3x8"_s, u"2x6"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    const qint64 squat = exerciseId(u"Back Squat"_s);
    const qint64 pullUp = exerciseId(u"Pull Up"_s);
    QList<WorkoutSet> expected{Set().exercise(squat).g(100'000).reps(5),
                               Set().exercise(squat).g(120'000).reps(3).rpe(9)};
    expected += times(3, Set().exercise(pullUp).reps(8));
    expected += times(2, Set().exercise(pullUp).reps(6)); // still a bodyweight exercise
    EXPECT_EQ(withoutIds(stored(1)->sets), numbered(expected));
}

TEST_F(LogTest, PrintsASummary)
{
    const CliResult r = log(
        {u"--athlete"_s, u"Ann"_s, u"--date"_s, u"2026-03-02T18:30"_s, u"Deadlift w60x5, 140x3@8 rest 3m"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(r.outLines(), (QStringList{u"Logged session 1 for Ann on 2026-03-02 18:30."_s,
                                         u"  1. Deadlift [Warm-up] 60 kg × 5"_s,
                                         u"  2. Deadlift 140 kg × 3 @8 (rest 180 s)"_s}));
}

TEST_F(LogTest, PrintsTheStoredSessionAsJson)
{
    const CliResult r = log({u"--athlete"_s, u"Bob"_s, u"--date"_s, u"2026-03-02T07:05"_s, u"--json"_s,
                             u"\"Bench Press\" 225x5+ r90"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r;
    const QJsonObject session = doc.object();
    EXPECT_EQ(session.value(u"id"_s).toInteger(), 1);
    EXPECT_EQ(session.value(u"start"_s).toString(), u"2026-03-02T07:05:00+01:00"_s);
    const QJsonArray sets = session.value(u"sets"_s).toArray();
    ASSERT_EQ(sets.size(), 1);
    const QJsonObject set = sets.at(0).toObject();
    EXPECT_EQ(set.value(u"exercise"_s).toString(), u"Bench Press"_s);
    EXPECT_EQ(set.value(u"kind"_s).toString(), u"amrap"_s);
    EXPECT_DOUBLE_EQ(set.value(u"weight_kg"_s).toDouble(), 102.058);
    EXPECT_EQ(set.value(u"reps"_s).toInt(), 5);
    EXPECT_EQ(set.value(u"rest_s"_s).toInt(), 90);
    EXPECT_TRUE(set.value(u"rpe"_s).isNull());
}

TEST_F(LogTest, PointsAtTheLineAndColumnOfASyntaxError)
{
    const CliResult r = log(
        {u"--athlete"_s, u"Ann"_s, u"--date"_s, u"2026-03-02"_s, u"Squat 100x5"_s, u"Bench Press 100x"_s});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_EQ(r.err, u"spotter-cli log: line 2, column 17: expected reps after 'x'\n"
                     "Try 'spotter-cli log --help'.\n"_s);
    EXPECT_TRUE(r.out.isEmpty()) << r;
    EXPECT_EQ(sessionCount(), 0); // the first line is not stored on its own
}

TEST_F(LogTest, SuggestsCloseNamesForAnUnknownExercise)
{
    const CliResult typo =
        log({u"--athlete"_s, u"Ann"_s, u"--date"_s, u"2026-03-02"_s, u"Sqaut 3x5 100kg"_s});
    EXPECT_EQ(typo.exitCode, 1) << typo;
    EXPECT_EQ(typo.err, u"spotter-cli log: error: line 1, column 1: there is no exercise 'Sqaut' in the "
                        "catalogue; did you mean 'Squat'?\n"_s);
    const CliResult later =
        log({u"--athlete"_s, u"Ann"_s, u"--date"_s, u"2026-03-02"_s, u"Squat 100x5"_s, u"  Dedlift 100x"_s});
    EXPECT_EQ(later.exitCode, 1) << later;
    EXPECT_EQ(later.err, u"spotter-cli log: error: line 2, column 3: there is no exercise 'Dedlift' in the "
                         "catalogue; did you mean 'Deadlift'?\n"_s);
    const CliResult several =
        log({u"--athlete"_s, u"Ann"_s, u"--date"_s, u"2026-03-02"_s, u"Row 3x8 60kg"_s});
    EXPECT_EQ(several.exitCode, 1) << several;
    EXPECT_EQ(several.err, u"spotter-cli log: error: line 1, column 1: there is no exercise 'Row' in the "
                           "catalogue; did you mean 'Cable Row', 'Barbell Row' or 'Dumbbell Row'?\n"_s);
    const CliResult none = log({u"--athlete"_s, u"Ann"_s, u"--date"_s, u"2026-03-02"_s, u"Zzyzx 3x8"_s});
    EXPECT_EQ(none.exitCode, 1) << none;
    EXPECT_EQ(none.err, u"spotter-cli log: error: line 1, column 1: there is no exercise 'Zzyzx' in the "
                        "catalogue\n"_s);
    EXPECT_EQ(sessionCount(), 0);
}

TEST_F(LogTest, NamesTheOffendingOption)
{
    struct Case
    {
        QStringList arguments;
        int exitCode;
        QString firstLine;
    };
    const QString date = u"--date=2026-03-02"_s;
    const QString line = u"Squat 100x5"_s;
    const QList<Case> cases{
        {{date, line}, 2, u"spotter-cli log: --athlete is required"_s},
        {{u"--athlete=Ann"_s, line}, 2, u"spotter-cli log: --date is required"_s},
        {{u"--athlete=Ann"_s, date},
         2,
         u"spotter-cli log: expected at least one LINE, e.g. \"Squat 3x5 120kg\""_s},
        {{u"--athlete=Ann"_s, u"--date=2026-13-01"_s, line},
         2,
         u"spotter-cli log: --date: there is no month 13; got '2026-13-01'"_s},
        {{u"--athlete=Ann"_s, date, u"--duration=abc"_s, line},
         2,
         u"spotter-cli log: --duration: expected a whole number from 0 to 1440; got 'abc'"_s},
        {{u"--athlete=Ann"_s, date, u"--session-rpe=11"_s, line},
         2,
         u"spotter-cli log: --session-rpe: Session RPE (CR-10) must be between 0 and 10 in steps of 0.5; "
         "got 11"_s},
        {{u"--athlete=Ann"_s, date, u"--bodyweight=82,5"_s, line},
         2,
         u"spotter-cli log: --bodyweight: expected a weight such as 82.5, 82.5kg or 180lb; got '82,5'"_s},
        {{u"--athlete=Ann"_s, date, u"--bodyweight=500"_s, line},
         2,
         u"spotter-cli log: --bodyweight: Bodyweight must be between 20 and 400 kg; got 500 kg"_s},
        {{u"--athlete=Ann"_s, date, u"--colour=red"_s, line},
         2,
         u"spotter-cli log: Unknown option 'colour'."_s},
        {{u"--athlete=Zed"_s, date, line},
         1,
         u"spotter-cli log: error: There is no athlete named 'Zed' (add one with 'athlete add')"_s},
    };
    for (const Case &c : cases) {
        const CliResult r = log(c.arguments);
        SCOPED_TRACE(c.arguments.join(u' ').toStdString());
        EXPECT_EQ(r.exitCode, c.exitCode) << r;
        EXPECT_EQ(r.err.section(u'\n', 0, 0), c.firstLine) << r;
        if (c.exitCode == 2) {
            EXPECT_TRUE(r.err.endsWith(u"Try 'spotter-cli log --help'.\n"_s)) << r;
        }
        EXPECT_TRUE(r.out.isEmpty()) << r;
    }
    EXPECT_EQ(sessionCount(), 0);
}

TEST_F(LogTest, HasHelpAndIsListed)
{
    const CliResult help = log({u"--help"_s});
    EXPECT_EQ(help.exitCode, 0) << help;
    EXPECT_TRUE(help.out.startsWith(u"Usage: spotter-cli log [options] LINE..."_s)) << help;
    EXPECT_TRUE(help.out.contains(u"--session-rpe <n>"_s)) << help;
    const CliResult all = cli.runRaw({u"--help"_s});
    EXPECT_EQ(all.exitCode, 0) << all;
    EXPECT_TRUE(all.out.contains(u"  log          Log a session from quick-entry lines"_s)) << all;
}

// Issue 17: "Bench", "DL" and "Pullups" were not recognised. A database made by the version-5
// program is upgraded by the first command that writes to it, and then knows them.
TEST(LogUpgraded, KnowsTheShortNamesAfterUpgradingAVersionFiveDatabase)
{
    test::CliRunner cli;
    ASSERT_TRUE(cli.isValid());
    cli.setEnvironment(u"TZ"_s, u"XYZ-1"_s);
    {
        const std::vector<Migration> v5(migrations().begin(), migrations().begin() + 5);
        ASSERT_EQ(v5.back().version, 5);
        Database::Options oldProgram;
        oldProgram.migrations = &v5;
        oldProgram.create = true;
        Database db(cli.dbPath(), oldProgram);
        // Today's first step seeds today's catalogue; the version-5 program's lacked these names.
        for (const QString &key : {u"bench"_s, u"dl"_s, u"pullups"_s}) {
            Query drop(db.connection(), u"DELETE FROM exercise_alias WHERE alias_key = :key"_s);
            drop.bind(u":key"_s, key).exec();
        }
        // Written as the version-5 program wrote it: today's repository writes later columns.
        Query::run(db.connection(),
                   u"INSERT INTO athlete (id, name, name_key, unit) VALUES (1, 'Ann', 'ann', 'kg')"_s);
    }
    const CliResult r = cli.run({u"log"_s, u"--athlete"_s, u"Ann"_s, u"--date"_s, u"2026-03-02T18:30"_s,
                                 u"Bench 60x8"_s, u"DL 100x5"_s, u"Pullups 2x8"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    Database db(cli.dbPath());
    EXPECT_EQ(db.schemaVersion(), Database::kSchemaVersion);
    const ExerciseRepository exercises(db);
    const auto session = SessionRepository(db).get(1);
    ASSERT_TRUE(session);
    QStringList names;
    for (const WorkoutSet &set : session->sets)
        names.append(exercises.get(set.exerciseId)->name);
    EXPECT_EQ(names, (QStringList{u"Bench Press"_s, u"Deadlift"_s, u"Pull Up"_s, u"Pull Up"_s}));
    // The upgrade kept the version-5 file beside it.
    EXPECT_EQ(QDir(QFileInfo(cli.dbPath()).absolutePath())
                  .entryList({QFileInfo(cli.dbPath()).completeBaseName() + u".v5-*.backup.sqlite"_s})
                  .size(),
              1);
}

} // namespace
} // namespace spotter
