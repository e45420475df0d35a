// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "context.h"
#include "model/clock.h"
#include "outputfile.h"
#include "report/report.h"
#include "report/reportcsv.h"
#include "report/reporthtml.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>

namespace spotter::cli {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

enum class ReportFormat { Html, Pdf, Csv };
constexpr KeyTable<ReportFormat, 3> kReportFormatKeys{{u"html", u"pdf", u"csv"}};

constexpr int kPdfTimeoutMs = 120'000;

/// spotter-pdf sits next to spotter-cli in the build tree, and in libexec once installed (the
/// path from bin/ to it is fixed at build time, so any installation prefix works).
QString findSpotterPdf(QStringList *tried)
{
    const QDir bin(QCoreApplication::applicationDirPath());
    const QString name = QStringLiteral("spotter-pdf");
    for (const QString &candidate :
         {bin.filePath(name),
          QDir::cleanPath(bin.filePath(QStringLiteral(SPOTTER_PDF_DIR_FROM_BIN)) + u'/' + name)}) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
        *tried << candidate;
    }
    return {};
}

/// The PDF is QTextDocument's layout of the HTML, which needs QtGui: spotter-cli stays free of
/// it and hands the page to spotter-pdf.
void writePdf(const QString &html, const QString &path, const QString &title)
{
    QStringList tried;
    const QString program = findSpotterPdf(&tried);
    if (program.isEmpty())
        throw RuntimeError(Cli::tr("PDF reports need spotter-pdf, which was not found (looked for %1). "
                                   "Install it, or write --format html and print that.")
                               .arg(tried.join(QStringLiteral(", "))));
    QProcess pdf;
    pdf.setProcessChannelMode(QProcess::SeparateChannels);
    pdf.start(program,
              {QStringLiteral("--title"), title, QStringLiteral("-"), QFileInfo(path).absoluteFilePath()});
    if (!pdf.waitForStarted(kPdfTimeoutMs))
        throw RuntimeError(Cli::tr("spotter-pdf could not be started: %1").arg(pdf.errorString()));
    pdf.write(html.toUtf8());
    pdf.closeWriteChannel();
    if (!pdf.waitForFinished(kPdfTimeoutMs)) {
        pdf.kill();
        pdf.waitForFinished();
        throw RuntimeError(Cli::tr("spotter-pdf did not finish within %1 s").arg(kPdfTimeoutMs / 1000));
    }
    if (pdf.exitStatus() != QProcess::NormalExit || pdf.exitCode() != 0)
        throw RuntimeError(
            Cli::tr("spotter-pdf failed: %1").arg(QString::fromUtf8(pdf.readAllStandardError()).trimmed()));
}

} // namespace

int reportCommand(Context &ctx, const QStringList &args)
{
    ctx.setAccess(Context::Access::Read);
    QCommandLineParser p;
    p.addOption({QStringLiteral("athlete"), Cli::tr("Whose report (required)."), Cli::tr("name")});
    p.addOption({QStringLiteral("from"), Cli::tr("First day, YYYY-MM-DD."), Cli::tr("date")});
    p.addOption({QStringLiteral("to"), Cli::tr("Last day, YYYY-MM-DD."), Cli::tr("date")});
    p.addOption({QStringLiteral("format"), Cli::tr("html, pdf or csv (required)."), Cli::tr("format")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 Cli::tr("The file to write (required); '-' writes html or csv to standard output."),
                 Cli::tr("file")});
    p.addOption(
        {QStringLiteral("excel"), Cli::tr("With --format csv: a byte order mark and CRLF line ends (and "
                                          "';' with 62,5 where the locale writes decimal commas).")});
    p.addOption({QStringLiteral("as-of"), Cli::tr("Triage soreness as of this time (default: now)."),
                 Cli::tr("time")});
    const QString description = Cli::tr(
        "A report for a coach, a physio or the athlete: the summary (sessions, tonnage, testing\n"
        "sessions, flags), open warnings and see-doctor items first, soreness by class with dates\n"
        "and rules, e1RM of the main lifts, weekly load, the red-flag checklist and the note that\n"
        "this is not medical advice. PDF is A4, made by spotter-pdf (installed with spotter-cli).\n"
        "Exit codes: 0 written, 1 an unknown athlete or a file that cannot be written, 2 wrong usage.");
    if (!ctx.parse(p, QStringLiteral("report"), description, args))
        return 0;
    Context::require(p, QStringLiteral("athlete"));
    Context::require(p, QStringLiteral("format"));
    Context::require(p, QStringLiteral("output"));
    if (!p.positionalArguments().isEmpty())
        throw UsageError(Cli::tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
    const ReportFormat format = Context::enumValue(p, QStringLiteral("format"), kReportFormatKeys);
    const auto from = Context::dateValue(p, QStringLiteral("from"));
    const auto to = Context::dateValue(p, QStringLiteral("to"));
    if (from && to && *from > *to)
        throw UsageError(Cli::tr("--from must not be after --to"));
    const QString path = p.value(QStringLiteral("output"));
    if (format == ReportFormat::Pdf && OutputFile::isStdout(path))
        throw UsageError(Cli::tr("-o: a PDF needs a file name"));
    if (p.isSet(QStringLiteral("excel")) && format != ReportFormat::Csv)
        throw UsageError(Cli::tr("--excel applies to --format csv only"));
    const QDateTime now =
        p.isSet(QStringLiteral("as-of")) ? Context::dateTimeValue(p, QStringLiteral("as-of")) : Clock::now();

    const Athlete athlete = ctx.athlete(p.value(QStringLiteral("athlete")));
    const Report report = buildReport(ctx.database(), athlete, from, to, now);
    if (format == ReportFormat::Pdf) {
        writePdf(reportHtml(report), path, reportTitle(report));
    } else {
        OutputFile output(ctx, path);
        if (format == ReportFormat::Html) {
            const QByteArray html = reportHtml(report).toUtf8();
            if (output.device()->write(html) != html.size())
                throw RuntimeError(
                    Cli::tr("cannot write '%1': %2").arg(path, output.device()->errorString()));
        } else {
            const bool excel = p.isSet(QStringLiteral("excel"));
            QString error;
            if (!writeReportCsv(report, output.device(), excel, excel && QLocale().decimalPoint() == u",",
                                &error))
                throw RuntimeError(error);
        }
        output.commit();
        if (!output.isFile())
            return 0;
    }
    ctx.out() << Cli::tr("Wrote the report of %1 (%2) to %3.").arg(athlete.name, rangeText(report), path)
              << '\n';
    return 0;
}

} // namespace spotter::cli
