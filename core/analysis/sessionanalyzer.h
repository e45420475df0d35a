// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/sessionanalysis.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <deque>

namespace spotter {

/// analyzeSessions() one session at a time: an athlete's sessions are fed in chronological
/// order and each is classified and flagged as soon as it arrives. Only what the rules look back
/// at is kept — the 12-week best e1RM of each exercise (a sliding-window maximum), the lift
/// classes and top loads of the last weeks (IF-01, IF-03) and the run of hard sessions of each
/// lift (IF-02) — so a caller can stream millions of sets (the exporter) with memory that does
/// not grow with the history.
class SessionAnalyzer
{
public:
    enum class Detail {
        Full,         ///< intensity and the IF flags
        IntensityOnly ///< intensity only: the flags are left empty (the state behind them is kept)
    };

    /// @p bestEverBefore is the best e1RM per exercise before the first session fed; @p soreness
    /// the triaged reports IF-04 looks at.
    explicit SessionAnalyzer(ExerciseMap exercises, QHash<qint64, Weight> bestEverBefore = {},
                             QList<SorenessEvent> soreness = {});
    /// The same with how each best before was estimated, so that a PR from reps alone over a best
    /// from a rated set needs the margin of isE1rmRecord() from the first session on.
    [[nodiscard]] static SessionAnalyzer withBestEstimates(ExerciseMap exercises,
                                                           const QHash<qint64, E1rmEstimate> &bestEverBefore,
                                                           QList<SorenessEvent> soreness = {});

    /// The next session; it must not start before the previous one.
    [[nodiscard]] SessionAnalysis add(const Session &session, Detail detail = Detail::Full);

    [[nodiscard]] const ExerciseMap &exercises() const { return m_exercises; }

private:
    struct LiftSummary
    {
        qint64 exerciseId = 0;
        IntensityClass cls = IntensityClass::Training;
        std::optional<Weight> topLoad;
    };
    struct Recent
    {
        qint64 startUtc = 0;
        QDate date; ///< in the session's own offset, as IF-03 counts calendar days
        QList<LiftSummary> lifts;

        [[nodiscard]] const LiftSummary *lift(qint64 exerciseId) const;
    };
    struct Best
    {
        qint64 startUtc = 0;
        Weight e1rm;
    };

    [[nodiscard]] Baselines baselinesFor(const Session &session);
    void raiseFlags(const Session &session, SessionAnalysis &analysis) const;
    void remember(const Session &session, const SessionAnalysis &analysis);

    ExerciseMap m_exercises;
    QHash<qint64, Weight> m_bestEver;
    QHash<qint64, E1rmMethod> m_bestEverMethod; ///< known for the bests found while analysing
    QList<SorenessEvent> m_soreness;
    /// Per exercise, the session bests of the recent window with decreasing e1RM: the front is
    /// the window's maximum.
    QHash<qint64, std::deque<Best>> m_recentBest;
    std::deque<Recent> m_recent;  ///< sessions the IF-01 and IF-03 windows can still reach
    QHash<qint64, int> m_hardRun; ///< consecutive latest sessions of each lift classed hard or testing
    qint64 m_recentWindow = 0;    ///< seconds, the e1RM baseline window
    qint64 m_keepWindow = 0;      ///< seconds a session stays in m_recent
};

} // namespace spotter
