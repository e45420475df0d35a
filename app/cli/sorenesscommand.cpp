// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/reporthistory.h"
#include "cli.h"
#include "context.h"
#include "jsonout.h"
#include "model/clock.h"
#include "model/editdistance.h"
#include "model/validation.h"
#include "services/historyservice.h"
#include "services/reassessment.h"
#include "store/exerciserepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "triageout.h"

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
    QCommandLineParser p;
    p.addOption({QStringLiteral("athlete"), Cli::tr("Whose soreness (required)."), Cli::tr("name")});
    p.addOption({QStringLiteral("session"), Cli::tr("The session it followed."), Cli::tr("id")});
    p.addOption({QStringLiteral("last"), Cli::tr("It followed the athlete's latest session.")});
    p.addOption({QStringLiteral("region"), Cli::tr("Where: %1.").arg(allKeys(kRegionKeys).join(u' ')),
                 Cli::tr("region")});
    p.addOption({QStringLiteral("side"), Cli::tr("both, left or right (default both)."), Cli::tr("side"),
                 QStringLiteral("both")});
    p.addOption(
        {QStringLiteral("noticed"), Cli::tr("When it was first noticed, ISO 8601."), Cli::tr("time")});
    p.addOption({QStringLiteral("resolved"), Cli::tr("When it was gone, ISO 8601 (omit if still present)."),
                 Cli::tr("time")});
    p.addOption({QStringLiteral("intensity"), Cli::tr("Worst intensity, 0-10."), Cli::tr("n")});
    p.addOption({QStringLiteral("character"),
                 Cli::tr("What it feels like: %1.").arg(allKeys(kCharacterKeys).join(u' ')), Cli::tr("c")});
    p.addOption({QStringLiteral("trend"), Cli::tr("improving, stable or worsening."), Cli::tr("t")});
    p.addOption({QStringLiteral("sign"), Cli::tr("Repeatable: %1.").arg(allKeys(kSignKeys).join(u' ')),
                 Cli::tr("name")});
    p.addOption({QStringLiteral("red-flag"), Cli::tr("Repeatable: %1.").arg(allKeys(kRedFlagKeys).join(u' ')),
                 Cli::tr("name")});
    p.addOption(
        {QStringLiteral("one-sided"),
         Cli::tr("The lift before it was one-sided (a split squat, a one-arm row): soreness on one side "
                 "is expected.")});
    p.addOption({QStringLiteral("lift"),
                 Cli::tr("The lift before it, by catalogue name or alias (default: the session's lifts); a "
                         "one-sided lift counts as --one-sided."),
                 Cli::tr("name")});
    p.addOption({QStringLiteral("notes"), Cli::tr("Free-text notes."), Cli::tr("text")});
    p.addOption({QStringLiteral("json"), Cli::tr("Print the report as JSON.")});
    if (!ctx.parse(p, QStringLiteral("soreness add"), Cli::tr("Report soreness."), args))
        return 0;
    for (const char *option : {"athlete", "region", "noticed", "intensity", "character"})
        Context::require(p, QLatin1String(option));
    if (p.isSet(QStringLiteral("session")) == p.isSet(QStringLiteral("last")))
        throw UsageError(Cli::tr("give either --session ID or --last"));
    if (!p.positionalArguments().isEmpty())
        throw UsageError(Cli::tr("unexpected argument '%1'").arg(p.positionalArguments().first()));

    SorenessReport r;
    r.region = Context::enumValue(p, QStringLiteral("region"), kRegionKeys);
    r.side = Context::enumValue(p, QStringLiteral("side"), kSideKeys);
    r.noticedAt = Context::dateTimeValue(p, QStringLiteral("noticed"));
    if (p.isSet(QStringLiteral("resolved")))
        r.resolvedAt = Context::dateTimeValue(p, QStringLiteral("resolved"));
    r.intensity = Context::intValue(p, QStringLiteral("intensity"), 0, 10);
    r.character = Context::enumValue(p, QStringLiteral("character"), kCharacterKeys);
    if (p.isSet(QStringLiteral("trend")))
        r.trend = Context::enumValue(p, QStringLiteral("trend"), kTrendKeys);
    r.signs = Context::enumSetValue(p, QStringLiteral("sign"), kSignKeys);
    r.redFlags = Context::enumSetValue(p, QStringLiteral("red-flag"), kRedFlagKeys);
    r.notes = p.value(QStringLiteral("notes"));
    r.oneSided = p.isSet(QStringLiteral("one-sided"));
    if (p.isSet(QStringLiteral("lift"))) {
        const QString name = p.value(QStringLiteral("lift"));
        const ExerciseRepository exercises(ctx.database());
        const auto lift = exercises.find(name);
        if (!lift) {
            const QStringList close = closestExerciseNames(nameKey(name), exercises.list());
            throw UsageError(close.isEmpty()
                                 ? Cli::tr("--lift: '%1' is not in the exercise catalogue").arg(name)
                                 : Cli::tr("--lift: '%1' is not in the exercise catalogue; did you mean %2?")
                                       .arg(name, close.join(Cli::tr(" or "))));
        }
        r.lift = lift->name;
        r.oneSided = r.oneSided || lift->unilateral;
    }
    const auto issues = validate(r, Clock::now());
    if (!issues.isEmpty())
        throw UsageError(joinMessages(issues));

    const Athlete athlete = ctx.athlete(p.value(QStringLiteral("athlete")));
    r.athleteId = athlete.id;
    SessionRepository sessions(ctx.database());
    std::optional<Session> session;
    if (p.isSet(QStringLiteral("last"))) {
        session = sessions.latest(athlete.id);
        if (!session)
            throw RuntimeError(Cli::tr("%1 has no sessions yet; --last needs one").arg(athlete.name));
    } else {
        bool ok = false;
        const qint64 id = p.value(QStringLiteral("session")).toLongLong(&ok);
        if (!ok || id <= 0)
            throw UsageError(Cli::tr("--session: expected a session id; got '%1'")
                                 .arg(p.value(QStringLiteral("session"))));
        session = sessions.get(id);
        if (!session || session->athleteId != athlete.id)
            throw RuntimeError(Cli::tr("%1 has no session %2").arg(athlete.name, QString::number(id)));
    }
    if (r.noticedAt < session->start)
        throw UsageError(Cli::tr("--noticed: %1 is before the session started (%2)")
                             .arg(isoWithOffset(r.noticedAt), isoWithOffset(session->start)));
    r.sessionId = session->id;
    SorenessRepository(ctx.database()).add(r);
    const QDateTime now = Clock::now();
    const TriageResult triage = triageReport(r, HistoryService(ctx.database()).reportHistory(r), now);
    storeAssessment(ctx.database(), r.id, triage, now);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = toJson(r);
        o.insert(QStringLiteral("triage"), triageJson(triage));
        printJson(ctx.out(), o);
    } else {
        ctx.out() << Cli::tr("Saved soreness report %1 (%2, after session %3).")
                         .arg(r.id)
                         .arg(displayName(r.region))
                         .arg(session->id)
                  << '\n';
        printTriage(ctx.out(), triage);
    }
    return 0;
}

int list(Context &ctx, const QStringList &args)
{
    ctx.setAccess(Context::Access::Read);
    QCommandLineParser p;
    p.addOption({QStringLiteral("athlete"), Cli::tr("Whose reports (required)."), Cli::tr("name")});
    p.addOption({QStringLiteral("from"), Cli::tr("First day, YYYY-MM-DD."), Cli::tr("date")});
    p.addOption({QStringLiteral("to"), Cli::tr("Last day, YYYY-MM-DD."), Cli::tr("date")});
    p.addOption({QStringLiteral("json"), Cli::tr("Print a JSON array.")});
    if (!ctx.parse(p, QStringLiteral("soreness list"), Cli::tr("List soreness reports."), args))
        return 0;
    Context::require(p, QStringLiteral("athlete"));
    const Athlete athlete = ctx.athlete(p.value(QStringLiteral("athlete")));
    const auto reports = SorenessRepository(ctx.database())
                             .list(athlete.id, Context::dateValue(p, QStringLiteral("from")),
                                   Context::dateValue(p, QStringLiteral("to")));
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SorenessReport &r : reports)
            array.append(toJson(r));
        printJson(ctx.out(), array);
        return 0;
    }
    for (const SorenessReport &r : reports)
        ctx.out() << r.id << '\t' << r.noticedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
                  << displayName(r.region) << '\t' << r.intensity << "/10\t" << displayName(r.character)
                  << '\n';
    return 0;
}

} // namespace

int sorenessCommand(Context &ctx, const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == u"add")
        return add(ctx, args.mid(1));
    if (verb == u"list")
        return list(ctx, args.mid(1));
    if (verb == u"-h" || verb == u"--help") {
        ctx.out() << Cli::tr(
            "Usage: spotter-cli soreness add --athlete NAME (--session ID | --last) "
            "--region R --noticed ISO [--resolved ISO] --intensity N --character C "
            "[--side S] [--trend T] [--sign NAME]... [--red-flag NAME]... [--one-sided] [--lift NAME]")
                  << '\n'
                  << Cli::tr("       spotter-cli soreness list --athlete NAME [--from D] [--to D] [--json]")
                  << '\n';
        return 0;
    }
    if (verb.isEmpty())
        throw UsageError(Cli::tr("expected 'add' or 'list'"));
    throw UsageError(Cli::tr("unknown action '%1' (expected 'add' or 'list')").arg(verb));
}

} // namespace spotter::cli
