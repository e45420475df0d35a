// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/intensity.h"
#include "analysis/loadmetrics.h"
#include "analysis/reporthistory.h"
#include "analysis/sessionanalysis.h"
#include "analysis/severity.h"
#include "model/athlete.h"
#include "model/historyrows.h"
#include "model/session.h"
#include "model/sorenessreport.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>
#include <utility>

namespace spotter {

// The series behind the Progress page: pure functions from what ProgressService reads to
// value types a chart only has to draw. Nothing here queries or knows about widgets.

/// The ranges the Progress page offers. A range is whole calendar weeks (Monday to Sunday)
/// ending with the current one, so that weekly bars are never cut in half.
enum class ProgressRange { Weeks4, Weeks12, Year, All };

/// The Monday the range starts on, for the week containing @p today; none for All (the caller
/// starts at the first session).
[[nodiscard]] std::optional<QDate> rangeStart(ProgressRange range, QDate today);

/// The Monday of the week containing @p day.
[[nodiscard]] QDate weekStartOf(QDate day);

/// Everything the Progress series of one athlete and range are built from.
struct ProgressInputs
{
    Athlete athlete;
    ExerciseMap exercises;
    QDate from;                         ///< first day shown (a Monday)
    QDate to;                           ///< last day shown (today)
    QList<SessionCandidate> candidates; ///< main lifts, sessions in [from, to]
    QList<WorkoutSet> candidatesBefore; ///< e1RM candidates before @c from, for PRs
    QList<Session> sessions;            ///< with sets, from 12 weeks before @c from (baselines)
    QList<DailyLoad> daily;             ///< from kLoadWarmupDays before @c from
    QList<WeekVolumeRow> volume;        ///< weeks in [from, to]
    /// Reports whose time overlaps [from, to], each with what its triage needs.
    QList<std::pair<SorenessReport, ReportHistory>> soreness;
};

/// Days of daily load read before a range so that its first ACWR values match those computed
/// from the whole history: a day's weight in the chronic EWMA (λ = 2/29) after 182 days is below
/// 10⁻⁵, far under what is displayed.
inline constexpr int kLoadWarmupDays = 182;

// ---- e1RM --------------------------------------------------------------------------------------

struct E1rmPoint
{
    qint64 sessionId = 0;
    QDateTime at;
    Weight e1rm; ///< the session's best e1RM of the lift
    /// That best came from a set without RPE or RIR (Epley): an estimate from reps alone, shown as
    /// such; as a PR it had to beat a rated best by e1rm.reps_only_pr_pct (isE1rmRecord()).
    bool fromRepsAlone = false;
    bool testing = false; ///< the lift was classed testing in that session (IS-01/IR rules)
    bool pr = false;      ///< above the best e1RM ever before it (as LiftIntensity::pr)

    bool operator==(const E1rmPoint &) const = default;
};

struct E1rmLine
{
    qint64 exerciseId = 0;
    QString name;
    QList<E1rmPoint> points; ///< chronological

    bool operator==(const E1rmLine &) const = default;
};

/// One line per main lift with a candidate, most sessions first (ties by name). A point is a PR
/// when isE1rmRecord() says it beats the best before it, starting from @p bestBefore; a lift's
/// first e1RM ever is not a PR, as in the History view.
[[nodiscard]] QList<E1rmLine> e1rmSeries(const QList<SessionCandidate> &candidates,
                                         const QHash<qint64, E1rmEstimate> &bestBefore,
                                         const QList<SessionAnalysis> &analyses,
                                         const ExerciseMap &exercises);

// ---- Load --------------------------------------------------------------------------------------

struct LoadWeek
{
    QDate weekStart;
    double load = 0.0;               ///< session-RPE load (LM-01) of the week
    std::optional<double> acwr;      ///< LM-03, only after 28 days of data
    std::optional<AcwrBand> band;    ///< where the ACWR falls, as information
    std::optional<double> monotony;  ///< LM-02
    std::optional<double> changePct; ///< against the previous week (LM-04)

    bool operator==(const LoadWeek &) const = default;
};

struct LoadSeries
{
    QList<LoadWeek> weeks;
    double bandLow = 0.0;  ///< lm03.low: the typical ACWR band shown behind the line
    double bandHigh = 0.0; ///< lm03.caution
    [[nodiscard]] bool hasLoad() const;
    [[nodiscard]] bool hasAcwr() const;
};

/// Weekly session-RPE load with ACWR and monotony for the weeks of [from, to].
[[nodiscard]] LoadSeries loadSeries(const QList<DailyLoad> &daily, QDate from, QDate to);

// ---- Soreness over sessions --------------------------------------------------------------------

struct SessionMark
{
    qint64 sessionId = 0;
    QDateTime at;
    IntensityClass cls = IntensityClass::Training;
    QList<qint64> testedLifts; ///< lifts classed testing in it

    bool operator==(const SessionMark &) const = default;
};

struct SorenessBar
{
    qint64 reportId = 0;
    Region region = Region::Other;
    QDateTime from;       ///< noticed
    QDateTime to;         ///< resolved, or now while it is still there
    bool ongoing = false; ///< not resolved yet
    Severity severity;
    int intensity = 0;
    std::optional<IntensityClass> afterClass; ///< class of the session it is attributed to
    int lane = 0;                             ///< index into SorenessTimeline::lanes
    int row = 0;                              ///< overlapping reports of one region share its lane in rows
    int rows = 1;

    bool operator==(const SorenessBar &) const = default;
};

struct SorenessTimeline
{
    QList<Region> lanes; ///< regions with a report, head to toe as the Region enum lists them
    QList<SorenessBar> bars;
    QList<SessionMark> sessions; ///< every session in the range, with its intensity class

    bool operator==(const SorenessTimeline &) const = default;
};

/// Session intensity classes of the analyses that start in [from, to].
[[nodiscard]] QList<SessionMark> sessionMarks(const QList<SessionAnalysis> &analyses, QDate from, QDate to);

/// Each report triaged at @p now, as a bar from onset to resolution (or @p now); reports that do
/// not touch [from, to] are left out. Reports of one region that overlap in time are split into
/// rows of its lane so that no bar hides another.
[[nodiscard]] SorenessTimeline
sorenessTimeline(const QList<std::pair<SorenessReport, ReportHistory>> &reports,
                 const QList<SessionAnalysis> &analyses, QDate from, QDate to, const QDateTime &now);

// ---- Volume ------------------------------------------------------------------------------------

struct VolumeLine
{
    qint64 exerciseId = 0; ///< 0: every other exercise together
    QString name;          ///< empty for the "other" line (named by the view)
    QList<qint64> grams;   ///< Σ load × reps per week, parallel to VolumeSeries::weeks
    QList<int> sets;       ///< working sets per week

    bool operator==(const VolumeLine &) const = default;
};

struct VolumeSeries
{
    QList<QDate> weeks; ///< every Monday of the range, empty weeks included
    QList<VolumeLine> lines;

    bool operator==(const VolumeSeries &) const = default;
};

/// Weekly volume per exercise: the @p maxLines − 1 exercises with the most volume get a line
/// each and the rest are summed into one (when there are more than @p maxLines); exercises with
/// sets but no load (body weight) count only in that last line's sets.
[[nodiscard]] VolumeSeries weeklyVolume(const QList<WeekVolumeRow> &rows, const ExerciseMap &exercises,
                                        QDate from, QDate to, int maxLines = 6);

// ---- Everything --------------------------------------------------------------------------------

struct ProgressSeries
{
    Athlete athlete;
    ExerciseMap exercises; ///< the catalogue, to name lifts
    QDate from;
    QDate to;
    QList<E1rmLine> e1rm;
    LoadSeries load;
    SorenessTimeline soreness;
    VolumeSeries volume;
    int sessionCount = 0; ///< sessions in the range
};

/// Classifies the sessions and builds every series of the Progress page.
[[nodiscard]] ProgressSeries buildProgress(const ProgressInputs &inputs, const QDateTime &now);

} // namespace spotter
