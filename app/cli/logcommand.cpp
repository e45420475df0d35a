// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "context.h"
#include "jsonout.h"
#include "model/editdistance.h"
#include "model/validation.h"
#include "quickentry/quickentry.h"
#include "store/exerciserepository.h"
#include "store/sessionrepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace spotter::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("spotter::cli", text);
}

/// "line 2, column 9: " — where in which LINE argument a problem is.
QString where(qsizetype line, int column)
{
    return tr("line %1, column %2: ").arg(line).arg(column);
}

QString unknownExercise(const QString &name, const QList<Exercise> &catalogue)
{
    QStringList suggestions = closestExerciseNames(name, catalogue);
    if (suggestions.isEmpty())
        return tr("there is no exercise '%1' in the catalogue").arg(name);
    for (QString &s : suggestions)
        s = u'\'' + s + u'\'';
    const QString last = suggestions.takeLast();
    const QString choices = suggestions.isEmpty() ? last : tr("%1 or %2").arg(suggestions.join(u", "), last);
    return tr("there is no exercise '%1' in the catalogue; did you mean %2?").arg(name, choices);
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

} // namespace

int logCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("line"),
                            tr("Sets in quick-entry notation, one exercise per LINE, e.g. "
                               "\"Deadlift 100x5, 140x3@8 rest 3m\" (see docs/quick-entry.md). A LINE "
                               "without an exercise name continues the previous one."),
                            tr("LINE..."));
    p.addOption({QStringLiteral("athlete"), tr("Whose session (required)."), tr("name")});
    p.addOption({QStringLiteral("date"),
                 tr("When it started (required): YYYY-MM-DD or YYYY-MM-DDTHH:MM, local time."), tr("date")});
    p.addOption({QStringLiteral("duration"), tr("Length in minutes."), tr("min")});
    p.addOption(
        {QStringLiteral("session-rpe"), tr("How hard the whole session was, CR-10 (0-10)."), tr("n")});
    p.addOption({QStringLiteral("bodyweight"),
                 tr("Bodyweight that day, in the athlete's unit unless written (82.5kg, 180lb)."),
                 tr("weight")});
    p.addOption({QStringLiteral("title"), tr("A title, e.g. \"Heavy lower\"."), tr("text")});
    p.addOption({QStringLiteral("notes"), tr("Free-text notes."), tr("text")});
    p.addOption({QStringLiteral("warmup-done"), tr("A general warm-up was done before the session.")});
    p.addOption({QStringLiteral("json"), tr("Print the stored session as JSON.")});
    if (!ctx.parse(p, QStringLiteral("log"), tr("Log a training session from quick-entry lines."), args))
        return 0;
    Context::require(p, QStringLiteral("athlete"));
    Context::require(p, QStringLiteral("date"));
    const QStringList lines = p.positionalArguments();
    if (lines.isEmpty())
        throw UsageError(tr("expected at least one LINE, e.g. \"Squat 3x5 120kg\""));

    // Every check that needs no database comes first, so a usage error never opens one.
    Session session;
    session.start = Context::dateTimeValue(p, QStringLiteral("date"));
    if (p.isSet(QStringLiteral("duration")))
        session.durationMin = Context::intValue(p, QStringLiteral("duration"), 0, limits::kMaxSessionMinutes);
    if (p.isSet(QStringLiteral("session-rpe"))) {
        const double rpe = Context::doubleValue(p, QStringLiteral("session-rpe"));
        if (const auto message = checkSessionRpe(rpe))
            throw UsageError(tr("--%1: %2").arg(u"session-rpe"_s, *message));
        session.sessionRpe = rpe;
    }
    const QString bodyweightText = p.value(QStringLiteral("bodyweight"));
    if (p.isSet(QStringLiteral("bodyweight")) && !QuickEntry::parseLoad(bodyweightText, WeightUnit::Kg))
        throw UsageError(tr("--bodyweight: expected a weight such as 82.5, 82.5kg or 180lb; got '%1'")
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
            throw UsageError(tr("--%1: %2").arg(u"bodyweight"_s, *message));
        session.bodyweight = bodyweight;
    }

    ExerciseResolver exercises(ctx.database());
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
    ExerciseNames names;
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
        for (WorkoutSet set : r.sets) {
            set.exerciseId = exercise.id;
            session.sets.append(set);
        }
        entry.exercise = r.exercise;
    }
    const ValidationIssues issues = validate(session);
    if (!issues.isEmpty())
        throw UsageError(joinMessages(issues));

    SessionRepository(ctx.database()).add(session);
    if (p.isSet(QStringLiteral("json"))) {
        printJson(ctx.out(), toJson(session, names));
        return 0;
    }
    ctx.out() << tr("Logged session %1 for %2 on %3.")
                     .arg(session.id)
                     .arg(athlete.name, session.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
              << '\n';
    for (const WorkoutSet &s : session.sets)
        ctx.out() << "  " << (s.position + 1) << ". "
                  << describeSet(s, names.value(s.exerciseId), athlete.unit) << '\n';
    return 0;
}

} // namespace spotter::cli
