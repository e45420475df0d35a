// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming SessionAnalyzer against the whole-list algorithm it replaced: on random
// histories both must classify and flag every session the same way.
#include "analysis/e1rm.h"
#include "analysis/ruletable.h"
#include "analysis/sessionanalyzer.h"
#include "analysis/thresholds.h"
#include "analysistestutil.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

using T = Threshold;

qint64 days(double n)
{
    return static_cast<qint64>(n * 86400.0);
}

SessionFlag flag(const char16_t *key, QStringView rule, qint64 exerciseId,
                 std::optional<FlagLevel> level = {})
{
    return {QString::fromUtf16(key), rule.toString(), exerciseId, level, RuleTable::advice(rule)};
}

/// analyzeSessions() as it was written before the streaming analyzer: every look-back walks the
/// whole list of earlier sessions.
QList<SessionAnalysis> reference(const QList<Session> &sessions, const ExerciseMap &exercises,
                                 const QList<SorenessEvent> &soreness)
{
    QList<SessionAnalysis> out;
    QList<QHash<qint64, Weight>> bests;
    QHash<qint64, E1rmEstimate> bestEver;
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const Session &s = sessions[i];
        const qint64 t = s.start.toSecsSinceEpoch();
        Baselines baselines;
        for (qsizetype j = i - 1;
             j >= 0 && t - sessions[j].start.toSecsSinceEpoch() < days(th(T::E1rmBestWeeks) * 7); --j) {
            for (auto it = bests[j].cbegin(); it != bests[j].cend(); ++it) {
                auto &b = baselines[it.key()].recentBest;
                if (!b || it.value() > *b)
                    b = it.value();
            }
        }
        for (auto it = bestEver.cbegin(); it != bestEver.cend(); ++it) {
            baselines[it.key()].bestEver = it->value;
            baselines[it.key()].bestEverMethod = it->method;
        }
        SessionAnalysis a;
        a.sessionId = s.id;
        a.start = s.start;
        a.intensity = classifySession(s, exercises, baselines);
        a.srpeLoad = s.srpeLoad();
        bests.append(bestE1rmByExercise(s.sets));
        const QHash<qint64, E1rmEstimate> sessionBests = bestE1rmEstimateByExercise(s.sets);
        for (auto it = sessionBests.cbegin(); it != sessionBests.cend(); ++it) {
            if (!bestEver.contains(it.key()) || it->value > bestEver.value(it.key()).value)
                bestEver.insert(it.key(), it.value());
        }
        for (const LiftIntensity &lift : a.intensity.lifts) {
            const qint64 id = lift.exerciseId;
            if (lift.cls == IntensityClass::Testing) {
                int tests = 1;
                for (qsizetype j = i - 1;
                     j >= 0 && t - sessions[j].start.toSecsSinceEpoch() < days(th(T::If01Days)); --j) {
                    const LiftIntensity *other = out[j].intensity.lift(id);
                    tests += other && other->cls == IntensityClass::Testing ? 1 : 0;
                }
                if (tests > th(T::If01MaxTests))
                    a.flags.append(flag(u"testing_too_often", u"IF-01", id));
            }
            if (lift.cls >= IntensityClass::Hard) {
                int run = 1;
                for (qsizetype j = i - 1; j >= 0 && run < th(T::If02Sessions); --j) {
                    const LiftIntensity *other = out[j].intensity.lift(id);
                    if (!other)
                        continue;
                    if (other->cls < IntensityClass::Hard)
                        break;
                    ++run;
                }
                if (run >= th(T::If02Sessions))
                    a.flags.append(flag(u"no_easy_days", u"IF-02", id));
            }
            if (lift.topLoad) {
                QList<EarlierTop> earlier;
                for (qsizetype j = i - 1; j >= 0; --j) {
                    const qint64 daysBefore = sessions[j].start.date().daysTo(s.start.date());
                    if (daysBefore > th(T::If03TwoWeekDays))
                        break;
                    const LiftIntensity *other = out[j].intensity.lift(id);
                    if (other && other->topLoad)
                        earlier.append({daysBefore, *other->topLoad});
                }
                if (const auto level = loadJumpLevel(*lift.topLoad, earlier))
                    a.flags.append(flag(u"load_jump", u"IF-03", id, level));
            }
            const auto ex = exercises.constFind(id);
            if (lift.cls == IntensityClass::Testing && ex != exercises.constEnd()) {
                const Regions regions = loadedRegions(*ex);
                for (const SorenessEvent &e : soreness) {
                    const QDateTime windowStart =
                        s.start.addSecs(-static_cast<qint64>(th(T::If04Hours) * 3600.0));
                    const bool sore =
                        e.severity >= Severity{SorenessClass::Doms, std::nullopt}
                        && regions.contains(e.region) && e.noticedAt < s.start
                        && (e.noticedAt >= windowStart || (e.resolvedAt && *e.resolvedAt > windowStart));
                    if (sore) {
                        a.flags.append(flag(u"postpone_test", u"IF-04", id));
                        break;
                    }
                }
            }
        }
        out.append(a);
    }
    return out;
}

/// A lifter's random history: sessions one to ten days apart at varying hours and UTC offsets,
/// loads that wander, mostly working sets with the odd warm-up, AMRAP, drop or failure set, RPE or
/// RIR or neither. Tests of a lift are spread out enough that the look-back windows decide flags.
QList<Session> randomHistory(QRandomGenerator &rng, int count)
{
    const qint64 lifts[] = {kSquat, kDeadlift, kBench, kCurl, kSplitSquat};
    QList<Session> out;
    qint64 t = QDateTime(QDate(2025, 1, 6), QTime(7, 0), Qt::UTC).toSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        t += rng.bounded(3600, 10 * 86400);
        Session s;
        s.id = i + 1;
        s.start = dateTimeWithOffset(t, (rng.bounded(27) - 12) * 3600);
        s.durationMin = rng.bounded(30, 120);
        s.sessionRpe = rng.bounded(2) ? std::optional<double>(rng.bounded(1, 21) / 2.0) : std::nullopt;
        const int sets = rng.bounded(1, 7);
        for (int j = 0; j < sets; ++j) {
            const int roll = rng.bounded(40);
            const SetKind kind = roll == 0   ? SetKind::Failure
                                 : roll == 1 ? SetKind::Amrap
                                 : roll < 4  ? SetKind::Drop
                                 : roll < 10 ? SetKind::Warmup
                                             : SetKind::Working;
            std::optional<double> rpe;
            if (rng.bounded(3) == 0)
                rpe = rng.bounded(12, 20) / 2.0 + (rng.bounded(25) == 0 ? 0.5 : 0.0);
            WorkoutSet w =
                makeSet(lifts[rng.bounded(5)], 40 + 2.5 * rng.bounded(80), rng.bounded(1, 13), rpe, kind);
            if (!rpe && rng.bounded(4) == 0)
                w.rir = rng.bounded(0, 9) / 2.0;
            w.position = j;
            s.sets.append(w);
        }
        out.append(s);
    }
    return out;
}

TEST(SessionAnalyzer, StreamsExactlyWhatTheWholeListAnalysisGives)
{
    QRandomGenerator rng(20261121);
    const ExerciseMap exercises = testExercises();
    for (int round = 0; round < 20; ++round) {
        const QList<Session> sessions = randomHistory(rng, 150);
        QList<SorenessEvent> soreness;
        for (int k = 0; k < 10; ++k) {
            const Session &s = sessions[rng.bounded(static_cast<int>(sessions.size()))];
            const QDateTime noticed = s.start.addSecs(rng.bounded(-4 * 86400, 2 * 86400));
            soreness.append(
                {noticed,
                 rng.bounded(2) ? std::optional(noticed.addSecs(rng.bounded(3 * 86400))) : std::nullopt,
                 rng.bounded(2) ? Region::LowerBack : Region::Chest,
                 {static_cast<SorenessClass>(rng.bounded(5)), std::nullopt}});
        }
        const QList<SessionAnalysis> expected = reference(sessions, exercises, soreness);
        const QList<SessionAnalysis> actual = analyzeSessions(sessions, exercises, {}, soreness);
        ASSERT_EQ(actual.size(), expected.size());
        int flagged = 0;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            EXPECT_EQ(actual[i].intensity, expected[i].intensity) << "round " << round << ", session " << i;
            EXPECT_EQ(actual[i].flags, expected[i].flags) << "round " << round << ", session " << i;
            flagged += expected[i].flags.isEmpty() ? 0 : 1;
        }
        // The histories must exercise the flags, or the comparison proves little.
        EXPECT_GT(flagged, 5) << "round " << round;
    }
}

TEST(SessionAnalyzer, IntensityOnlyKeepsTheStateTheFlagsNeed)
{
    QRandomGenerator rng(7);
    const QList<Session> sessions = randomHistory(rng, 200);
    SessionAnalyzer full(testExercises());
    SessionAnalyzer light(testExercises());
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const SessionAnalysis a = full.add(sessions[i]);
        // Every other session without flags: the next full one must still see all of them.
        const auto detail = i % 2 ? SessionAnalyzer::Detail::IntensityOnly : SessionAnalyzer::Detail::Full;
        const SessionAnalysis b = light.add(sessions[i], detail);
        EXPECT_EQ(a.intensity, b.intensity) << i;
        if (detail == SessionAnalyzer::Detail::Full)
            EXPECT_EQ(a.flags, b.flags) << i;
        else
            EXPECT_TRUE(b.flags.isEmpty()) << i;
    }
}

} // namespace
} // namespace spotter::test
