// SPDX-License-Identifier: GPL-3.0-or-later
// spotter-cli end to end, through the real binary: exit codes, stderr wording, data.
#include "clirunner.h"
#include "model/session.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/sessionrepository.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

using namespace spotter;
using spotter::test::CliTest;
using spotter::test::runCli;

namespace {

class Cli : public CliTest
{
protected:
    /// Puts one session with two sets for @p athlete straight into the database.
    qint64 seedSession(const QString &athlete, const QString &when)
    {
        Database db(dbPath());
        const Athlete a = *AthleteRepository(db).findByName(athlete);
        Session s;
        s.athleteId = a.id;
        s.start = *parseDateTime(when);
        s.durationMin = 60;
        s.sessionRpe = 7;
        WorkoutSet w;
        w.exerciseId = ExerciseRepository(db).find(QStringLiteral("Deadlift"))->id;
        w.weight = Weight::fromKg(140);
        w.reps = 5;
        w.rpe = 8;
        s.sets = {w, w};
        SessionRepository(db).add(s);
        return s.id;
    }
};

QJsonDocument json(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << text.toStdString();
    return doc;
}

} // namespace

TEST_F(Cli, HelpAndVersion)
{
    auto r = runCli({QStringLiteral("--help")});
    EXPECT_CLI(r, 0);
    for (const char *command : {"athlete", "soreness", "sessions", "show", "check", "backup"})
        EXPECT_TRUE(r.out.contains(QLatin1String(command))) << command;
    r = runCli({QStringLiteral("--version")});
    EXPECT_CLI(r, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("spotter-cli "))) << r.out.toStdString();
    for (const QStringList &args :
         {QStringList{QStringLiteral("sessions"), QStringLiteral("--help")},
          {QStringLiteral("show"), QStringLiteral("--help")},
          {QStringLiteral("check"), QStringLiteral("--help")},
          {QStringLiteral("backup"), QStringLiteral("--help")},
          {QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("--help")},
          {QStringLiteral("athlete"), QStringLiteral("list"), QStringLiteral("--help")},
          {QStringLiteral("soreness"), QStringLiteral("add"), QStringLiteral("--help")},
          {QStringLiteral("soreness"), QStringLiteral("list"), QStringLiteral("--help")}}) {
        r = run(args);
        EXPECT_CLI(r, 0);
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("Usage: spotter-cli ") + args.first()))
            << r.out.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(dbPath())) << "--help opens no database";
}

TEST_F(Cli, UsageErrorsExitTwoAndNameTheProblem)
{
    auto r = runCli({});
    EXPECT_CLI(r, 2);
    r = runCli({QStringLiteral("frobnicate")});
    EXPECT_CLI(r, 2);
    EXPECT_EQ(r.err,
              QStringLiteral("spotter-cli: unknown command 'frobnicate'\nTry 'spotter-cli --help'.\n"));
    r = run({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Ann"),
             QStringLiteral("--unit"), QStringLiteral("stone")});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.startsWith(
        QStringLiteral("spotter-cli athlete: --unit: unknown value 'stone' (expected one of: kg lb)")))
        << r.err.toStdString();
    r = run({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Ann"),
             QStringLiteral("--birth-year"), QStringLiteral("1850")});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--birth-year: expected a whole number from 1900 to")))
        << r.err.toStdString();
    r = run({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("--nope")});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Unknown option 'nope'"))) << r.err.toStdString();
    r = run({QStringLiteral("sessions")});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--athlete is required"))) << r.err.toStdString();
    r = run({QStringLiteral("sessions"), QStringLiteral("--athlete"), QStringLiteral("A"),
             QStringLiteral("--from"), QStringLiteral("21/11/2026")});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--from: expected a date as YYYY-MM-DD; got '21/11/2026'")))
        << r.err.toStdString();
    r = run({QStringLiteral("show"), QStringLiteral("abc")});
    EXPECT_CLI(r, 2);
    r = run({QStringLiteral("athlete"), QStringLiteral("rename")});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("unknown action 'rename'"))) << r.err.toStdString();
}

TEST_F(Cli, AthletesAddAndList)
{
    auto r = run({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Ann Lee"),
                  QStringLiteral("--unit"), QStringLiteral("lb"), QStringLiteral("--birth-year"),
                  QStringLiteral("1970"), QStringLiteral("--prior-back-injury")});
    EXPECT_CLI(r, 0);
    EXPECT_EQ(r.out, QStringLiteral("Added athlete 'Ann Lee' (id 1).\n"));
    r = run({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("ANN LEE")});
    EXPECT_CLI(r, 1);
    EXPECT_EQ(r.err,
              QStringLiteral("spotter-cli athlete: error: An athlete named 'Ann Lee' already exists\n"));
    r = run({QStringLiteral("athlete"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_CLI(r, 0);
    const QJsonArray list = json(r.out).array();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Ann Lee"));
    EXPECT_EQ(list.at(0)[QStringLiteral("unit")].toString(), QStringLiteral("lb"));
    EXPECT_EQ(list.at(0)[QStringLiteral("birth_year")].toInt(), 1970);
    EXPECT_TRUE(list.at(0)[QStringLiteral("prior_back_injury")].toBool());
    r = run({QStringLiteral("athlete"), QStringLiteral("list")});
    EXPECT_EQ(r.out, QStringLiteral("1\tAnn Lee\tlb\tborn 1970\n"));
}

TEST_F(Cli, HostileNamesRoundTripVerbatim)
{
    const QStringList names{QStringLiteral("'); DROP TABLE workout_set;--"),
                            QStringLiteral("💪 Ana \"The Tank\""), QStringLiteral("محمد العلي"),
                            QString(1000, u'ł')};
    for (const QString &name : names)
        EXPECT_CLI(run({QStringLiteral("athlete"), QStringLiteral("add"), name}), 0);
    const QJsonArray list =
        json(run({QStringLiteral("athlete"), QStringLiteral("list"), QStringLiteral("--json")}).out).array();
    QStringList stored;
    for (const QJsonValue &v : list)
        stored.append(v[QStringLiteral("name")].toString());
    for (const QString &name : names)
        EXPECT_TRUE(stored.contains(name)) << name.toStdString();
}

TEST_F(Cli, SessionsAndShow)
{
    EXPECT_CLI(run({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Ann")}), 0);
    const qint64 first = seedSession(QStringLiteral("Ann"), QStringLiteral("2026-11-01T18:00:00+01:00"));
    seedSession(QStringLiteral("Ann"), QStringLiteral("2026-11-03T18:00:00+01:00"));
    auto r = run({QStringLiteral("sessions"), QStringLiteral("--athlete"), QStringLiteral("ann"),
                  QStringLiteral("--json")});
    EXPECT_CLI(r, 0);
    const QJsonArray sessions = json(r.out).array();
    ASSERT_EQ(sessions.size(), 2);
    EXPECT_EQ(sessions.at(0)[QStringLiteral("start")].toString(),
              QStringLiteral("2026-11-01T18:00:00+01:00"));
    const QJsonArray sets = sessions.at(0)[QStringLiteral("sets")].toArray();
    ASSERT_EQ(sets.size(), 2);
    EXPECT_EQ(sets.at(0)[QStringLiteral("exercise")].toString(), QStringLiteral("Deadlift"));
    EXPECT_EQ(sets.at(0)[QStringLiteral("weight_kg")].toDouble(), 140.0);
    r = run({QStringLiteral("sessions"), QStringLiteral("--athlete"), QStringLiteral("Ann"),
             QStringLiteral("--from"), QStringLiteral("2026-11-02")});
    EXPECT_CLI(r, 0);
    EXPECT_EQ(r.out.count(u'\n'), 1) << r.out.toStdString();
    r = run({QStringLiteral("show"), QString::number(first)});
    EXPECT_CLI(r, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Deadlift 140 kg × 5 @8"))) << r.out.toStdString();
    r = run({QStringLiteral("show"), QStringLiteral("999")});
    EXPECT_CLI(r, 1);
    EXPECT_EQ(r.err, QStringLiteral("spotter-cli show: error: There is no session 999\n"));
    r = run({QStringLiteral("sessions"), QStringLiteral("--athlete"), QStringLiteral("Nobody")});
    EXPECT_CLI(r, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("There is no athlete named 'Nobody'"))) << r.err.toStdString();
}

TEST_F(Cli, SorenessAddValidatesAndStores)
{
    EXPECT_CLI(run({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Ann")}), 0);
    const QStringList base{QStringLiteral("soreness"),    QStringLiteral("add"),
                           QStringLiteral("--athlete"),   QStringLiteral("Ann"),
                           QStringLiteral("--region"),    QStringLiteral("lower-back"),
                           QStringLiteral("--noticed"),   QStringLiteral("2026-11-02T08:00:00+01:00"),
                           QStringLiteral("--character"), QStringLiteral("ache")};
    auto r =
        run(base + QStringList{QStringLiteral("--last"), QStringLiteral("--intensity"), QStringLiteral("3")});
    EXPECT_CLI(r, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Ann has no sessions yet"))) << r.err.toStdString();
    const qint64 session = seedSession(QStringLiteral("Ann"), QStringLiteral("2026-11-01T18:00:00+01:00"));
    r = run(base
            + QStringList{QStringLiteral("--last"), QStringLiteral("--intensity"), QStringLiteral("11")});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(
        r.err.contains(QStringLiteral("--intensity: expected a whole number from 0 to 10; got '11'")));
    r = run(base + QStringList{QStringLiteral("--intensity"), QStringLiteral("3")});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("give either --session ID or --last")));
    r = run(base
            + QStringList{QStringLiteral("--last"), QStringLiteral("--intensity"), QStringLiteral("3"),
                          QStringLiteral("--red-flag"), QStringLiteral("sore-toe")});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--red-flag: unknown value 'sore-toe'")))
        << r.err.toStdString();
    r = run(base
            + QStringList{QStringLiteral("--session"), QString::number(session),
                          QStringLiteral("--intensity"), QStringLiteral("3"), QStringLiteral("--resolved"),
                          QStringLiteral("2026-11-01T08:00:00+01:00")});
    EXPECT_CLI(r, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("cannot resolve"))) << r.err.toStdString();
    r = run(base
            + QStringList{QStringLiteral("--last"), QStringLiteral("--intensity"), QStringLiteral("3"),
                          QStringLiteral("--sign"), QStringLiteral("pinpoint"), QStringLiteral("--red-flag"),
                          QStringLiteral("night-pain"), QStringLiteral("--json")});
    EXPECT_CLI(r, 0);
    const QJsonObject report = json(r.out.section(u'\n', 0, 0)).object();
    EXPECT_EQ(report[QStringLiteral("session_id")].toInteger(), session);
    EXPECT_EQ(report[QStringLiteral("region")].toString(), QStringLiteral("lower-back"));
    EXPECT_EQ(report[QStringLiteral("signs")].toArray().first().toString(), QStringLiteral("pinpoint"));
    EXPECT_EQ(report[QStringLiteral("red_flags")].toArray().first().toString(), QStringLiteral("night-pain"));
}

TEST_F(Cli, CheckBackupAndRefusals)
{
    // check and backup only read: the database must exist (athlete add creates it).
    auto r = run({QStringLiteral("check")});
    EXPECT_CLI(r, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not exist"))) << r;
    ASSERT_EQ(run({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Ann")}).exitCode, 0);
    r = run({QStringLiteral("check")});
    EXPECT_CLI(r, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Integrity: ok")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Schema version: %1").arg(Database::kSchemaVersion)));
    r = run({QStringLiteral("backup"), file(QStringLiteral("copy.sqlite"))});
    EXPECT_CLI(r, 0);
    EXPECT_EQ(QFileInfo(file(QStringLiteral("copy.sqlite"))).permissions() & QFile::ReadOther,
              QFile::Permissions());
    r = run({QStringLiteral("backup"), file(QStringLiteral("copy.sqlite"))});
    EXPECT_CLI(r, 1) << "never overwrites";

    // Not a database: a clear error and exit 1, the file untouched.
    QFile text(file(QStringLiteral("notes.txt")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("hello\n");
    text.close();
    r = runCli({QStringLiteral("--db"), file(QStringLiteral("notes.txt")), QStringLiteral("check")});
    EXPECT_CLI(r, 1);
    EXPECT_EQ(r.err,
              QStringLiteral(
                  "spotter-cli check: error: '%1' is not a Spotter database (it is not an SQLite file)\n")
                  .arg(file(QStringLiteral("notes.txt"))));

    // A newer schema: refused with exit 1 and left byte-for-byte unchanged.
    QFile db(dbPath());
    ASSERT_TRUE(db.open(QIODevice::ReadWrite));
    db.seek(60);
    uchar version[4];
    qToBigEndian<quint32>(Database::kSchemaVersion + 7, version);
    db.write(reinterpret_cast<const char *>(version), 4);
    db.close();
    const QByteArray before =
        QCryptographicHash::hash(spotter::test::readAll(dbPath()), QCryptographicHash::Sha256);
    r = run({QStringLiteral("athlete"), QStringLiteral("list")});
    EXPECT_CLI(r, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("newer version of Spotter"))) << r.err.toStdString();
    EXPECT_EQ(QCryptographicHash::hash(spotter::test::readAll(dbPath()), QCryptographicHash::Sha256), before);
}

TEST_F(Cli, DefaultDatabaseLivesInXdgDataHome)
{
    const auto r =
        runCli({QStringLiteral("athlete"), QStringLiteral("add"), QStringLiteral("Ann")}, m_dir.path());
    EXPECT_CLI(r, 0);
    EXPECT_TRUE(QFileInfo::exists(file(QStringLiteral("spotter/spotter.sqlite"))));
}
