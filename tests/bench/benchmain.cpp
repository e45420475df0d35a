// SPDX-License-Identifier: GPL-3.0-or-later
// spotter-bench: Spotter's five scale benchmarks, each against a baseline measured in the same
// run (docs/performance.md). scripts/bench.sh builds the Release targets and runs it; the
// bench-smoke CTest test runs it with a small database to check that the harness works.
#include "cases.h"
#include "pgcases.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {

using namespace spotter::bench;

constexpr int kSkipped = 77; ///< CTest's SKIP_RETURN_CODE: no sqlite3 (or PostgreSQL) here

QString number(double value, const QString &unit)
{
    return QString::number(value, 'f', unit == u"s" ? 3 : unit == u"ms" ? 2 : 1);
}

QString cell(const Stats &s, const QString &unit)
{
    return QStringLiteral("%1 %4 [%2–%3]")
        .arg(number(s.median, unit), number(s.min, unit), number(s.max, unit), unit);
}

QString verdict(const Result &r)
{
    return r.skipped    ? QStringLiteral("skipped")
           : r.passes() ? QStringLiteral("pass")
                        : QStringLiteral("MISS");
}

void printTable(QTextStream &out, const QList<Result> &results, int runs)
{
    out << QStringLiteral("Median of %1 runs [min–max]; ratio = Spotter's median / the baseline's.\n")
               .arg(runs);
    out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
               .arg(QStringLiteral("Benchmark"), -36)
               .arg(QStringLiteral("Spotter"), -32)
               .arg(QStringLiteral("Baseline"), -32)
               .arg(QStringLiteral("Ratio"), 6)
               .arg(QStringLiteral("Target"), 6)
               .arg(QStringLiteral("Result"));
    for (const Result &r : results) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(r.name, -36)
                   .arg(r.skipped ? QStringLiteral("—") : cell(r.spotter, r.unit), -32)
                   .arg(r.skipped ? QStringLiteral("—") : cell(r.baseline, r.unit), -32)
                   .arg(r.skipped ? QStringLiteral("—") : QStringLiteral("%1×").arg(r.ratio(), 0, 'f', 2), 6)
                   .arg(QStringLiteral("≤%1×").arg(r.target, 0, 'f', 1), 6)
                   .arg(verdict(r));
    }
    out << '\n';
    for (const Result &r : results) {
        out << r.name << '\n'
            << "    Spotter:  " << r.spotterCommand << '\n'
            << "    Baseline: " << r.baselineCommand << '\n';
        if (!r.note.isEmpty())
            out << "    " << r.note << '\n';
    }
}

void writeMarkdown(const QString &file, const QList<Result> &results, const Options &o, const Data &d)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw BenchError(QStringLiteral("cannot write %1").arg(file));
    QTextStream out(&f);
    out << "Measured " << QDateTime::currentDateTime().toString(Qt::ISODate) << " on "
        << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount() << " CPUs; median of "
        << o.runs << " runs; " << d.bigSummary << ".\n\n";
    out << "| Benchmark | Spotter median [min–max] | Baseline median [min–max] | Ratio | Target | Result |\n"
        << "|---|---|---|---|---|---|\n";
    for (const Result &r : results) {
        out << "| " << r.name << " | " << (r.skipped ? QStringLiteral("—") : cell(r.spotter, r.unit)) << " | "
            << (r.skipped ? QStringLiteral("—") : cell(r.baseline, r.unit)) << " | "
            << (r.skipped ? QStringLiteral("—") : QStringLiteral("%1×").arg(r.ratio(), 0, 'f', 2)) << " | ≤"
            << r.target << "× | " << verdict(r) << " |\n";
    }
    out << '\n';
    for (const Result &r : results) {
        out << "- " << r.name << ": `" << r.spotterCommand << "` against `" << r.baselineCommand << '`';
        if (!r.note.isEmpty())
            out << "; " << r.note;
        out << ".\n";
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Spotter's scale benchmarks, each with a baseline measured in the same "
                       "run."));
    p.addHelpOption();
    const QString binDir = QCoreApplication::applicationDirPath();
    p.addOptions({
        {QStringLiteral("cli"), QStringLiteral("spotter-cli to measure (default: the one built with this)."),
         QStringLiteral("path")},
        {QStringLiteral("gui-start"), QStringLiteral("bench-gui-start (default: the one built with this)."),
         QStringLiteral("path")},
        {QStringLiteral("save"), QStringLiteral("bench-save (default: the one built with this)."),
         QStringLiteral("path")},
        {QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell (default: from PATH)."),
         QStringLiteral("path")},
        {QStringLiteral("work"), QStringLiteral("Folder for the data (required)."), QStringLiteral("dir")},
        {QStringLiteral("sets"), QStringLiteral("Sets in the big database (default 1000000)."),
         QStringLiteral("n")},
        {QStringLiteral("athletes"), QStringLiteral("Athletes in it (default 50)."), QStringLiteral("n")},
        {QStringLiteral("import-sets"), QStringLiteral("Sets in the Strong CSV (default: --sets)."),
         QStringLiteral("n")},
        {QStringLiteral("runs"), QStringLiteral("Runs of each side (default 5)."), QStringLiteral("n")},
        {QStringLiteral("save-ops"), QStringLiteral("Timed saves per run of benchmark 5 (default 20)."),
         QStringLiteral("n")},
        {QStringLiteral("only"),
         QStringLiteral("Comma-separated benchmark numbers (default 1 to 5; 6 to 8 are the team "
                        "server's, on a throwaway PostgreSQL cluster)."),
         QStringLiteral("list")},
        {QStringLiteral("fresh"), QStringLiteral("Generate the data again even if it is there.")},
        {QStringLiteral("smoke"),
         QStringLiteral("Small data, few runs, fresh data: checks the harness, not the speed.")},
        {QStringLiteral("markdown"), QStringLiteral("Also write the results as Markdown."),
         QStringLiteral("file")},
    });
    p.process(app);
    Options o;
    // The programs built beside this one, unless others are named.
    o.cli =
        p.isSet(QStringLiteral("cli")) ? p.value(QStringLiteral("cli")) : QStringLiteral(SPOTTER_CLI_PATH);
    o.guiStart = p.isSet(QStringLiteral("gui-start")) ? p.value(QStringLiteral("gui-start"))
                                                      : QStringLiteral(BENCH_GUI_START_PATH);
    o.save =
        p.isSet(QStringLiteral("save")) ? p.value(QStringLiteral("save")) : QStringLiteral(BENCH_SAVE_PATH);
    if (p.isSet(QStringLiteral("sqlite3")))
        o.sqlite3 = p.value(QStringLiteral("sqlite3"));
    o.work = p.value(QStringLiteral("work"));
    if (p.isSet(QStringLiteral("smoke"))) {
        o.sets = o.importSets = 4000;
        o.athletes = 3;
        o.runs = 2;
        o.saveOps = 3;
        o.fresh = true;
    }
    if (p.isSet(QStringLiteral("sets")))
        o.sets = o.importSets = p.value(QStringLiteral("sets")).toLongLong();
    if (p.isSet(QStringLiteral("import-sets")))
        o.importSets = p.value(QStringLiteral("import-sets")).toLongLong();
    if (p.isSet(QStringLiteral("athletes")))
        o.athletes = p.value(QStringLiteral("athletes")).toInt();
    if (p.isSet(QStringLiteral("runs")))
        o.runs = p.value(QStringLiteral("runs")).toInt();
    if (p.isSet(QStringLiteral("save-ops")))
        o.saveOps = p.value(QStringLiteral("save-ops")).toInt();
    if (p.isSet(QStringLiteral("fresh")))
        o.fresh = true;
    if (p.isSet(QStringLiteral("only"))) {
        o.only.clear();
        for (const QString &n : p.value(QStringLiteral("only")).split(u','))
            o.only.append(n.trimmed().toInt());
    }
    QTextStream err(stderr);
    if (o.work.isEmpty() || o.cli.isEmpty() || o.guiStart.isEmpty() || o.save.isEmpty() || o.sets < 1
        || o.athletes < 1 || o.runs < 1) {
        err << "spotter-bench: --work is required; see --help\n";
        return 2;
    }
    const QString sqlite3 = QStandardPaths::findExecutable(o.sqlite3);
    if (sqlite3.isEmpty() && !QFile::exists(o.sqlite3)) {
        err << "spotter-bench: no sqlite3 shell (" << o.sqlite3 << "); the baselines need it\n";
        return kSkipped;
    }
    QTextStream out(stdout);
    try {
        err << "Preparing the data in " << o.work << " …\n";
        err.flush();
        const Data data = prepareData(o);
        out << "Data: " << data.bigSummary << "; Strong CSV: " << data.strongRows << " rows.\n";
        out.flush();
        QList<Result> results;
        const auto run = [&](int n, const char *what, const auto &benchmark) {
            if (!o.only.contains(n))
                return;
            err << "Running " << what << " …\n";
            err.flush();
            results.append(benchmark(o, data));
        };
        run(1, "1 (export)", exportSets);
        run(2, "2 (import)", importStrong);
        if (o.only.contains(3)) {
            err << "Running 3 (start) …\n";
            err.flush();
            results.append(guiStart(o, data));
        }
        run(4, "4 (analyze)", analyzeAll);
        run(5, "5 (save and re-triage)", saveAndRetriage);
        if (o.only.contains(6) || o.only.contains(7) || o.only.contains(8)) {
            err << "Starting a PostgreSQL cluster and generating the data on both backends …\n";
            err.flush();
            const PgData pg = preparePgData(o);
            if (!pg.available) {
                const bool onlyPostgres =
                    std::all_of(o.only.cbegin(), o.only.cend(), [](int n) { return n >= 6; });
                err << "spotter-bench: benchmarks 6 to 8 skipped: " << pg.reason << '\n';
                if (onlyPostgres)
                    return kSkipped;
            } else {
                out << "Team server data: " << pg.bigSummary << " on both backends.\n";
                out.flush();
                if (o.only.contains(6)) {
                    err << "Running 6 (import into PostgreSQL) …\n";
                    err.flush();
                    results.append(importStrongPg(o, data, pg));
                }
                if (o.only.contains(7)) {
                    err << "Running 7 (History page on PostgreSQL) …\n";
                    err.flush();
                    results.append(historyPageOnPg(o, pg));
                }
                if (o.only.contains(8)) {
                    err << "Running 8 (analyze on PostgreSQL) …\n";
                    err.flush();
                    results.append(analyzeAllOnPg(o, pg));
                }
            }
        }
        printTable(out, results, o.runs);
        // The smoke run checks the harness: every benchmark that ran has two timings and a ratio.
        for (const Result &r : std::as_const(results)) {
            if (!r.skipped && !(r.ratio() > 0.0 && r.spotter.min > 0.0 && r.baseline.min > 0.0))
                throw BenchError(QStringLiteral("%1 has no usable timings").arg(r.name));
        }
        if (results.isEmpty())
            throw BenchError(QStringLiteral("no benchmark ran"));
        if (p.isSet(QStringLiteral("markdown")))
            writeMarkdown(p.value(QStringLiteral("markdown")), results, o, data);
    } catch (const BenchError &e) {
        out.flush();
        err << "spotter-bench: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
