// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/routinerepository.h"

#include "model/exercise.h"
#include "model/validation.h"
#include "store/database.h"
#include "store/dialect.h"
#include "store/pgconnection.h"
#include "store/query.h"
#include "store/rowversion.h"
#include "store/sessionrepository.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Store
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Store)
};

void requireUniqueName(const QSqlDatabase &db, const Routine &r)
{
    Query q(db, QStringLiteral("SELECT name FROM routine WHERE name_key = :key AND id <> :id"));
    q.bind(QStringLiteral(":key"), nameKey(r.name)).bind(QStringLiteral(":id"), r.id).exec();
    if (q.next())
        throw StoreError(StoreError::Kind::Duplicate,
                         Store::tr("A routine named '%1' already exists").arg(q.string(0)));
}

/// On a team server, refuses a change of a routine the login may read but not change (one
/// shared with athletes outside its reach): PostgreSQL would change nothing, silently.
void requireEditable(const QSqlDatabase &db, qint64 id, const QString &name)
{
    if (!pg::isPostgres(db))
        return;
    Query q(db, QStringLiteral("SELECT routine_editable(:id, current_user), EXISTS (SELECT 1 FROM routine "
                               "WHERE id = :id2)"));
    q.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":id2"), id).exec();
    if (q.next() && !q.value(0).toBool() && q.value(1).toBool())
        throw StoreError(StoreError::Kind::Denied,
                         Store::tr("The routine '%1' is also assigned to athletes you do not coach; only the "
                                   "one who made it can change it. Nothing was changed.")
                             .arg(name));
}

} // namespace

void RoutineRepository::write(const QSqlDatabase &db, const Routine &routine) const
{
    Query clearItems(db, QStringLiteral("DELETE FROM routine_item WHERE routine_id = :id"));
    clearItems.bind(QStringLiteral(":id"), routine.id).exec();
    Query item(
        db, QStringLiteral("INSERT INTO routine_item (routine_id, position, exercise_id, kind, sets, reps, "
                           "seconds, rpe, pct_e1rm, weight_g, rest_s) VALUES (:routine, :position, "
                           ":exercise, :kind, :sets, :reps, :seconds, :rpe, :pct, :weight, :rest)"));
    for (qsizetype i = 0; i < routine.items.size(); ++i) {
        const RoutineItem &it = routine.items.at(i);
        item.bind(QStringLiteral(":routine"), routine.id)
            .bind(QStringLiteral(":position"), static_cast<int>(i))
            .bind(QStringLiteral(":exercise"), it.exerciseId)
            .bind(QStringLiteral(":kind"), toKey(it.kind))
            .bind(QStringLiteral(":sets"), it.sets)
            .bind(QStringLiteral(":reps"), sql::opt(it.reps))
            .bind(QStringLiteral(":seconds"), sql::opt(it.seconds))
            .bind(QStringLiteral(":rpe"), sql::opt(it.rpe))
            .bind(QStringLiteral(":pct"), sql::opt(it.pctE1rm))
            .bind(QStringLiteral(":weight"), sql::opt(it.weight))
            .bind(QStringLiteral(":rest"), sql::opt(it.restSeconds))
            .exec();
    }
    // The new athletes first, then those no longer assigned: on a team server a routine someone
    // else made is visible to a coach through its assignments, so removing them all first would
    // hide it from the coach in the middle of their own edit. Assignments the login cannot see
    // are not its to remove, and stay.
    QList<qint64> athletes = routine.athleteIds;
    std::sort(athletes.begin(), athletes.end());
    athletes.erase(std::unique(athletes.begin(), athletes.end()), athletes.end());
    Query assign(db,
                 QStringLiteral("INSERT INTO routine_assignment (routine_id, athlete_id) VALUES (:routine, "
                                ":athlete) ON CONFLICT DO NOTHING"));
    for (const qint64 athlete : std::as_const(athletes))
        assign.bind(QStringLiteral(":routine"), routine.id).bind(QStringLiteral(":athlete"), athlete).exec();
    Query assigned(db, QStringLiteral("SELECT athlete_id FROM routine_assignment WHERE routine_id = :id"));
    assigned.bind(QStringLiteral(":id"), routine.id).exec();
    QList<qint64> removed;
    while (assigned.next()) {
        if (!std::binary_search(athletes.cbegin(), athletes.cend(), assigned.int64(0)))
            removed.append(assigned.int64(0));
    }
    Query unassign(db, QStringLiteral("DELETE FROM routine_assignment WHERE routine_id = :routine AND "
                                      "athlete_id = :athlete"));
    for (const qint64 athlete : std::as_const(removed))
        unassign.bind(QStringLiteral(":routine"), routine.id)
            .bind(QStringLiteral(":athlete"), athlete)
            .exec();
}

qint64 RoutineRepository::add(Routine &routine)
{
    sql::requireValid(validate(routine));
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    requireUniqueName(db, routine);
    const bool withId = routine.id > 0;
    Query q(
        db,
        dialect::insert(QStringLiteral("INSERT INTO routine (id, name, name_key, notes, row_version) VALUES "
                                       "(:id, :name, :key, :notes, :version)"),
                        withId),
        withId ? Query::Returning::Nothing : Query::Returning::Id);
    if (withId)
        q.bind(QStringLiteral(":id"), routine.id);
    q.bind(QStringLiteral(":name"), normalizedName(routine.name.trimmed()))
        .bind(QStringLiteral(":key"), nameKey(routine.name))
        .bind(QStringLiteral(":notes"), routine.notes)
        .bind(QStringLiteral(":version"), routine.version)
        .exec();
    if (!withId)
        routine.id = q.insertedId();
    write(db, routine);
    tx.commit();
    return routine.id;
}

void RoutineRepository::update(Routine &routine)
{
    sql::requireValid(validate(routine));
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    requireEditable(db, routine.id, routine.name);
    requireUniqueName(db, routine);
    Query q(db, QStringLiteral("UPDATE routine SET name = :name, name_key = :key, notes = :notes, ")
                    + rowversion::setNext() + rowversion::whereCurrent());
    q.bind(QStringLiteral(":id"), routine.id)
        .bind(QStringLiteral(":version"), routine.version)
        .bind(QStringLiteral(":name"), normalizedName(routine.name.trimmed()))
        .bind(QStringLiteral(":key"), nameKey(routine.name))
        .bind(QStringLiteral(":notes"), routine.notes)
        .exec();
    if (q.rowsAffected() == 0)
        rowversion::refuse(
            db, "routine", routine.id,
            Store::tr("The routine '%1' was changed by someone else since you opened it; nothing "
                      "was overwritten. It has been reloaded: make your change again.")
                .arg(routine.name),
            Store::tr("There is no routine %1").arg(routine.id));
    write(db, routine);
    tx.commit();
    ++routine.version;
}

void RoutineRepository::remove(qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    if (const auto routine = get(id))
        requireEditable(db, id, routine->name);
    Query q(db, QStringLiteral("DELETE FROM routine WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    tx.commit();
}

QList<Routine> RoutineRepository::read(const QString &where, const std::optional<qint64> &key,
                                       const QString &keyName) const
{
    const QSqlDatabase db = m_db.connection();
    const ReadTransaction snapshot(db);
    Query q(db, QStringLiteral("SELECT id, name, notes, row_version FROM routine r ") + where
                    + QStringLiteral(" ORDER BY name_key, id"));
    if (key)
        q.bind(keyName, *key);
    q.exec();
    QList<Routine> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Routine r;
        r.id = q.int64(0);
        r.name = q.string(1);
        r.notes = q.string(2);
        r.version = q.int64(3);
        index.insert(r.id, out.size());
        out.append(r);
    }
    if (out.isEmpty())
        return out;
    // Two more reads for all of them; routines are few, and reading every item keeps this simple.
    Query items(db,
                QStringLiteral("SELECT routine_id, exercise_id, kind, sets, reps, seconds, rpe, pct_e1rm, "
                               "weight_g, rest_s FROM routine_item ORDER BY routine_id, position"));
    items.exec();
    while (items.next()) {
        const auto at = index.constFind(items.int64(0));
        if (at == index.cend())
            continue;
        RoutineItem it;
        it.exerciseId = items.int64(1);
        it.kind = sql::enumOf(kSetKindKeys, items.string(2), "routine_item.kind");
        it.sets = static_cast<int>(items.int64(3));
        it.reps = items.optInt(4);
        it.seconds = items.optInt(5);
        it.rpe = items.optDouble(6);
        it.pctE1rm = items.optDouble(7);
        it.weight = sql::weightOf(items.optInt64(8));
        it.restSeconds = items.optInt(9);
        out[*at].items.append(it);
    }
    Query assigned(db, QStringLiteral("SELECT routine_id, athlete_id FROM routine_assignment "
                                      "ORDER BY routine_id, athlete_id"));
    assigned.exec();
    while (assigned.next()) {
        if (const auto at = index.constFind(assigned.int64(0)); at != index.cend())
            out[*at].athleteIds.append(assigned.int64(1));
    }
    return out;
}

std::optional<Routine> RoutineRepository::get(qint64 id) const
{
    const QList<Routine> found = read(QStringLiteral("WHERE id = :id"), id, QStringLiteral(":id"));
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<Routine> RoutineRepository::findByName(const QString &name) const
{
    const QSqlDatabase db = m_db.connection();
    Query q(db, QStringLiteral("SELECT id FROM routine WHERE name_key = :key"));
    q.bind(QStringLiteral(":key"), nameKey(name)).exec();
    return q.next() ? get(q.int64(0)) : std::nullopt;
}

QList<Routine> RoutineRepository::list(std::optional<qint64> athleteId) const
{
    if (!athleteId)
        return read({}, std::nullopt, {});
    return read(QStringLiteral("WHERE EXISTS (SELECT 1 FROM routine_assignment a WHERE a.routine_id = r.id "
                               "AND a.athlete_id = :athlete)"),
                athleteId, QStringLiteral(":athlete"));
}

QList<WorkoutName> RoutineRepository::frequentWorkouts(qint64 athleteId, int minSessions, int limit) const
{
    const QSqlDatabase db = m_db.connection();
    const ReadTransaction snapshot(db);
    QSet<QString> taken;
    Query names(db, QStringLiteral("SELECT name_key FROM routine"));
    names.exec();
    while (names.next())
        taken.insert(names.string(0));
    // Imported sessions only: a title typed in Spotter is the lifter's own, not an app's workout.
    Query q(db,
            QStringLiteral("SELECT s.title, count(*), (SELECT s2.id FROM session s2 WHERE s2.athlete_id = "
                           ":athlete AND s2.title = s.title ORDER BY s2.start_utc DESC, s2.id DESC LIMIT 1) "
                           "FROM session s WHERE s.athlete_id = :athlete AND s.title <> '' AND s.source <> "
                           "'manual' AND s.source <> 'generated' GROUP BY s.title HAVING count(*) >= :min "
                           "ORDER BY count(*) DESC, s.title"));
    q.bind(QStringLiteral(":athlete"), athleteId).bind(QStringLiteral(":min"), minSessions).exec();
    QList<WorkoutName> out;
    while (q.next() && out.size() < limit) {
        if (taken.contains(nameKey(q.string(0))))
            continue;
        out.append({q.string(0), static_cast<int>(q.int64(1)), q.int64(2)});
    }
    return out;
}

std::optional<Routine> RoutineRepository::fromWorkout(qint64 athleteId, const QString &title) const
{
    const QSqlDatabase db = m_db.connection();
    const ReadTransaction snapshot(db);
    Query q(db, QStringLiteral("SELECT id, title FROM session WHERE athlete_id = :athlete AND title <> '' "
                               "ORDER BY start_utc DESC, id DESC"));
    q.bind(QStringLiteral(":athlete"), athleteId).exec();
    const QString wanted = nameKey(title);
    while (q.next()) {
        if (nameKey(q.string(1)) != wanted)
            continue;
        const auto session = SessionRepository(m_db).get(q.int64(0));
        if (!session)
            return std::nullopt;
        Routine r;
        r.name = session->title;
        r.items = routineItemsFrom(session->sets);
        r.athleteIds = {athleteId};
        return r;
    }
    return std::nullopt;
}

QList<qint64> RoutineRepository::assignedIds(qint64 athleteId) const
{
    return assignedTo(m_db.connection(), athleteId);
}

QList<qint64> RoutineRepository::assignedTo(const QSqlDatabase &db, qint64 athleteId)
{
    Query q(db, QStringLiteral("SELECT routine_id FROM routine_assignment WHERE athlete_id = :athlete "
                               "ORDER BY routine_id"));
    q.bind(QStringLiteral(":athlete"), athleteId).exec();
    QList<qint64> out;
    while (q.next())
        out.append(q.int64(0));
    return out;
}

void RoutineRepository::assign(const QSqlDatabase &db, qint64 athleteId, const QList<qint64> &routineIds)
{
    Query q(db, QStringLiteral(
                    "INSERT INTO routine_assignment (routine_id, athlete_id) SELECT :routine, :athlete "
                    "WHERE EXISTS (SELECT 1 FROM routine WHERE id = :routine)"));
    for (const qint64 id : routineIds)
        q.bind(QStringLiteral(":routine"), id).bind(QStringLiteral(":athlete"), athleteId).exec();
}

} // namespace spotter
