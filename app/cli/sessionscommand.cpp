// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "context.h"
#include "jsonout.h"
#include "routineout.h"
#include "store/athleterepository.h"
#include "store/exerciserepository.h"
#include "store/recordrepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"

#include <QJsonArray>

namespace spotter::cli {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

ExerciseNames exerciseNames(Database &db)
{
    ExerciseNames names;
    for (const Exercise &e : ExerciseRepository(db).list())
        names.insert(e.id, e.name);
    return names;
}

QString sessionLine(const Session &s)
{
    QString line =
        QStringLiteral("#%1  %2").arg(s.id).arg(s.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!s.title.isEmpty())
        line += QStringLiteral("  ") + s.title;
    if (s.durationMin)
        line += QStringLiteral("  ") + Cli::tr("%1 min").arg(*s.durationMin);
    if (s.sessionRpe)
        line += QStringLiteral("  ") + Cli::tr("session RPE %1").arg(formatNumber(*s.sessionRpe, 1));
    return line;
}

} // namespace

int sessionsCommand(Context &ctx, const QStringList &args)
{
    ctx.setAccess(Context::Access::Read);
    QCommandLineParser p;
    p.addOption({QStringLiteral("athlete"), Cli::tr("Whose sessions (required)."), Cli::tr("name")});
    p.addOption({QStringLiteral("from"), Cli::tr("First day, YYYY-MM-DD."), Cli::tr("date")});
    p.addOption({QStringLiteral("to"), Cli::tr("Last day, YYYY-MM-DD."), Cli::tr("date")});
    p.addOption({QStringLiteral("json"), Cli::tr("Print a JSON array with every set.")});
    if (!ctx.parse(p, QStringLiteral("sessions"), Cli::tr("List an athlete's sessions, oldest first."), args))
        return 0;
    Context::require(p, QStringLiteral("athlete"));
    if (!p.positionalArguments().isEmpty())
        throw UsageError(Cli::tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
    SessionFilter filter;
    filter.from = Context::dateValue(p, QStringLiteral("from"));
    filter.to = Context::dateValue(p, QStringLiteral("to"));
    if (filter.from && filter.to && *filter.from > *filter.to)
        throw UsageError(Cli::tr("--from must not be after --to"));
    const Athlete athlete = ctx.athlete(p.value(QStringLiteral("athlete")));
    const QList<Session> sessions = SessionRepository(ctx.database()).list(athlete.id, filter);
    const ExerciseNames names = exerciseNames(ctx.database());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Session &s : sessions)
            array.append(toJson(s, names));
        printJson(ctx.out(), array);
        return 0;
    }
    if (sessions.isEmpty())
        ctx.out() << Cli::tr("No sessions for %1 in that range.").arg(athlete.name) << '\n';
    for (const Session &s : sessions) {
        const int sets = static_cast<int>(s.sets.size());
        ctx.out() << sessionLine(s) << "  " << Cli::tr("%n set(s)", nullptr, sets) << '\n';
    }
    return 0;
}

int showCommand(Context &ctx, const QStringList &args)
{
    ctx.setAccess(Context::Access::Read);
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("session"), Cli::tr("The session id."));
    p.addOption({QStringLiteral("json"), Cli::tr("Print the session as JSON.")});
    if (!ctx.parse(p, QStringLiteral("show"), Cli::tr("Show one session with its sets."), args))
        return 0;
    if (p.positionalArguments().size() != 1)
        throw UsageError(Cli::tr("expected exactly one SESSION_ID"));
    bool ok = false;
    const qint64 id = p.positionalArguments().first().toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(Cli::tr("SESSION_ID must be a positive whole number; got '%1'")
                             .arg(p.positionalArguments().first()));
    const auto session = SessionRepository(ctx.database()).get(id);
    if (!session)
        throw RuntimeError(Cli::tr("There is no session %1").arg(id));
    const ExerciseNames names = exerciseNames(ctx.database());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = toJson(*session, names);
        QJsonArray soreness;
        for (const SorenessReport &r : SorenessRepository(ctx.database()).forSession(id))
            soreness.append(toJson(r));
        o.insert(QStringLiteral("soreness"), soreness);
        o.insert(QStringLiteral("records"), toJson(RecordRepository(ctx.database()).forSession(id), names));
        printJson(ctx.out(), o);
        return 0;
    }
    const auto athlete = AthleteRepository(ctx.database()).get(session->athleteId);
    const WeightUnit unit = athlete ? athlete->unit : WeightUnit::Kg;
    ctx.out() << sessionLine(*session) << '\n';
    if (athlete)
        ctx.out() << Cli::tr("Athlete: %1").arg(athlete->name) << '\n';
    if (session->bodyweight)
        ctx.out() << Cli::tr("Bodyweight: %1").arg(session->bodyweight->format(unit)) << '\n';
    if (!session->notes.isEmpty())
        ctx.out() << Cli::tr("Notes: %1").arg(session->notes) << '\n';
    for (const WorkoutSet &s : session->sets)
        ctx.out() << "  " << (s.position + 1) << ". " << describeSet(s, names.value(s.exerciseId), unit)
                  << '\n';
    printRecords(ctx.out(), RecordRepository(ctx.database()).forSession(id), names, unit);
    return 0;
}

} // namespace spotter::cli
