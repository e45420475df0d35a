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

QString tr(const char *text)
{
    return QCoreApplication::translate("spotter::cli", text);
}

int add(Context &ctx, const QStringList &args)
{
    ctx.setAccess(Context::Access::Create);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), tr("The athlete's name (unique)."));
    p.addOption({QStringLiteral("unit"), tr("Preferred unit: kg or lb (default kg)."), tr("unit"),
                 QStringLiteral("kg")});
    p.addOption({QStringLiteral("birth-year"), tr("Year of birth (used by triage)."), tr("year")});
    p.addOption({QStringLiteral("notes"), tr("Free-text notes."), tr("text")});
    p.addOption({QStringLiteral("prior-back-injury"), tr("Has had a back injury before.")});
    p.addOption(
        {QStringLiteral("steroids-or-osteoporosis"), tr("Takes long-term steroids or has osteoporosis.")});
    p.addOption({QStringLiteral("cancer-history"), tr("Has a history of cancer.")});
    p.addOption({QStringLiteral("immunosuppressed"),
                 tr("Has a weakened immune system (medicines or illness), a recent serious infection, or "
                    "injects drugs.")});
    p.addOption({QStringLiteral("json"), tr("Print the new athlete as JSON.")});
    if (!ctx.parse(p, QStringLiteral("athlete add"), tr("Add an athlete."), args))
        return 0;
    if (p.positionalArguments().size() != 1)
        throw UsageError(tr("expected exactly one NAME (quote names with spaces)"));
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
        ctx.err() << tr("Note: the name was stored in composed form (Unicode NFC) as '%1': an accent typed "
                        "as a separate mark joins its letter, so the name typed either way finds this "
                        "athlete.")
                         .arg(a.name)
                  << '\n';
    if (p.isSet(QStringLiteral("json")))
        printJson(ctx.out(), toJson(a));
    else
        ctx.out() << tr("Added athlete '%1' (id %2).").arg(a.name, QString::number(a.id)) << '\n';
    return 0;
}

int list(Context &ctx, const QStringList &args)
{
    ctx.setAccess(Context::Access::Read);
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
    if (!ctx.parse(p, QStringLiteral("athlete list"), tr("List athletes."), args))
        return 0;
    if (!p.positionalArguments().isEmpty())
        throw UsageError(tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
    const QList<Athlete> athletes = AthleteRepository(ctx.database()).list();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Athlete &a : athletes)
            array.append(toJson(a));
        printJson(ctx.out(), array);
        return 0;
    }
    if (athletes.isEmpty())
        ctx.out() << tr("No athletes yet. Add one with: spotter-cli athlete add NAME") << '\n';
    for (const Athlete &a : athletes) {
        ctx.out() << a.id << '\t' << a.name << '\t' << toKey(a.unit);
        if (a.birthYear)
            ctx.out() << '\t' << tr("born %1").arg(*a.birthYear);
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
        ctx.out() << tr("Usage: spotter-cli athlete add NAME [--unit kg|lb] [--birth-year Y]") << '\n'
                  << tr("       spotter-cli athlete list [--json]") << '\n';
        return 0;
    }
    if (verb.isEmpty())
        throw UsageError(tr("expected 'add' or 'list'"));
    throw UsageError(tr("unknown action '%1' (expected 'add' or 'list')").arg(verb));
}

} // namespace spotter::cli
