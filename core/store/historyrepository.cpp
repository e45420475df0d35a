// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/historyrepository.h"

#include "analysis/thresholds.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/query.h"
#include "store/rawquery.h"
#include "store/sessionrepository.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace spotter {

namespace {

/// ":e0, :e1, …" for an IN list whose values are bound one by one.
QString placeholders(qsizetype n)
{
    QStringList names;
    for (qsizetype i = 0; i < n; ++i)
        names.append(QStringLiteral(":e%1").arg(i));
    return names.join(QStringLiteral(", "));
}

void bindIds(Query &q, const QList<qint64> &ids)
{
    for (qsizetype i = 0; i < ids.size(); ++i)
        q.bind(QStringLiteral(":e%1").arg(i), ids[i]);
}

QList<qint64> exerciseIdsOf(const Session &s)
{
    QList<qint64> ids;
    for (const WorkoutSet &w : s.sets) {
        if (!w.isWarmup() && !ids.contains(w.exerciseId))
            ids.append(w.exerciseId);
    }
    return ids;
}

/// Lift sessions in one order whatever produced them (the window query or a refresh).
void sortLiftSessions(QList<LiftSession> &lifts)
{
    std::sort(lifts.begin(), lifts.end(), [](const LiftSession &a, const LiftSession &b) {
        return std::tie(a.sessionId, a.exerciseId) < std::tie(b.sessionId, b.exerciseId);
    });
}

qint64 lookbackSeconds()
{
    return static_cast<qint64>(std::lround(th(Threshold::Sr17LookbackWeeks) * 7.0 * 86400.0));
}

qint64 recentSeconds()
{
    return static_cast<qint64>(std::lround(th(Threshold::E1rmBestWeeks) * 7.0 * 86400.0));
}

} // namespace

ExerciseMap HistoryRepository::exercises() const
{
    ExerciseMap out;
    for (const Exercise &e : ExerciseRepository(m_db).list())
        out.insert(e.id, e);
    return out;
}

QList<WorkoutSet> HistoryRepository::e1rmCandidates(qint64 athleteId, const QList<qint64> &exerciseIds,
                                                    std::optional<QDateTime> since,
                                                    const QDateTime &before) const
{
    // CROSS JOIN keeps SQLite on the athlete's session range (the exercise index alone would
    // visit that exercise's sets of every athlete); for each session it then finds the sets of
    // the exercises asked for through the (exercise_id, session_id) index, not all its sets.
    QString sql = QStringLiteral(
        "SELECT w.exercise_id, w.reps, COALESCE(w.rpe, 10 - w.rir) AS effort, MAX(w.weight_g)"
        " FROM session s CROSS JOIN workout_set w ON w.session_id = s.id"
        " WHERE s.athlete_id = :athlete AND s.start_utc < :before"
        " AND w.kind <> 'warmup' AND w.weight_g > 0 AND w.reps BETWEEN 1 AND :maxreps"
        " AND (COALESCE(w.rpe, 10 - w.rir) IS NULL OR COALESCE(w.rpe, 10 - w.rir) >= :minrpe)");
    if (since)
        sql += QStringLiteral(" AND s.start_utc >= :since");
    if (!exerciseIds.isEmpty())
        sql += QStringLiteral(" AND w.exercise_id IN (") + placeholders(exerciseIds.size()) + u')';
    sql += QStringLiteral(" GROUP BY w.exercise_id, w.reps, effort");
    Query q(m_db.connection(), sql);
    q.bind(QStringLiteral(":athlete"), athleteId)
        .bind(QStringLiteral(":before"), before.toSecsSinceEpoch())
        .bind(QStringLiteral(":maxreps"), static_cast<int>(th(Threshold::E1rmMaxReps)))
        .bind(QStringLiteral(":minrpe"), th(Threshold::E1rmMinRpe));
    if (since)
        q.bind(QStringLiteral(":since"), since->toSecsSinceEpoch());
    bindIds(q, exerciseIds);
    q.exec();
    QList<WorkoutSet> out;
    while (q.next()) {
        WorkoutSet w;
        w.exerciseId = q.int64(0);
        w.reps = q.optInt(1);
        w.rpe = q.optDouble(2);
        w.weight = Weight::fromGrams(q.int64(3));
        out.append(w);
    }
    return out;
}

ReportHistory HistoryRepository::reportHistory(const SorenessReport &report) const
{
    const QSqlDatabase db = m_db.connection();
    ReadTransaction rt(db);
    ReportHistory h;
    if (const auto athlete = AthleteRepository(m_db).get(report.athleteId))
        h.athlete = *athlete;
    if (!report.sessionId)
        return h;
    h.session = SessionRepository(m_db).get(*report.sessionId);
    if (!h.session)
        return h;
    const Session &session = *h.session;
    const QList<qint64> ids = exerciseIdsOf(session);
    const ExerciseRepository exercises(m_db);
    for (qint64 id : ids) {
        if (const auto e = exercises.get(id))
            h.exercises.insert(id, *e);
    }
    if (ids.isEmpty())
        return h;
    h.recentCandidates =
        e1rmCandidates(report.athleteId, ids, session.start.addSecs(-recentSeconds()), session.start);

    const qint64 until = session.start.toSecsSinceEpoch();
    const qint64 since = until - lookbackSeconds();
    Query lifts(db, QStringLiteral("SELECT s.id, s.start_utc, s.utc_offset_s, w.exercise_id, MAX(w.weight_g)"
                                   " FROM session s CROSS JOIN workout_set w ON w.session_id = s.id"
                                   " WHERE s.athlete_id = :athlete AND s.start_utc > :since"
                                   " AND s.start_utc <= :until AND w.kind <> 'warmup'"
                                   " AND w.exercise_id IN (")
                        + placeholders(ids.size()) + QStringLiteral(") GROUP BY s.id, w.exercise_id"));
    lifts.bind(QStringLiteral(":athlete"), report.athleteId)
        .bind(QStringLiteral(":since"), since)
        .bind(QStringLiteral(":until"), until);
    bindIds(lifts, ids);
    lifts.exec();
    while (lifts.next()) {
        h.liftSessions.append({lifts.int64(0), lifts.int64(3),
                               dateTimeWithOffset(lifts.int64(1), lifts.value(2).toInt()),
                               sql::weightOf(lifts.optInt64(4))});
    }
    sortLiftSessions(h.liftSessions);

    Query sore(db, QStringLiteral("SELECT DISTINCT r.session_id, r.region FROM session s"
                                  " JOIN soreness r ON r.session_id = s.id"
                                  " WHERE s.athlete_id = :athlete AND s.start_utc > :since"
                                  " AND s.start_utc <= :until"));
    sore.bind(QStringLiteral(":athlete"), report.athleteId)
        .bind(QStringLiteral(":since"), since)
        .bind(QStringLiteral(":until"), until)
        .exec();
    while (sore.next())
        h.soreRegions[sore.int64(0)].insert(sql::enumOf(kRegionKeys, sore.string(1), "soreness.region"));

    // Newest first with LIMIT 1: a lifter who trains the lift stops the scan at once.
    Query before(db, QStringLiteral("SELECT 1 FROM session s CROSS JOIN workout_set w ON w.session_id = s.id"
                                    " WHERE s.athlete_id = :athlete AND s.start_utc <= :since"
                                    " AND w.exercise_id = :exercise AND w.kind <> 'warmup'"
                                    " ORDER BY s.start_utc DESC LIMIT 1"));
    for (qint64 id : ids) {
        before.bind(QStringLiteral(":athlete"), report.athleteId)
            .bind(QStringLiteral(":since"), since)
            .bind(QStringLiteral(":exercise"), id)
            .exec();
        if (before.next())
            h.liftedBefore.insert(id);
    }
    return h;
}

bool HistoryRepository::refreshSession(ReportHistory &h) const
{
    if (!h.session)
        return false;
    const auto fresh = SessionRepository(m_db).get(h.session->id);
    if (!fresh || fresh->start != h.session->start || fresh->athleteId != h.session->athleteId)
        return false;
    QList<qint64> ids = exerciseIdsOf(*fresh);
    QList<qint64> before = exerciseIdsOf(*h.session);
    std::sort(ids.begin(), ids.end());
    std::sort(before.begin(), before.end());
    if (ids != before) // a lift came or went: its history in the window is not in memory
        return false;
    // The session's own top working loads, as the window query computes them (MAX ignores a
    // set without a load).
    QHash<qint64, std::optional<Weight>> tops;
    for (const WorkoutSet &w : fresh->sets) {
        if (w.isWarmup())
            continue;
        std::optional<Weight> &top = tops[w.exerciseId];
        if (w.weight && (!top || *w.weight > *top))
            top = w.weight;
    }
    h.liftSessions.removeIf([&](const LiftSession &l) { return l.sessionId == fresh->id; });
    for (auto it = tops.cbegin(); it != tops.cend(); ++it)
        h.liftSessions.append({fresh->id, it.key(), fresh->start, it.value()});
    sortLiftSessions(h.liftSessions);
    h.session = fresh;
    return true;
}

TrainingHistory HistoryRepository::trainingHistory(qint64 athleteId, std::optional<QDate> from,
                                                   std::optional<QDate> to) const
{
    const QSqlDatabase db = m_db.connection();
    ReadTransaction rt(db);
    TrainingHistory h;
    h.exercises = exercises();
    SessionFilter filter;
    filter.to = to;
    if (from) {
        h.rangeStart = QDateTime(*from, QTime(0, 0));
        const QDateTime contextStart = h.rangeStart.addSecs(-recentSeconds());
        filter.from = contextStart.date();
        h.everCandidates = e1rmCandidates(athleteId, {}, std::nullopt, QDateTime(*filter.from, QTime(0, 0)));
    }
    h.sessions = SessionRepository(m_db).list(athleteId, filter, true);
    return h;
}

QHash<qint64, Regions> HistoryRepository::soreRegions(qint64 athleteId, std::optional<qint64> fromUtc,
                                                      std::optional<qint64> toUtc) const
{
    QString sql = QStringLiteral("SELECT DISTINCT r.session_id, r.region FROM session s"
                                 " JOIN soreness r ON r.session_id = s.id WHERE s.athlete_id = :athlete");
    if (fromUtc)
        sql += QStringLiteral(" AND s.start_utc >= :from");
    if (toUtc)
        sql += QStringLiteral(" AND s.start_utc < :to");
    Query q(m_db.connection(), sql);
    q.bind(QStringLiteral(":athlete"), athleteId);
    if (fromUtc)
        q.bind(QStringLiteral(":from"), *fromUtc);
    if (toUtc)
        q.bind(QStringLiteral(":to"), *toUtc);
    q.exec();
    QHash<qint64, Regions> out;
    while (q.next())
        out[q.int64(0)].insert(sql::enumOf(kRegionKeys, q.string(1), "soreness.region"));
    return out;
}

QList<Session> HistoryRepository::liftTops(qint64 athleteId, qint64 fromUtc, qint64 toUtc) const
{
    RawQuery q(m_db.connection(),
               QStringLiteral("SELECT s.id, s.start_utc, s.utc_offset_s, w.exercise_id, MAX(w.weight_g)"
                              " FROM session s CROSS JOIN workout_set w ON w.session_id = s.id"
                              " WHERE s.athlete_id = :athlete AND s.start_utc >= :from AND s.start_utc < :to"
                              " AND w.kind <> 'warmup' GROUP BY s.start_utc, s.id, w.exercise_id"));
    q.bind(QStringLiteral(":athlete"), athleteId)
        .bind(QStringLiteral(":from"), fromUtc)
        .bind(QStringLiteral(":to"), toUtc)
        .exec();
    QList<Session> out;
    while (q.next()) {
        if (out.isEmpty() || out.last().id != q.int64(0)) {
            Session s;
            s.id = q.int64(0);
            s.athleteId = athleteId;
            s.start = dateTimeWithOffset(q.int64(1), static_cast<int>(q.int64(2)));
            out.append(s);
        }
        WorkoutSet top;
        top.sessionId = q.int64(0);
        top.exerciseId = q.int64(3);
        top.position = static_cast<int>(out.last().sets.size());
        top.weight = sql::weightOf(q.optInt64(4));
        out.last().sets.append(top);
    }
    return out;
}

ReportContext HistoryRepository::reportContext(qint64 athleteId, std::optional<QDate> from,
                                               std::optional<QDate> to, const ExerciseMap *catalogue) const
{
    const QSqlDatabase db = m_db.connection();
    ReadTransaction rt(db);
    ReportContext c;
    if (const auto athlete = AthleteRepository(m_db).get(athleteId))
        c.athlete = *athlete;
    c.exercises = catalogue ? *catalogue : exercises();
    SessionFilter filter;
    filter.to = to;
    if (from) {
        const QDateTime start(*from, QTime(0, 0));
        c.fromUtc = sql::localDayStartUtc(start.addSecs(-lookbackSeconds()).date());
        filter.from = start.addSecs(-recentSeconds()).date();
        c.sessions = liftTops(athleteId, *c.fromUtc, sql::localDayStartUtc(*filter.from));
    }
    c.sessions.append(SessionRepository(m_db).list(athleteId, filter, true));
    c.soreRegions =
        soreRegions(athleteId, c.fromUtc,
                    to ? std::optional<qint64>(sql::localDayStartUtc(to->addDays(1))) : std::nullopt);
    if (!c.fromUtc)
        return c;
    QList<qint64> ids;
    for (const Session &s : std::as_const(c.sessions)) {
        for (const qint64 id : exerciseIdsOf(s)) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    // Newest first, one probe of the (exercise, session) index per older session: a lift trained
    // before stops the search at once.
    Query before(db, QStringLiteral("SELECT 1 FROM session s CROSS JOIN workout_set w ON w.session_id = s.id"
                                    " WHERE s.athlete_id = :athlete AND s.start_utc < :before"
                                    " AND w.exercise_id = :exercise AND w.kind <> 'warmup'"
                                    " ORDER BY s.start_utc DESC LIMIT 1"));
    for (const qint64 id : std::as_const(ids)) {
        before.bind(QStringLiteral(":athlete"), athleteId)
            .bind(QStringLiteral(":before"), *c.fromUtc)
            .bind(QStringLiteral(":exercise"), id)
            .exec();
        if (before.next())
            c.liftedBefore.insert(id);
    }
    return c;
}

QList<DailyLoad> HistoryRepository::dailyLoads(qint64 athleteId, std::optional<QDate> to) const
{
    // The local day of a session in its own offset, floored so that it also holds before 1970.
    QString sql = QStringLiteral(
        "SELECT ((start_utc + utc_offset_s) - (((start_utc + utc_offset_s) % 86400) + 86400) % 86400) / 86400"
        " AS day, SUM(session_rpe * duration_min) FROM session"
        " WHERE athlete_id = :athlete AND session_rpe IS NOT NULL AND duration_min IS NOT NULL");
    if (to)
        sql += QStringLiteral(" AND start_utc < :to");
    sql += QStringLiteral(" GROUP BY day ORDER BY day");
    Query q(m_db.connection(), sql);
    q.bind(QStringLiteral(":athlete"), athleteId);
    if (to)
        q.bind(QStringLiteral(":to"), sql::localDayStartUtc(to->addDays(1)));
    q.exec();
    QList<DailyLoad> out;
    const QDate epoch(1970, 1, 1);
    while (q.next())
        out.append({epoch.addDays(q.int64(0)), q.value(1).toDouble()});
    return out;
}

} // namespace spotter
