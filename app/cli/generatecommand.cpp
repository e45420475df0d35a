// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "context.h"
#include "jsonout.h"
#include "model/clock.h"
#include "store/database.h"
#include "synthetic/demodata.h"
#include "synthetic/generator.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>

namespace spotter::cli {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

constexpr int kMaxAthletes = 100'000;
constexpr int kMaxWeeks = 100 * 52;
constexpr qint64 kMaxSets = 2'000'000'000;

} // namespace

int generateCommand(Context &ctx, const QStringList &args)
{
    ctx.setAccess(Context::Access::Create);
    QCommandLineParser p;
    p.addOption({QStringLiteral("athletes"), Cli::tr("How many athletes (required)."), Cli::tr("n")});
    p.addOption(
        {QStringLiteral("weeks"), Cli::tr("Weeks of history per athlete, up to --end."), Cli::tr("n")});
    p.addOption({QStringLiteral("sets"),
                 Cli::tr("Instead of --weeks: exactly this many sets in all, shared between the athletes."),
                 Cli::tr("total")});
    p.addOption({QStringLiteral("seed"), Cli::tr("Seed (required); the same seed gives the same histories."),
                 Cli::tr("number")});
    p.addOption({QStringLiteral("end"), Cli::tr("Last day of the histories, YYYY-MM-DD (default today)."),
                 Cli::tr("date")});
    p.addOption(
        {QStringLiteral("strong-csv"),
         Cli::tr("Also write each history as a Strong CSV export; with several athletes one file each, "
                 "numbered (FILE-01.csv, …)."),
         Cli::tr("file")});
    p.addOption(
        {QStringLiteral("demo"),
         Cli::tr("Write the demo data of the app instead: three athletes with six months up to now.")});
    p.addOption({QStringLiteral("json"), Cli::tr("Print what was generated as JSON.")});
    if (!ctx.parse(
            p, QStringLiteral("generate"),
            Cli::tr("Write realistic training histories into a new or empty database: main lifts with "
                    "progression, deloads and testing weeks, warm-ups, AMRAPs, rests, RPE, session RPE, "
                    "body weight and soreness reports. For demos, tests and benchmarks."),
            args))
        return 0;
    if (!p.positionalArguments().isEmpty())
        throw UsageError(Cli::tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
    if (p.isSet(QStringLiteral("demo"))) {
        for (const char *other : {"athletes", "weeks", "sets", "seed", "end", "strong-csv", "json"}) {
            if (p.isSet(QLatin1String(other)))
                throw UsageError(Cli::tr("--demo takes no --%1").arg(QLatin1String(other)));
        }
        addDemoData(ctx.database());
        ctx.out() << Cli::tr("Wrote the demo data into %1.").arg(ctx.database().path()) << '\n';
        return 0;
    }
    Context::require(p, QStringLiteral("athletes"));
    Context::require(p, QStringLiteral("seed"));
    const bool weeks = p.isSet(QStringLiteral("weeks"));
    if (weeks == p.isSet(QStringLiteral("sets")))
        throw UsageError(Cli::tr("give either --weeks or --sets"));

    GeneratorOptions options;
    options.athletes = Context::intValue(p, QStringLiteral("athletes"), 1, kMaxAthletes);
    if (weeks)
        options.weeks = Context::intValue(p, QStringLiteral("weeks"), 1, kMaxWeeks);
    else
        options.totalSets = Context::wholeNumber(p, QStringLiteral("sets"), 1, kMaxSets);
    bool ok = false;
    const QString seed = p.value(QStringLiteral("seed"));
    options.seed = seed.trimmed().toULongLong(&ok);
    if (!ok)
        throw UsageError(
            Cli::tr("--seed: expected a whole number from 0 to 18446744073709551615; got '%1'").arg(seed));
    const QDate end = Context::dateValue(p, QStringLiteral("end")).value_or(Clock::today());
    options.end = QDateTime(end, QTime(23, 59, 59));
    options.strongCsv = p.value(QStringLiteral("strong-csv"));

    QElapsedTimer timer;
    timer.start();
    const GeneratorResult r = Generator(ctx.database()).run(options);
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (p.isSet(QStringLiteral("json"))) {
        printJson(ctx.out(),
                  QJsonObject{{QStringLiteral("athletes"), r.athletes},
                              {QStringLiteral("sessions"), r.sessions},
                              {QStringLiteral("sets"), r.sets},
                              {QStringLiteral("soreness"), r.soreness},
                              {QStringLiteral("csv_files"), QJsonArray::fromStringList(r.csvFiles)},
                              {QStringLiteral("csv_rows"), r.csvRows},
                              {QStringLiteral("seconds"), seconds}});
        return 0;
    }
    ctx.out() << Cli::tr("Generated %1: %2, %3 and %4 in %5 s (%6).")
                     .arg(Cli::tr("%n athlete(s)", nullptr, static_cast<int>(r.athletes)),
                          Cli::tr("%n session(s)", nullptr, static_cast<int>(r.sessions)),
                          Cli::tr("%n set(s)", nullptr, static_cast<int>(r.sets)),
                          Cli::tr("%n soreness report(s)", nullptr, static_cast<int>(r.soreness)))
                     .arg(seconds, 0, 'f', 1)
                     .arg(ctx.database().path())
              << '\n';
    for (const QString &file : r.csvFiles)
        ctx.out() << Cli::tr("Wrote the Strong CSV %1.").arg(file) << '\n';
    if (!r.csvFiles.isEmpty())
        ctx.out() << Cli::tr("%1 CSV rows in all, Rest Timer rows included.").arg(r.csvRows) << '\n';
    return 0;
}

} // namespace spotter::cli
