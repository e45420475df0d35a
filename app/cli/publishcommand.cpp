// SPDX-License-Identifier: GPL-3.0-or-later
// spotter-cli [--db LOCAL] publish --to URI: send a local log's new and changed sessions and
// soreness reports to a team server (docs/team-server.md, "Offline first").
#include "cli.h"
#include "context.h"
#include "interchange/publisher.h"
#include "jsonout.h"
#include "progressline.h"
#include "store/database.h"
#include "store/location.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace spotter::cli {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

/// Literal texts for lupdate; the count for the plural form.
int n(qint64 count)
{
    return static_cast<int>(count);
}

} // namespace

int publishCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("to"),
                 Cli::tr("The team server (postgresql://LOGIN@HOST/DATABASE or service=NAME)."),
                 Cli::tr("uri")});
    p.addOption({QStringLiteral("athlete"), Cli::tr("The local athlete to publish (when there are several)."),
                 Cli::tr("name")});
    p.addOption({QStringLiteral("as"),
                 Cli::tr("A coach publishing someone's log: the athlete on the server."), Cli::tr("name")});
    p.addOption({QStringLiteral("dry-run"), Cli::tr("Say what would be sent; send nothing.")});
    p.addOption({QStringLiteral("json"), Cli::tr("Print the result as JSON.")});
    p.addOption({QStringLiteral("progress"),
                 Cli::tr("Report progress on standard error (always done when it is a terminal).")});
    if (!ctx.parse(p, QStringLiteral("publish"),
                   Cli::tr("Send this database's new and changed sessions and soreness reports to a team "
                           "server. Publishing again sends nothing twice; what changed both here and on the "
                           "server is reported as a conflict and not sent (exit code 1)."),
                   args))
        return 0;
    if (!p.positionalArguments().isEmpty())
        throw UsageError(Cli::tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
    Context::require(p, QStringLiteral("to"));
    const DatabaseLocation to = DatabaseLocation::parse(p.value(QStringLiteral("to")));
    if (!to.isServer())
        throw UsageError(Cli::tr("--to must name a team server (postgresql://… or service=…)"));
    Database &local = ctx.database();
    if (local.isServer())
        throw UsageError(Cli::tr("--db must be the local database file; the team server goes in --to"));
    const Database server(to, Database::Options());
    PublishOptions options;
    options.athlete = p.value(QStringLiteral("athlete"));
    options.serverAthlete = p.value(QStringLiteral("as"));
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    const bool terminal = Context::stderrIsTerminal();
    std::optional<ProgressLine> line;
    if (terminal || p.isSet(QStringLiteral("progress"))) {
        line.emplace(ctx.err(), terminal);
        options.progress = [&line](int done, int total) {
            const int percent = total > 0 ? static_cast<int>(qint64(done) * 100 / total) : 100;
            if (line->due(0, percent))
                line->show(0, percent,
                           Cli::tr("Publishing: %1 of %2 sessions and soreness reports")
                               .arg(QString::number(done), QString::number(total)));
        };
    }
    const PublishResult r = Publisher(local, server).run(options);
    line.reset(); // its line ends before the result's
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray conflicts;
        for (const PublishConflict &c : r.conflicts)
            conflicts.append(QJsonObject{{QStringLiteral("kind"), c.kind},
                                         {QStringLiteral("what"), c.what},
                                         {QStringLiteral("reason"), c.reason}});
        printJson(ctx.out(),
                  QJsonObject{{QStringLiteral("server"), to.displayName()},
                              {QStringLiteral("athlete"), r.serverAthlete},
                              {QStringLiteral("dry_run"), options.dryRun},
                              {QStringLiteral("sessions_new"), r.sessionsNew},
                              {QStringLiteral("sessions_changed"), r.sessionsChanged},
                              {QStringLiteral("sessions_unchanged"), r.sessionsUnchanged},
                              {QStringLiteral("soreness_new"), r.reportsNew},
                              {QStringLiteral("soreness_changed"), r.reportsChanged},
                              {QStringLiteral("soreness_unchanged"), r.reportsUnchanged},
                              {QStringLiteral("new_exercises"), QJsonArray::fromStringList(r.newExercises)},
                              {QStringLiteral("conflicts"), conflicts}});
    } else {
        ctx.out() << (options.dryRun ? Cli::tr("Would publish to %1 as %2:")
                                     : Cli::tr("Published to %1 as %2:"))
                         .arg(to.displayName(), r.serverAthlete)
                  << ' '
                  << Cli::tr("%1, %2, %3; %4, %5, %6.")
                         .arg(Cli::tr("%n new session(s)", nullptr, n(r.sessionsNew)),
                              Cli::tr("%n changed", nullptr, n(r.sessionsChanged)),
                              Cli::tr("%n unchanged", nullptr, n(r.sessionsUnchanged)),
                              Cli::tr("%n new soreness report(s)", nullptr, n(r.reportsNew)),
                              Cli::tr("%n changed", nullptr, n(r.reportsChanged)),
                              Cli::tr("%n unchanged", nullptr, n(r.reportsUnchanged)))
                  << '\n';
        if (!r.newExercises.isEmpty())
            ctx.out()
                << Cli::tr("New in the server's catalogue: %1").arg(r.newExercises.join(QStringLiteral(", ")))
                << '\n';
        for (const PublishConflict &c : r.conflicts)
            ctx.err() << Cli::tr("conflict: %1: %2").arg(c.what, c.reason) << '\n';
    }
    if (!r.conflicts.isEmpty()) {
        ctx.err() << Cli::tr("%n item(s) not published: open the server's copy and make the change there, or "
                             "delete it there and publish again.",
                             nullptr, n(r.conflicts.size()))
                  << '\n';
        return 1;
    }
    return 0;
}

} // namespace spotter::cli
