// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report.h"

#include "analysis/e1rm.h"
#include "analysis/ruletable.h"
#include "analysis/sessionanalyzer.h"
#include "analysis/thresholds.h"
#include "model/session.h"
#include "model/sessionsummary.h"
#include "services/historyservice.h"
#include "store/exportreader.h"
#include "store/historyrepository.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(spotter::ReportText)
};

/// Ranges longer than this show e1RM per month rather than per week.
constexpr qint64 kWeeklyLiftDays = 26 * 7;

struct LiftOutcome
{
    QDate date;
    Weight e1rm;
    bool fromRepsAlone;
    IntensityClass cls;
    bool pr;
};

QDate periodStart(QDate day, Report::Period period)
{
    if (period == Report::Period::Month)
        return QDate(day.year(), day.month(), 1);
    return day.addDays(1 - day.dayOfWeek());
}

QList<LiftProgress> liftProgress(const QMap<QString, QPair<qint64, QList<LiftOutcome>>> &byName,
                                 Report::Period period)
{
    QList<LiftProgress> out;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        LiftProgress lift{it.value().first, it.key(), {}};
        for (const LiftOutcome &s : it.value().second) {
            const QDate start = periodStart(s.date, period);
            if (lift.points.isEmpty() || lift.points.last().periodStart != start)
                lift.points.append({start, s.e1rm, s.fromRepsAlone, 0, s.cls, false});
            LiftPoint &p = lift.points.last();
            if (s.e1rm > p.e1rm) {
                p.e1rm = s.e1rm;
                p.fromRepsAlone = s.fromRepsAlone;
            }
            p.hardest = std::max(p.hardest, s.cls);
            p.pr = p.pr || s.pr;
            ++p.sessions;
        }
        out.append(lift);
    }
    return out;
}

} // namespace

QString flagName(const QString &key)
{
    if (key == u"testing_too_often")
        return ReportText::tr("Testing too often");
    if (key == u"no_easy_days")
        return ReportText::tr("No easy days");
    if (key == u"load_jump")
        return ReportText::tr("Load jump");
    if (key == u"postpone_test")
        return ReportText::tr("Test while still sore");
    return key;
}

QString reportedAnswers(const SorenessReport &r)
{
    QStringList parts;
    if (!r.signs.isEmpty())
        parts.append(ReportText::tr("signs: %1").arg(keysOf(kSignKeys, r.signs)));
    if (!r.redFlags.isEmpty())
        parts.append(ReportText::tr("red flags: %1").arg(keysOf(kRedFlagKeys, r.redFlags)));
    if (!r.lift.isEmpty())
        parts.append(r.oneSided ? ReportText::tr("lift: %1, one-sided").arg(r.lift)
                                : ReportText::tr("lift: %1").arg(r.lift));
    else if (r.oneSided)
        parts.append(ReportText::tr("after a one-sided lift"));
    return parts.join(QStringLiteral("; "));
}

QList<WeekLine> weekLines(const Report &report)
{
    QList<WeekLine> out;
    const auto empty = [&](const WeekLoad &w) {
        return !report.sessionsPerWeek.contains(w.weekStart) && w.flags.isEmpty();
    };
    for (qsizetype i = 0; i < report.weeks.size();) {
        const WeekLoad &w = report.weeks[i];
        qsizetype end = i + 1;
        if (empty(w)) {
            while (end < report.weeks.size() && empty(report.weeks[end]))
                ++end;
        }
        const auto run = static_cast<int>(end - i);
        if (run >= 2) {
            out.append({w.weekStart, report.weeks[end - 1].weekStart.addDays(6), run, std::nullopt});
            i = end;
            continue;
        }
        out.append({w.weekStart, w.weekStart.addDays(6), 1, w});
        ++i;
    }
    return out;
}

QList<SorenessReport> tickedIn(const Report &report, RedFlag flag)
{
    QList<SorenessReport> out;
    for (const TriagedReport &t : report.soreness) {
        if (t.report.redFlags.contains(flag))
            out.append(t.report);
    }
    std::stable_sort(out.begin(), out.end(), [](const SorenessReport &a, const SorenessReport &b) {
        return a.noticedAt < b.noticedAt;
    });
    return out;
}

QString rangeText(const Report &report)
{
    const auto day = [](QDate d) { return d.toString(Qt::ISODate); };
    if (report.from && report.to)
        return ReportText::tr("%1 to %2").arg(day(*report.from), day(*report.to));
    if (report.from)
        return ReportText::tr("from %1").arg(day(*report.from));
    if (report.to)
        return ReportText::tr("up to %1").arg(day(*report.to));
    return ReportText::tr("all sessions");
}

QString reportTitle(const Report &report)
{
    return ReportText::tr("Training report: %1, %2").arg(report.athlete.name, rangeText(report));
}

Report buildReport(const Database &db, const Athlete &athlete, std::optional<QDate> from,
                   std::optional<QDate> to, const QDateTime &now)
{
    Report r;
    r.athlete = athlete;
    r.from = from;
    r.to = to;
    r.generated = now;
    r.checklistHeading = TriageResult::checklistHeading();
    r.checklist = TriageResult::redFlagChecklist();
    r.note = notMedicalAdvice();

    // One snapshot for every read below.
    ExportReader reader(db);
    const HistoryRepository history(db);
    const std::optional<qint64> fromUtc = from ? std::optional(wallClockDayStart(*from)) : std::nullopt;
    const std::optional<qint64> toUtc = to ? std::optional(wallClockDayStart(to->addDays(1))) : std::nullopt;
    std::optional<qint64> contextUtc;
    if (fromUtc)
        contextUtc = *fromUtc - static_cast<qint64>(th(Threshold::E1rmBestWeeks) * 7.0 * 86400.0);
    const auto contextDay =
        contextUtc ? std::optional(QDateTime::fromSecsSinceEpoch(*contextUtc, Qt::UTC).date()) : std::nullopt;

    // Soreness: the context feeds IF-04, the range is reported.
    const QList<TriagedReport> reports = triagedReports(db, athlete.id, contextDay, to, now);
    for (const TriagedReport &t : reports) {
        if (fromUtc && wallClockSeconds(t.report.noticedAt) < *fromUtc)
            continue;
        r.soreness.append(t);
        if (!t.report.isResolved() && t.triage.cls() >= SorenessClass::Warning)
            r.attention.append(t);
    }
    const auto severeFirst = [](const TriagedReport &a, const TriagedReport &b) {
        if (a.triage.severity != b.triage.severity)
            return a.triage.severity > b.triage.severity;
        return a.report.noticedAt < b.report.noticedAt;
    };
    std::stable_sort(r.soreness.begin(), r.soreness.end(), severeFirst);
    std::stable_sort(r.attention.begin(), r.attention.end(), severeFirst);
    r.summary.sorenessReports = static_cast<int>(r.soreness.size());
    r.summary.openReports =
        static_cast<int>(std::count_if(r.soreness.cbegin(), r.soreness.cend(),
                                       [](const TriagedReport &t) { return !t.report.isResolved(); }));

    const ExerciseMap exercises = history.exercises();
    // With how each best was estimated: a PR from reps alone needs a margin over a rated best.
    QHash<qint64, E1rmEstimate> bestEver;
    if (contextUtc)
        bestEver = bestE1rmEstimateByExercise(HistoryService(db).e1rmCandidates(
            athlete.id, {}, std::nullopt, QDateTime::fromSecsSinceEpoch(*contextUtc, Qt::UTC)));
    SessionAnalyzer analyzer =
        SessionAnalyzer::withBestEstimates(exercises, bestEver, sorenessEvents(reports));
    QMap<QString, QPair<qint64, QList<LiftOutcome>>> lifts;
    ReportSummary &sum = r.summary;
    reader.sessions(athlete.id, contextUtc, toUtc, [&](const ExportSession &es) {
        const Session &s = es.session;
        const SessionAnalysis a = analyzer.add(s);
        if (fromUtc && wallClockSeconds(s.start) < *fromUtc)
            return true;
        ++sum.sessions;
        const SessionSummary ss = summarize(s, exercises);
        sum.workingSets += ss.workingSets;
        sum.tonnageGrams += ss.tonnageGrams;
        sum.testingSessions += a.intensity.cls == IntensityClass::Testing ? 1 : 0;
        sum.hardSessions += a.intensity.cls == IntensityClass::Hard ? 1 : 0;
        sum.srpeLoad += a.srpeLoad.value_or(0.0);
        if (!sum.firstSession)
            sum.firstSession = s.start.date();
        const QDate day = s.start.date();
        ++r.sessionsPerWeek[day.addDays(1 - day.dayOfWeek())];
        sum.lastSession = s.start.date();
        for (const QString &key : a.flagKeys()) {
            const auto counted = std::find_if(sum.flags.begin(), sum.flags.end(),
                                              [&](const QPair<QString, int> &f) { return f.first == key; });
            if (counted == sum.flags.end())
                sum.flags.append({key, 1});
            else
                ++counted->second;
        }
        for (const SessionFlag &f : a.flags)
            r.flags.append({s.id, s.start, s.title, exercises.value(f.exerciseId).name, f});
        for (const LiftIntensity &lift : a.intensity.lifts) {
            const auto e = exercises.constFind(lift.exerciseId);
            if (e == exercises.constEnd() || !e->isMainLift() || !lift.bestE1rm)
                continue;
            auto &entry = lifts[e->name];
            entry.first = e->id;
            entry.second.append({s.start.date(), *lift.bestE1rm, lift.bestE1rmMethod == E1rmMethod::Epley,
                                 lift.cls, lift.pr});
        }
        return true;
    });

    if (sum.firstSession) {
        const QDate first = from.value_or(*sum.firstSession);
        const QDate last = to.value_or(*sum.lastSession);
        r.liftPeriod = first.daysTo(last) > kWeeklyLiftDays ? Report::Period::Month : Report::Period::Week;
        r.weeks = weeklyLoads(history.dailyLoads(athlete.id, last), first, last);
    }
    r.lifts = liftProgress(lifts, r.liftPeriod);
    return r;
}

} // namespace spotter
