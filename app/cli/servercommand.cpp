// SPDX-License-Identifier: GPL-3.0-or-later
// spotter-cli --db URI server …: the admin's side of a team server (docs/team-server.md).
#include "cli.h"
#include "context.h"
#include "store/location.h"
#include "store/serveradmin.h"

#include <QFile>

#include <cstdio>

namespace spotter::cli {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

const QString kPasswordStdin = QStringLiteral("password-stdin");

DatabaseLocation serverLocation(const Context &ctx)
{
    const DatabaseLocation location = DatabaseLocation::parse(ctx.dbPath());
    if (!location.isServer())
        throw UsageError(Cli::tr("--db must name a PostgreSQL server (postgresql://USER@HOST/DATABASE or "
                                 "service=NAME); '%1' is a file")
                             .arg(ctx.dbPath()));
    return location;
}

/// A password from the first line of standard input, for scripts; Spotter keeps none.
std::optional<QString> password(const QCommandLineParser &p)
{
    if (!p.isSet(kPasswordStdin))
        return std::nullopt;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        throw RuntimeError(Cli::tr("cannot read the password from standard input"));
    QString line = QString::fromUtf8(in.readLine());
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    if (line.isEmpty())
        throw UsageError(Cli::tr("--password-stdin: the first line of standard input is empty"));
    return line;
}

QCommandLineOption passwordOption()
{
    return {kPasswordStdin,
            Cli::tr("Set the login's password from the first line of standard input (sent to the "
                    "server only as a SCRAM verifier).")};
}

void expectPositionals(const QCommandLineParser &p, int count, const QString &names)
{
    if (p.positionalArguments().size() != count)
        throw UsageError(Cli::tr("expected %1").arg(names));
}

int init(Context &ctx, const QStringList &args, bool create)
{
    QCommandLineParser p;
    const QString name = create ? QStringLiteral("server init") : QStringLiteral("server upgrade");
    if (!ctx.parse(
            p, name,
            create ? Cli::tr("Set up Spotter's schema, roles and row-level security on a PostgreSQL "
                             "database (run once, as its admin; running it again changes nothing).")
                   : Cli::tr("Bring a team server's schema up to this version of Spotter (as its admin)."),
            args))
        return 0;
    expectPositionals(p, 0, Cli::tr("no arguments"));
    const DatabaseLocation location = serverLocation(ctx);
    ServerAdmin admin(location);
    const ServerAdmin::Setup setup = create ? admin.init() : admin.upgrade();
    if (setup.before == setup.after)
        ctx.out() << Cli::tr("%1 is up to date (schema %2); roles, grants and policies checked.")
                         .arg(location.displayName())
                         .arg(setup.after)
                  << '\n';
    else if (setup.before == 0)
        ctx.out() << Cli::tr("%1 is set up (schema %2): roles spotter_coach and spotter_athlete, row-level "
                             "security on every table. Add people with 'server add-coach' and 'server "
                             "add-athlete'.")
                         .arg(location.displayName())
                         .arg(setup.after)
                  << '\n';
    else
        ctx.out() << Cli::tr("%1 upgraded from schema %2 to %3.")
                         .arg(location.displayName())
                         .arg(setup.before)
                         .arg(setup.after)
                  << '\n';
    return 0;
}

int addCoach(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("login"),
                            Cli::tr("The coach's PostgreSQL login (created if missing)."));
    p.addOption({QStringLiteral("team"), Cli::tr("Put the coach in this team."), Cli::tr("name")});
    p.addOption(passwordOption());
    if (!ctx.parse(p, QStringLiteral("server add-coach"), Cli::tr("Add a coach login."), args))
        return 0;
    expectPositionals(p, 1, Cli::tr("exactly one LOGIN"));
    const QString login = p.positionalArguments().first();
    ServerAdmin admin(serverLocation(ctx));
    admin.addCoach(login, password(p));
    if (p.isSet(QStringLiteral("team")))
        admin.assignCoach(p.value(QStringLiteral("team")), login);
    ctx.out() << Cli::tr("'%1' is a coach.").arg(login) << '\n';
    return 0;
}

int addAthlete(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), Cli::tr("The athlete's name (taken if it exists)."));
    p.addOption(
        {QStringLiteral("login"), Cli::tr("The PostgreSQL login that is this athlete."), Cli::tr("login")});
    p.addOption({QStringLiteral("team"), Cli::tr("Put the athlete in this team."), Cli::tr("name")});
    p.addOption({QStringLiteral("unit"), Cli::tr("Preferred unit: kg or lb (default kg)."), Cli::tr("unit"),
                 QStringLiteral("kg")});
    p.addOption(passwordOption());
    if (!ctx.parse(p, QStringLiteral("server add-athlete"),
                   Cli::tr("Add an athlete and the login that is them."), args))
        return 0;
    expectPositionals(p, 1, Cli::tr("exactly one NAME (quote names with spaces)"));
    Context::require(p, QStringLiteral("login"));
    const QString name = p.positionalArguments().first();
    const QString login = p.value(QStringLiteral("login"));
    ServerAdmin(serverLocation(ctx))
        .addAthlete(name, login, Context::enumValue(p, QStringLiteral("unit"), kWeightUnitKeys), password(p),
                    p.value(QStringLiteral("team")));
    ctx.out() << Cli::tr("'%1' is the athlete %2.").arg(login, name) << '\n';
    return 0;
}

int addTeam(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), Cli::tr("The team's name."));
    if (!ctx.parse(p, QStringLiteral("server add-team"), Cli::tr("Add a team."), args))
        return 0;
    expectPositionals(p, 1, Cli::tr("exactly one NAME"));
    ServerAdmin(serverLocation(ctx)).addTeam(p.positionalArguments().first());
    ctx.out() << Cli::tr("Team '%1' is there.").arg(p.positionalArguments().first().simplified()) << '\n';
    return 0;
}

int assign(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("team"), Cli::tr("The team."), Cli::tr("name")});
    p.addOption({QStringLiteral("coach"), Cli::tr("A coach's login to put in the team."), Cli::tr("login")});
    p.addOption(
        {QStringLiteral("athlete"), Cli::tr("An athlete's name to put in the team."), Cli::tr("name")});
    if (!ctx.parse(p, QStringLiteral("server assign"), Cli::tr("Put a coach or an athlete in a team."), args))
        return 0;
    expectPositionals(p, 0, Cli::tr("no positional arguments"));
    Context::require(p, QStringLiteral("team"));
    if (p.isSet(QStringLiteral("coach")) == p.isSet(QStringLiteral("athlete")))
        throw UsageError(Cli::tr("give either --coach LOGIN or --athlete NAME"));
    ServerAdmin admin(serverLocation(ctx));
    const QString team = p.value(QStringLiteral("team"));
    if (p.isSet(QStringLiteral("coach")))
        admin.assignCoach(team, p.value(QStringLiteral("coach")));
    else
        admin.assignAthlete(team, p.value(QStringLiteral("athlete")));
    ctx.out() << Cli::tr("Done.") << '\n';
    return 0;
}

int list(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    if (!ctx.parse(p, QStringLiteral("server list"), Cli::tr("List teams, their coaches and athletes."),
                   args))
        return 0;
    expectPositionals(p, 0, Cli::tr("no arguments"));
    ServerAdmin admin(serverLocation(ctx));
    for (const TeamListing &t : admin.teams())
        ctx.out() << Cli::tr("Team %1: coaches %2; athletes %3")
                         .arg(t.name,
                              t.coaches.isEmpty() ? Cli::tr("none") : t.coaches.join(QStringLiteral(", ")),
                              t.athletes.isEmpty() ? Cli::tr("none") : t.athletes.join(QStringLiteral(", ")))
                  << '\n';
    for (const AthleteListing &a : admin.athletes())
        ctx.out()
            << Cli::tr("Athlete %1: login %2").arg(a.name, a.login.isEmpty() ? Cli::tr("none") : a.login)
            << '\n';
    return 0;
}

} // namespace

int serverCommand(Context &ctx, const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == u"init")
        return init(ctx, rest, true);
    if (verb == u"upgrade")
        return init(ctx, rest, false);
    if (verb == u"add-coach")
        return addCoach(ctx, rest);
    if (verb == u"add-athlete")
        return addAthlete(ctx, rest);
    if (verb == u"add-team")
        return addTeam(ctx, rest);
    if (verb == u"assign")
        return assign(ctx, rest);
    if (verb == u"list")
        return list(ctx, rest);
    if (verb == u"-h" || verb == u"--help") {
        ctx.out() << Cli::tr("Usage: spotter-cli --db postgresql://ADMIN@HOST/DATABASE server ACTION") << '\n'
                  << Cli::tr("  init                          set up schema, roles and row-level security")
                  << '\n'
                  << Cli::tr("  upgrade                       bring the schema up to this version") << '\n'
                  << Cli::tr("  add-coach LOGIN [--team T] [--password-stdin]") << '\n'
                  << Cli::tr("  add-athlete NAME --login LOGIN [--team T] [--unit kg|lb] [--password-stdin]")
                  << '\n'
                  << Cli::tr("  add-team NAME") << '\n'
                  << Cli::tr("  assign --team T (--coach LOGIN | --athlete NAME)") << '\n'
                  << Cli::tr("  list") << '\n'
                  << Cli::tr("Run as the server's admin (a PostgreSQL superuser); see docs/team-server.md.")
                  << '\n';
        return 0;
    }
    if (verb.isEmpty())
        throw UsageError(
            Cli::tr("expected an action: init, upgrade, add-coach, add-athlete, add-team, assign, list"));
    throw UsageError(Cli::tr("unknown action '%1' (expected init, upgrade, add-coach, add-athlete, add-team, "
                             "assign or list)")
                         .arg(verb));
}

} // namespace spotter::cli
