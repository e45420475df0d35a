// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/triage.h"
#include "cli.h"
#include "context.h"
#include "model/builtincatalogue.h"
#include "model/editdistance.h"
#include "triageout.h"

#include <cmath>

namespace spotter::cli {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

std::optional<double> hoursOption(const QCommandLineParser &p, const QString &option)
{
    if (!p.isSet(option))
        return std::nullopt;
    const double v = Context::doubleValue(p, option);
    if (v < 0.0)
        throw UsageError(
            Cli::tr("--%1: expected a number of hours, 0 or more; got '%2'").arg(option, p.value(option)));
    return v;
}

std::optional<int> intOption(const QCommandLineParser &p, const QString &option, int min, int max)
{
    if (!p.isSet(option))
        return std::nullopt;
    return Context::intValue(p, option, min, max);
}

} // namespace

int classifyCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const auto keys = [](const QStringList &k) { return k.join(u' '); };
    p.addOption(
        {QStringLiteral("region"), Cli::tr("Where: %1.").arg(keys(allKeys(kRegionKeys))), Cli::tr("R")});
    p.addOption(
        {QStringLiteral("onset-hours"),
         Cli::tr("Hours after the session ended when it was first noticed (0 = during or right after)."),
         Cli::tr("H")});
    p.addOption({QStringLiteral("duration-hours"),
                 Cli::tr("Hours from onset until it resolved, or until now if still present."),
                 Cli::tr("H")});
    p.addOption({QStringLiteral("resolved"), Cli::tr("It is gone (default: still present).")});
    p.addOption({QStringLiteral("intensity"), Cli::tr("Worst intensity, 0-10."), Cli::tr("N")});
    p.addOption({QStringLiteral("character"),
                 Cli::tr("What it feels like: %1.").arg(keys(allKeys(kCharacterKeys))), Cli::tr("C")});
    p.addOption({QStringLiteral("trend"), Cli::tr("%1.").arg(keys(allKeys(kTrendKeys))), Cli::tr("T")});
    p.addOption({QStringLiteral("side"), Cli::tr("%1 (default both).").arg(keys(allKeys(kSideKeys))),
                 Cli::tr("S"), QStringLiteral("both")});
    p.addOption(
        {QStringLiteral("sign"), Cli::tr("Repeatable: %1.").arg(keys(allKeys(kSignKeys))), Cli::tr("NAME")});
    p.addOption({QStringLiteral("red-flag"), Cli::tr("Repeatable: %1.").arg(keys(allKeys(kRedFlagKeys))),
                 Cli::tr("NAME")});
    p.addOption({QStringLiteral("weeks-on-lift"), Cli::tr("Weeks the lift behind it has been trained."),
                 Cli::tr("N")});
    p.addOption({QStringLiteral("layoff-weeks"), Cli::tr("Whole weeks without that lift before the session."),
                 Cli::tr("N")});
    p.addOption({QStringLiteral("weeks-sore-every-session"),
                 Cli::tr("Consecutive weeks sore in this region after every session of the lift."),
                 Cli::tr("N")});
    p.addOption({QStringLiteral("age"), Cli::tr("Age in years."), Cli::tr("N")});
    p.addOption({QStringLiteral("history"), Cli::tr("Repeatable: %1.").arg(keys(allKeys(kHistoryFlagKeys))),
                 Cli::tr("NAME")});
    p.addOption(
        {QStringLiteral("one-sided"),
         Cli::tr("The lift before it was one-sided (a split squat, a one-arm row): soreness on one side "
                 "is expected.")});
    p.addOption({QStringLiteral("lift"),
                 Cli::tr("The lift before it, by catalogue name or alias (\"Romanian Deadlift\", \"RDL\"); a "
                         "one-sided lift counts as --one-sided. Another name is used as given, with a note."),
                 Cli::tr("NAME")});
    p.addOption({QStringLiteral("json"), Cli::tr("Print one JSON object: class, urgency, rules, advice.")});
    if (!ctx.parse(
            p, QStringLiteral("classify"),
            Cli::tr("Triage one soreness report given on the command line (nothing is stored). Anything "
                    "not given is unknown, and an unknown answer never makes the result milder."),
            args))
        return 0;
    if (!p.positionalArguments().isEmpty())
        throw UsageError(Cli::tr("unexpected argument '%1'").arg(p.positionalArguments().first()));

    TriageInput in;
    if (p.isSet(QStringLiteral("region")))
        in.region = Context::enumValue(p, QStringLiteral("region"), kRegionKeys);
    in.onsetHours = hoursOption(p, QStringLiteral("onset-hours"));
    in.durationHours = hoursOption(p, QStringLiteral("duration-hours"));
    in.resolved = p.isSet(QStringLiteral("resolved"));
    in.intensity = intOption(p, QStringLiteral("intensity"), 0, 10);
    if (p.isSet(QStringLiteral("character")))
        in.character = Context::enumValue(p, QStringLiteral("character"), kCharacterKeys);
    if (p.isSet(QStringLiteral("trend")))
        in.trend = Context::enumValue(p, QStringLiteral("trend"), kTrendKeys);
    in.side = Context::enumValue(p, QStringLiteral("side"), kSideKeys);
    in.signs = Context::enumSetValue(p, QStringLiteral("sign"), kSignKeys);
    in.redFlags = Context::enumSetValue(p, QStringLiteral("red-flag"), kRedFlagKeys);
    in.weeksOnLift = intOption(p, QStringLiteral("weeks-on-lift"), 0, 5200);
    in.layoffWeeks = intOption(p, QStringLiteral("layoff-weeks"), 0, 5200);
    in.weeksSoreEverySession = intOption(p, QStringLiteral("weeks-sore-every-session"), 0, 5200);
    in.age = intOption(p, QStringLiteral("age"), 0, 130);
    in.history = Context::enumSetValue(p, QStringLiteral("history"), kHistoryFlagKeys);
    // A first time on the lift means no weeks on it, unless the weeks were given (then they win:
    // contradictory answers must not make the result milder).
    if (in.history.contains(HistoryFlag::FirstTimeLift) && !in.weeksOnLift)
        in.weeksOnLift = 0;
    if (p.isSet(QStringLiteral("lift"))) {
        const QString name = p.value(QStringLiteral("lift")).trimmed();
        if (name.isEmpty())
            throw UsageError(Cli::tr("--lift: the name must not be empty"));
        if (const auto lift = findBuiltinExercise(name)) {
            in.lift = lift->name;
            in.bilateralLift = !lift->unilateral;
        } else {
            // Only advice names the lift: a lift the catalogue lacks is named as given rather than
            // refused (nothing is stored), and what it loads stays unknown.
            in.lift = name;
            const QStringList close = closestExerciseNames(nameKey(name), builtinCatalogue());
            ctx.err()
                << "spotter-cli classify: "
                << (close.isEmpty()
                        ? Cli::tr("note: --lift '%1' is not in the exercise catalogue; it is named as given "
                                  "(add --one-sided if it works one side at a time)")
                              .arg(name)
                        : Cli::tr("note: --lift '%1' is not in the exercise catalogue (did you mean %2?); it "
                                  "is named as given (add --one-sided if it works one side at a time)")
                              .arg(name, close.join(Cli::tr(" or "))))
                << '\n';
        }
    }
    if (p.isSet(QStringLiteral("one-sided")))
        in.bilateralLift = false;

    const TriageResult result = triage(in);
    if (p.isSet(QStringLiteral("json")))
        ctx.out() << triageJsonText(result) << '\n';
    else
        printTriage(ctx.out(), result);
    return 0;
}

} // namespace spotter::cli
