// SPDX-License-Identifier: GPL-3.0-or-later
// spotter-cli classify, analyze, rules and the triage printed by soreness add.
#include "clirunner.h"
#include "model/enums.h"
#include "store/athleterepository.h"
#include "store/exerciserepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "testutil.h"

#include <QJsonArray>

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

using namespace Qt::StringLiterals;

CliResult classify(const QStringList &args)
{
    return runCli(QStringList{u"classify"_s} + args);
}

TEST(ClassifyCli, JsonHasExactlyTheDocumentedShape)
{
    const CliResult r = classify({u"--region"_s, u"lower-back"_s, u"--onset-hours"_s, u"24"_s,
                                  u"--duration-hours"_s, u"30"_s, u"--intensity"_s, u"4"_s, u"--character"_s,
                                  u"ache"_s, u"--trend"_s, u"improving"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(
        r.out.startsWith(u"{\"class\":\"doms\",\"urgency\":null,\"rules\":[\"SR-24\"],\"advice\":[\""))
        << r.out.toStdString();
    const QJsonObject o = r.json();
    EXPECT_EQ(o.keys(), (QStringList{u"advice"_s, u"class"_s, u"rules"_s, u"urgency"_s}));
    EXPECT_TRUE(o.value(u"urgency").isNull());
    EXPECT_EQ(o.value(u"advice").toArray().size(), 1);
    EXPECT_EQ(r.out.count(u'\n'), 1);
}

TEST(ClassifyCli, EveryRedFlagAloneIsSeeDoctor)
{
    const QHash<QString, QString> urgency{{u"saddle-numbness"_s, u"emergency"_s},
                                          {u"bladder-bowel"_s, u"emergency"_s},
                                          {u"sexual-dysfunction"_s, u"emergency"_s},
                                          {u"both-legs"_s, u"emergency"_s},
                                          {u"severe-leg-weakness"_s, u"emergency"_s},
                                          {u"accident"_s, u"emergency"_s},
                                          {u"chest-pain"_s, u"emergency"_s},
                                          {u"dark-urine"_s, u"emergency"_s},
                                          {u"fever"_s, u"urgent"_s},
                                          {u"weight-loss"_s, u"urgent"_s},
                                          {u"back-lump"_s, u"urgent"_s},
                                          {u"night-pain"_s, u"urgent"_s},
                                          {u"sleep-disrupted"_s, u"urgent"_s},
                                          {u"cough-sneeze"_s, u"urgent"_s},
                                          {u"upper-back-spinal"_s, u"urgent"_s},
                                          {u"leg-weakness"_s, u"urgent"_s},
                                          {u"walking-change"_s, u"urgent"_s},
                                          {u"balance"_s, u"urgent"_s},
                                          {u"one-leg-nerve"_s, u"soon"_s},
                                          {u"sudden-headache"_s, u"emergency"_s},
                                          {u"tearing-pain"_s, u"emergency"_s},
                                          {u"clumsy-hands"_s, u"urgent"_s},
                                          {u"hot-joint"_s, u"emergency"_s},
                                          {u"pale-cold-limb"_s, u"emergency"_s},
                                          {u"little-urine"_s, u"emergency"_s},
                                          {u"very-unwell"_s, u"urgent"_s}};
    ASSERT_EQ(urgency.size(), static_cast<qsizetype>(kRedFlagKeys.size()));
    for (auto it = urgency.cbegin(); it != urgency.cend(); ++it) {
        const CliResult r = classify({u"--red-flag"_s, it.key(), u"--json"_s});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(r.json().value(u"class").toString(), u"see-doctor"_s) << it.key().toStdString();
        EXPECT_EQ(r.json().value(u"urgency").toString(), it.value()) << it.key().toStdString();
    }
}

TEST(ClassifyCli, HistoryOptions)
{
    const QStringList doms{u"--region"_s,
                           u"lower-back"_s,
                           u"--onset-hours"_s,
                           u"24"_s,
                           u"--duration-hours"_s,
                           u"30"_s,
                           u"--intensity"_s,
                           u"4"_s,
                           u"--character"_s,
                           u"ache"_s,
                           u"--trend"_s,
                           u"improving"_s,
                           u"--json"_s};
    CliResult r = classify(doms + QStringList{u"--weeks-sore-every-session"_s, u"4"_s});
    EXPECT_EQ(r.json().value(u"class").toString(), u"warning"_s);
    EXPECT_EQ(r.json().value(u"rules").toArray().first().toString(), u"SR-17"_s);
    r = classify(doms + QStringList{u"--history"_s, u"after-testing"_s});
    EXPECT_EQ(r.json().value(u"class").toString(), u"watch"_s);
    EXPECT_EQ(r.json().value(u"rules").toArray().first().toString(), u"SR-23"_s);
    r = classify(doms + QStringList{u"--weeks-on-lift"_s, u"4"_s, u"--layoff-weeks"_s, u"0"_s});
    EXPECT_EQ(r.json().value(u"rules").toArray().first().toString(), u"SR-19"_s);
    r = classify(doms
                 + QStringList{u"--age"_s, u"60"_s, u"--sign"_s, u"pinpoint"_s, u"--sign"_s, u"spine"_s});
    EXPECT_EQ(r.json().value(u"urgency").toString(), u"urgent"_s);
    r = classify(doms + QStringList{u"--history"_s, u"first-time-lift"_s, u"--side"_s, u"left"_s});
    EXPECT_EQ(r.json().value(u"class").toString(), u"watch"_s); // SR-21
}

TEST(ClassifyCli, TextShowsAdviceChecklistAndNote)
{
    const CliResult r = classify({u"--region"_s, u"hamstrings"_s, u"--character"_s, u"sharp"_s});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(u"Result: Warning"));
    EXPECT_TRUE(
        r.out.contains(u"SR-13: Sharp, stabbing or shooting pain is not typical of training soreness. Stop "
                       u"that exercise today"));
    EXPECT_TRUE(r.out.contains(u"TP-03: While it settles, leave out hip hinges"));
    EXPECT_TRUE(r.out.contains(u"call your local emergency number now"));
    EXPECT_TRUE(r.out.contains(u"[ ] Numbness or tingling around the genitals"));
    EXPECT_TRUE(r.out.contains(u"not medical advice"));
    const CliResult doctor = classify({u"--red-flag"_s, u"chest-pain"_s});
    EXPECT_TRUE(
        doctor.out.contains(u"Result: See a doctor (emergency) - Call your local emergency number now"))
        << doctor.out.toStdString();
}

TEST(ClassifyCli, InvalidInputExitsTwoNamingTheOption)
{
    const QList<QPair<QStringList, QString>> cases{
        {{u"--intensity"_s, u"11"_s}, u"--intensity"_s},
        {{u"--intensity"_s, u"x"_s}, u"--intensity"_s},
        {{u"--region"_s, u"elbow"_s}, u"--region"_s},
        {{u"--character"_s, u"throbbing"_s}, u"--character"_s},
        {{u"--trend"_s, u"up"_s}, u"--trend"_s},
        {{u"--side"_s, u"middle"_s}, u"--side"_s},
        {{u"--sign"_s, u"limp"_s}, u"--sign"_s},
        {{u"--red-flag"_s, u"headache"_s}, u"--red-flag"_s},
        {{u"--history"_s, u"smoker"_s}, u"--history"_s},
        {{u"--onset-hours"_s, u"-1"_s}, u"--onset-hours"_s},
        {{u"--duration-hours"_s, u"soon"_s}, u"--duration-hours"_s},
        {{u"--age"_s, u"200"_s}, u"--age"_s},
        {{u"--weeks-on-lift"_s, u"-2"_s}, u"--weeks-on-lift"_s},
    };
    for (const auto &[args, option] : cases) {
        const CliResult r = classify(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(option)) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
    EXPECT_EQ(classify({u"--bogus"_s}).exitCode, 2);
    EXPECT_EQ(classify({u"extra"_s}).exitCode, 2);
    EXPECT_EQ(classify({u"--help"_s}).exitCode, 0);
}

TEST(RulesCli, ListsTheTable)
{
    CliResult r = runCli({u"rules"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.json().value(u"rules").toArray().size(), 84);
    EXPECT_FALSE(r.json().value(u"thresholds").toArray().isEmpty());
    r = runCli({u"rules"_s, u"--markdown"_s});
    EXPECT_TRUE(r.out.startsWith(u"| Rule | Result | Urgency |"));
    r = runCli({u"rules"_s});
    EXPECT_TRUE(r.out.contains(u"sr24.onset_min_h = 6 h"));
}

// The tables are a copy of docs/rules.md, which is English: a German user gets the same text.
TEST(RulesCli, MarkdownStaysEnglishInGerman)
{
    CliRunner cli;
    const CliResult english = cli.run({u"rules"_s, u"--markdown"_s});
    ASSERT_EQ(english.exitCode, 0) << english;
    cli.setEnvironment(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
    cli.setEnvironment(u"LANG"_s, u"de_DE.UTF-8"_s);
    cli.setEnvironment(u"LANGUAGE"_s, u"de"_s);
    const CliResult german = cli.run({u"rules"_s, u"--markdown"_s});
    ASSERT_EQ(german.exitCode, 0) << german;
    EXPECT_EQ(german.out, english.out);
    QFile doc(QStringLiteral(SPOTTER_SOURCE_DIR "/docs/rules.md"));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const QString &line : german.outLines())
        EXPECT_TRUE(text.contains(line)) << "not in docs/rules.md: " << line.toStdString();
    // The rest of the command still speaks German.
    EXPECT_NE(cli.run({u"rules"_s}).out, runCli({u"rules"_s}).out);
}

// The list of actions with its "or" is one translated sentence, not English joined by code.
TEST(RoutineCli, TheUnknownActionMessageIsOneSentenceInGerman)
{
    CliRunner cli;
    cli.setEnvironment(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
    cli.setEnvironment(u"LANGUAGE"_s, u"de"_s);
    const CliResult r = cli.run({u"routine"_s, u"bogus"_s});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(
        u"unbekannte Aktion 'bogus' ('add', 'list', 'show', 'delete', 'rename', 'assign' oder 'unassign' erwartet)"_s))
        << r;
}

/// A database with one athlete who deadlifts weekly and is sore after every session.
class AnalysisCli : public TempDatabase
{
protected:
    void SetUp() override
    {
        TempDatabase::SetUp();
        Athlete a;
        a.name = u"Robin"_s;
        AthleteRepository(db()).add(a);
        m_athlete = a.id;
        m_deadlift = ExerciseRepository(db()).find(u"Deadlift"_s)->id;
        m_bench = ExerciseRepository(db()).find(u"Bench Press"_s)->id;
    }

    Session addSession(int day, QList<WorkoutSet> sets, std::optional<double> srpe = 7)
    {
        Session s;
        s.athleteId = m_athlete;
        s.start = QDateTime(QDate(2025, 3, 3).addDays(day), QTime(18, 0), Qt::UTC);
        s.durationMin = 60;
        s.sessionRpe = srpe;
        s.sets = std::move(sets);
        SessionRepository(db()).add(s);
        return s;
    }

    WorkoutSet set(qint64 exercise, double kg, int reps, double rpe, SetKind kind = SetKind::Working)
    {
        WorkoutSet w;
        w.exerciseId = exercise;
        w.weight = Weight::fromKg(kg);
        w.reps = reps;
        w.rpe = rpe;
        w.kind = kind;
        return w;
    }

    void addDoms(const Session &s)
    {
        SorenessReport r;
        r.athleteId = m_athlete;
        r.sessionId = s.id;
        r.region = Region::LowerBack;
        r.noticedAt = s.end().addSecs(24 * 3600);
        r.resolvedAt = r.noticedAt.addSecs(48 * 3600);
        r.intensity = 4;
        r.character = Character::Ache;
        r.trend = Trend::Improving;
        SorenessRepository(db()).add(r);
    }

    /// Runs the CLI on this database. Ours is closed first: while it is open, the application id
    /// sits in the write-ahead log and the CLI's header check would not see it.
    CliResult cli(const QStringList &args)
    {
        m_db.reset();
        return runCli(QStringList{u"--db"_s, path()} + args);
    }

    qint64 m_athlete = 0;
    qint64 m_deadlift = 0;
    qint64 m_bench = 0;
};

TEST_F(AnalysisCli, SorenessAddPrintsTheTriageWithHistory)
{
    Session last;
    for (int week = 0; week < 6; ++week) {
        last = addSession(week * 7, {set(m_deadlift, 140, 5, 7.0), set(m_deadlift, 140, 5, 7.5)});
        if (week < 5)
            addDoms(last);
    }
    const QString noticed = isoWithOffset(last.end().addSecs(24 * 3600));
    const QString resolved = isoWithOffset(last.end().addSecs(72 * 3600));
    const QStringList report{u"soreness"_s,    u"add"_s,        u"--athlete"_s,
                             u"Robin"_s,       u"--session"_s,  QString::number(last.id),
                             u"--region"_s,    u"lower-back"_s, u"--noticed"_s,
                             noticed,          u"--resolved"_s, resolved,
                             u"--intensity"_s, u"4"_s,          u"--character"_s,
                             u"ache"_s,        u"--trend"_s,    u"improving"_s};
    CliResult r = cli(report + QStringList{u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject triage = r.json().value(u"triage").toObject();
    EXPECT_EQ(triage.value(u"class").toString(), u"warning"_s) << r.out.toStdString();
    EXPECT_EQ(triage.value(u"rules").toArray().first().toString(), u"SR-17"_s);
    EXPECT_EQ(r.json().value(u"region").toString(), u"lower-back"_s);
    r = cli(report);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Saved soreness report"));
    EXPECT_TRUE(r.out.contains(u"Result: Warning"));
    EXPECT_TRUE(r.out.contains(u"SR-17:"));
    EXPECT_TRUE(r.out.contains(u"not medical advice"));
}

TEST_F(AnalysisCli, AnalyzeReportsSessionsSorenessAndWeeks)
{
    for (int day = 0; day < 35; day += 7)
        addSession(day, {set(m_deadlift, 60, 5, 5.0, SetKind::Warmup), set(m_deadlift, 140, 5, 7.0),
                         set(m_bench, 80, 5, 7.0)});
    const Session test1 = addSession(35, {set(m_deadlift, 170, 1, 10.0)}, 9);
    const Session test2 = addSession(49, {set(m_deadlift, 175, 1, 10.0)}, 9);
    addDoms(test2);

    CliResult r = cli({u"analyze"_s, u"--athlete"_s, u"Robin"_s, u"--from"_s, u"2025-04-01"_s, u"--json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(u"athlete").toString(), u"Robin"_s);
    const QJsonArray sessions = o.value(u"sessions").toArray();
    ASSERT_EQ(sessions.size(), 2) << r.out.toStdString(); // 2025-04-07 and 2025-04-21
    const QJsonObject first = sessions[0].toObject();
    EXPECT_EQ(first.value(u"id").toInteger(), test1.id);
    EXPECT_EQ(first.value(u"intensity_class").toString(), u"testing"_s);
    EXPECT_EQ(first.value(u"rules").toArray().first().toString(), u"IS-01"_s);
    const QJsonObject top = first.value(u"top_sets").toArray().first().toObject();
    EXPECT_EQ(top.value(u"exercise").toString(), u"Deadlift"_s);
    EXPECT_DOUBLE_EQ(top.value(u"e1rm_kg").toDouble(), 170.0);
    // 140 × 5 @ 7 (reps + RIR 8 → 78.6%) → 178.1 kg is the best before it.
    EXPECT_NEAR(top.value(u"pct_e1rm").toDouble(), 100.0 * 170 / (140 / 0.786), 0.1);
    EXPECT_TRUE(first.value(u"flags").toArray().contains(u"load_jump"_s)) << r.out.toStdString(); // 140 → 170
    const QJsonObject second = sessions[1].toObject();
    EXPECT_TRUE(second.value(u"flags").toArray().contains(u"testing_too_often"_s));
    EXPECT_EQ(second.value(u"flag_details").toArray().first().toObject().value(u"exercise").toString(),
              u"Deadlift"_s);

    const QJsonArray soreness = o.value(u"soreness").toArray();
    ASSERT_EQ(soreness.size(), 1);
    EXPECT_EQ(soreness[0].toObject().value(u"class").toString(), u"watch"_s); // after testing: SR-23
    EXPECT_TRUE(soreness[0].toObject().value(u"rules").toArray().contains(u"SR-23"_s));

    const QJsonArray weeks = o.value(u"weeks").toArray();
    ASSERT_GE(weeks.size(), 3);
    const QJsonObject week = weeks[0].toObject();
    EXPECT_EQ(week.value(u"week_start").toString(), u"2025-03-31"_s);
    EXPECT_DOUBLE_EQ(week.value(u"load").toDouble(), 420.0); // the last training week: 60 min at 7
    EXPECT_DOUBLE_EQ(weeks[1].toObject().value(u"load").toDouble(), 540.0); // the first test: 60 min at 9
    EXPECT_FALSE(week.value(u"acwr").isNull());                             // data since 2025-03-03
    EXPECT_TRUE(week.contains(u"monotony"));
    EXPECT_TRUE(week.contains(u"strain"));

    r = cli({u"analyze"_s, u"--athlete"_s, u"Robin"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Testing [IS-01"));
    EXPECT_TRUE(r.out.contains(u"e1RM 170 kg"));
    EXPECT_TRUE(r.out.contains(u"flags: testing_too_often"));
    EXPECT_TRUE(r.out.contains(u"Lower back: Watch (SR-19, SR-23, SR-24)")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"monotony"));
}

TEST_F(AnalysisCli, AnalyzeFromARangeStartKeepsTheMarginOverARatedBest)
{
    // 52.5 × 6 @ 8 (reps + RIR 8 → 78.6%) is a rated best of 66.8 kg, older than the 12 weeks of
    // context a range start reads whole; 60 × 8 without RPE is 76 kg by Epley, less than 15% above.
    addSession(0, {set(m_bench, 52.5, 6, 8.0)});
    WorkoutSet repsAlone = set(m_bench, 60, 8, 8.0);
    repsAlone.rpe.reset();
    const Session later = addSession(100, {repsAlone});
    const QString day = later.start.date().toString(Qt::ISODate);

    for (const QStringList &range : {QStringList{u"--from"_s, day}, QStringList{}}) {
        const CliResult r = cli(QStringList{u"analyze"_s, u"--athlete"_s, u"Robin"_s, u"--json"_s} + range);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonArray sessions = r.json().value(u"sessions").toArray();
        ASSERT_FALSE(sessions.isEmpty()) << r.out.toStdString();
        const QJsonObject last = sessions.last().toObject();
        ASSERT_EQ(last.value(u"id").toInteger(), later.id);
        const QJsonObject top = last.value(u"top_sets").toArray().first().toObject();
        EXPECT_DOUBLE_EQ(top.value(u"e1rm_kg").toDouble(), 76.0);
        EXPECT_FALSE(top.value(u"pr").toBool()) << range.join(u' ').toStdString() << r.out.toStdString();
    }
    const CliResult text = cli({u"analyze"_s, u"--athlete"_s, u"Robin"_s, u"--from"_s, day});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(u"e1RM 76 kg")) << text.out.toStdString();
    EXPECT_FALSE(text.out.contains(u"  PR")) << text.out.toStdString();
}

TEST_F(AnalysisCli, AnalyzeUsageErrors)
{
    EXPECT_EQ(cli({u"analyze"_s}).exitCode, 2);
    const CliResult r = cli({u"analyze"_s, u"--athlete"_s, u"Robin"_s, u"--from"_s, u"April"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"--from"));
    EXPECT_EQ(cli({u"analyze"_s, u"--athlete"_s, u"Nobody"_s}).exitCode, 1);
    EXPECT_EQ(cli({u"analyze"_s, u"--athlete"_s, u"Robin"_s, u"--from"_s, u"2025-05-01"_s, u"--to"_s,
                   u"2025-04-01"_s})
                  .exitCode,
              2);
    const CliResult empty = cli({u"analyze"_s, u"--athlete"_s, u"Robin"_s, u"--json"_s});
    EXPECT_EQ(empty.exitCode, 0);
    EXPECT_TRUE(empty.json().value(u"sessions").toArray().isEmpty());
}

} // namespace
} // namespace spotter::test
