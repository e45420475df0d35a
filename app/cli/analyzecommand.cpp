// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/e1rm.h"
#include "analysis/loadmetrics.h"
#include "analysis/reportcontext.h"
#include "analysis/reporthistory.h"
#include "analysis/ruletable.h"
#include "analysis/sessionanalysis.h"
#include "cli.h"
#include "context.h"
#include "jsonout.h"
#include "model/clock.h"
#include "services/historyservice.h"
#include "services/orderedwork.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/historyrepository.h"
#include "store/sorenessrepository.h"
#include "triageout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

namespace spotter::cli {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

QJsonValue number(const std::optional<double> &v, int decimals = 2)
{
    return v ? QJsonValue(roundArtefacts(*v, decimals)) : QJsonValue();
}

QJsonValue kg(const std::optional<Weight> &w)
{
    return w ? QJsonValue(roundArtefacts(w->kg(), 1)) : QJsonValue();
}

struct Analysis
{
    Athlete athlete;
    std::optional<QDate> from;
    std::optional<QDate> to;
    TrainingHistory training;
    QList<SessionAnalysis> sessions; ///< only those in the range
    QList<QPair<SorenessReport, TriageResult>> soreness;
    QList<WeekLoad> weeks;
    QHash<qint64, qsizetype> sessionIndex; ///< session id → position in training.sessions
};

Analysis analyze(const Database &db, const Athlete &athlete, std::optional<QDate> from,
                 std::optional<QDate> to)
{
    Analysis a{athlete, from, to, {}, {}, {}, {}, {}};
    const HistoryRepository history(db);
    a.training = HistoryService(db).trainingHistory(athlete.id, from, to);
    a.sessionIndex.reserve(a.training.sessions.size());
    for (qsizetype i = 0; i < a.training.sessions.size(); ++i)
        a.sessionIndex.insert(a.training.sessions[i].id, i);
    const QDateTime now = Clock::now();

    // Soreness from two days before the range, so IF-04 sees what precedes its first test.
    QList<SorenessEvent> events;
    const auto reports =
        SorenessRepository(db).list(athlete.id, from ? std::optional(from->addDays(-2)) : from, to);
    // Without --from every session is in memory already: the reports' histories come from those,
    // not from a few queries per report. Reports it cannot answer are read from the store.
    QList<std::optional<ReportHistory>> histories(reports.size());
    if (!from) {
        ReportContext context;
        context.athlete = athlete;
        context.exercises = a.training.exercises;
        context.sessions = a.training.sessions;
        context.soreRegions = history.soreRegions(athlete.id);
        histories = reportHistories(context, reports);
    }
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const SorenessReport &r = reports[i];
        const TriageResult t =
            triageReport(r, histories[i] ? *histories[i] : HistoryService(db).reportHistory(r), now);
        events.append({r.noticedAt, r.resolvedAt, r.region, t.severity});
        if (!from || r.noticedAt.date() >= *from)
            a.soreness.append({r, t});
    }
    const auto all =
        analyzeSessions(a.training.sessions, a.training.exercises, a.training.bestBefore, events);
    for (const SessionAnalysis &s : all) {
        // The session's own calendar day decides, whoever reads it.
        if (!from || s.start.date() >= *from)
            a.sessions.append(s);
    }
    if (!a.sessions.isEmpty()) {
        const QDate first = from.value_or(a.sessions.first().start.date());
        const QDate last = to.value_or(a.sessions.last().start.date());
        a.weeks = weeklyLoads(history.dailyLoads(athlete.id, last), first, last);
    }
    return a;
}

const Session &sessionOf(const Analysis &a, qint64 id)
{
    Q_ASSERT(a.sessionIndex.contains(id));
    return a.training.sessions.at(a.sessionIndex.value(id));
}

QString exerciseName(const Analysis &a, qint64 id)
{
    return a.training.exercises.value(id).name;
}

QJsonObject sessionJson(const Analysis &a, const SessionAnalysis &sa)
{
    const Session &s = sessionOf(a, sa.sessionId);
    QJsonArray tops;
    for (const LiftIntensity &lift : sa.intensity.lifts) {
        if (lift.topSet < 0)
            continue;
        const WorkoutSet &set = s.sets[lift.topSet];
        const SetIntensity &si = sa.intensity.sets[lift.topSet];
        tops.append(QJsonObject{{QStringLiteral("exercise"), exerciseName(a, lift.exerciseId)},
                                {QStringLiteral("exercise_id"), lift.exerciseId},
                                {QStringLiteral("weight_kg"), kg(set.weight)},
                                {QStringLiteral("reps"), set.reps ? QJsonValue(*set.reps) : QJsonValue()},
                                {QStringLiteral("rpe"), number(set.effectiveRpe(), 1)},
                                {QStringLiteral("e1rm_kg"), kg(si.e1rm)},
                                {QStringLiteral("pct_e1rm"), number(si.pctE1rm, 1)},
                                {QStringLiteral("class"), toKey(lift.cls)},
                                {QStringLiteral("rules"), QJsonArray::fromStringList(si.rules)},
                                {QStringLiteral("pr"), lift.pr}});
    }
    QJsonArray details;
    for (const SessionFlag &f : sa.flags)
        details.append(
            QJsonObject{{QStringLiteral("flag"), f.key},
                        {QStringLiteral("rule"), f.ruleId},
                        {QStringLiteral("exercise"), exerciseName(a, f.exerciseId)},
                        {QStringLiteral("level"), f.level ? QJsonValue(toKey(*f.level)) : QJsonValue()},
                        {QStringLiteral("advice"), f.advice}});
    QJsonArray tips;
    for (const Tip &t : sa.intensity.tips)
        tips.append(QJsonObject{{QStringLiteral("rule"), t.id}, {QStringLiteral("text"), t.text}});
    return {{QStringLiteral("id"), sa.sessionId},
            {QStringLiteral("start"), isoWithOffset(sa.start)},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("intensity_class"), toKey(sa.intensity.cls)},
            {QStringLiteral("rules"), QJsonArray::fromStringList(sa.intensity.rules)},
            {QStringLiteral("flags"), QJsonArray::fromStringList(sa.flagKeys())},
            {QStringLiteral("flag_details"), details},
            {QStringLiteral("tips"), tips},
            {QStringLiteral("srpe_load"), number(sa.srpeLoad, 1)},
            {QStringLiteral("top_sets"), tops}};
}

QJsonObject sorenessJson(const SorenessReport &r, const TriageResult &t)
{
    QJsonObject o = triageJson(t);
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("noticed"), isoWithOffset(r.noticedAt));
    o.insert(QStringLiteral("region"), toKey(r.region));
    o.insert(QStringLiteral("session_id"), r.sessionId ? QJsonValue(*r.sessionId) : QJsonValue());
    return o;
}

QJsonObject weekJson(const WeekLoad &w)
{
    return {{QStringLiteral("week_start"), w.weekStart.toString(Qt::ISODate)},
            {QStringLiteral("load"), roundArtefacts(w.load, 1)},
            {QStringLiteral("monotony"), number(w.monotony.monotony)},
            {QStringLiteral("strain"),
             w.monotony.monotony ? QJsonValue(roundArtefacts(w.monotony.strain, 1)) : QJsonValue()},
            {QStringLiteral("acwr"), number(w.acwr)},
            {QStringLiteral("acwr_band"), w.band ? QJsonValue(toKey(*w.band)) : QJsonValue()},
            {QStringLiteral("change_pct"), number(w.changePct, 1)},
            {QStringLiteral("flags"), QJsonArray::fromStringList(w.flags)}};
}

void printText(QTextStream &out, const Analysis &a)
{
    const WeightUnit unit = a.athlete.unit;
    // A coach's history prints hundreds of thousands of lines: the texts are looked up once.
    const QString flagsText = Cli::tr("flags: %1");
    const QString e1rmText = Cli::tr("e1RM %1");
    const QString ofBestText = Cli::tr("(%1% of best)");
    const QString prText = Cli::tr("PR");
    const QString dateFormat = QStringLiteral("yyyy-MM-dd HH:mm");
    QHash<IntensityClass, QString> classNames;
    for (const IntensityClass cls : allValues(kIntensityClassKeys))
        classNames.insert(cls, displayName(cls));
    out << Cli::tr("Sessions") << '\n';
    if (a.sessions.isEmpty())
        out << "  " << Cli::tr("No sessions in that range.") << '\n';
    for (const SessionAnalysis &sa : a.sessions) {
        const Session &s = sessionOf(a, sa.sessionId);
        out << "  #" << sa.sessionId << "  " << sa.start.toString(dateFormat) << "  "
            << classNames.value(sa.intensity.cls) << " [" << sa.intensity.rules.join(u' ') << ']';
        if (!sa.flags.isEmpty())
            out << "  " << flagsText.arg(sa.flagKeys().join(QStringLiteral(", ")));
        out << '\n';
        for (const LiftIntensity &lift : sa.intensity.lifts) {
            if (lift.topSet < 0)
                continue;
            const SetIntensity &si = sa.intensity.sets[lift.topSet];
            out << "      " << describeSet(s.sets[lift.topSet], exerciseName(a, lift.exerciseId), unit);
            if (si.e1rm)
                out << "  " << e1rmText.arg(si.e1rm->format(unit, 1));
            if (si.pctE1rm)
                out << "  " << ofBestText.arg(formatNumber(*si.pctE1rm, 1));
            out << "  " << classNames.value(lift.cls);
            if (lift.pr)
                out << "  " << prText;
            out << '\n';
        }
        for (const SessionFlag &f : sa.flags)
            out << "      " << f.ruleId << ": " << f.advice << '\n';
        for (const Tip &t : sa.intensity.tips)
            out << "      " << t.id << ": " << t.text << '\n';
    }
    out << Cli::tr("Soreness") << '\n';
    if (a.soreness.isEmpty())
        out << "  " << Cli::tr("No soreness reports in that range.") << '\n';
    for (const auto &[r, t] : a.soreness) {
        out << "  #" << r.id << "  " << r.noticedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
            << displayName(r.region) << ": " << triageSummary(t) << '\n';
        for (const MatchedRule &m : t.matched)
            out << "      " << m.id << ": " << m.advice << '\n';
    }
    out << Cli::tr("Weeks (session-RPE load)") << '\n';
    for (const WeekLoad &w : a.weeks) {
        out << "  " << w.weekStart.toString(Qt::ISODate) << "  "
            << Cli::tr("load %1").arg(formatNumber(w.load, 0));
        if (w.monotony.monotony)
            out << "  " << Cli::tr("monotony %1").arg(formatNumber(*w.monotony.monotony, 2)) << "  "
                << Cli::tr("strain %1").arg(formatNumber(w.monotony.strain, 0));
        if (w.acwr)
            out << "  " << Cli::tr("ACWR %1 (%2)").arg(formatNumber(*w.acwr, 2), toKey(*w.band));
        if (!w.flags.isEmpty())
            out << "  " << Cli::tr("flags: %1").arg(w.flags.join(QStringLiteral(", ")));
        out << '\n';
    }
    out << notMedicalAdvice() << '\n';
}

QJsonObject analysisJson(const Analysis &a)
{
    QJsonArray sessions;
    for (const SessionAnalysis &sa : a.sessions)
        sessions.append(sessionJson(a, sa));
    QJsonArray soreness;
    for (const auto &[r, t] : a.soreness)
        soreness.append(sorenessJson(r, t));
    QJsonArray weeks;
    for (const WeekLoad &w : a.weeks)
        weeks.append(weekJson(w));
    return {{QStringLiteral("athlete"), a.athlete.name},
            {QStringLiteral("from"), a.from ? QJsonValue(a.from->toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("to"), a.to ? QJsonValue(a.to->toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("sessions"), sessions},
            {QStringLiteral("soreness"), soreness},
            {QStringLiteral("weeks"), weeks}};
}

} // namespace

int analyzeCommand(Context &ctx, const QStringList &args)
{
    ctx.setAccess(Context::Access::Read);
    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("athlete"), Cli::tr("Whose training (required unless --all)."), Cli::tr("name")});
    p.addOption({QStringLiteral("all"), Cli::tr("Every athlete, one after the other, by name.")});
    p.addOption({QStringLiteral("from"), Cli::tr("First day, YYYY-MM-DD."), Cli::tr("date")});
    p.addOption({QStringLiteral("to"), Cli::tr("Last day, YYYY-MM-DD."), Cli::tr("date")});
    p.addOption(
        {QStringLiteral("json"), Cli::tr("Print one JSON object with sessions, soreness and weeks (with "
                                         "--all, an object with the array \"athletes\" of them).")});
    if (!ctx.parse(p, QStringLiteral("analyze"),
                   Cli::tr("Intensity class, flags and top sets of each session, the triage of each soreness "
                           "report, and weekly session-RPE load, monotony, strain and ACWR."),
                   args))
        return 0;
    const bool all = p.isSet(QStringLiteral("all"));
    if (all == p.isSet(QStringLiteral("athlete")))
        throw UsageError(Cli::tr("give either --athlete or --all"));
    if (!p.positionalArguments().isEmpty())
        throw UsageError(Cli::tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
    const auto from = Context::dateValue(p, QStringLiteral("from"));
    const auto to = Context::dateValue(p, QStringLiteral("to"));
    if (from && to && *from > *to)
        throw UsageError(Cli::tr("--from must not be after --to"));
    const bool json = p.isSet(QStringLiteral("json"));
    if (!all) {
        const Analysis a = analyze(ctx.database(), ctx.athlete(p.value(QStringLiteral("athlete"))), from, to);
        if (json)
            printJson(ctx.out(), analysisJson(a));
        else
            printText(ctx.out(), a);
        return 0;
    }
    // Athletes are independent: worker threads analyse the next ones while this thread prints the
    // finished ones in order.
    const Database &db = ctx.database();
    const QList<Athlete> athletes = AthleteRepository(db).list();
    const int workers = std::max(1, QThread::idealThreadCount());
    if (json)
        ctx.out() << "{\"athletes\":[";
    bool first = true;
    forEachInOrder<Analysis>(
        db, athletes.size(), workers, 2 * qsizetype{workers},
        [&](qsizetype i) { return analyze(db, athletes.at(i), from, to); },
        [&](Analysis &&a) {
            if (json) {
                ctx.out() << (first ? "" : ",")
                          << QString::fromUtf8(QJsonDocument(analysisJson(a)).toJson(QJsonDocument::Compact));
                first = false;
                return;
            }
            ctx.out() << "== " << a.athlete.name << " ==\n";
            printText(ctx.out(), a);
        });
    if (json)
        ctx.out() << "]}\n";
    return 0;
}

} // namespace spotter::cli
