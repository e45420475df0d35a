// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/plates.h"
#include "cli.h"
#include "context.h"
#include "jsonout.h"
#include "quickentry/quickentry.h"
#include "store/platerepository.h"

#include <QJsonArray>

namespace spotter::cli {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

double sizeValue(const QCommandLineParser &p, const QString &option)
{
    return Context::doubleValue(p, option);
}

void printSet(QTextStream &out, const PlateSet &set, bool stored)
{
    const QString unit = toKey(set.unit);
    out << Cli::tr("Bar: %1 %2").arg(formatNumber(set.bar, 3), unit) << '\n'
        << Cli::tr("Collars: %1")
               .arg(set.collar > 0.0 ? Cli::tr("%1 %2 each").arg(formatNumber(set.collar, 3), unit)
                                     : Cli::tr("none"))
        << '\n'
        << Cli::tr("Plates (%1, size x count): %2").arg(unit, set.platesText()) << '\n';
    if (!stored)
        out << Cli::tr("(the defaults: set your own with --bar, --plates and --collar)") << '\n';
}

} // namespace

int platesCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("weight"),
        Cli::tr("A weight to load, in the athlete's unit unless written (142.5, 225lb); without it, "
                "the athlete's plate set is shown."),
        Cli::tr("[WEIGHT]"));
    p.addOption({QStringLiteral("athlete"), Cli::tr("Whose bar and plates (required)."), Cli::tr("name")});
    p.addOption({QStringLiteral("bar"), Cli::tr("Set the bar's weight."), Cli::tr("weight")});
    p.addOption(
        {QStringLiteral("plates"),
         Cli::tr("Set the plates there are, size x count for both sides together, e.g. \"25x8 20x2 10x2 5x2 "
                 "2.5x2 1.25x2\"."),
         Cli::tr("list")});
    p.addOption(
        {QStringLiteral("collar"), Cli::tr("Set one collar's weight (0 for none)."), Cli::tr("weight")});
    p.addOption({QStringLiteral("unit"), Cli::tr("Set the unit of the bar, plates and collars: kg or lb."),
                 Cli::tr("unit")});
    p.addOption(
        {QStringLiteral("reset"), Cli::tr("Go back to the default plate set of the athlete's unit.")});
    p.addOption({QStringLiteral("json"), Cli::tr("Print the result as JSON.")});
    if (!ctx.parse(
            p, QStringLiteral("plates"),
            Cli::tr("Which plates go on each side of the bar for a weight, with an athlete's own bar, plates "
                    "and collars; or set them. A weight the plates cannot make is answered with the nearest "
                    "two that they can."),
            args))
        return 0;
    Context::require(p, QStringLiteral("athlete"));
    if (p.positionalArguments().size() > 1)
        throw UsageError(Cli::tr("expected at most one WEIGHT"));
    const bool editing = p.isSet(QStringLiteral("bar")) || p.isSet(QStringLiteral("plates"))
                         || p.isSet(QStringLiteral("collar")) || p.isSet(QStringLiteral("unit"))
                         || p.isSet(QStringLiteral("reset"));
    if (!editing)
        ctx.setAccess(Context::Access::Read);
    const Athlete athlete = ctx.athlete(p.value(QStringLiteral("athlete")));
    PlateRepository repository(ctx.database());
    PlateSet set = repository.getOrDefault(athlete.id);
    bool stored = repository.get(athlete.id).has_value();
    if (editing) {
        if (p.isSet(QStringLiteral("reset"))) {
            repository.remove(athlete.id);
            set = repository.getOrDefault(athlete.id);
            stored = false;
        }
        if (p.isSet(QStringLiteral("unit"))) {
            const WeightUnit unit = Context::enumValue(p, QStringLiteral("unit"), kWeightUnitKeys);
            if (unit != set.unit && !p.isSet(QStringLiteral("plates")))
                set = PlateSet::defaults(unit); // the old sizes mean nothing in the other unit
            set.unit = unit;
        }
        if (p.isSet(QStringLiteral("bar")))
            set.bar = sizeValue(p, QStringLiteral("bar"));
        if (p.isSet(QStringLiteral("collar")))
            set.collar = sizeValue(p, QStringLiteral("collar"));
        if (p.isSet(QStringLiteral("plates"))) {
            QString error;
            const auto plates = PlateSet::parsePlates(p.value(QStringLiteral("plates")), &error);
            if (!plates)
                throw UsageError(QStringLiteral("--plates: ") + error);
            set.plates = *plates;
        }
        if (const QStringList issues = validate(set); !issues.isEmpty())
            throw UsageError(issues.join(QStringLiteral("; ")));
        if (!p.isSet(QStringLiteral("reset")) || p.isSet(QStringLiteral("bar"))
            || p.isSet(QStringLiteral("plates")) || p.isSet(QStringLiteral("collar"))
            || p.isSet(QStringLiteral("unit"))) {
            repository.set(athlete.id, set);
            stored = true;
        }
    }
    if (p.positionalArguments().isEmpty()) {
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray plates;
            for (const PlateStock &s : set.plates)
                plates.append(
                    QJsonObject{{QStringLiteral("size"), s.size}, {QStringLiteral("count"), s.count}});
            printJson(ctx.out(), QJsonObject{{QStringLiteral("athlete"), athlete.name},
                                             {QStringLiteral("unit"), toKey(set.unit)},
                                             {QStringLiteral("bar"), set.bar},
                                             {QStringLiteral("collar"), set.collar},
                                             {QStringLiteral("plates"), plates},
                                             {QStringLiteral("stored"), stored}});
        } else {
            ctx.out() << Cli::tr("%1's bar and plates:").arg(athlete.name) << '\n';
            printSet(ctx.out(), set, stored);
        }
        return 0;
    }
    const QString text = p.positionalArguments().first();
    const auto weight = QuickEntry::parseLoad(text, set.unit);
    if (!weight || weight->grams() <= 0)
        throw UsageError(Cli::tr("expected a weight such as 142.5, 142.5kg or 315lb; got '%1'").arg(text));
    const PlateLoadout l = loadPlates(*weight, set);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray perSide;
        for (const double plate : l.perSide)
            perSide.append(plate);
        const auto value = [&](const std::optional<Weight> &w) {
            return w ? QJsonValue(roundArtefacts(w->in(set.unit))) : QJsonValue();
        };
        printJson(ctx.out(), QJsonObject{{QStringLiteral("weight"), roundArtefacts(weight->in(set.unit))},
                                         {QStringLiteral("unit"), toKey(set.unit)},
                                         {QStringLiteral("exact"), l.exact},
                                         {QStringLiteral("per_side"), perSide},
                                         {QStringLiteral("below"), value(l.below)},
                                         {QStringLiteral("above"), value(l.above)}});
        return 0;
    }
    if (l.exact)
        ctx.out() << weight->format(set.unit) << ": " << describeLoadout(l, set) << '\n';
    else
        ctx.out() << describeLoadout(l, set) << '\n';
    return 0;
}

} // namespace spotter::cli
