// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "context.h"
#include "interchange/exporter.h"
#include "outputfile.h"

#include <QLocale>

namespace spotter::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("spotter::cli", text);
}

QString trn(const char *text, qint64 n)
{
    return QCoreApplication::translate("spotter::cli", text, nullptr, static_cast<int>(n));
}

} // namespace

int exportCommand(Context &ctx, const QStringList &args)
{
    ctx.setAccess(Context::Access::Read);
    QCommandLineParser p;
    p.addOption({QStringLiteral("what"),
                 tr("sets (every set, importable), soreness (every report, importable) or sessions (a "
                    "summary per session). Required."),
                 tr("file")});
    p.addOption({QStringLiteral("athlete"),
                 tr("Export this athlete; repeat for several. Default: every athlete."), tr("name")});
    p.addOption({QStringLiteral("from"), tr("First day, YYYY-MM-DD."), tr("date")});
    p.addOption({QStringLiteral("to"), tr("Last day, YYYY-MM-DD."), tr("date")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 tr("Write to this file; '-' or no -o writes to standard output."),
                 tr("file")});
    p.addOption({QStringLiteral("excel"),
                 tr("For Excel: a byte order mark and CRLF line ends; where the locale writes decimal "
                    "commas, also ';' between cells and 62,5.")});
    p.addOption({QStringLiteral("as-of"),
                 tr("Compute soreness durations and triage as of this time (default: now), so that two "
                    "exports can be compared."),
                 tr("time")});
    const QString description =
        tr("Export Spotter's CSV files (docs/csv-format.md): UTF-8, LF line ends, a header row, numbers\n"
           "with a '.' and no thousands separators, ISO 8601 times. Text that a spreadsheet would run as\n"
           "a formula (starting with = + - @, tab or CR) gets a leading '; import removes it again.\n"
           "The sets and soreness files import back unchanged.\n"
           "Exit codes: 0 exported, 1 an unknown athlete or a file that cannot be written, 2 wrong usage.");
    if (!ctx.parse(p, QStringLiteral("export"), description, args))
        return 0;
    Context::require(p, QStringLiteral("what"));
    if (!p.positionalArguments().isEmpty())
        throw UsageError(tr("unexpected argument '%1'").arg(p.positionalArguments().first()));

    ExportOptions options;
    options.what = Context::enumValue(p, QStringLiteral("what"), kExportKindKeys);
    for (const QString &name : p.values(QStringLiteral("athlete"))) {
        if (name.trimmed().isEmpty())
            throw UsageError(tr("--athlete: the name must not be empty"));
        options.athletes.append(name.trimmed());
    }
    options.from = Context::dateValue(p, QStringLiteral("from"));
    options.to = Context::dateValue(p, QStringLiteral("to"));
    if (options.from && options.to && *options.from > *options.to)
        throw UsageError(tr("--from must not be after --to"));
    options.excel = p.isSet(QStringLiteral("excel"));
    options.decimalComma = options.excel && QLocale().decimalPoint() == u",";
    if (p.isSet(QStringLiteral("as-of")))
        options.asOf = Context::dateTimeValue(p, QStringLiteral("as-of"));

    Database &db = ctx.database();
    OutputFile output(ctx, p.value(QStringLiteral("output")));
    const ExportResult r = Exporter(db).run(output.device(), options);
    switch (r.status) {
    case ExportStatus::Exported: break;
    case ExportStatus::UnknownAthlete:
        throw RuntimeError(r.error + u' ' + tr("(list them with 'athlete list')"));
    case ExportStatus::WriteFailed:
    case ExportStatus::Cancelled: throw RuntimeError(r.error);
    }
    output.commit();
    if (output.isFile()) {
        const QString what = options.what == ExportKind::Sets ? trn("%n set(s)", r.sets)
                             : options.what == ExportKind::Sessions
                                 ? trn("%n session(s)", r.sessions)
                                 : trn("%n soreness report(s)", r.soreness);
        ctx.out() << tr("Exported %1 of %2 to %3.")
                         .arg(what, trn("%n athlete(s)", r.athletes.size()), output.path())
                  << '\n';
    }
    return 0;
}

} // namespace spotter::cli
