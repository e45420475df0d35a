// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace spotter::bench {

namespace {

// The same rows and columns as Spotter's sets.csv (docs/csv-format.md §2), in its order. SQL
// cannot classify intensity, so that column is empty, and the e1RM is Epley's.
const char *const kExportSql =
    "SELECT a.name AS athlete, s.id AS session_id, "
    "strftime('%Y-%m-%dT%H:%M:%S', s.start_utc + s.utc_offset_s, 'unixepoch') || CASE WHEN s.utc_offset_s = "
    "0 "
    "THEN 'Z' ELSE printf('%s%02d:%02d', CASE WHEN s.utc_offset_s < 0 THEN '-' ELSE '+' END, "
    "abs(s.utc_offset_s) / 3600, abs(s.utc_offset_s) % 3600 / 60) END AS session_start, "
    "e.name AS exercise, w.position + 1 AS set_index, w.kind AS set_kind, w.weight_g / 1000.0 AS weight_kg, "
    "w.reps, w.rpe, w.rir, w.rest_s, "
    "CASE WHEN w.kind <> 'warmup' AND w.weight_g > 0 AND w.reps BETWEEN 1 AND 10 "
    "THEN round(w.weight_g * (1 + w.reps / 30.0)) / 1000.0 END AS e1rm_kg, NULL AS intensity_class, "
    "w.seconds, w.distance_cm / 100.0 AS distance_m, w.notes AS set_notes, s.title AS session_title, "
    "s.duration_min, s.session_rpe, s.bodyweight_g / 1000.0 AS bodyweight_kg, s.warmup_done, "
    "s.notes AS session_notes, s.source, s.source_file, s.source_key, e.kind AS exercise_kind, "
    "e.regions AS exercise_regions, e.loads_lower_back AS exercise_lower_back, "
    "e.unilateral AS exercise_unilateral, e.assisted AS exercise_assisted, e.category AS exercise_category "
    "FROM workout_set w JOIN session s ON s.id = w.session_id JOIN athlete a ON a.id = s.athlete_id "
    "JOIN exercise e ON e.id = w.exercise_id ORDER BY a.name, s.start_utc, s.id, w.position";

// A full scan with the e1RM of every working set, aggregated per session and lift: the raw work
// behind analyze's per-session intensity, without the rules.
const char *const kAnalyzeSql =
    "SELECT s.athlete_id, w.session_id, w.exercise_id, max(w.weight_g * (1 + w.reps / 30.0)) AS e1rm_g "
    "FROM workout_set w JOIN session s ON s.id = w.session_id "
    "WHERE w.kind <> 'warmup' AND w.weight_g > 0 AND w.reps BETWEEN 1 AND 10 "
    "GROUP BY w.session_id, w.exercise_id";

const char *const kStrongTable =
    "CREATE TABLE strong (date TEXT, workout_name TEXT, duration TEXT, exercise_name TEXT, set_order TEXT, "
    "weight REAL, reps INTEGER, distance REAL, seconds REAL, notes TEXT, workout_notes TEXT, rpe REAL)";

QString quoted(const QStringList &command)
{
    QStringList parts;
    for (const QString &part : command)
        if (part.contains(u'\''))
            parts.append(u'"' + part + u'"'); // the SQL has single quotes and no double ones
        else if (part.contains(u' ') || part.contains(u'*'))
            parts.append(u'\'' + part + u'\'');
        else
            parts.append(part);
    return parts.join(u' ');
}

QString commandText(const Command &c)
{
    QString text = quoted(QStringList{QFileInfo(c.program).fileName()} + c.arguments);
    if (!c.stdoutFile.isEmpty())
        text += QStringLiteral(" > ") + QFileInfo(c.stdoutFile).fileName();
    return text;
}

QList<double> millisecondsOf(const QList<Sample> &samples, double scale = 1.0)
{
    QList<double> out;
    for (const Sample &s : samples)
        out.append(s.ms * scale);
    return out;
}

Result resultOf(const QString &name, const Pair &pair, double target, const Command &spotter,
                const Command &baseline, const QString &unit = QStringLiteral("s"))
{
    const double scale = unit == u"s" ? 1e-3 : 1.0;
    Result r;
    r.name = name;
    r.unit = unit;
    r.target = target;
    r.spotter = statsOf(millisecondsOf(pair.spotter, scale));
    r.baseline = statsOf(millisecondsOf(pair.baseline, scale));
    r.spotterCommand = commandText(spotter);
    r.baselineCommand = commandText(baseline);
    return r;
}

QString path(const Options &o, const QString &name)
{
    return QDir(o.work).filePath(name);
}

void generate(const Options &o, const QString &db, const QStringList &arguments)
{
    removeDatabase(db);
    output(o.cli, QStringList{QStringLiteral("--db"), db, QStringLiteral("generate"),
                              QStringLiteral("--seed"), QString::number(o.seed), QStringLiteral("--json")}
                      + arguments);
    // No -wal left behind: copies of the file are complete.
    output(o.sqlite3, {db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
}

} // namespace

Data prepareData(const Options &o)
{
    QDir().mkpath(o.work);
    Data d;
    const QString tag = QStringLiteral("%1-%2-%3").arg(o.athletes).arg(o.sets).arg(o.seed);
    d.big = path(o, QStringLiteral("big-%1.sqlite").arg(tag));
    if (o.fresh || !QFileInfo::exists(d.big)) {
        generate(o, d.big,
                 {QStringLiteral("--athletes"), QString::number(o.athletes), QStringLiteral("--sets"),
                  QString::number(o.sets)});
    }
    d.bigSummary =
        QString::fromUtf8(
            output(o.sqlite3,
                   {d.big, QStringLiteral("SELECT (SELECT count(*) FROM athlete) || ' athletes, ' || "
                                          "(SELECT count(*) FROM session) || ' sessions, ' || "
                                          "(SELECT count(*) FROM workout_set) || ' sets, ' || "
                                          "(SELECT count(*) FROM soreness) || ' soreness reports'")}))
            .trimmed();
    d.empty = path(o, QStringLiteral("empty.sqlite"));
    removeDatabase(d.empty);
    // Opened once as the app opens it, which creates it (spotter-cli creates a database only
    // with commands that add data).
    output(o.guiStart, {QStringLiteral("--db"), d.empty});
    output(o.sqlite3, {d.empty, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    d.small = path(o, QStringLiteral("small.sqlite"));
    generate(
        o, d.small,
        {QStringLiteral("--athletes"), QStringLiteral("1"), QStringLiteral("--weeks"), QStringLiteral("1")});

    // The Strong export of one athlete with Options::importSets sets (Strong files hold one lifter).
    const QString importTag = QStringLiteral("%1-%2").arg(o.importSets).arg(o.seed);
    d.strongCsv = path(o, QStringLiteral("strong-%1.csv").arg(importTag));
    const QString source = path(o, QStringLiteral("strong-%1.sqlite").arg(importTag));
    if (o.fresh || !QFileInfo::exists(d.strongCsv) || !QFileInfo::exists(source)) {
        generate(o, source,
                 {QStringLiteral("--athletes"), QStringLiteral("1"), QStringLiteral("--sets"),
                  QString::number(o.importSets), QStringLiteral("--strong-csv"), d.strongCsv});
    }
    const QJsonArray athletes =
        QJsonDocument::fromJson(output(o.cli, {QStringLiteral("--db"), source, QStringLiteral("athlete"),
                                               QStringLiteral("list"), QStringLiteral("--json")}))
            .array();
    d.strongAthlete = athletes.at(0).toObject().value(QStringLiteral("name")).toString();
    d.strongUnit = athletes.at(0).toObject().value(QStringLiteral("unit")).toString();
    d.strongSets = o.importSets;
    QFile csv(d.strongCsv);
    if (csv.open(QIODevice::ReadOnly)) {
        while (!csv.atEnd())
            d.strongRows += csv.readLine().isEmpty() ? 0 : 1;
        d.strongRows -= 1; // the header
    }
    return d;
}

Result exportSets(const Options &o, const Data &d)
{
    const Command spotter{o.cli,
                          {QStringLiteral("--db"), d.big, QStringLiteral("export"), QStringLiteral("--what"),
                           QStringLiteral("sets")},
                          path(o, QStringLiteral("export-spotter.csv")),
                          {},
                          false};
    const Command baseline{
        o.sqlite3,
        {QStringLiteral("-csv"), QStringLiteral("-header"), d.big, QString::fromLatin1(kExportSql)},
        path(o, QStringLiteral("export-sqlite.csv")),
        {},
        false};
    QProcess help;
    help.start(o.cli, {QStringLiteral("export"), QStringLiteral("--help")});
    help.waitForFinished(60'000);
    if (help.exitStatus() != QProcess::NormalExit || help.exitCode() != 0) {
        Result r;
        r.name = QStringLiteral("1. Export all sets to CSV");
        r.unit = QStringLiteral("s");
        r.target = 1.5;
        r.skipped = true;
        r.spotterCommand = commandText(spotter);
        r.baselineCommand = commandText(baseline);
        r.note =
            QStringLiteral("skipped: 'spotter-cli export --help' failed, so this spotter-cli has no export "
                           "command yet");
        return r;
    }
    Result r = resultOf(QStringLiteral("1. Export all sets to CSV"),
                        runAlternately(spotter, baseline, o.runs), 1.5, spotter, baseline);
    r.note = QStringLiteral("%1 and %2 bytes")
                 .arg(QFileInfo(spotter.stdoutFile).size())
                 .arg(QFileInfo(baseline.stdoutFile).size());
    return r;
}

Result importStrong(const Options &o, const Data &d)
{
    const QString target = path(o, QStringLiteral("import-spotter.sqlite"));
    const QString sqliteTarget = path(o, QStringLiteral("import-sqlite.db"));
    const Command spotter{o.cli,
                          {QStringLiteral("--db"), target, QStringLiteral("import"), d.strongCsv,
                           QStringLiteral("--athlete"), d.strongAthlete, QStringLiteral("--unit"),
                           d.strongUnit},
                          {},
                          [&] { copyDatabase(d.empty, target); },
                          false};
    const Command baseline{o.sqlite3,
                           {sqliteTarget, QStringLiteral("-cmd"),
                            QStringLiteral(".import --csv --skip 1 %1 strong").arg(d.strongCsv),
                            QStringLiteral("SELECT count(*) FROM strong")},
                           {},
                           [&] {
                               removeDatabase(sqliteTarget);
                               output(o.sqlite3, {sqliteTarget, QString::fromLatin1(kStrongTable)});
                           },
                           false};
    Result r = resultOf(QStringLiteral("2. Import a Strong CSV"), runAlternately(spotter, baseline, o.runs),
                        1.5, spotter, baseline);
    const QString imported =
        QString::fromUtf8(output(o.sqlite3, {target, QStringLiteral("SELECT count(*) FROM workout_set")}))
            .trimmed();
    if (imported.toLongLong() != d.strongSets)
        throw BenchError(QStringLiteral("the import wrote %1 sets, not %2").arg(imported).arg(d.strongSets));
    r.note = QStringLiteral("%1 rows (%2 sets and their Rest Timer rows), %3 bytes")
                 .arg(d.strongRows)
                 .arg(d.strongSets)
                 .arg(QFileInfo(d.strongCsv).size());
    return r;
}

QList<Result> guiStart(const Options &o, const Data &d)
{
    const Command spotter{o.guiStart, {QStringLiteral("--db"), d.big}, {}, {}, true};
    const Command baseline{o.guiStart, {QStringLiteral("--db"), d.empty}, {}, {}, true};
    const Pair pair = runAlternately(spotter, baseline, o.runs);
    Result time = resultOf(QStringLiteral("3. Start to the first History page"), pair, 1.3, spotter, baseline,
                           QStringLiteral("ms"));
    time.note = QStringLiteral("%1 rows on the first page; the empty database shows its first-run page")
                    .arg(pair.spotter.first().report.value(QStringLiteral("rows")).toInt());
    Result memory = time;
    memory.name = QStringLiteral("3. Peak RSS of that start");
    memory.unit = QStringLiteral("MiB");
    const auto rss = [](const QList<Sample> &samples) {
        QList<double> out;
        for (const Sample &s : samples)
            out.append(s.report.value(QStringLiteral("peak_rss_kb")).toDouble() / 1024.0);
        return statsOf(out);
    };
    memory.spotter = rss(pair.spotter);
    memory.baseline = rss(pair.baseline);
    memory.note = QStringLiteral("VmHWM of the same processes");
    return {time, memory};
}

Result analyzeAll(const Options &o, const Data &d)
{
    const Command spotter{o.cli,
                          {QStringLiteral("--db"), d.big, QStringLiteral("analyze"), QStringLiteral("--all")},
                          {},
                          {},
                          false};
    const Command baseline{o.sqlite3, {d.big, QString::fromLatin1(kAnalyzeSql)}, {}, {}, false};
    Result r = resultOf(QStringLiteral("4. Analyze every athlete"), runAlternately(spotter, baseline, o.runs),
                        3.0, spotter, baseline);
    r.note = QStringLiteral("output to /dev/null");
    return r;
}

Result saveAndRetriage(const Options &o, const Data &d)
{
    const QString big = path(o, QStringLiteral("save-big.sqlite"));
    const QString small = path(o, QStringLiteral("save-small.sqlite"));
    const QString ops = QString::number(o.saveOps);
    const Command spotter{o.save,
                          {QStringLiteral("--db"), big, QStringLiteral("--ops"), ops},
                          {},
                          [&] { copyDatabase(d.big, big); },
                          true};
    const Command baseline{o.save,
                           {QStringLiteral("--db"), small, QStringLiteral("--ops"), ops},
                           {},
                           [&] { copyDatabase(d.small, small); },
                           true};
    Result r =
        resultOf(QStringLiteral("5. Save a set and re-triage"), runAlternately(spotter, baseline, o.runs),
                 1.2, spotter, baseline, QStringLiteral("ms"));
    r.note =
        QStringLiteral("per save, mean of %1 after one warm-up; baseline: one athlete, one week").arg(ops);
    return r;
}

} // namespace spotter::bench
