// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgcases.h"

#include "pgcluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace spotter::bench {

namespace {

using spotter::test::PgCluster;

// The same columns as the sqlite3 baseline's table (benchmark 2), in PostgreSQL's types.
const char *const kStrongTable = "CREATE TABLE strong (date TEXT, workout_name TEXT, duration TEXT, "
                                 "exercise_name TEXT, set_order TEXT, weight DOUBLE PRECISION, reps INTEGER, "
                                 "distance DOUBLE PRECISION, seconds DOUBLE PRECISION, notes TEXT, "
                                 "workout_notes TEXT, rpe DOUBLE PRECISION)";
// A fixed last day, so that the SQLite file kept between runs and the server copy made in
// each run hold the same histories.
const char *const kEnd = "2026-11-30";
const char *const kImportDb = "bench_import";
const char *const kCopyDb = "bench_copy";
const char *const kBigDb = "bench_big";

QString path(const Options &o, const QString &name)
{
    return QDir(o.work).filePath(name);
}

QString sql(const QString &database, const QString &statement)
{
    const PgCluster::PsqlResult r = PgCluster::shared().tryPsql(database, statement);
    if (!r.ok)
        throw BenchError(QStringLiteral("psql on %1 failed: %2\n  %3").arg(database, r.error, statement));
    return r.output;
}

/// A new database from the template on which `server init` ran (the coach coaches a team).
void recreate(const QString &database)
{
    sql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
    sql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 STRATEGY FILE_COPY")
                                        .arg(database, QLatin1String(PgCluster::kTemplate)));
}

QString uriOf(const QString &database)
{
    return PgCluster::shared().location(database).toString();
}

QString commandText(const Command &c)
{
    QStringList parts{QFileInfo(c.program).fileName()};
    for (const QString &a : c.arguments)
        parts.append(a.contains(u' ') ? u'\'' + a + u'\'' : a);
    return parts.join(u' ');
}

Result resultOf(const QString &name, const Pair &pair, double target, const Command &spotter,
                const Command &baseline, const QString &unit)
{
    const double scale = unit == u"s" ? 1e-3 : 1.0;
    const auto values = [scale](const QList<Sample> &samples) {
        QList<double> out;
        for (const Sample &s : samples)
            out.append(s.ms * scale);
        return statsOf(out);
    };
    Result r;
    r.name = name;
    r.unit = unit;
    r.target = target;
    r.spotter = values(pair.spotter);
    r.baseline = values(pair.baseline);
    r.spotterCommand = commandText(spotter);
    r.baselineCommand = commandText(baseline);
    return r;
}

/// Generated soreness reports carry no assessment: the first program to open the data assesses
/// all of them and writes them back (about 10 s for 10,993 on the server), as it would once
/// after a rules change. Done here, untimed, on both copies, rather than in whichever timed run
/// of benchmark 7 or 8 comes first.
void assessStoredReports(const Options &o, const QString &db)
{
    output(o.cli, {QStringLiteral("--db"), db, QStringLiteral("analyze"), QStringLiteral("--all")});
}

} // namespace

PgData preparePgData(const Options &o)
{
    PgData d;
    PgCluster &cluster = PgCluster::shared();
    if (!cluster.available()) {
        d.reason = cluster.unavailableReason();
        return d;
    }
    d.available = true;
    d.socket = cluster.socketDir();
    const QStringList generate{
        QStringLiteral("generate"),   QStringLiteral("--seed"),    QString::number(o.seed),
        QStringLiteral("--athletes"), QString::number(o.athletes), QStringLiteral("--sets"),
        QString::number(o.sets),      QStringLiteral("--end"),     QLatin1String(kEnd)};
    d.bigSqlite =
        path(o, QStringLiteral("pgcompare-%1-%2-%3.sqlite").arg(o.athletes).arg(o.sets).arg(o.seed));
    if (o.fresh || !QFileInfo::exists(d.bigSqlite)) {
        removeDatabase(d.bigSqlite);
        output(o.cli, QStringList{QStringLiteral("--db"), d.bigSqlite} + generate);
        assessStoredReports(o, d.bigSqlite);
        output(o.sqlite3, {d.bigSqlite, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    }
    recreate(QLatin1String(kBigDb));
    d.bigUri = uriOf(QLatin1String(kBigDb));
    output(o.cli, QStringList{QStringLiteral("--db"), d.bigUri} + generate);
    assessStoredReports(o, d.bigUri);
    // Fresh statistics, as autovacuum would have gathered on a server in use.
    sql(QLatin1String(kBigDb), QStringLiteral("VACUUM ANALYZE"));
    const QString count = QStringLiteral(
        "SELECT (SELECT count(*) FROM %1athlete) || ' athletes, ' || (SELECT count(*) FROM %1session) || "
        "' sessions, ' || (SELECT count(*) FROM %1workout_set) || ' sets, ' || (SELECT count(*) FROM "
        "%1soreness) || ' soreness reports'");
    const QString onServer = sql(QLatin1String(kBigDb), count.arg(QStringLiteral("spotter.")));
    QProcess lite;
    lite.start(o.sqlite3, {d.bigSqlite, count.arg(QString())});
    lite.waitForFinished(10 * 60'000);
    const QString inFile = QString::fromUtf8(lite.readAllStandardOutput()).trimmed();
    if (onServer != inFile)
        throw BenchError(QStringLiteral("the server holds %1, the file %2").arg(onServer, inFile));
    d.bigSummary = onServer;
    return d;
}

Result importStrongPg(const Options &o, const Data &d, const PgData &pg)
{
    const QString target = uriOf(QLatin1String(kImportDb));
    const Command spotter{o.cli,
                          {QStringLiteral("--db"), target, QStringLiteral("import"), d.strongCsv,
                           QStringLiteral("--athlete"), d.strongAthlete, QStringLiteral("--unit"),
                           d.strongUnit},
                          {},
                          [] { recreate(QLatin1String(kImportDb)); },
                          false};
    // psql's \copy: the file read on the client and sent with COPY FROM STDIN, as Spotter does,
    // into a table without constraints, indexes or row-level security.
    const Command baseline{
        PgCluster::binDir() + QStringLiteral("/psql"),
        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), pg.socket, QStringLiteral("-U"),
         QStringLiteral("postgres"), QStringLiteral("-d"), QLatin1String(kCopyDb), QStringLiteral("-c"),
         QStringLiteral("\\copy strong FROM '%1' WITH (FORMAT csv, HEADER true)").arg(d.strongCsv)},
        {},
        [] {
            sql(QStringLiteral("postgres"),
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(QLatin1String(kCopyDb)));
            sql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(kCopyDb)));
            sql(QLatin1String(kCopyDb), QString::fromLatin1(kStrongTable));
        },
        false};
    Result r =
        resultOf(QStringLiteral("6. Import a Strong CSV into PostgreSQL"),
                 runAlternately(spotter, baseline, o.runs), 2.0, spotter, baseline, QStringLiteral("s"));
    const QString imported =
        sql(QLatin1String(kImportDb), QStringLiteral("SELECT count(*) FROM spotter.workout_set"));
    if (imported.toLongLong() != d.strongSets)
        throw BenchError(QStringLiteral("the import wrote %1 sets, not %2").arg(imported).arg(d.strongSets));
    const QString copied = sql(QLatin1String(kCopyDb), QStringLiteral("SELECT count(*) FROM strong"));
    r.note = QStringLiteral("%1 rows (%2 sets), as the coach through row-level security; \\copy as the "
                            "superuser wrote %3 rows")
                 .arg(d.strongRows)
                 .arg(d.strongSets)
                 .arg(copied);
    return r;
}

Result historyPageOnPg(const Options &o, const PgData &pg)
{
    const Command spotter{o.guiStart, {QStringLiteral("--db"), pg.bigUri}, {}, {}, true};
    const Command baseline{o.guiStart, {QStringLiteral("--db"), pg.bigSqlite}, {}, {}, true};
    const Pair pair = runAlternately(spotter, baseline, o.runs);
    Result r = resultOf(QStringLiteral("7. First History page, PostgreSQL vs SQLite"), pair, 1.5, spotter,
                        baseline, QStringLiteral("ms"));
    const int serverRows = pair.spotter.first().report.value(QStringLiteral("rows")).toInt();
    const int fileRows = pair.baseline.first().report.value(QStringLiteral("rows")).toInt();
    r.note = QStringLiteral("%1 rows on the first page from the server, %2 from the file; both hold %3")
                 .arg(serverRows)
                 .arg(fileRows)
                 .arg(pg.bigSummary);
    return r;
}

Result analyzeAllOnPg(const Options &o, const PgData &pg)
{
    const Command spotter{
        o.cli,
        {QStringLiteral("--db"), pg.bigUri, QStringLiteral("analyze"), QStringLiteral("--all")},
        path(o, QStringLiteral("analyze-pg.txt")),
        {},
        false};
    const Command baseline{
        o.cli,
        {QStringLiteral("--db"), pg.bigSqlite, QStringLiteral("analyze"), QStringLiteral("--all")},
        path(o, QStringLiteral("analyze-sqlite.txt")),
        {},
        false};
    Result r =
        resultOf(QStringLiteral("8. Analyze every athlete, PostgreSQL vs SQLite"),
                 runAlternately(spotter, baseline, o.runs), 1.5, spotter, baseline, QStringLiteral("s"));
    QFile a(spotter.stdoutFile);
    QFile b(baseline.stdoutFile);
    // Session numbers are the rows' ids, which each backend hands out on its own.
    const auto withoutIds = [](QFile &f) {
        return f.open(QIODevice::ReadOnly)
                   ? QString::fromUtf8(f.readAll())
                         .replace(QRegularExpression(QStringLiteral("#\\d+")), QStringLiteral("#"))
                   : QString();
    };
    const QString mine = withoutIds(a);
    const bool same = !mine.isEmpty() && mine == withoutIds(b);
    r.note = QStringLiteral("%1 output on both backends, session numbers aside (%2 and %3 bytes)")
                 .arg(same ? QStringLiteral("the same") : QStringLiteral("DIFFERENT"))
                 .arg(QFileInfo(spotter.stdoutFile).size())
                 .arg(QFileInfo(baseline.stdoutFile).size());
    return r;
}

} // namespace spotter::bench
