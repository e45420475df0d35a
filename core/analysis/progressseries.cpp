// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/progressseries.h"

#include "analysis/e1rm.h"
#include "analysis/records.h"
#include "analysis/thresholds.h"

#include <QMap>

#include <algorithm>

namespace spotter {

std::optional<QDate> rangeStart(ProgressRange range, QDate today)
{
    const QDate monday = weekStartOf(today);
    switch (range) {
    case ProgressRange::Weeks4: return monday.addDays(-7 * 3);
    case ProgressRange::Weeks12: return monday.addDays(-7 * 11);
    case ProgressRange::Year: return monday.addDays(-7 * 51);
    case ProgressRange::All: break;
    }
    return std::nullopt;
}

QDate weekStartOf(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QList<E1rmLine> e1rmSeries(const QList<SessionCandidate> &candidates,
                           const QHash<qint64, E1rmEstimate> &bestBefore,
                           const QList<SessionAnalysis> &analyses, const ExerciseMap &exercises)
{
    QHash<qint64, const SessionAnalysis *> bySession;
    for (const SessionAnalysis &a : analyses)
        bySession.insert(a.sessionId, &a);

    // The best e1RM of each lift in each session: the maximum over its (reps, effort) candidates.
    QHash<qint64, QMap<std::pair<qint64, qint64>, E1rmPoint>> perLift;
    for (const SessionCandidate &c : candidates) {
        const auto estimate = estimateE1rm(c.set);
        if (!estimate)
            continue;
        auto &points = perLift[c.set.exerciseId];
        const std::pair<qint64, qint64> key{c.start.toSecsSinceEpoch(), c.sessionId};
        auto it = points.find(key);
        if (it == points.end()) {
            E1rmPoint p;
            p.sessionId = c.sessionId;
            p.at = c.start;
            p.e1rm = estimate->value;
            p.fromRepsAlone = estimate->method == E1rmMethod::Epley;
            points.insert(key, p);
        } else if (estimate->value > it->e1rm) {
            it->e1rm = estimate->value;
            it->fromRepsAlone = estimate->method == E1rmMethod::Epley;
        }
    }

    QList<E1rmLine> out;
    for (auto lift = perLift.cbegin(); lift != perLift.cend(); ++lift) {
        E1rmLine line;
        line.exerciseId = lift.key();
        line.name = exercises.value(lift.key()).name;
        std::optional<E1rmEstimate> best;
        if (bestBefore.contains(lift.key()))
            best = bestBefore.value(lift.key());
        for (E1rmPoint p : lift.value()) {
            // The point's method: Epley for reps alone; any rated method asks for no margin.
            const E1rmEstimate estimate{p.e1rm, p.fromRepsAlone ? E1rmMethod::Epley : E1rmMethod::Rts};
            p.pr = isE1rmRecord(estimate, best);
            // The best moves with the highest value, whatever its method (as the Log's records).
            if (!best || p.e1rm > best->value)
                best = estimate;
            if (const SessionAnalysis *a = bySession.value(p.sessionId)) {
                const LiftIntensity *li = a->intensity.lift(lift.key());
                p.testing = li && li->cls == IntensityClass::Testing;
            }
            line.points.append(p);
        }
        out.append(line);
    }
    std::sort(out.begin(), out.end(), [](const E1rmLine &a, const E1rmLine &b) {
        if (a.points.size() != b.points.size())
            return a.points.size() > b.points.size();
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

bool LoadSeries::hasLoad() const
{
    return std::any_of(weeks.cbegin(), weeks.cend(), [](const LoadWeek &w) { return w.load > 0.0; });
}

bool LoadSeries::hasAcwr() const
{
    return std::any_of(weeks.cbegin(), weeks.cend(), [](const LoadWeek &w) { return w.acwr.has_value(); });
}

LoadSeries loadSeries(const QList<DailyLoad> &daily, QDate from, QDate to)
{
    LoadSeries s;
    s.bandLow = th(Threshold::Lm03Low);
    s.bandHigh = th(Threshold::Lm03Caution);
    for (const WeekLoad &w : weeklyLoads(daily, from, to)) {
        LoadWeek lw;
        lw.weekStart = w.weekStart;
        lw.load = w.load;
        lw.acwr = w.acwr;
        lw.band = w.band;
        lw.monotony = w.monotony.monotony;
        lw.changePct = w.changePct;
        s.weeks.append(lw);
    }
    return s;
}

QList<SessionMark> sessionMarks(const QList<SessionAnalysis> &analyses, QDate from, QDate to)
{
    QList<SessionMark> out;
    for (const SessionAnalysis &a : analyses) {
        const QDate day = a.start.date();
        if (day < from || day > to)
            continue;
        SessionMark m;
        m.sessionId = a.sessionId;
        m.at = a.start;
        m.cls = a.intensity.cls;
        for (const LiftIntensity &lift : a.intensity.lifts) {
            if (lift.cls == IntensityClass::Testing)
                m.testedLifts.append(lift.exerciseId);
        }
        out.append(m);
    }
    return out;
}

SorenessTimeline sorenessTimeline(const QList<std::pair<SorenessReport, ReportHistory>> &reports,
                                  const QList<SessionAnalysis> &analyses, QDate from, QDate to,
                                  const QDateTime &now)
{
    SorenessTimeline t;
    t.sessions = sessionMarks(analyses, from, to);
    QHash<qint64, IntensityClass> classOf;
    for (const SessionAnalysis &a : analyses)
        classOf.insert(a.sessionId, a.intensity.cls);

    QMap<int, QList<SorenessBar>> byRegion; // keyed by the enum value: head-to-toe order
    for (const auto &[report, history] : reports) {
        SorenessBar b;
        b.reportId = report.id;
        b.region = report.region;
        b.from = report.noticedAt;
        b.ongoing = !report.resolvedAt.has_value();
        b.to = report.resolvedAt.value_or(now);
        if (b.to < b.from)
            b.to = b.from;
        if (b.from.date() > to || b.to.date() < from)
            continue;
        b.severity = triageReport(report, history, now).severity;
        b.intensity = report.intensity;
        if (report.sessionId && classOf.contains(*report.sessionId))
            b.afterClass = classOf.value(*report.sessionId);
        byRegion[static_cast<int>(report.region)].append(b);
    }

    for (auto it = byRegion.begin(); it != byRegion.end(); ++it) {
        QList<SorenessBar> &bars = it.value();
        std::sort(bars.begin(), bars.end(), [](const SorenessBar &a, const SorenessBar &b) {
            return a.from != b.from ? a.from < b.from : a.reportId < b.reportId;
        });
        // Greedy interval partitioning: the fewest rows in which no two bars overlap.
        QList<QDateTime> rowEnds;
        for (SorenessBar &b : bars) {
            qsizetype row = 0;
            while (row < rowEnds.size() && rowEnds[row] > b.from)
                ++row;
            if (row == rowEnds.size())
                rowEnds.append(b.to);
            else
                rowEnds[row] = b.to;
            b.row = static_cast<int>(row);
        }
        const int lane = static_cast<int>(t.lanes.size());
        t.lanes.append(static_cast<Region>(it.key()));
        for (SorenessBar &b : bars) {
            b.lane = lane;
            b.rows = static_cast<int>(rowEnds.size());
            t.bars.append(b);
        }
    }
    return t;
}

VolumeSeries weeklyVolume(const QList<WeekVolumeRow> &rows, const ExerciseMap &exercises, QDate from,
                          QDate to, int maxLines)
{
    VolumeSeries v;
    for (QDate w = weekStartOf(from); w <= to; w = w.addDays(7))
        v.weeks.append(w);
    QHash<QDate, qsizetype> weekIndex;
    for (qsizetype i = 0; i < v.weeks.size(); ++i)
        weekIndex.insert(v.weeks[i], i);

    QHash<qint64, qint64> totals;
    for (const WeekVolumeRow &r : rows) {
        if (weekIndex.contains(r.weekStart))
            totals[r.exerciseId] += r.grams;
    }
    QList<qint64> loaded;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        if (it.value() > 0)
            loaded.append(it.key());
    }
    std::sort(loaded.begin(), loaded.end(), [&](qint64 a, qint64 b) {
        if (totals.value(a) != totals.value(b))
            return totals.value(a) > totals.value(b);
        return exercises.value(a).name.localeAwareCompare(exercises.value(b).name) < 0;
    });
    const qsizetype own = loaded.size() <= maxLines ? loaded.size() : std::max(0, maxLines - 1);

    QHash<qint64, qsizetype> lineOf;
    for (qsizetype i = 0; i < own; ++i) {
        VolumeLine line;
        line.exerciseId = loaded[i];
        line.name = exercises.value(loaded[i]).name;
        line.grams = QList<qint64>(v.weeks.size(), 0);
        line.sets = QList<int>(v.weeks.size(), 0);
        lineOf.insert(loaded[i], i);
        v.lines.append(line);
    }
    VolumeLine other;
    other.grams = QList<qint64>(v.weeks.size(), 0);
    other.sets = QList<int>(v.weeks.size(), 0);
    bool anyOther = false;
    for (const WeekVolumeRow &r : rows) {
        const auto week = weekIndex.find(r.weekStart);
        if (week == weekIndex.end())
            continue;
        VolumeLine &line = lineOf.contains(r.exerciseId) ? v.lines[lineOf.value(r.exerciseId)] : other;
        line.grams[*week] += r.grams;
        line.sets[*week] += r.sets;
        anyOther = anyOther || !lineOf.contains(r.exerciseId);
    }
    if (anyOther)
        v.lines.append(other);
    return v;
}

ProgressSeries buildProgress(const ProgressInputs &in, const QDateTime &now)
{
    // Classes need no soreness (that only adds IF-04 flags) and no best-ever (that only marks
    // PRs, which the e1RM series derives from the candidates).
    const QList<SessionAnalysis> analyses = analyzeSessions(in.sessions, in.exercises);
    ProgressSeries p;
    p.athlete = in.athlete;
    p.exercises = in.exercises;
    p.from = in.from;
    p.to = in.to;
    p.e1rm =
        e1rmSeries(in.candidates, bestE1rmEstimateByExercise(in.candidatesBefore), analyses, in.exercises);
    p.load = loadSeries(in.daily, in.from, in.to);
    p.soreness = sorenessTimeline(in.soreness, analyses, in.from, in.to, now);
    p.volume = weeklyVolume(in.volume, in.exercises, in.from, in.to);
    p.sessionCount = static_cast<int>(p.soreness.sessions.size());
    return p;
}

} // namespace spotter
