// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "context.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QCoreApplication>

namespace spotter::cli {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

void printUsage(QTextStream &out)
{
    out << Cli::tr("Usage: spotter-cli [--db PATH|URI] COMMAND [options]") << "\n\n"
        << Cli::tr("Spotter's command line: every capability of the app, without a display.") << "\n\n"
        << Cli::tr("Commands:") << '\n';
    for (const Command &c : commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(12) << ' '
            << QCoreApplication::translate("spotter::cli", c.summary) << '\n';
    out << '\n'
        << Cli::tr("Options:") << '\n'
        << "  --db PATH      " << Cli::tr("Database file (default: %1)").arg(Database::defaultPath()) << '\n'
        << "  --db URI       " << Cli::tr("A team server: postgresql://LOGIN@HOST/DATABASE or service=NAME")
        << '\n'
        << "  -h, --help     " << Cli::tr("Show this help; 'spotter-cli COMMAND --help' for a command")
        << '\n'
        << "  -v, --version  " << Cli::tr("Show the version and the license") << '\n'
        << '\n'
        << Cli::tr("Environment:") << '\n'
        << "  SPOTTER_NOW    "
        << Cli::tr("Use this ISO 8601 time as now, e.g. 2026-11-20T18:00 (scripts, tests)") << '\n'
        << '\n'
        << Cli::tr("Exit codes: 0 success, 1 error while running, 2 wrong usage, 3 a backup or export of a "
                   "damaged database holds only what could still be read.")
        << '\n';
}

void printVersion(QTextStream &out)
{
    out << "spotter-cli " << QCoreApplication::applicationVersion() << '\n'
        << Cli::tr("License GPL-3.0-or-later <https://www.gnu.org/licenses/gpl-3.0.html>.") << '\n'
        << Cli::tr("This is free software: you are free to change and redistribute it.") << '\n'
        << Cli::tr("There is NO WARRANTY, to the extent permitted by law.") << '\n';
}

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> list{
        {"athlete", QT_TRANSLATE_NOOP("spotter::cli", "Add or list athletes"), &athleteCommand},
        {"soreness", QT_TRANSLATE_NOOP("spotter::cli", "Report soreness and see its triage"),
         &sorenessCommand},
        {"log", QT_TRANSLATE_NOOP("spotter::cli", "Log a session from quick-entry lines or a routine"),
         &logCommand},
        {"routine", QT_TRANSLATE_NOOP("spotter::cli", "Add, list, show, assign or delete routines"),
         &routineCommand},
        {"plates",
         QT_TRANSLATE_NOOP("spotter::cli", "The plates per side for a weight; an athlete's bar and plates"),
         &platesCommand},
        {"sessions", QT_TRANSLATE_NOOP("spotter::cli", "List an athlete's sessions"), &sessionsCommand},
        {"show", QT_TRANSLATE_NOOP("spotter::cli", "Show one session with its sets"), &showCommand},
        {"classify",
         QT_TRANSLATE_NOOP("spotter::cli", "Triage one soreness report given on the command line"),
         &classifyCommand},
        {"analyze",
         QT_TRANSLATE_NOOP("spotter::cli", "Intensity, flags, soreness triage and load of an athlete"),
         &analyzeCommand},
        {"rules", QT_TRANSLATE_NOOP("spotter::cli", "Show the analysis rules and their thresholds"),
         &rulesCommand},
        {"import",
         QT_TRANSLATE_NOOP("spotter::cli", "Import history from Strong, Hevy, FitNotes or Spotter CSV"),
         &importCommand},
        {"export", QT_TRANSLATE_NOOP("spotter::cli", "Export sets, sessions or soreness reports as CSV"),
         &exportCommand},
        {"report",
         QT_TRANSLATE_NOOP("spotter::cli",
                           "Write an athlete's report for a coach or physio (HTML, PDF, CSV)"),
         &reportCommand},
        {"generate",
         QT_TRANSLATE_NOOP("spotter::cli", "Generate realistic training histories for demos and benchmarks"),
         &generateCommand},
        {"check", QT_TRANSLATE_NOOP("spotter::cli", "Check the database's integrity and schema"),
         &checkCommand},
        {"backup",
         QT_TRANSLATE_NOOP("spotter::cli", "Write a consistent copy of the database; list the backups"),
         &backupCommand},
        {"restore",
         QT_TRANSLATE_NOOP("spotter::cli", "Replace the database with a backup, keeping the replaced one"),
         &restoreCommand},
        {"publish",
         QT_TRANSLATE_NOOP("spotter::cli", "Send this log's new and changed sessions to a team server"),
         &publishCommand},
        {"server", QT_TRANSLATE_NOOP("spotter::cli", "Set up a team server and add coaches, athletes, teams"),
         &serverCommand},
    };
    return list;
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString dbPath;
    qsizetype i = 1;
    // Global options come before the command.
    for (; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"-h" || a == u"--help") {
            printUsage(out);
            return 0;
        }
        if (a == u"-v" || a == u"--version") {
            printVersion(out);
            return 0;
        }
        if (a == u"--db") {
            if (i + 1 >= arguments.size()) {
                err << "spotter-cli: " << Cli::tr("--db needs a path") << '\n';
                return 2;
            }
            dbPath = arguments.at(++i);
            continue;
        }
        if (a.startsWith(u"--db=")) {
            dbPath = a.mid(5);
            continue;
        }
        if (a.startsWith(u'-')) {
            err << "spotter-cli: " << Cli::tr("unknown option '%1'").arg(a) << '\n'
                << Cli::tr("Try 'spotter-cli --help'.") << '\n';
            return 2;
        }
        break;
    }
    if (i >= arguments.size()) {
        printUsage(err);
        return 2;
    }
    const QString name = arguments.at(i);
    const QStringList rest = arguments.mid(i + 1);
    for (const Command &c : commands()) {
        if (name != QLatin1String(c.name))
            continue;
        Context context(QStringLiteral("spotter-cli"), dbPath);
        try {
            return c.run(context, rest);
        } catch (const UsageError &e) {
            err << "spotter-cli " << name << ": " << e.message() << '\n'
                << Cli::tr("Try 'spotter-cli %1 --help'.").arg(name) << '\n';
            return 2;
        } catch (const RuntimeError &e) {
            err << "spotter-cli " << name << ": " << Cli::tr("error: ") << e.message() << '\n';
            return 1;
        } catch (const StoreError &e) {
            err << "spotter-cli " << name << ": " << Cli::tr("error: ") << e.message() << '\n';
            return 1;
        }
    }
    err << "spotter-cli: " << Cli::tr("unknown command '%1'").arg(name) << '\n'
        << Cli::tr("Try 'spotter-cli --help'.") << '\n';
    return 2;
}

} // namespace spotter::cli
