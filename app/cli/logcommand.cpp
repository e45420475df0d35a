// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "context.h"
#include "jsonout.h"
#include "model/clock.h"
#include "model/editdistance.h"
#include "model/validation.h"
#include "quickentry/quickentry.h"
#include "routineout.h"
#include "services/recordservice.h"
#include "services/suggestionservice.h"
#include "store/exerciserepository.h"
#include "store/lasttimerepository.h"
#include "store/platerepository.h"
#include "store/routinerepository.h"
#include "store/sessionrepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace spotter::cli {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

/// "line 2, column 9: " — where in which LINE argument a problem is.
QString where(qsizetype line, int column)
{
    return Cli::tr("line %1, column %2: ").arg(line).arg(column);
}

QString unknownExercise(const QString &name, const QList<Exercise> &catalogue)
{
    QStringList suggestions = closestExerciseNames(name, catalogue);
    if (suggestions.isEmpty())
        return Cli::tr("there is no exercise '%1' in the catalogue").arg(name);
    for (QString &s : suggestions)
        s = u'\'' + s + u'\'';
    const QString last = suggestions.takeLast();
    const QString choices =
        suggestions.isEmpty() ? last : Cli::tr("%1 or %2").arg(suggestions.join(u", "), last);
    return Cli::tr("there is no exercise '%1' in the catalogue; did you mean %2?").arg(name, choices);
}

/// Looks exercises up once per name: the parser asks for the kind, the command for the id.
class ExerciseResolver
{
public:
    explicit ExerciseResolver(Database &db) : m_repository(db) {}

    const std::optional<Exercise> &find(const QString &name)
    {
        const QString key = nameKey(name);
        auto it = m_cache.find(key);
        if (it == m_cache.end())
            it = m_cache.insert(key, m_repository.find(name));
        return *it;
    }
    [[nodiscard]] QList<Exercise> catalogue() const { return m_repository.list(); }

private:
    ExerciseRepository m_repository;
    QHash<QString, std::optional<Exercise>> m_cache;
};

/// The sets a planned item logs as planned: its sets at the suggested load (a bodyweight or
/// timed item needs none); none when a load is needed and there is no suggestion.
std::optional<QList<WorkoutSet>> plannedSets(const PlannedItem &p, const Exercise &exercise)
{
    const bool needsLoad = p.item.weight || p.item.rpe || p.item.pctE1rm;
    const bool unloaded = exercise.kind == ExerciseKind::Bodyweight || exercise.kind == ExerciseKind::Timed;
    if (needsLoad && !p.suggestion.weight && !unloaded)
        return std::nullopt;
    WorkoutSet set = p.item.plannedSet();
    set.weight = p.suggestion.weight;
    return QList<WorkoutSet>(p.item.sets, set);
}

} // namespace

int logCommand(Context &ctx, const QStringList &args)
{
    ctx.setAccess(Context::Access::Create);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("line"),
                            Cli::tr("Sets in quick-entry notation, one exercise per LINE, e.g. "
                                    "\"Deadlift 100x5, 140x3@8 rest 3m\" (see docs/quick-entry.md). A LINE "
                                    "without an exercise name continues the previous one."),
                            Cli::tr("LINE..."));
    p.addOption({QStringLiteral("athlete"), Cli::tr("Whose session (required)."), Cli::tr("name")});
    p.addOption({QStringLiteral("date"),
                 Cli::tr("When it started (required): YYYY-MM-DD or YYYY-MM-DDTHH:MM, local time."),
                 Cli::tr("date")});
    p.addOption({QStringLiteral("duration"), Cli::tr("Length in minutes."), Cli::tr("min")});
    p.addOption({QStringLiteral("session-rpe"), Cli::tr("How hard the whole session was, CR-10 (0-10)."),
                 Cli::tr("n")});
    p.addOption({QStringLiteral("bodyweight"),
                 Cli::tr("Bodyweight that day, in the athlete's unit unless written (82.5kg, 180lb)."),
                 Cli::tr("weight")});
    p.addOption({QStringLiteral("title"), Cli::tr("A title, e.g. \"Heavy lower\"."), Cli::tr("text")});
    p.addOption({QStringLiteral("notes"), Cli::tr("Free-text notes."), Cli::tr("text")});
    p.addOption({QStringLiteral("warmup-done"), Cli::tr("A general warm-up was done before the session.")});
    p.addOption(
        {QStringLiteral("routine"),
         Cli::tr(
             "Start from this routine: its sets at today's suggested loads, as planned. A LINE naming an "
             "exercise of the routine replaces its planned sets (what was really done); other LINEs add to "
             "them."),
         Cli::tr("name")});
    p.addOption(
        {QStringLiteral("plan"),
         Cli::tr("With --routine: print today's plan (suggested loads, plates, why, last time) and store "
                 "nothing; --date defaults to now.")});
    p.addOption({QStringLiteral("json"), Cli::tr("Print the stored session (or the plan) as JSON.")});
    if (!ctx.parse(
            p, QStringLiteral("log"),
            Cli::tr(
                "Log a training session from quick-entry lines, or from a routine. 'Squat same' repeats last "
                "time's squats, 'Deadlift last +5kg' adds to their loads."),
            args))
        return 0;
    Context::require(p, QStringLiteral("athlete"));
    const bool planOnly = p.isSet(QStringLiteral("plan"));
    if (planOnly && !p.isSet(QStringLiteral("routine")))
        throw UsageError(Cli::tr("--plan needs --routine"));
    if (!planOnly)
        Context::require(p, QStringLiteral("date"));
    const QStringList lines = p.positionalArguments();
    if (lines.isEmpty() && !p.isSet(QStringLiteral("routine")))
        throw UsageError(Cli::tr("expected at least one LINE, e.g. \"Squat 3x5 120kg\""));

    // Every check that needs no database comes first, so a usage error never opens one.
    Session session;
    session.start =
        p.isSet(QStringLiteral("date")) ? Context::dateTimeValue(p, QStringLiteral("date")) : Clock::now();
    if (p.isSet(QStringLiteral("duration")))
        session.durationMin = Context::intValue(p, QStringLiteral("duration"), 0, limits::kMaxSessionMinutes);
    if (p.isSet(QStringLiteral("session-rpe"))) {
        const double rpe = Context::doubleValue(p, QStringLiteral("session-rpe"));
        if (const auto message = checkSessionRpe(rpe))
            throw UsageError(Cli::tr("--%1: %2").arg(u"session-rpe"_s, *message));
        session.sessionRpe = rpe;
    }
    const QString bodyweightText = p.value(QStringLiteral("bodyweight"));
    if (p.isSet(QStringLiteral("bodyweight")) && !QuickEntry::parseLoad(bodyweightText, WeightUnit::Kg))
        throw UsageError(Cli::tr("--bodyweight: expected a weight such as 82.5, 82.5kg or 180lb; got '%1'")
                             .arg(bodyweightText));
    session.title = p.value(QStringLiteral("title")).trimmed();
    session.notes = p.value(QStringLiteral("notes"));
    if (p.isSet(QStringLiteral("warmup-done")))
        session.warmupDone = true;
    if (const ValidationIssues issues = validate(session); !issues.isEmpty())
        throw UsageError(joinMessages(issues)); // the title and the notes

    const Athlete athlete = ctx.athlete(p.value(QStringLiteral("athlete")));
    session.athleteId = athlete.id;
    if (p.isSet(QStringLiteral("bodyweight"))) {
        const Weight bodyweight = *QuickEntry::parseLoad(bodyweightText, athlete.unit);
        if (const auto message = checkBodyweight(bodyweight))
            throw UsageError(Cli::tr("--%1: %2").arg(u"bodyweight"_s, *message));
        session.bodyweight = bodyweight;
    }

    ExerciseResolver exercises(ctx.database());
    std::optional<Routine> routine;
    QList<PlannedItem> plan;
    if (p.isSet(QStringLiteral("routine"))) {
        routine = RoutineRepository(ctx.database()).findByName(p.value(QStringLiteral("routine")));
        if (!routine)
            throw RuntimeError(Cli::tr("There is no routine named '%1' (see 'routine list')")
                                   .arg(p.value(QStringLiteral("routine"))));
        plan = SuggestionService(ctx.database()).plan(*routine, athlete.id, session.start);
        if (planOnly) {
            const ExerciseNames all = catalogueNames(ctx.database());
            if (p.isSet(QStringLiteral("json"))) {
                printJson(ctx.out(), toJson(plan, all, athlete.unit));
                return 0;
            }
            ctx.out() << Cli::tr("%1 for %2 on %3:")
                             .arg(routine->name, athlete.name,
                                  session.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                      << '\n';
            printPlan(ctx.out(), plan, all, PlateRepository(ctx.database()).getOrDefault(athlete.id),
                      athlete.unit);
            return 0;
        }
    }
    QuickEntryContext entry;
    entry.unit = athlete.unit;
    entry.kindOf = [&exercises](const QString &name) -> std::optional<ExerciseKind> {
        const auto &e = exercises.find(name);
        return e ? std::optional(e->kind) : std::nullopt;
    };
    entry.assistedOf = [&exercises](const QString &name) {
        const auto &e = exercises.find(name);
        return e && e->assisted;
    };
    // "same" and "last +5kg": last time before this session, read once per exercise.
    QHash<qint64, std::optional<QList<WorkoutSet>>> lastTimes;
    entry.lastTime = [&](const QString &name) -> std::optional<QList<WorkoutSet>> {
        const auto &e = exercises.find(name);
        if (!e)
            return std::nullopt;
        if (!lastTimes.contains(e->id)) {
            const auto found = LastTimeRepository(ctx.database())
                                   .lastTimes(athlete.id, {e->id}, session.start.toSecsSinceEpoch());
            lastTimes.insert(e->id,
                             found.contains(e->id) ? std::optional(found.value(e->id).sets) : std::nullopt);
        }
        return lastTimes.value(e->id);
    };
    ExerciseNames names;
    QList<std::pair<qint64, QList<WorkoutSet>>> typed; // per LINE: the exercise and its sets
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QuickEntryResult r = QuickEntry::parse(lines.at(i), entry);
        // An unknown name comes first: what the numbers mean depends on the exercise.
        if (!r.exercise.isEmpty() && !exercises.find(r.exercise))
            throw RuntimeError(where(i + 1, std::max(r.exerciseColumn, 1))
                               + unknownExercise(r.exercise, exercises.catalogue()));
        if (!r.ok())
            throw UsageError(where(i + 1, r.error->column) + r.error->message);
        const Exercise &exercise = *exercises.find(r.exercise);
        names.insert(exercise.id, exercise.name);
        QList<WorkoutSet> sets = r.sets;
        for (WorkoutSet &set : sets)
            set.exerciseId = exercise.id;
        typed.append({exercise.id, sets});
        entry.exercise = r.exercise;
    }
    // The routine's items in order, each exercise's planned sets replaced by its LINEs, then the
    // LINEs of exercises the routine does not have.
    QStringList skipped;
    QSet<qint64> used;
    for (const PlannedItem &item : std::as_const(plan)) {
        const qint64 id = item.item.exerciseId;
        if (used.contains(id))
            continue;
        const auto exercise = ExerciseRepository(ctx.database()).get(id);
        names.insert(id, exercise ? exercise->name : QString());
        bool replaced = false;
        for (const auto &[lineExercise, sets] : std::as_const(typed)) {
            if (lineExercise == id) {
                session.sets.append(sets);
                replaced = true;
            }
        }
        if (replaced) {
            used.insert(id);
            continue;
        }
        if (item.suggestion.action == SuggestionAction::Skip) {
            skipped.append(
                Cli::tr("Skipped %1: %2").arg(names.value(id), item.suggestion.reasons.join(u' ')));
            continue;
        }
        const auto sets = exercise ? plannedSets(item, *exercise) : std::nullopt;
        if (!sets)
            throw RuntimeError(
                Cli::tr("no load for %1 today (%2); give it in a LINE, e.g. \"%1 %3x%4 100kg\"")
                    .arg(names.value(id), item.suggestion.reasons.join(u' '))
                    .arg(item.item.sets)
                    .arg(item.item.reps.value_or(5)));
        session.sets.append(*sets);
    }
    for (const auto &[lineExercise, sets] : std::as_const(typed)) {
        if (!used.contains(lineExercise)
            && !std::any_of(plan.cbegin(), plan.cend(),
                            [id = lineExercise](const PlannedItem &i) { return i.item.exerciseId == id; }))
            session.sets.append(sets);
    }
    for (qsizetype i = 0; i < session.sets.size(); ++i)
        session.sets[i].position = static_cast<int>(i);
    if (session.sets.isEmpty())
        throw RuntimeError(Cli::tr("nothing to log: %1").arg(skipped.join(u' ')));
    if (routine && session.title.isEmpty())
        session.title = routine->name;
    const ValidationIssues issues = validate(session);
    if (!issues.isEmpty())
        throw UsageError(joinMessages(issues));

    SessionRepository(ctx.database()).add(session);
    const QList<PersonalRecord> records = RecordService(ctx.database()).refreshSession(session.id);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = toJson(session, names);
        o.insert(QStringLiteral("records"), toJson(records, names));
        printJson(ctx.out(), o);
        return 0;
    }
    ctx.out() << Cli::tr("Logged session %1 for %2 on %3.")
                     .arg(session.id)
                     .arg(athlete.name, session.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
              << '\n';
    for (const WorkoutSet &s : session.sets)
        ctx.out() << "  " << (s.position + 1) << ". "
                  << describeSet(s, names.value(s.exerciseId), athlete.unit) << '\n';
    for (const QString &line : std::as_const(skipped))
        ctx.out() << line << '\n';
    printRecords(ctx.out(), records, names, athlete.unit);
    return 0;
}

} // namespace spotter::cli
