// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "context.h"
#include "jsonout.h"
#include "model/clock.h"
#include "model/validation.h"
#include "store/athleterepository.h"
#include "store/database.h"

#include <QDate>
#include <QJsonArray>

namespace spotter::cli {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

int add(Context &ctx, const QStringList &args)
{
    ctx.setAccess(Context::Access::Create);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), Cli::tr("The athlete's name (unique)."));
    p.addOption({QStringLiteral("unit"), Cli::tr("Preferred unit: kg or lb (default kg)."), Cli::tr("unit"),
                 QStringLiteral("kg")});
    p.addOption({QStringLiteral("birth-year"), Cli::tr("Year of birth (used by triage)."), Cli::tr("year")});
    p.addOption({QStringLiteral("notes"), Cli::tr("Free-text notes."), Cli::tr("text")});
    p.addOption({QStringLiteral("prior-back-injury"), Cli::tr("Has had a back injury before.")});
    p.addOption({QStringLiteral("steroids-or-osteoporosis"),
                 Cli::tr("Takes long-term steroids or has osteoporosis.")});
    p.addOption({QStringLiteral("cancer-history"), Cli::tr("Has a history of cancer.")});
    p.addOption(
        {QStringLiteral("immunosuppressed"),
         Cli::tr("Has a weakened immune system (medicines or illness), a recent serious infection, or "
                 "injects drugs.")});
    p.addOption({QStringLiteral("json"), Cli::tr("Print the new athlete as JSON.")});
    if (!ctx.parse(p, QStringLiteral("athlete add"), Cli::tr("Add an athlete."), args))
        return 0;
    if (p.positionalArguments().size() != 1)
        throw UsageError(Cli::tr("expected exactly one NAME (quote names with spaces)"));
    Athlete a;
    a.name = p.positionalArguments().first();
    a.unit = Context::enumValue(p, QStringLiteral("unit"), kWeightUnitKeys);
    if (p.isSet(QStringLiteral("birth-year")))
        a.birthYear =
            Context::intValue(p, QStringLiteral("birth-year"), limits::kMinBirthYear, Clock::today().year());
    a.notes = p.value(QStringLiteral("notes"));
    a.health.priorBackInjury = p.isSet(QStringLiteral("prior-back-injury"));
    a.health.steroidsOrOsteoporosis = p.isSet(QStringLiteral("steroids-or-osteoporosis"));
    a.health.cancerHistory = p.isSet(QStringLiteral("cancer-history"));
    a.health.immunosuppressed = p.isSet(QStringLiteral("immunosuppressed"));
    const auto issues = validate(a, Clock::today().year());
    if (!issues.isEmpty())
        throw UsageError(joinMessages(issues));
    const QString typed = a.name.trimmed();
    AthleteRepository(ctx.database()).add(a);
    if (a.name != typed)
        ctx.err() << Cli::tr(
                         "Note: the name was stored in composed form (Unicode NFC) as '%1': an accent typed "
                         "as a separate mark joins its letter, so the name typed either way finds this "
                         "athlete.")
                         .arg(a.name)
                  << '\n';
    if (p.isSet(QStringLiteral("json")))
        printJson(ctx.out(), toJson(a));
    else
        ctx.out() << Cli::tr("Added athlete '%1' (id %2).").arg(a.name, QString::number(a.id)) << '\n';
    return 0;
}

int list(Context &ctx, const QStringList &args)
{
    ctx.setAccess(Context::Access::Read);
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), Cli::tr("Print a JSON array.")});
    if (!ctx.parse(p, QStringLiteral("athlete list"), Cli::tr("List athletes."), args))
        return 0;
    if (!p.positionalArguments().isEmpty())
        throw UsageError(Cli::tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
    const QList<Athlete> athletes = AthleteRepository(ctx.database()).list();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Athlete &a : athletes)
            array.append(toJson(a));
        printJson(ctx.out(), array);
        return 0;
    }
    if (athletes.isEmpty())
        ctx.out() << Cli::tr("No athletes yet. Add one with: spotter-cli athlete add NAME") << '\n';
    for (const Athlete &a : athletes) {
        ctx.out() << a.id << '\t' << a.name << '\t' << toKey(a.unit);
        if (a.birthYear)
            ctx.out() << '\t' << Cli::tr("born %1").arg(*a.birthYear);
        ctx.out() << '\n';
    }
    return 0;
}

} // namespace

int athleteCommand(Context &ctx, const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == u"add")
        return add(ctx, args.mid(1));
    if (verb == u"list")
        return list(ctx, args.mid(1));
    if (verb == u"-h" || verb == u"--help") {
        ctx.out() << Cli::tr("Usage: spotter-cli athlete add NAME [--unit kg|lb] [--birth-year Y]") << '\n'
                  << Cli::tr("       spotter-cli athlete list [--json]") << '\n';
        return 0;
    }
    if (verb.isEmpty())
        throw UsageError(Cli::tr("expected 'add' or 'list'"));
    throw UsageError(Cli::tr("unknown action '%1' (expected 'add' or 'list')").arg(verb));
}

} // namespace spotter::cli
