// SPDX-License-Identifier: GPL-3.0-or-later
#include "routineout.h"

#include "context.h"
#include "quickentry/routineentry.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/routinerepository.h"

#include <QRegularExpression>

namespace spotter::cli {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue weightJson(const std::optional<Weight> &w, WeightUnit unit)
{
    return w ? QJsonValue(roundArtefacts(w->in(unit))) : QJsonValue();
}

QString target(const RoutineItem &item)
{
    QString text = item.seconds && !item.reps ? Cli::tr("%1 × %2 s").arg(item.sets).arg(*item.seconds)
                                              : Cli::tr("%1 × %2").arg(item.sets).arg(item.reps.value_or(1));
    if (item.rpe)
        text += QStringLiteral(" @") + formatNumber(*item.rpe, 1);
    if (item.pctE1rm)
        text += QStringLiteral(" @") + formatNumber(*item.pctE1rm, 2) + u'%';
    return text;
}

} // namespace

ExerciseNames catalogueNames(Database &db)
{
    ExerciseNames names;
    for (const Exercise &e : ExerciseRepository(db).list())
        names.insert(e.id, e.name);
    return names;
}

QHash<qint64, QString> athleteNames(Database &db)
{
    QHash<qint64, QString> names;
    for (const Athlete &a : AthleteRepository(db).list())
        names.insert(a.id, a.name);
    return names;
}

QJsonObject toJson(const Routine &routine, const ExerciseNames &exercises,
                   const QHash<qint64, QString> &athletes, WeightUnit unit)
{
    QJsonArray items;
    for (const RoutineItem &i : routine.items) {
        items.append(QJsonObject{
            {QStringLiteral("exercise"), exercises.value(i.exerciseId)},
            {QStringLiteral("kind"), toKey(i.kind)},
            {QStringLiteral("sets"), i.sets},
            {QStringLiteral("reps"), i.reps ? QJsonValue(*i.reps) : QJsonValue()},
            {QStringLiteral("seconds"), i.seconds ? QJsonValue(*i.seconds) : QJsonValue()},
            {QStringLiteral("rpe"), optional(i.rpe)},
            {QStringLiteral("pct_e1rm"), optional(i.pctE1rm)},
            {QStringLiteral("weight"), weightJson(i.weight, unit)},
            {QStringLiteral("rest_s"), i.restSeconds ? QJsonValue(*i.restSeconds) : QJsonValue()},
            {QStringLiteral("line"), RoutineEntry::format(i, exercises.value(i.exerciseId), unit)},
        });
    }
    QJsonArray assigned;
    for (const qint64 id : routine.athleteIds)
        assigned.append(athletes.value(id));
    return {{QStringLiteral("id"), routine.id},       {QStringLiteral("name"), routine.name},
            {QStringLiteral("notes"), routine.notes}, {QStringLiteral("unit"), toKey(unit)},
            {QStringLiteral("items"), items},         {QStringLiteral("athletes"), assigned}};
}

void printRoutine(QTextStream &out, const Routine &routine, const ExerciseNames &exercises,
                  const QHash<qint64, QString> &athletes, WeightUnit unit)
{
    out << Cli::tr("Routine: %1").arg(routine.name) << '\n';
    if (!routine.notes.isEmpty())
        out << Cli::tr("Notes: %1").arg(routine.notes) << '\n';
    QStringList who;
    for (const qint64 id : routine.athleteIds)
        who.append(athletes.value(id));
    out << Cli::tr("Assigned to: %1").arg(who.isEmpty() ? Cli::tr("nobody") : who.join(QStringLiteral(", ")))
        << '\n';
    for (qsizetype i = 0; i < routine.items.size(); ++i) {
        const RoutineItem &item = routine.items.at(i);
        out << "  " << (i + 1) << ". " << RoutineEntry::format(item, exercises.value(item.exerciseId), unit)
            << '\n';
    }
}

void printPlan(QTextStream &out, const QList<PlannedItem> &plan, const ExerciseNames &exercises,
               const PlateSet &plates, WeightUnit unit)
{
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const PlannedItem &p = plan.at(i);
        const LoadSuggestion &s = p.suggestion;
        QString load;
        if (s.weight)
            load = s.weight->format(unit);
        else if (s.action == SuggestionAction::Skip)
            load = Cli::tr("skip");
        else if (p.item.weight || p.item.rpe || p.item.pctE1rm)
            load = Cli::tr("load?");
        out << "  " << (i + 1) << ". " << exercises.value(p.item.exerciseId) << ' '
            << (p.item.kind == SetKind::Warmup ? Cli::tr("[warm-up] ") : QString()) << target(p.item);
        if (!load.isEmpty())
            out << "  →  " << load;
        if (s.chart && s.weight && s.e1rm)
            out << "  " << Cli::tr("(%1% of e1RM %2)").arg(formatNumber(*s.pct, 1), s.e1rm->format(unit, 1));
        out << '\n';
        if (s.loadout)
            out << "     " << Cli::tr("plates: %1").arg(describeLoadout(*s.loadout, plates)) << '\n';
        for (const QString &why : s.reasons)
            out << "     " << why << '\n';
        if (p.last)
            out << "     "
                << Cli::tr("last time (%1): %2")
                       .arg(p.last->start.date().toString(Qt::ISODate), p.last->summary(unit))
                << '\n';
    }
}

QJsonArray toJson(const QList<PlannedItem> &plan, const ExerciseNames &exercises, WeightUnit unit)
{
    QJsonArray out;
    for (const PlannedItem &p : plan) {
        const LoadSuggestion &s = p.suggestion;
        QJsonObject o{{QStringLiteral("exercise"), exercises.value(p.item.exerciseId)},
                      {QStringLiteral("kind"), toKey(p.item.kind)},
                      {QStringLiteral("sets"), p.item.sets},
                      {QStringLiteral("reps"), p.item.reps ? QJsonValue(*p.item.reps) : QJsonValue()},
                      {QStringLiteral("rpe"), optional(p.item.rpe)},
                      {QStringLiteral("pct_e1rm"), optional(p.item.pctE1rm)},
                      {QStringLiteral("action"), toKey(s.action)},
                      {QStringLiteral("weight"), weightJson(s.weight, unit)},
                      {QStringLiteral("chart"), weightJson(s.chart, unit)},
                      {QStringLiteral("e1rm"), weightJson(s.e1rm, unit)},
                      {QStringLiteral("unit"), toKey(unit)},
                      {QStringLiteral("rules"), QJsonArray::fromStringList(s.rules)},
                      {QStringLiteral("reasons"), QJsonArray::fromStringList(s.reasons)}};
        if (s.loadout) {
            QJsonArray perSide;
            for (const double plate : s.loadout->perSide)
                perSide.append(plate);
            o.insert(QStringLiteral("plates_per_side"), perSide);
        }
        if (p.last)
            o.insert(QStringLiteral("last_time"), p.last->summary(unit));
        out.append(o);
    }
    return out;
}

void printRecords(QTextStream &out, const QList<PersonalRecord> &records, const ExerciseNames &exercises,
                  WeightUnit unit)
{
    for (const PersonalRecord &r : records) {
        QString what;
        if (r.kind == RecordKind::E1rm)
            what = Cli::tr("New record: %1 e1RM %2 (was %3)")
                       .arg(exercises.value(r.exerciseId), r.e1rm->format(unit, 1),
                            r.previousE1rm->format(unit, 1));
        else
            what = Cli::tr("New record: %1 %n rep(s) at %2 (the most before: %3)", nullptr, r.reps)
                       .arg(exercises.value(r.exerciseId),
                            r.weight ? r.weight->format(unit) : Cli::tr("bodyweight"))
                       .arg(r.previousReps.value_or(0));
        out << what << ", " << Cli::tr("set %1").arg(r.setIndex + 1);
        if (r.testing)
            out << ' ' << Cli::tr("[test]");
        out << '\n';
    }
}

QJsonArray toJson(const QList<PersonalRecord> &records, const ExerciseNames &exercises)
{
    QJsonArray out;
    for (const PersonalRecord &r : records)
        out.append(QJsonObject{
            {QStringLiteral("exercise"), exercises.value(r.exerciseId)},
            {QStringLiteral("kind"), toKey(r.kind)},
            {QStringLiteral("set"), r.setIndex + 1},
            {QStringLiteral("weight_kg"), weightJson(r.weight, WeightUnit::Kg)},
            {QStringLiteral("reps"), r.reps},
            {QStringLiteral("e1rm_kg"), weightJson(r.e1rm, WeightUnit::Kg)},
            {QStringLiteral("previous_e1rm_kg"), weightJson(r.previousE1rm, WeightUnit::Kg)},
            {QStringLiteral("previous_reps"), r.previousReps ? QJsonValue(*r.previousReps) : QJsonValue()},
            {QStringLiteral("testing"), r.testing}});
    return out;
}

QString shellQuote(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

void printWorkoutSuggestions(Context &ctx, const Athlete &athlete)
{
    const QList<WorkoutName> workouts = RoutineRepository(ctx.database()).frequentWorkouts(athlete.id);
    if (workouts.isEmpty())
        return;
    const QString db = ctx.dbPath() == Database::defaultPath()
                           ? QString()
                           : QStringLiteral(" --db ") + shellQuote(ctx.dbPath());
    ctx.out() << Cli::tr("Workouts this history repeats; each can become a routine to start sessions from:")
              << '\n';
    for (const WorkoutName &w : workouts)
        ctx.out() << "  "
                  << QCoreApplication::translate("spotter::cli", "%1 (%n session(s))", nullptr, w.sessions)
                         .arg(w.title)
                  << ":  spotter-cli" << db << " routine add " << shellQuote(w.title) << " --from-workout "
                  << shellQuote(w.title) << " --athlete " << shellQuote(athlete.name) << '\n';
}

} // namespace spotter::cli
