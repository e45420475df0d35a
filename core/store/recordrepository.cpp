// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/recordrepository.h"

#include "store/database.h"
#include "store/dialect.h"
#include "store/query.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

namespace spotter {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT r.session_id, r.set_id, r.exercise_id, r.kind, r.weight_g, r.reps, r.e1rm_g, r.previous_e1rm_g, "
    "r.previous_reps, r.testing, w.position FROM personal_record r JOIN workout_set w ON w.id = r.set_id ");

PersonalRecord readRecord(const Query &q)
{
    PersonalRecord r;
    r.sessionId = q.int64(0);
    r.setId = q.int64(1);
    r.exerciseId = q.int64(2);
    r.kind = sql::enumOf(kRecordKindKeys, q.string(3), "personal_record.kind");
    r.weight = sql::weightOf(q.optInt64(4));
    r.reps = static_cast<int>(q.int64(5));
    r.e1rm = sql::weightOf(q.optInt64(6));
    r.previousE1rm = sql::weightOf(q.optInt64(7));
    r.previousReps = q.optInt(8);
    r.testing = q.value(9).toBool();
    r.setIndex = static_cast<int>(q.int64(10));
    return r;
}

QString placeholders(const QString &prefix, qsizetype n)
{
    QStringList names;
    for (qsizetype i = 0; i < n; ++i)
        names.append(QStringLiteral(":%1%2").arg(prefix).arg(i));
    return names.join(QStringLiteral(", "));
}

} // namespace

QList<PersonalRecord> RecordRepository::read(const QSqlDatabase &db, const QString &where, qint64 id)
{
    Query q(db, kSelect + where + QStringLiteral(" ORDER BY r.session_id, w.position, r.kind"));
    q.bind(QStringLiteral(":id"), id).exec();
    QList<PersonalRecord> out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

void RecordRepository::insert(const QSqlDatabase &db, qint64 athleteId, const QList<PersonalRecord> &records)
{
    Query q(db, QStringLiteral(
                    "INSERT INTO personal_record (athlete_id, session_id, set_id, exercise_id, kind, "
                    "weight_g, reps, e1rm_g, previous_e1rm_g, previous_reps, testing) VALUES (:athlete, "
                    ":session, :set, :exercise, :kind, :weight, :reps, :e1rm, :previous, :previousreps, "
                    ":testing)"));
    for (const PersonalRecord &r : records) {
        q.bind(QStringLiteral(":athlete"), athleteId)
            .bind(QStringLiteral(":session"), r.sessionId)
            .bind(QStringLiteral(":set"), r.setId)
            .bind(QStringLiteral(":exercise"), r.exerciseId)
            .bind(QStringLiteral(":kind"), toKey(r.kind))
            .bind(QStringLiteral(":weight"), sql::opt(r.weight))
            .bind(QStringLiteral(":reps"), r.reps)
            .bind(QStringLiteral(":e1rm"), sql::opt(r.e1rm))
            .bind(QStringLiteral(":previous"), sql::opt(r.previousE1rm))
            .bind(QStringLiteral(":previousreps"), sql::opt(r.previousReps))
            .bind(QStringLiteral(":testing"), r.testing ? 1 : 0)
            .exec();
    }
}

void RecordRepository::replaceForSession(qint64 athleteId, qint64 sessionId,
                                         const QList<PersonalRecord> &records)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    Query clear(db, QStringLiteral("DELETE FROM personal_record WHERE session_id = :session"));
    clear.bind(QStringLiteral(":session"), sessionId).exec();
    QList<PersonalRecord> own = records;
    for (PersonalRecord &r : own)
        r.sessionId = sessionId;
    insert(db, athleteId, own);
    tx.commit();
}

QList<PersonalRecord> RecordRepository::forSession(qint64 sessionId) const
{
    return read(m_db.connection(), QStringLiteral("WHERE r.session_id = :id"), sessionId);
}

QList<PersonalRecord> RecordRepository::forAthlete(qint64 athleteId) const
{
    return read(m_db.connection(), QStringLiteral("WHERE r.athlete_id = :id"), athleteId);
}

QHash<qint64, QList<PersonalRecord>> RecordRepository::forSessions(const QList<qint64> &sessionIds) const
{
    QHash<qint64, QList<PersonalRecord>> out;
    if (sessionIds.isEmpty())
        return out;
    Query q(m_db.connection(), kSelect + QStringLiteral("WHERE r.session_id IN (")
                                   + placeholders(QStringLiteral("s"), sessionIds.size())
                                   + QStringLiteral(") ORDER BY r.session_id, w.position, r.kind"));
    for (qsizetype i = 0; i < sessionIds.size(); ++i)
        q.bind(QStringLiteral(":s%1").arg(i), sessionIds.at(i));
    q.exec();
    while (q.next()) {
        const PersonalRecord r = readRecord(q);
        out[r.sessionId].append(r);
    }
    return out;
}

QHash<qint64, QList<RepBest>> RecordRepository::repBests(qint64 athleteId, const QList<qint64> &exerciseIds,
                                                         qint64 beforeUtc) const
{
    QHash<qint64, QList<RepBest>> out;
    if (exerciseIds.isEmpty())
        return out;
    // CROSS JOIN keeps SQLite on the athlete's sessions (see HistoryRepository::e1rmCandidates).
    const QSqlDatabase db = m_db.connection();
    Query q(db, QStringLiteral("SELECT w.exercise_id, w.weight_g, MAX(w.reps) FROM session s")
                    + dialect::orderedJoin(db) + QStringLiteral("workout_set w") + dialect::setsOfSessions(db)
                    + QStringLiteral(
                        "WHERE s.athlete_id = :athlete AND s.start_utc "
                        "< :before "
                        "AND w.kind <> 'warmup' AND w.reps > 0 AND (w.seconds IS NULL OR w.seconds = 0) "
                        "AND (w.distance_cm IS NULL OR w.distance_cm = 0) AND w.exercise_id IN (")
                    + placeholders(QStringLiteral("e"), exerciseIds.size())
                    + QStringLiteral(") GROUP BY w.exercise_id, w.weight_g"));
    q.bind(QStringLiteral(":athlete"), athleteId).bind(QStringLiteral(":before"), beforeUtc);
    for (qsizetype i = 0; i < exerciseIds.size(); ++i)
        q.bind(QStringLiteral(":e%1").arg(i), exerciseIds.at(i));
    q.exec();
    while (q.next())
        out[q.int64(0)].append({sql::weightOf(q.optInt64(1)), static_cast<int>(q.int64(2))});
    return out;
}

} // namespace spotter
