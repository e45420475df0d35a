// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "context.h"
#include "jsonout.h"
#include "quickentry/routineentry.h"
#include "routineout.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/routinerepository.h"
#include "store/sessionrepository.h"

#include <QJsonArray>

namespace spotter::cli {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

Routine existing(Context &ctx, const QString &name)
{
    const auto r = RoutineRepository(ctx.database()).findByName(name);
    if (!r)
        throw RuntimeError(Cli::tr("There is no routine named '%1' (see 'routine list')").arg(name));
    return *r;
}

QList<qint64> athleteIds(Context &ctx, const QStringList &names)
{
    QList<qint64> ids;
    for (const QString &name : names)
        ids.append(ctx.athlete(name).id);
    return ids;
}

/// The items of --item LINEs: routine lines (docs/quick-entry.md), names found in the catalogue.
QList<RoutineItem> parseItems(Context &ctx, const QStringList &lines, WeightUnit unit)
{
    const ExerciseRepository exercises(ctx.database());
    QuickEntryContext entry;
    entry.unit = unit;
    entry.kindOf = [&exercises](const QString &name) -> std::optional<ExerciseKind> {
        const auto e = exercises.find(name);
        return e ? std::optional(e->kind) : std::nullopt;
    };
    QList<RoutineItem> items;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const RoutineEntryResult r = RoutineEntry::parse(lines.at(i), entry);
        if (!r.exercise.isEmpty() && !exercises.find(r.exercise))
            throw RuntimeError(
                Cli::tr("--item %1: there is no exercise '%2' in the catalogue").arg(i + 1).arg(r.exercise));
        if (!r.ok())
            throw UsageError(
                Cli::tr("--item %1, column %2: %3").arg(i + 1).arg(r.error->column).arg(r.error->message));
        const qint64 id = exercises.find(r.exercise)->id;
        for (RoutineItem item : r.items) {
            item.exerciseId = id;
            items.append(item);
        }
        entry.exercise = r.exercise;
    }
    return items;
}

int add(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), Cli::tr("The routine's name (unique)."));
    p.addOption(
        {QStringLiteral("item"),
         Cli::tr("One exercise with its targets, repeatable, e.g. \"Squat 3x5 @8 rest 3m\" or \"Bench Press "
                 "3x8 @70%\": sets x reps, a target RPE or a share of the e1RM (docs/quick-entry.md)."),
         Cli::tr("line")});
    p.addOption(
        {QStringLiteral("from-session"), Cli::tr("Take the items from this session's sets."), Cli::tr("id")});
    p.addOption(
        {QStringLiteral("from-workout"),
         Cli::tr("Take the items from the athlete's latest session with this title (an imported Strong or "
                 "Hevy workout); needs --athlete."),
         Cli::tr("title")});
    p.addOption(
        {QStringLiteral("athlete"), Cli::tr("Assign it to this athlete; repeatable."), Cli::tr("name")});
    p.addOption({QStringLiteral("notes"), Cli::tr("Free-text notes."), Cli::tr("text")});
    p.addOption({QStringLiteral("json"), Cli::tr("Print the new routine as JSON.")});
    if (!ctx.parse(p, QStringLiteral("routine add"),
                   Cli::tr("Add a routine: a named list of exercises with targets."), args))
        return 0;
    if (p.positionalArguments().size() != 1)
        throw UsageError(Cli::tr("expected exactly one NAME (quote names with spaces)"));
    const int sources = (p.isSet(QStringLiteral("item")) ? 1 : 0)
                        + (p.isSet(QStringLiteral("from-session")) ? 1 : 0)
                        + (p.isSet(QStringLiteral("from-workout")) ? 1 : 0);
    if (sources != 1)
        throw UsageError(
            Cli::tr("give the items with --item, --from-session or --from-workout (one of them)"));
    if (p.isSet(QStringLiteral("from-workout")) && !p.isSet(QStringLiteral("athlete")))
        throw UsageError(Cli::tr("--from-workout needs --athlete"));
    Routine r;
    r.name = p.positionalArguments().first();
    r.notes = p.value(QStringLiteral("notes"));
    r.athleteIds = athleteIds(ctx, p.values(QStringLiteral("athlete")));
    const WeightUnit unit = p.isSet(QStringLiteral("athlete"))
                                ? ctx.athlete(p.values(QStringLiteral("athlete")).first()).unit
                                : WeightUnit::Kg;
    if (p.isSet(QStringLiteral("item"))) {
        r.items = parseItems(ctx, p.values(QStringLiteral("item")), unit);
    } else if (p.isSet(QStringLiteral("from-session"))) {
        const qint64 id =
            Context::wholeNumber(p, QStringLiteral("from-session"), 1, std::numeric_limits<qint64>::max());
        const auto session = SessionRepository(ctx.database()).get(id);
        if (!session)
            throw RuntimeError(Cli::tr("There is no session %1").arg(id));
        r.items = routineItemsFrom(session->sets);
    } else {
        const QString title = p.value(QStringLiteral("from-workout"));
        const auto from = RoutineRepository(ctx.database()).fromWorkout(r.athleteIds.first(), title);
        if (!from)
            throw RuntimeError(Cli::tr("%1 has no session titled '%2'")
                                   .arg(p.values(QStringLiteral("athlete")).first(), title));
        r.items = from->items;
    }
    RoutineRepository(ctx.database()).add(r);
    if (p.isSet(QStringLiteral("json"))) {
        printJson(ctx.out(), toJson(r, catalogueNames(ctx.database()), athleteNames(ctx.database()), unit));
        return 0;
    }
    ctx.out() << Cli::tr("Added routine '%1' (id %2) with %n item(s).", nullptr,
                         static_cast<int>(r.items.size()))
                     .arg(r.name)
                     .arg(r.id)
              << '\n';
    printRoutine(ctx.out(), r, catalogueNames(ctx.database()), athleteNames(ctx.database()), unit);
    return 0;
}

int list(Context &ctx, const QStringList &args)
{
    ctx.setAccess(Context::Access::Read);
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("athlete"), Cli::tr("Only the routines assigned to this athlete."), Cli::tr("name")});
    p.addOption({QStringLiteral("json"), Cli::tr("Print a JSON array.")});
    if (!ctx.parse(p, QStringLiteral("routine list"), Cli::tr("List routines."), args))
        return 0;
    if (!p.positionalArguments().isEmpty())
        throw UsageError(Cli::tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
    std::optional<qint64> athlete;
    WeightUnit unit = WeightUnit::Kg;
    if (p.isSet(QStringLiteral("athlete"))) {
        const Athlete a = ctx.athlete(p.value(QStringLiteral("athlete")));
        athlete = a.id;
        unit = a.unit;
    }
    const QList<Routine> routines = RoutineRepository(ctx.database()).list(athlete);
    const ExerciseNames exercises = catalogueNames(ctx.database());
    const QHash<qint64, QString> athletes = athleteNames(ctx.database());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Routine &r : routines)
            array.append(toJson(r, exercises, athletes, unit));
        printJson(ctx.out(), array);
        return 0;
    }
    if (routines.isEmpty())
        ctx.out() << Cli::tr(
            "No routines yet. Add one with: spotter-cli routine add NAME --item \"Squat 3x5 @8\"")
                  << '\n';
    for (const Routine &r : routines) {
        QStringList who;
        for (const qint64 id : r.athleteIds)
            who.append(athletes.value(id));
        const int items = static_cast<int>(r.items.size());
        ctx.out() << r.id << '\t' << r.name << '\t' << Cli::tr("%n item(s)", nullptr, items);
        if (!who.isEmpty())
            ctx.out() << '\t' << who.join(QStringLiteral(", "));
        ctx.out() << '\n';
    }
    return 0;
}

int show(Context &ctx, const QStringList &args)
{
    ctx.setAccess(Context::Access::Read);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), Cli::tr("The routine."));
    p.addOption({QStringLiteral("unit"), Cli::tr("Show fixed loads in kg or lb (default kg)."),
                 Cli::tr("unit"), QStringLiteral("kg")});
    p.addOption({QStringLiteral("json"), Cli::tr("Print the routine as JSON.")});
    if (!ctx.parse(p, QStringLiteral("routine show"),
                   Cli::tr("Show a routine's items and who it is assigned to."), args))
        return 0;
    if (p.positionalArguments().size() != 1)
        throw UsageError(Cli::tr("expected exactly one NAME"));
    const WeightUnit unit = Context::enumValue(p, QStringLiteral("unit"), kWeightUnitKeys);
    const Routine r = existing(ctx, p.positionalArguments().first());
    if (p.isSet(QStringLiteral("json")))
        printJson(ctx.out(), toJson(r, catalogueNames(ctx.database()), athleteNames(ctx.database()), unit));
    else
        printRoutine(ctx.out(), r, catalogueNames(ctx.database()), athleteNames(ctx.database()), unit);
    return 0;
}

int remove(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), Cli::tr("The routine."));
    if (!ctx.parse(p, QStringLiteral("routine delete"), Cli::tr("Delete a routine (logged sessions stay)."),
                   args))
        return 0;
    if (p.positionalArguments().size() != 1)
        throw UsageError(Cli::tr("expected exactly one NAME"));
    const Routine r = existing(ctx, p.positionalArguments().first());
    RoutineRepository(ctx.database()).remove(r.id);
    ctx.out() << Cli::tr("Deleted routine '%1'.").arg(r.name) << '\n';
    return 0;
}

/// assign / unassign: --athlete repeatable.
int assign(Context &ctx, const QStringList &args, bool add)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), Cli::tr("The routine."));
    p.addOption({QStringLiteral("athlete"), Cli::tr("The athlete; repeatable (required)."), Cli::tr("name")});
    const QString verb = add ? QStringLiteral("routine assign") : QStringLiteral("routine unassign");
    if (!ctx.parse(p, verb,
                   add ? Cli::tr("Assign a routine to athletes (a coach's several athletes).")
                       : Cli::tr("Take a routine from athletes."),
                   args))
        return 0;
    if (p.positionalArguments().size() != 1)
        throw UsageError(Cli::tr("expected exactly one NAME"));
    Context::require(p, QStringLiteral("athlete"));
    Routine r = existing(ctx, p.positionalArguments().first());
    for (const qint64 id : athleteIds(ctx, p.values(QStringLiteral("athlete")))) {
        if (add && !r.athleteIds.contains(id))
            r.athleteIds.append(id);
        if (!add)
            r.athleteIds.removeAll(id);
    }
    RoutineRepository(ctx.database()).update(r);
    const QHash<qint64, QString> names = athleteNames(ctx.database());
    const auto stored = RoutineRepository(ctx.database()).get(r.id);
    QStringList who;
    for (const qint64 id : stored->athleteIds)
        who.append(names.value(id));
    ctx.out() << Cli::tr("'%1' is assigned to: %2")
                     .arg(r.name, who.isEmpty() ? Cli::tr("nobody") : who.join(QStringLiteral(", ")))
              << '\n';
    return 0;
}

int rename(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), Cli::tr("The routine."));
    p.addPositionalArgument(QStringLiteral("new-name"), Cli::tr("Its new name."));
    if (!ctx.parse(p, QStringLiteral("routine rename"), Cli::tr("Rename a routine."), args))
        return 0;
    if (p.positionalArguments().size() != 2)
        throw UsageError(Cli::tr("expected NAME and NEW_NAME"));
    Routine r = existing(ctx, p.positionalArguments().first());
    const QString old = r.name;
    r.name = p.positionalArguments().at(1);
    RoutineRepository(ctx.database()).update(r);
    ctx.out() << Cli::tr("Renamed '%1' to '%2'.").arg(old, r.name.trimmed()) << '\n';
    return 0;
}

} // namespace

int routineCommand(Context &ctx, const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == u"add")
        return add(ctx, args.mid(1));
    if (verb == u"list")
        return list(ctx, args.mid(1));
    if (verb == u"show")
        return show(ctx, args.mid(1));
    if (verb == u"delete")
        return remove(ctx, args.mid(1));
    if (verb == u"assign")
        return assign(ctx, args.mid(1), true);
    if (verb == u"unassign")
        return assign(ctx, args.mid(1), false);
    if (verb == u"rename")
        return rename(ctx, args.mid(1));
    if (verb == u"-h" || verb == u"--help") {
        ctx.out() << Cli::tr("Usage: spotter-cli routine add NAME (--item LINE... | --from-session ID | "
                             "--from-workout TITLE)\n"
                             "                              [--athlete NAME...] [--notes TEXT] [--json]")
                  << '\n'
                  << Cli::tr("       spotter-cli routine list [--athlete NAME] [--json]") << '\n'
                  << Cli::tr("       spotter-cli routine show NAME [--unit kg|lb] [--json]") << '\n'
                  << Cli::tr("       spotter-cli routine delete NAME") << '\n'
                  << Cli::tr("       spotter-cli routine rename NAME NEW_NAME") << '\n'
                  << Cli::tr("       spotter-cli routine assign|unassign NAME --athlete NAME...") << '\n'
                  << Cli::tr("Start a session from a routine with: spotter-cli log --routine NAME") << '\n';
        return 0;
    }
    // Whole sentences: the word "or" and the list's punctuation belong to the language.
    if (verb.isEmpty())
        throw UsageError(
            Cli::tr("expected 'add', 'list', 'show', 'delete', 'rename', 'assign' or 'unassign'"));
    throw UsageError(
        Cli::tr("unknown action '%1' (expected 'add', 'list', 'show', 'delete', 'rename', 'assign' or "
                "'unassign')")
            .arg(verb));
}

} // namespace spotter::cli
