// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "context.h"
#include "interchange/exporter.h"
#include "interchange/salvagecopy.h"
#include "outputfile.h"
#include "store/database.h"
#include "store/quickcheck.h"
#include "store/salvage.h"

#include <QLocale>

#include <optional>

namespace spotter::cli {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

} // namespace

int exportCommand(Context &ctx, const QStringList &args)
{
    ctx.setAccess(Context::Access::Read);
    QCommandLineParser p;
    p.addOption({QStringLiteral("what"),
                 Cli::tr("sets (every set, importable), soreness (every report, importable) or sessions (a "
                         "summary per session). Required."),
                 Cli::tr("kind")});
    p.addOption({QStringLiteral("athlete"),
                 Cli::tr("Export this athlete; repeat for several. Default: every athlete."),
                 Cli::tr("name")});
    p.addOption({QStringLiteral("from"), Cli::tr("First day, YYYY-MM-DD."), Cli::tr("date")});
    p.addOption({QStringLiteral("to"), Cli::tr("Last day, YYYY-MM-DD."), Cli::tr("date")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 Cli::tr("Write to this file; '-' or no -o writes to standard output."),
                 Cli::tr("file")});
    p.addOption({QStringLiteral("excel"),
                 Cli::tr("For Excel: a byte order mark and CRLF line ends; where the locale writes decimal "
                         "commas, also ';' between cells and 62,5.")});
    p.addOption({QStringLiteral("as-of"),
                 Cli::tr("Compute soreness durations and triage as of this time (default: now), so that two "
                         "exports can be compared."),
                 Cli::tr("time")});
    const QString description = Cli::tr(
        "Export Spotter's CSV files (docs/csv-format.md): UTF-8, LF line ends, a header row, numbers\n"
        "with a '.' and no thousands separators, ISO 8601 times. Text that a spreadsheet would run as\n"
        "a formula (starting with = + - @, tab or CR) gets a leading '; import removes it again.\n"
        "The sets and soreness files import back unchanged.\n"
        "A damaged database is salvaged first (see 'backup'): what can still be read is exported, rows\n"
        "whose session was lost go to NAME.rejects.csv beside the output (or the database), and\n"
        "standard error says what was lost.\n"
        "Exit codes: 0 exported, 1 an unknown athlete or a file that cannot be written, 2 wrong usage,\n"
        "3 exported what a damaged database still holds.");
    if (!ctx.parse(p, QStringLiteral("export"), description, args))
        return 0;
    Context::require(p, QStringLiteral("what"));
    if (!p.positionalArguments().isEmpty())
        throw UsageError(Cli::tr("unexpected argument '%1'").arg(p.positionalArguments().first()));

    ExportOptions options;
    options.what = Context::enumValue(p, QStringLiteral("what"), kExportKindKeys);
    for (const QString &name : p.values(QStringLiteral("athlete"))) {
        if (name.trimmed().isEmpty())
            throw UsageError(Cli::tr("--athlete: the name must not be empty"));
        options.athletes.append(name.trimmed());
    }
    options.from = Context::dateValue(p, QStringLiteral("from"));
    options.to = Context::dateValue(p, QStringLiteral("to"));
    if (options.from && options.to && *options.from > *options.to)
        throw UsageError(Cli::tr("--from must not be after --to"));
    options.excel = p.isSet(QStringLiteral("excel"));
    options.decimalComma = options.excel && QLocale().decimalPoint() == u",";
    if (p.isSet(QStringLiteral("as-of")))
        options.asOf = Context::dateTimeValue(p, QStringLiteral("as-of"));

    Database &db = ctx.database();
    // Checked first: an export that failed half-way through standard output could not be taken
    // back. About 0.2 s of CPU per million sets (docs/reliability.md §10).
    const bool damaged = !db.damage().isEmpty() || quickCheck(db) != QStringList{QStringLiteral("ok")};
    OutputFile output(ctx, p.value(QStringLiteral("output")));
    ExportResult r;
    std::optional<SalvageOutcome> salvaged;
    if (damaged) {
        const SalvagedExport s = exportSalvaged(
            db, output.device(), options, salvageRejectsPath(output.isFile() ? output.path() : db.path()));
        r = s.exported;
        salvaged = s.salvage;
        for (const QString &line : salvageSummary(db.path(), *salvaged))
            ctx.err() << line << '\n';
    } else {
        r = Exporter(db).run(output.device(), options);
    }
    switch (r.status) {
    case ExportStatus::Exported: break;
    case ExportStatus::UnknownAthlete:
        throw RuntimeError(r.error + u' ' + Cli::tr("(list them with 'athlete list')"));
    case ExportStatus::WriteFailed:
    case ExportStatus::Cancelled: throw RuntimeError(r.error);
    }
    output.commit();
    if (output.isFile()) {
        const QString what = options.what == ExportKind::Sets
                                 ? Cli::tr("%n set(s)", nullptr, static_cast<int>(r.sets))
                             : options.what == ExportKind::Sessions
                                 ? Cli::tr("%n session(s)", nullptr, static_cast<int>(r.sessions))
                                 : Cli::tr("%n soreness report(s)", nullptr, static_cast<int>(r.soreness));
        ctx.out() << Cli::tr("Exported %1 of %2 to %3.")
                         .arg(what, Cli::tr("%n athlete(s)", nullptr, static_cast<int>(r.athletes.size())),
                              output.path())
                  << '\n';
    }
    return salvaged ? kExitSalvaged : 0;
}

} // namespace spotter::cli
