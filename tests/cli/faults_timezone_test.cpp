// SPDX-License-Identifier: GPL-3.0-or-later
// A session belongs to the calendar day and ISO week of its own local time (the offset it was
// logged with), whoever reads it and wherever (issue 18, item 3): the same database read through
// spotter-cli under several TZ values gives the same output, byte for byte.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

const QStringList kZones = {u"UTC"_s, u"America/New_York"_s, u"Asia/Tokyo"_s, u"Pacific/Chatham"_s};

class TimeZones : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        cli.setEnvironment(u"SPOTTER_NOW"_s, u"2026-03-12T12:00:00+00:00"_s);
        ASSERT_EQ(run({u"athlete"_s, u"add"_s, u"Ann"_s}).exitCode, 0);
        // Logged in New York late in the evening (the next day in UTC and in Tokyo), in Tokyo
        // early in the morning (the day before in UTC and in New York), and one at noon UTC.
        const QList<QStringList> sessions = {
            {u"2026-03-01T22:30:00-05:00"_s, u"300"_s, u"Squat 5x5 100kg"_s},
            {u"2026-03-02T07:00:00+09:00"_s, u"480"_s, u"Deadlift 3x5 140kg"_s},
            {u"2026-03-04T12:00:00+00:00"_s, u"360"_s, u"Bench Press 5x5 70kg"_s},
            {u"2026-03-08T23:45:00-05:00"_s, u"420"_s, u"Squat 5x3 110kg"_s},
            {u"2026-03-09T06:30:00+13:45"_s, u"240"_s, u"Overhead Press 5x5 45kg"_s},
        };
        for (const QStringList &s : sessions) {
            // session RPE 6 over minutes = load / 6
            const CliResult r =
                run({u"log"_s, u"--athlete"_s, u"Ann"_s, u"--date"_s, s[0], u"--session-rpe"_s, u"6"_s,
                     u"--duration"_s, QString::number(s[1].toInt() / 6), s[2]});
            ASSERT_EQ(r.exitCode, 0) << r;
        }
    }

    /// stdout of ARGUMENTS (or the file it wrote, for -o) under each zone, keyed by zone.
    QMap<QString, QByteArray> underEachZone(const QStringList &arguments, const QString &output = {})
    {
        QMap<QString, QByteArray> out;
        for (const QString &zone : kZones) {
            cli.setEnvironment(u"TZ"_s, zone);
            QStringList args = arguments;
            if (!output.isEmpty()) {
                QFile::remove(file(output));
                args << u"-o"_s << file(output);
            }
            const CliResult r = run(args);
            EXPECT_EQ(r.exitCode, 0) << zone.toStdString() << r;
            if (output.isEmpty()) {
                out.insert(zone, r.out.toUtf8());
            } else {
                QFile f(file(output));
                EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << zone.toStdString();
                out.insert(zone, f.readAll());
            }
        }
        return out;
    }

    static void expectSame(const QMap<QString, QByteArray> &outputs)
    {
        const QByteArray &reference = outputs.value(kZones.first());
        EXPECT_FALSE(reference.isEmpty());
        for (const QString &zone : kZones)
            EXPECT_EQ(outputs.value(zone).toStdString(), reference.toStdString())
                << "TZ=" << zone.toStdString() << " differs from TZ=" << kZones.first().toStdString();
    }
};

TEST_F(TimeZones, DateRangesTakeEachSessionsOwnDay)
{
    // 1 March: only the New York evening session is on that day where it was logged.
    const auto outputs = underEachZone({u"sessions"_s, u"--athlete"_s, u"Ann"_s, u"--from"_s, u"2026-03-01"_s,
                                        u"--to"_s, u"2026-03-01"_s, u"--json"_s});
    expectSame(outputs);
    const QJsonArray sessions = QJsonDocument::fromJson(outputs.value(u"Asia/Tokyo"_s)).array();
    ASSERT_EQ(sessions.size(), 1) << outputs.value(u"Asia/Tokyo"_s).toStdString();
    EXPECT_TRUE(sessions[0][u"start"].toString().startsWith(u"2026-03-01T22:30"_s));
    expectSame(underEachZone({u"sessions"_s, u"--athlete"_s, u"Ann"_s, u"--from"_s, u"2026-03-02"_s,
                              u"--to"_s, u"2026-03-08"_s, u"--json"_s}));
}

TEST_F(TimeZones, AnalysisAndWeeklyLoadDoNotDependOnTheReader)
{
    expectSame(underEachZone({u"analyze"_s, u"--athlete"_s, u"Ann"_s, u"--json"_s}));
    expectSame(underEachZone({u"analyze"_s, u"--athlete"_s, u"Ann"_s, u"--from"_s, u"2026-03-02"_s, u"--to"_s,
                              u"2026-03-08"_s, u"--json"_s}));
}

TEST_F(TimeZones, ExportsAndReportsDoNotDependOnTheReader)
{
    const QString asOf = u"2026-03-12T12:00:00+00:00"_s;
    for (const QString &what : {u"sets"_s, u"sessions"_s})
        expectSame(underEachZone({u"export"_s, u"--what"_s, what, u"--from"_s, u"2026-03-02"_s, u"--to"_s,
                                  u"2026-03-08"_s, u"--as-of"_s, asOf},
                                 u"out.csv"_s));
    expectSame(underEachZone({u"report"_s, u"--athlete"_s, u"Ann"_s, u"--format"_s, u"csv"_s, u"--from"_s,
                              u"2026-02-23"_s, u"--to"_s, u"2026-03-08"_s, u"--as-of"_s, asOf},
                             u"report.csv"_s));
    expectSame(underEachZone({u"report"_s, u"--athlete"_s, u"Ann"_s, u"--format"_s, u"html"_s, u"--from"_s,
                              u"2026-02-23"_s, u"--to"_s, u"2026-03-08"_s, u"--as-of"_s, asOf},
                             u"report.html"_s));
}

} // namespace
} // namespace spotter::test
