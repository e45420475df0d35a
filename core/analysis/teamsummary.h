// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/intensity.h"
#include "analysis/loadmetrics.h"
#include "analysis/reporthistory.h"
#include "analysis/severity.h"
#include "model/athlete.h"
#include "model/session.h"
#include "model/sorenessreport.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace spotter {

/// The coach's window: sessions and tests are counted over today and the 27 days before.
inline constexpr int kTeamWindowDays = 28;
/// A warning or see-doctor report stays "open" while unresolved and for this many days after it
/// resolved, so that a coach who looks once a week still sees what happened since.
inline constexpr int kOpenResolvedDays = 7;

/// What TeamService reads for one athlete: counts and dates as SQL aggregates, the sessions of
/// the window with the 12 weeks of context their classes need, daily loads and the reports
/// that can be open or are the latest.
struct TeamInputs
{
    Athlete athlete;
    ExerciseMap exercises;
    std::optional<QDateTime> lastSession;
    int sessionsInWindow = 0;
    QList<Session> sessions; ///< with sets, from 12 weeks before the window to now
    QList<DailyLoad> daily;  ///< from kLoadWarmupDays before the window
    /// Reports unresolved or resolved in the last kOpenResolvedDays, and the most recent one.
    QList<std::pair<SorenessReport, ReportHistory>> soreness;
};

/// Why an athlete is on top of the coach's list, most urgent first.
enum class AttentionReason { SeeDoctor, Warning, TestingTooOften, LoadSpike };

struct SorenessItem
{
    qint64 reportId = 0;
    Region region = Region::Other;
    QDateTime noticedAt;
    std::optional<QDateTime> resolvedAt;
    Severity severity;

    bool operator==(const SorenessItem &) const = default;
};

struct TeamSummary
{
    qint64 athleteId = 0;
    QString name;
    std::optional<QDateTime> lastSession;
    int sessions = 0;        ///< in the window
    int testingSessions = 0; ///< in the window, classed testing (IS-01)
    /// Open reports classed warning or see-doctor, most urgent first (then newest first).
    QList<SorenessItem> openItems;
    /// The mean of the daily ACWRs of the last 7 days, today included (LM-03 shows a week as the
    /// mean of its days; a rolling week so that a Monday morning does not read as a weekend's
    /// rest). None before 28 days of data.
    std::optional<double> acwr;
    std::optional<AcwrBand> band;
    /// Last complete week's monotony (LM-02): a week in progress counts its future days as rest.
    std::optional<double> monotony;
    std::optional<SorenessItem> lastSoreness; ///< the most recent report, triaged now
    QList<AttentionReason> reasons;           ///< most urgent first

    [[nodiscard]] bool needsAttention() const { return !reasons.isEmpty(); }
    /// Higher is more urgent; 0 when nothing needs attention. See-doctor items rank by urgency.
    [[nodiscard]] int attentionRank() const;
    /// The reasons in words, most urgent first ("See a doctor (urgent): Lower back").
    [[nodiscard]] QStringList attentionText() const;

    bool operator==(const TeamSummary &) const = default;
};

/// Counts, the open items, load metrics and the attention reasons of one athlete at @p now.
/// Attention: an open see-doctor or warning item; a lift tested more than once in 28 days
/// (IF-01); the last 7 days' ACWR above the typical band (LM-03, as information on load, never
/// as injury risk).
[[nodiscard]] TeamSummary buildTeamSummary(const TeamInputs &inputs, const QDateTime &now);

/// The mean daily ACWR (LM-03, EWMA) over the 7 days ending @p today, from every day with load in
/// @p daily (days after @p today are ignored); none before 28 days of data.
[[nodiscard]] std::optional<double> rollingAcwr(const QList<DailyLoad> &daily, QDate today);

/// "See a doctor", "Warning", … in plain words.
[[nodiscard]] QString displayName(AttentionReason reason);

} // namespace spotter
