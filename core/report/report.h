// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/loadmetrics.h"
#include "analysis/sessionanalysis.h"
#include "analysis/triage.h"
#include "model/athlete.h"
#include "model/weight.h"
#include "services/triagedreport.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <optional>

namespace spotter {

class Database;

/// The numbers at the top of a report, over the sessions in its range.
struct ReportSummary
{
    int sessions = 0;
    int workingSets = 0;
    qint64 tonnageGrams = 0; ///< Σ load × reps over working sets
    int testingSessions = 0;
    int hardSessions = 0;
    double srpeLoad = 0.0; ///< Σ session RPE × minutes (LM-01)
    int sorenessReports = 0;
    int openReports = 0;
    std::optional<QDate> firstSession;
    std::optional<QDate> lastSession;
    /// Each flag key with the number of sessions that raised it, in the order first raised.
    QList<QPair<QString, int>> flags;
};

/// A flag raised on one session of the range.
struct ReportFlag
{
    qint64 sessionId = 0;
    QDateTime sessionStart;
    QString sessionTitle;
    QString exercise;
    SessionFlag flag;
};

/// A main lift's best e1RM in one period (a calendar week, or a month for long ranges).
struct LiftPoint
{
    QDate periodStart;
    Weight e1rm;
    /// The period's best e1RM came from a set without RPE or RIR (Epley): an estimate from reps
    /// alone, marked as such; as a PR it had to beat a rated best by e1rm.reps_only_pr_pct.
    bool fromRepsAlone = false;
    int sessions = 0;
    IntensityClass hardest = IntensityClass::Training;
    bool pr = false; ///< a session in the period beat the best e1RM ever before it
};

struct LiftProgress
{
    qint64 exerciseId = 0;
    QString exercise;
    QList<LiftPoint> points; ///< chronological
};

/// Everything a coach's report shows, computed in core and rendered as HTML, PDF or CSV.
struct Report
{
    enum class Period { Week, Month };

    Athlete athlete;
    std::optional<QDate> from;
    std::optional<QDate> to;
    QDateTime generated; ///< "now" for triage and durations, and the date printed
    ReportSummary summary;
    /// Open soreness reports classed warning or see-doctor, most severe first: shown first.
    QList<TriagedReport> attention;
    /// Every report noticed in the range, most severe class first, then by date.
    QList<TriagedReport> soreness;
    QList<ReportFlag> flags;
    Period liftPeriod = Period::Week;
    QList<LiftProgress> lifts; ///< main lifts with an e1RM in the range, by name
    QList<WeekLoad> weeks;
    /// Sessions of the range by the Monday of their week; weeks without sessions are absent.
    QMap<QDate, int> sessionsPerWeek;
    QString checklistHeading;
    QList<RedFlagItem> checklist;
    QString note; ///< notMedicalAdvice()
};

/// Builds the report of @p athlete over [@p from, @p to] (local days, both optional) as it stands
/// at @p now. Sessions are streamed from the store with the 12 weeks before the range as context,
/// as the exporter does. Throws StoreError.
[[nodiscard]] Report buildReport(const Database &db, const Athlete &athlete, std::optional<QDate> from,
                                 std::optional<QDate> to, const QDateTime &now);

/// A line of the weekly load table: one week, or a run of weeks without a session, which a
/// report of years would otherwise print as pages of empty rows.
struct WeekLine
{
    QDate from;                   ///< a Monday
    QDate to;                     ///< the Sunday of the last week
    int weeks = 1;                ///< more than one only for a run without sessions
    std::optional<WeekLoad> load; ///< the week's load; none for a run without sessions
};

/// The lines of the weekly load table of @p report: each week of Report::weeks, with every run
/// of two or more weeks without a session (and without a flag) as one line.
[[nodiscard]] QList<WeekLine> weekLines(const Report &report);

/// The reports of @p report's range in which the lifter ticked @p flag, oldest first: the
/// red-flag checklist marks what was answered "yes" and where.
[[nodiscard]] QList<SorenessReport> tickedIn(const Report &report, RedFlag flag);

/// "2026-01-05 – 2026-03-29", "all sessions", "from 2026-01-05", ... for people.
[[nodiscard]] QString rangeText(const Report &report);
/// "Training report: Ann, 2026-01-05 to 2026-03-29": the PDF's title and footer.
[[nodiscard]] QString reportTitle(const Report &report);
/// The translated name of a session flag key ("Load jump").
[[nodiscard]] QString flagName(const QString &key);

/// What the lifter answered beyond where, when and how bad, for a coach or physio: the signs and
/// red flags ticked (by key), the lift and whether it was one-sided ("signs: pop bruising; red
/// flags: chest-pain; lift: Bench Press, one-sided"). Empty when nothing was.
[[nodiscard]] QString reportedAnswers(const SorenessReport &report);

} // namespace spotter
