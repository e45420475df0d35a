// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "context.h"
#include "interchange/importer.h"
#include "jsonout.h"
#include "model/validation.h"
#include "progressline.h"
#include "routineout.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

namespace spotter::cli {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

/// How many messages of each kind are printed; the rest are counted.
constexpr qsizetype kPrintedMessages = 20;

void printMessages(QTextStream &err, const QString &file, const QList<ImportMessage> &messages, qint64 total,
                   bool warnings)
{
    for (qsizetype i = 0; i < messages.size() && i < kPrintedMessages; ++i) {
        const ImportMessage &m = messages.at(i);
        err << ImportDiagnostics::format(file,
                                         warnings ? ImportMessage{m.line, Cli::tr("warning: ") + m.text} : m)
            << '\n';
    }
    const qint64 more = total - std::min<qint64>(total, kPrintedMessages);
    if (more > 0)
        err << (warnings ? Cli::tr("… and %n more warning(s)", nullptr, static_cast<int>(more))
                         : Cli::tr("… and %n more error(s)", nullptr, static_cast<int>(more)))
            << '\n';
}

QString unitText(const ImportResult &r)
{
    if (r.format == ImportFormat::Spotter)
        return Cli::tr("weights in kg");
    switch (r.unitSource) {
    case UnitSource::Header:
        return Cli::tr("weights in %1 per the header").arg(toKey(r.unit.value_or(WeightUnit::Kg)));
    case UnitSource::Rows: return Cli::tr("weight unit on each row");
    case UnitSource::Option:
        return Cli::tr("weights in %1 per --unit").arg(toKey(r.unit.value_or(WeightUnit::Kg)));
    }
    return {};
}

void printSummary(QTextStream &out, const QString &file, const ImportResult &r, bool dryRun)
{
    const QString counts = Cli::tr("%1, %2 and %3")
                               .arg(Cli::tr("%n session(s)", nullptr, static_cast<int>(r.sessions)),
                                    Cli::tr("%n set(s)", nullptr, static_cast<int>(r.sets)),
                                    Cli::tr("%n soreness report(s)", nullptr, static_cast<int>(r.soreness)));
    const QString from =
        Cli::tr("%1 (%2, %3)").arg(QFileInfo(file).fileName(), displayName(r.format), unitText(r));
    out << (dryRun ? Cli::tr("Dry run: would import %1 from %2.") : Cli::tr("Imported %1 from %2."))
               .arg(counts, from)
        << '\n';
    for (const QString &a : r.newAthletes)
        out << (dryRun ? Cli::tr("Would create athlete '%1'.") : Cli::tr("Created athlete '%1'.")).arg(a)
            << '\n';
    if (!r.newExercises.isEmpty())
        out << (dryRun ? Cli::tr("Would create %n new exercise(s): ", nullptr,
                                 static_cast<int>(r.newExercises.size()))
                       : Cli::tr("Created %n new exercise(s): ", nullptr,
                                 static_cast<int>(r.newExercises.size())))
            << r.newExercises.join(QStringLiteral(", ")) << '\n';
    if (r.skippedDuplicates > 0)
        out << Cli::tr("Skipped %n session(s) or report(s) already in the database.", nullptr,
                       static_cast<int>(r.skippedDuplicates))
            << '\n';
    if (dryRun)
        out << Cli::tr("Nothing was written.") << '\n';
}

QJsonArray messagesJson(const QList<ImportMessage> &messages)
{
    QJsonArray out;
    for (const ImportMessage &m : messages) {
        QJsonObject o;
        o.insert(QStringLiteral("line"), m.line);
        o.insert(QStringLiteral("message"), m.text);
        out.append(o);
    }
    return out;
}

/// The result of a failed import: every error the import kept (ImportDiagnostics::kKept) and
/// how many there were, so that a script can show them all at once.
QJsonObject failureJson(const ImportResult &r)
{
    static const char *const kStatus[] = {"imported",     "invalid", "needs-unit", "needs-athlete",
                                          "wrong-option", "failed",  "cancelled"};
    QJsonObject o;
    o.insert(QStringLiteral("ok"), false);
    o.insert(QStringLiteral("status"), QString::fromLatin1(kStatus[static_cast<int>(r.status)]));
    o.insert(QStringLiteral("errors"), messagesJson(r.diagnostics.errors()));
    o.insert(QStringLiteral("error_count"), r.diagnostics.errorCount());
    o.insert(QStringLiteral("warnings"), messagesJson(r.diagnostics.warnings()));
    o.insert(QStringLiteral("warning_count"), r.diagnostics.warningCount());
    if (!r.partialRefusal.isEmpty())
        o.insert(QStringLiteral("skip_invalid_refused"), r.partialRefusal);
    return o;
}

void printRejections(QTextStream &err, const QString &file, const ImportResult &r, bool dryRun)
{
    printMessages(err, file, r.rejections.errors(), r.rejections.errorCount(), false);
    const QString what = Cli::tr("%n workout(s)", nullptr, static_cast<int>(r.rejectedWorkouts));
    if (dryRun)
        err << Cli::tr("Would leave out %n row(s) (%1 with invalid rows); nothing was written.", nullptr,
                       static_cast<int>(r.rejectedRows))
                   .arg(what)
            << '\n';
    else
        err << Cli::tr(
                   "Left out %n row(s) (%1 with invalid rows), saved with the reasons to %2; fix them there "
                   "and import that file to add them.",
                   nullptr, static_cast<int>(r.rejectedRows))
                   .arg(what, r.rejectsFile)
            << '\n';
}

/// The import's progress: checking the file, then writing it.
void showProgress(ProgressLine &line, const ImportProgress &p)
{
    const int percent = p.bytesTotal > 0 ? static_cast<int>(p.bytesDone * 100 / p.bytesTotal) : 100;
    const int phase = static_cast<int>(p.phase);
    if (!line.due(phase, percent))
        return;
    const int rows = static_cast<int>(p.rows);
    line.show(phase, percent,
              (p.phase == ImportProgress::Phase::Reading ? Cli::tr("Checking: %1% (%n row(s))", nullptr, rows)
                                                         : Cli::tr("Writing: %1% (%n row(s))", nullptr, rows))
                  .arg(percent));
}

/// @p file itself when it is a regular file (or missing: the importer says so); otherwise its
/// content copied once into @p spool under the same name.
QString spooledIfNotAFile(const QString &file, const QTemporaryDir &spool, const ImportOptions &options)
{
    const QFileInfo info(file);
    if (!info.exists() || info.isFile())
        return file;
    if (options.skipInvalid && options.rejectsPath.isEmpty())
        throw UsageError(Cli::tr("--skip-invalid: '%1' is not a regular file, so there is no folder to keep "
                                 "the rejects file in; name one with --rejects FILE")
                             .arg(file));
    QFile in(file);
    if (!spool.isValid() || !in.open(QIODevice::ReadOnly))
        throw RuntimeError(Cli::tr("Cannot read '%1': %2").arg(file, in.errorString()));
    const QString path =
        spool.filePath(info.fileName().isEmpty() ? QStringLiteral("input.csv") : info.fileName());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        throw RuntimeError(Cli::tr("Cannot spool '%1' to '%2': %3").arg(file, path, out.errorString()));
    for (;;) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty()) {
            if (in.error() != QFileDevice::NoError)
                throw RuntimeError(Cli::tr("Cannot read '%1': %2").arg(file, in.errorString()));
            break;
        }
        if (out.write(chunk) != chunk.size())
            throw RuntimeError(Cli::tr("Cannot spool '%1' to '%2': %3").arg(file, path, out.errorString()));
    }
    if (!out.flush())
        throw RuntimeError(Cli::tr("Cannot spool '%1' to '%2': %3").arg(file, path, out.errorString()));
    return path;
}

} // namespace

int importCommand(Context &ctx, const QStringList &args)
{
    ctx.setAccess(Context::Access::Create);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), Cli::tr("The CSV file to import."));
    p.addOption({QStringLiteral("format"),
                 Cli::tr("auto (the default: recognised by the header), spotter, strong, hevy or fitnotes."),
                 Cli::tr("format"), QStringLiteral("auto")});
    p.addOption({QStringLiteral("athlete"),
                 Cli::tr("Whose history the file is; created when missing. Required unless the file is "
                         "Spotter's own, whose rows name their athletes."),
                 Cli::tr("name")});
    p.addOption({QStringLiteral("unit"),
                 Cli::tr("kg or lb: the unit of weights when the file does not say (Strong's comma exports); "
                         "also the unit of an athlete the import creates."),
                 Cli::tr("unit")});
    p.addOption({QStringLiteral("dry-run"),
                 Cli::tr("Check the file and report what would be imported; write nothing.")});
    p.addOption(
        {QStringLiteral("skip-invalid"),
         Cli::tr("Import the valid rows of a file that has invalid ones: the workouts with an invalid "
                 "row are held back whole and saved, unchanged and with the reason, to a rejects file; "
                 "fix that file and import it to add them.")});
    p.addOption(
        {QStringLiteral("rejects"),
         Cli::tr("Where --skip-invalid saves the rows it leaves out (default: NAME.rejects.csv beside "
                 "the imported file)."),
         Cli::tr("file")});
    p.addOption({QStringLiteral("json"),
                 Cli::tr("Print the result as a JSON object, also when the import fails ({\"ok\": false, "
                         "\"errors\": [...], \"error_count\": N}).")});
    p.addOption({QStringLiteral("progress"),
                 Cli::tr("Report progress on standard error (always done when it is a terminal).")});
    const QString description = Cli::tr(
        "Import training history from a CSV file exported by Strong, Hevy, FitNotes or Spotter.\n"
        "Every row is checked first; a file with any invalid row imports nothing and each problem is\n"
        "reported as FILE:LINE: reason, unless --skip-invalid imports the rest and saves the invalid\n"
        "rows to a rejects file. Importing the same file again adds nothing.\n"
        "Exit codes: 0 imported (or nothing new), 1 invalid or unreadable file, 2 wrong usage\n"
        "(including a missing --unit or --athlete the file needs).");
    if (!ctx.parse(p, QStringLiteral("import"), description, args))
        return 0;
    if (p.positionalArguments().size() != 1)
        throw UsageError(Cli::tr("expected exactly one FILE"));
    const QString file = p.positionalArguments().first();

    ImportOptions options;
    options.format = Context::enumValue(p, QStringLiteral("format"), kImportFormatKeys);
    if (p.isSet(QStringLiteral("unit")))
        options.unit = Context::enumValue(p, QStringLiteral("unit"), kWeightUnitKeys);
    if (p.isSet(QStringLiteral("athlete"))) {
        options.athlete = p.value(QStringLiteral("athlete")).trimmed();
        if (options.athlete.isEmpty())
            throw UsageError(Cli::tr("--athlete: the name must not be empty"));
        if (const auto bad = checkName(options.athlete, Cli::tr("The athlete name")))
            throw UsageError(QStringLiteral("--athlete: ") + *bad);
    }
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    options.skipInvalid = p.isSet(QStringLiteral("skip-invalid"));
    if (p.isSet(QStringLiteral("rejects"))) {
        if (!options.skipInvalid)
            throw UsageError(Cli::tr("--rejects goes with --skip-invalid"));
        options.rejectsPath = p.value(QStringLiteral("rejects"));
        if (options.rejectsPath.trimmed().isEmpty())
            throw UsageError(Cli::tr("--rejects: the file name must not be empty"));
    }
    const bool json = p.isSet(QStringLiteral("json"));
    const bool terminal = Context::stderrIsTerminal();
    ProgressLine line(ctx.err(), terminal);
    if (terminal || p.isSet(QStringLiteral("progress")))
        options.progress = [&line](const ImportProgress &progress) { showProgress(line, progress); };

    // The import reads its file twice (check, then write): a pipe or a device is read once, into
    // a private spool under the same name, and the spool is imported.
    QTemporaryDir spool;
    const QString input = spooledIfNotAFile(file, spool, options);
    const ImportResult r = Importer(ctx.database()).run(input, options);
    const ImportDiagnostics &d = r.diagnostics;
    printMessages(ctx.err(), file, d.warnings(), d.warningCount(), true);
    printMessages(ctx.err(), file, d.errors(), d.errorCount(), false);
    if (r.status != ImportStatus::Imported) {
        if (json)
            printJson(ctx.out(), failureJson(r));
        if (!r.partialRefusal.isEmpty())
            ctx.err() << Cli::tr("--skip-invalid: ") << r.partialRefusal << '\n';
    }
    switch (r.status) {
    case ImportStatus::Imported: break;
    case ImportStatus::NeedsUnit:
        throw UsageError(Cli::tr("--unit kg or --unit lb is required for this file"));
    case ImportStatus::NeedsAthlete:
        throw UsageError(Cli::tr("--athlete is required for %1 files").arg(displayName(r.format)));
    case ImportStatus::WrongOption: throw UsageError(Cli::tr("--athlete does not apply to this file"));
    case ImportStatus::Invalid:
        if (options.skipInvalid)
            throw RuntimeError(Cli::tr("%n invalid row(s) in the file; nothing was imported", nullptr,
                                       static_cast<int>(d.errorCount())));
        throw RuntimeError(
            Cli::tr("%n invalid row(s) in the file; nothing was imported. Fix them, or import the valid rows "
                    "with --skip-invalid, which saves the invalid ones to a rejects file",
                    nullptr, static_cast<int>(d.errorCount())));
    case ImportStatus::Failed: throw RuntimeError(Cli::tr("nothing was imported"));
    case ImportStatus::Cancelled: throw RuntimeError(Cli::tr("cancelled; nothing was imported"));
    }

    if (r.rejectedRows > 0)
        printRejections(ctx.err(), file, r, options.dryRun);
    if (json) {
        QJsonObject o;
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("sessions"), r.sessions);
        o.insert(QStringLiteral("sets"), r.sets);
        o.insert(QStringLiteral("soreness"), r.soreness);
        o.insert(QStringLiteral("new_exercises"), QJsonArray::fromStringList(r.newExercises));
        o.insert(QStringLiteral("skipped_duplicates"), r.skippedDuplicates);
        o.insert(QStringLiteral("warning_count"), d.warningCount());
        if (options.skipInvalid) {
            o.insert(QStringLiteral("rejected_rows"), r.rejectedRows);
            o.insert(QStringLiteral("rejected_workouts"), r.rejectedWorkouts);
            o.insert(QStringLiteral("rejects_file"),
                     r.rejectsFile.isEmpty() ? QJsonValue() : QJsonValue(r.rejectsFile));
            o.insert(QStringLiteral("errors"), messagesJson(r.rejections.errors()));
            o.insert(QStringLiteral("error_count"), r.rejections.errorCount());
        }
        printJson(ctx.out(), o);
    } else {
        printSummary(ctx.out(), file, r, options.dryRun);
        if (!options.dryRun && !options.athlete.isEmpty())
            printWorkoutSuggestions(ctx, ctx.athlete(options.athlete));
    }
    return 0;
}

} // namespace spotter::cli
