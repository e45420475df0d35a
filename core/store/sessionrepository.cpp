// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sessionrepository.h"

#include "model/exercise.h"
#include "model/validation.h"
#include "store/database.h"
#include "store/dialect.h"
#include "store/query.h"
#include "store/rawquery.h"
#include "store/recordrepository.h"
#include "store/rowversion.h"
#include "store/setrow.h"
#include "store/setwriter.h"
#include "store/sorenessrepository.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QHash>

#include <memory>

namespace spotter {

namespace {

const QString kSessionColumns = QStringLiteral(
    "s.id, s.athlete_id, s.start_utc, s.utc_offset_s, s.title, s.duration_min, s.bodyweight_g, "
    "s.warmup_done, s.session_rpe, s.notes, s.source, s.source_file, s.source_key, s.row_version");

// Rows are read through Query for single rows and RawQuery for lists; both have these accessors.
template <typename Q>
Session readSession(const Q &q)
{
    Session s;
    s.id = q.int64(0);
    s.athleteId = q.int64(1);
    s.start = dateTimeWithOffset(q.int64(2), static_cast<int>(q.int64(3)));
    s.title = q.string(4);
    s.durationMin = q.optInt(5);
    s.bodyweight = sql::weightOf(q.optInt64(6));
    if (!q.isNull(7))
        s.warmupDone = q.int64(7) != 0;
    s.sessionRpe = q.optDouble(8);
    s.notes = q.string(9);
    s.source.kind = sql::enumOf(kSourceKindKeys, q.string(10), "session.source");
    s.source.file = q.string(11);
    s.source.key = q.string(12);
    s.version = q.int64(13);
    return s;
}

void bindSession(Query &q, const Session &s)
{
    q.bind(QStringLiteral(":athlete"), s.athleteId)
        .bind(QStringLiteral(":start"), s.start.toSecsSinceEpoch())
        .bind(QStringLiteral(":offset"), s.start.offsetFromUtc())
        .bind(QStringLiteral(":title"), s.title)
        .bind(QStringLiteral(":duration"), sql::opt(s.durationMin))
        .bind(QStringLiteral(":bodyweight"), sql::opt(s.bodyweight))
        .bind(QStringLiteral(":warmup"), sql::opt(s.warmupDone))
        .bind(QStringLiteral(":srpe"), sql::opt(s.sessionRpe))
        .bind(QStringLiteral(":notes"), s.notes)
        .bind(QStringLiteral(":source"), toKey(s.source.kind))
        .bind(QStringLiteral(":file"), s.source.file.isEmpty() ? QVariant() : QVariant(s.source.file))
        .bind(QStringLiteral(":key"), s.source.key.isEmpty() ? QVariant() : QVariant(s.source.key));
}

// Holds this file's translation context in a form lupdate can follow.
struct Store
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Store)
};

/// WHERE clause and bindings shared by list() and page(); every value is bound.
struct FilterSql
{
    QString where;
    QList<QPair<QString, QVariant>> values;

    explicit FilterSql(const QSqlDatabase &db, qint64 athleteId, const SessionFilter &f)
    {
        where = QStringLiteral(" WHERE s.athlete_id = :athlete");
        values.append({QStringLiteral(":athlete"), athleteId});
        // A session is on the day of its own offset, whoever reads it.
        for (const auto &bound :
             {f.from ? std::optional(sql::DayBound::sessionsFrom(*f.from)) : std::nullopt,
              f.to ? std::optional(sql::DayBound::sessionsThrough(*f.to)) : std::nullopt}) {
            if (!bound)
                continue;
            where += bound->sql;
            for (const auto &[name, value] : bound->values)
                values.append({name, value});
        }
        if (f.exerciseId) {
            where += QStringLiteral(" AND EXISTS (SELECT 1 FROM workout_set x WHERE x.session_id = "
                                    "s.id AND x.exercise_id = :exercise)");
            values.append({QStringLiteral(":exercise"), *f.exerciseId});
        }
        const QString search = f.search.trimmed();
        if (!search.isEmpty()) {
            // A substring test (not LIKE) keeps the user's text out of any pattern syntax.
            where += QStringLiteral(" AND (")
                     + dialect::contains(db, QStringLiteral("lower(s.title)"), QStringLiteral(":search"))
                     + QStringLiteral(" OR ")
                     + dialect::contains(db, QStringLiteral("lower(s.notes)"), QStringLiteral(":search"))
                     + QStringLiteral(
                         " OR EXISTS (SELECT 1 FROM workout_set x JOIN exercise e ON e.id = x.exercise_id"
                         " WHERE x.session_id = s.id AND ")
                     + dialect::contains(db, QStringLiteral("e.name_key"), QStringLiteral(":searchkey"))
                     + QStringLiteral("))");
            values.append({QStringLiteral(":search"), search.toLower()});
            values.append({QStringLiteral(":searchkey"), nameKey(search)});
        }
    }

    template <typename Q>
    void bindTo(Q &q) const
    {
        for (const auto &[name, value] : values)
            q.bind(name, value);
    }
};

} // namespace

void SessionRepository::insert(const QSqlDatabase &db, Session &session)
{
    sql::requireValid(validate(session));
    const bool withId = session.id > 0;
    Query q(
        db,
        dialect::insert(QStringLiteral("INSERT INTO session (id, athlete_id, start_utc, utc_offset_s, title, "
                                       "duration_min, bodyweight_g, warmup_done, session_rpe, notes, source, "
                                       "source_file, source_key, row_version) VALUES (:id, :athlete, :start, "
                                       ":offset, :title, :duration, :bodyweight, :warmup, :srpe, :notes, "
                                       ":source, :file, :key, :version)"),
                        withId),
        withId ? Query::Returning::Nothing : Query::Returning::Id);
    if (withId)
        q.bind(QStringLiteral(":id"), session.id);
    bindSession(q, session);
    q.bind(QStringLiteral(":version"), session.version);
    q.exec();
    if (!withId)
        session.id = q.insertedId();
    SetWriter(db).insertAll(session);
}

qint64 SessionRepository::add(Session &session)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    insert(db, session);
    tx.commit();
    return session.id;
}

void SessionRepository::update(Session &session)
{
    sql::requireValid(validate(session));
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    const qint64 version = session.version;
    try {
        updateHeader(session);
        Query clear(db, QStringLiteral("DELETE FROM workout_set WHERE session_id = :id"));
        clear.bind(QStringLiteral(":id"), session.id).exec();
        SetWriter(db).insertAll(session);
        tx.commit();
    } catch (...) {
        session.version = version; // nothing was stored
        throw;
    }
}

void SessionRepository::updateHeader(Session &session)
{
    Session header = session;
    header.sets.clear();
    sql::requireValid(validate(header));
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    Query q(db, QStringLiteral("UPDATE session SET athlete_id = :athlete, start_utc = :start, "
                               "utc_offset_s = :offset, title = :title, duration_min = :duration, "
                               "bodyweight_g = :bodyweight, warmup_done = :warmup, session_rpe = :srpe, "
                               "notes = :notes, source = :source, source_file = :file, source_key = :key, ")
                    + rowversion::setNext() + rowversion::whereCurrent());
    q.bind(QStringLiteral(":id"), session.id).bind(QStringLiteral(":version"), session.version);
    bindSession(q, session);
    q.exec();
    if (q.rowsAffected() == 0)
        rowversion::refuse(db, "session", session.id,
                           Store::tr("This session was changed by someone else since you opened it; nothing "
                                     "was overwritten. It has been reloaded: make your change again."),
                           Store::tr("There is no session %1").arg(session.id));
    tx.commit();
    ++session.version;
}

void SessionRepository::insertSet(WorkoutSet &set)
{
    // Ranges only: whether the exercise takes assistance is checked where it is known.
    sql::requireValid(validate(set, true));
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    dialect::lockSession(db, set.sessionId);
    Query count(db, QStringLiteral("SELECT count(*) FROM workout_set WHERE session_id = :s"));
    count.bind(QStringLiteral(":s"), set.sessionId).exec();
    const int size = count.next() ? count.value(0).toInt() : 0;
    set.position = std::clamp(set.position, 0, size);
    Query shift(db, QStringLiteral("UPDATE workout_set SET position = position + 1 "
                                   "WHERE session_id = :s AND position >= :p"));
    shift.bind(QStringLiteral(":s"), set.sessionId).bind(QStringLiteral(":p"), set.position).exec();
    SetWriter(db).insert(set);
    tx.commit();
}

void SessionRepository::updateSet(WorkoutSet &set)
{
    sql::requireValid(validate(set, true));
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    Query q(db, QStringLiteral("UPDATE workout_set SET exercise_id = :exercise, kind = :kind, "
                               "weight_g = :weight, reps = :reps, rpe = :rpe, rir = :rir, rest_s = "
                               ":rest, seconds = :seconds, distance_cm = :distance, notes = :notes, ")
                    + rowversion::setNext() + rowversion::whereCurrent());
    q.bind(QStringLiteral(":id"), set.id).bind(QStringLiteral(":version"), set.version);
    SetWriter::bindValues(q, set);
    q.exec();
    if (q.rowsAffected() == 0)
        rowversion::refuse(db, "workout_set", set.id,
                           Store::tr("This set was changed by someone else since you opened it; nothing was "
                                     "overwritten. It has been reloaded: make your change again."),
                           Store::tr("There is no set %1").arg(set.id));
    tx.commit();
    ++set.version;
}

void SessionRepository::removeSet(qint64 setId)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    const auto set = getSet(setId);
    if (!set)
        throw StoreError(StoreError::Kind::NotFound, Store::tr("There is no set %1").arg(setId));
    dialect::lockSession(db, set->sessionId);
    Query q(db, QStringLiteral("DELETE FROM workout_set WHERE id = :id"));
    q.bind(QStringLiteral(":id"), setId).exec();
    Query close(db, QStringLiteral("UPDATE workout_set SET position = position - 1 "
                                   "WHERE session_id = :s AND position > :p"));
    close.bind(QStringLiteral(":s"), set->sessionId).bind(QStringLiteral(":p"), set->position).exec();
    tx.commit();
}

std::optional<WorkoutSet> SessionRepository::getSet(qint64 setId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT ") + sql::setColumns()
                                   + QStringLiteral(" FROM workout_set w WHERE w.id = :id"));
    q.bind(QStringLiteral(":id"), setId).exec();
    if (!q.next())
        return std::nullopt;
    return sql::readSet(q);
}

void SessionRepository::remove(qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    Query q(db, QStringLiteral("DELETE FROM session WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    tx.commit();
}

std::optional<SessionSnapshot> SessionRepository::removeWithSnapshot(qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    const auto session = get(id);
    if (!session)
        return std::nullopt;
    SessionSnapshot snapshot{*session, SorenessRepository(m_db).forSession(id),
                             RecordRepository::read(db, QStringLiteral("WHERE r.session_id = :id"), id)};
    remove(id);
    tx.commit();
    return snapshot;
}

void SessionRepository::restore(const SessionSnapshot &snapshot)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    Session session = snapshot.session;
    insert(db, session);
    // Deleting the session unlinked its reports (ON DELETE SET NULL) and left them as they
    // were otherwise; linking them again is the exact inverse, versions included.
    Query link(db, QStringLiteral("UPDATE soreness SET session_id = :session WHERE id = :id"));
    for (const SorenessReport &r : snapshot.reports)
        link.bind(QStringLiteral(":session"), session.id).bind(QStringLiteral(":id"), r.id).exec();
    RecordRepository::insert(db, session.athleteId, snapshot.records);
    tx.commit();
}

std::optional<Session> SessionRepository::get(qint64 id) const
{
    const QSqlDatabase db = m_db.connection();
    ReadTransaction rt(db);
    Query q(db,
            QStringLiteral("SELECT ") + kSessionColumns + QStringLiteral(" FROM session s WHERE s.id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    QList<Session> one{readSession(q)};
    loadSets(db, one);
    return one.first();
}

QList<Session> SessionRepository::list(qint64 athleteId, const SessionFilter &filter, bool withSets) const
{
    const QSqlDatabase db = m_db.connection();
    ReadTransaction rt(db);
    const FilterSql f(db, athleteId, filter);
    RawQuery q(db, QStringLiteral("SELECT ") + kSessionColumns + QStringLiteral(" FROM session s") + f.where
                       + QStringLiteral(" ORDER BY s.start_utc, s.id"));
    f.bindTo(q);
    q.exec();
    QList<Session> out;
    while (q.next())
        out.append(readSession(q));
    if (withSets)
        loadSets(db, out);
    return out;
}

QList<Session> SessionRepository::page(qint64 athleteId, const SessionFilter &filter,
                                       const std::optional<SessionCursor> &after, int limit,
                                       bool withSets) const
{
    const QSqlDatabase db = m_db.connection();
    const FilterSql f(db, athleteId, filter);
    QString sql = QStringLiteral("SELECT ") + kSessionColumns + QStringLiteral(" FROM session s") + f.where;
    if (after)
        sql += QStringLiteral(" AND (s.start_utc < :cstart OR (s.start_utc = :cstart AND s.id < :cid))");
    sql += QStringLiteral(" ORDER BY s.start_utc DESC, s.id DESC LIMIT :limit");
    RawQuery q(db, sql);
    f.bindTo(q);
    if (after)
        q.bind(QStringLiteral(":cstart"), after->startUtc).bind(QStringLiteral(":cid"), after->id);
    q.bind(QStringLiteral(":limit"), limit).exec();
    QList<Session> out;
    while (q.next())
        out.append(readSession(q));
    if (withSets)
        loadSets(db, out);
    return out;
}

std::optional<Session> SessionRepository::latest(qint64 athleteId) const
{
    const auto first = page(athleteId, {}, std::nullopt, 1);
    if (first.isEmpty())
        return std::nullopt;
    return get(first.first().id);
}

qint64 SessionRepository::count(qint64 athleteId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT count(*) FROM session WHERE athlete_id = :a"));
    q.bind(QStringLiteral(":a"), athleteId).exec();
    return q.next() ? q.int64(0) : 0;
}

std::optional<qint64> SessionRepository::findBySourceKey(qint64 athleteId, const QString &sourceKey) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT id FROM session WHERE athlete_id = :a AND source_key = :k"));
    q.bind(QStringLiteral(":a"), athleteId).bind(QStringLiteral(":k"), sourceKey).exec();
    if (!q.next())
        return std::nullopt;
    return q.int64(0);
}

void SessionRepository::loadSets(const QSqlDatabase &db, QList<Session> &sessions) const
{
    if (sessions.isEmpty())
        return;
    QHash<qint64, qsizetype> indexOf;
    qint64 minStart = sessions.first().start.toSecsSinceEpoch();
    qint64 maxStart = minStart;
    qint64 minId = sessions.first().id;
    qint64 maxId = minId;
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        indexOf.insert(sessions[i].id, i);
        sessions[i].sets.clear();
        minStart = std::min(minStart, sessions[i].start.toSecsSinceEpoch());
        maxStart = std::max(maxStart, sessions[i].start.toSecsSinceEpoch());
        minId = std::min(minId, sessions[i].id);
        maxId = std::max(maxId, sessions[i].id);
    }
    // One query for the whole range instead of one per session; sets of sessions outside the
    // list (filtered out) are skipped. Each session's sets come together, in their order.
    const bool server = pg::isPostgres(db);
    QString statement = QStringLiteral("SELECT ") + sql::setColumns();
    if (server) {
        // The sets carry their athlete on a server: one range of the athlete's index, in its
        // order, without a join. Joined to the sessions by time, PostgreSQL misjudges what
        // row-level security keeps and sorts or loops (docs/performance.md, benchmark 8). Session
        // ids follow the order sessions were logged in, so a page of recent sessions reads few
        // sets of others, unless older history was imported after them.
        statement += QStringLiteral(
            " FROM workout_set w WHERE w.athlete_id = :athlete AND w.session_id BETWEEN :from AND"
            " :to ORDER BY w.session_id, w.position");
    } else {
        // As the session index and then the set index deliver the rows: SQLite does not sort.
        statement += QStringLiteral(" FROM workout_set w JOIN session s") + dialect::setsOfSessions(db)
                     + QStringLiteral("WHERE s.athlete_id = :athlete AND s.start_utc BETWEEN :from AND :to"
                                      " ORDER BY s.start_utc, s.id, w.position");
    }
    RawQuery q(db, statement);
    q.bind(QStringLiteral(":athlete"), sessions.first().athleteId)
        .bind(QStringLiteral(":from"), server ? minId : minStart)
        .bind(QStringLiteral(":to"), server ? maxId : maxStart)
        .exec();
    // Rows come session by session: each session's sets are gathered in a list with room for a
    // usual session, so that a long history is not copied from one growing list to the next.
    QList<WorkoutSet> sets;
    qsizetype current = -1;
    const auto flush = [&] {
        if (current >= 0)
            sessions[current].sets = std::move(sets);
        sets = QList<WorkoutSet>();
        sets.reserve(48);
    };
    while (q.next()) {
        const auto it = indexOf.constFind(q.int64(1));
        if (it == indexOf.constEnd())
            continue;
        if (*it != current) {
            flush();
            current = *it;
        }
        sets.append(sql::readSet(q));
    }
    flush();
}

} // namespace spotter
