// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/exerciserepository.h"

#include "model/validation.h"
#include "store/database.h"
#include "store/dialect.h"
#include "store/query.h"
#include "store/sqlvalues.h"
#include "store/transaction.h"

#include <QHash>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Store
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Store)
};

const QString kSelect = QStringLiteral(
    "SELECT id, name, kind, loads_lower_back, unilateral, regions, builtin, assisted, category "
    "FROM exercise ");

Exercise readExercise(const Query &q)
{
    Exercise e;
    e.id = q.int64(0);
    e.name = q.string(1);
    e.kind = sql::enumOf(kExerciseKindKeys, q.string(2), "exercise.kind");
    e.loadsLowerBack = q.value(3).toBool();
    e.unilateral = q.value(4).toBool();
    e.regions = sql::enumSetOf(kRegionKeys, q.string(5), "exercise.regions");
    e.builtin = q.value(6).toBool();
    e.assisted = q.value(7).toBool();
    e.category = q.string(8);
    return e;
}

QStringList aliasesOf(const QSqlDatabase &db, qint64 id)
{
    Query q(db, QStringLiteral("SELECT alias FROM exercise_alias WHERE exercise_id = :id ORDER BY alias"));
    q.bind(QStringLiteral(":id"), id).exec();
    QStringList out;
    while (q.next())
        out.append(q.string(0));
    return out;
}

/// Refuses a name or alias that is already the name or alias of another exercise.
void requireFree(const QSqlDatabase &db, const QString &name, qint64 ownId)
{
    const QString key = nameKey(name);
    Query byName(db, QStringLiteral("SELECT name FROM exercise WHERE name_key = :key AND id <> :id"));
    byName.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":id"), ownId).exec();
    if (byName.next())
        throw StoreError(StoreError::Kind::Duplicate,
                         Store::tr("An exercise named '%1' already exists").arg(byName.string(0)));
    Query byAlias(db, QStringLiteral("SELECT e.name FROM exercise_alias a JOIN exercise e ON "
                                     "e.id = a.exercise_id WHERE a.alias_key = :key AND e.id <> :id"));
    byAlias.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":id"), ownId).exec();
    if (byAlias.next())
        throw StoreError(StoreError::Kind::Duplicate,
                         Store::tr("'%1' is already another name of '%2'").arg(name, byAlias.string(0)));
}

void writeAliases(const QSqlDatabase &db, const Exercise &e)
{
    Query clear(db, QStringLiteral("DELETE FROM exercise_alias WHERE exercise_id = :id"));
    clear.bind(QStringLiteral(":id"), e.id).exec();
    QSet<QString> seen{nameKey(e.name)};
    for (const QString &alias : e.aliases) {
        const QString key = nameKey(alias);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        requireFree(db, alias, e.id);
        Query q(db, QStringLiteral("INSERT INTO exercise_alias (alias_key, alias, exercise_id) "
                                   "VALUES (:key, :alias, :id)"));
        q.bind(QStringLiteral(":key"), key)
            .bind(QStringLiteral(":alias"), normalizedName(alias.simplified()))
            .bind(QStringLiteral(":id"), e.id)
            .exec();
    }
}

void bindExercise(Query &q, const Exercise &e)
{
    q.bind(QStringLiteral(":name"), normalizedName(e.name.simplified()))
        .bind(QStringLiteral(":key"), nameKey(e.name))
        .bind(QStringLiteral(":kind"), toKey(e.kind))
        .bind(QStringLiteral(":back"), e.loadsLowerBack ? 1 : 0)
        .bind(QStringLiteral(":uni"), e.unilateral ? 1 : 0)
        .bind(QStringLiteral(":regions"), keysOf(kRegionKeys, e.regions))
        .bind(QStringLiteral(":builtin"), e.builtin ? 1 : 0)
        .bind(QStringLiteral(":assisted"), e.assisted ? 1 : 0)
        .bind(QStringLiteral(":category"), e.category);
}

} // namespace

void ExerciseRepository::insert(const QSqlDatabase &db, Exercise &exercise)
{
    sql::requireValid(validate(exercise));
    requireFree(db, exercise.name, exercise.id);
    const bool withId = exercise.id > 0;
    Query q(db,
            dialect::insert(
                QStringLiteral("INSERT INTO exercise (id, name, name_key, kind, loads_lower_back, "
                               "unilateral, regions, builtin, assisted, category) VALUES (:id, :name, "
                               ":key, :kind, :back, :uni, :regions, :builtin, :assisted, :category)"),
                withId),
            withId ? Query::Returning::Nothing : Query::Returning::Id);
    if (withId)
        q.bind(QStringLiteral(":id"), exercise.id);
    bindExercise(q, exercise);
    q.exec();
    if (!withId)
        exercise.id = q.insertedId();
    writeAliases(db, exercise);
}

qint64 ExerciseRepository::add(Exercise &exercise)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    insert(db, exercise);
    tx.commit();
    return exercise.id;
}

void ExerciseRepository::update(const Exercise &exercise)
{
    sql::requireValid(validate(exercise));
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    requireFree(db, exercise.name, exercise.id);
    Query q(db,
            QStringLiteral("UPDATE exercise SET name = :name, name_key = :key, kind = :kind, "
                           "loads_lower_back = :back, unilateral = :uni, regions = :regions, "
                           "builtin = :builtin, assisted = :assisted, category = :category WHERE id = :id"));
    q.bind(QStringLiteral(":id"), exercise.id);
    bindExercise(q, exercise);
    q.exec();
    if (q.rowsAffected() == 0)
        throw StoreError(StoreError::Kind::NotFound, Store::tr("There is no exercise %1").arg(exercise.id));
    writeAliases(db, exercise);
    tx.commit();
}

void ExerciseRepository::remove(qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    Query used(db, QStringLiteral("SELECT count(*) FROM workout_set WHERE exercise_id = :id"));
    used.bind(QStringLiteral(":id"), id).exec();
    const qint64 sets = used.next() ? used.int64(0) : 0;
    if (sets > 0) {
        const auto e = get(id);
        throw StoreError(StoreError::Kind::InUse,
                         Store::tr("'%1' is used by %2 logged sets and cannot be deleted")
                             .arg(e ? e->name : QString::number(id), QString::number(sets)));
    }
    Query planned(
        db, QStringLiteral("SELECT count(DISTINCT routine_id) FROM routine_item WHERE exercise_id = :id"));
    planned.bind(QStringLiteral(":id"), id).exec();
    if (const qint64 routines = planned.next() ? planned.int64(0) : 0; routines > 0) {
        const auto e = get(id);
        throw StoreError(StoreError::Kind::InUse,
                         Store::tr("'%1' is part of %n routine(s) and cannot be deleted", nullptr,
                                   static_cast<int>(routines))
                             .arg(e ? e->name : QString::number(id)));
    }
    Query q(db, QStringLiteral("DELETE FROM exercise WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    tx.commit();
}

std::optional<Exercise> ExerciseRepository::get(qint64 id) const
{
    const QSqlDatabase db = m_db.connection();
    Query q(db, kSelect + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    Exercise e = readExercise(q);
    e.aliases = aliasesOf(db, e.id);
    return e;
}

std::optional<Exercise> ExerciseRepository::find(const QString &nameOrAlias) const
{
    const QSqlDatabase db = m_db.connection();
    const QString key = nameKey(nameOrAlias);
    Query q(db,
            kSelect + QStringLiteral("WHERE name_key = :key UNION ALL ")
                + QStringLiteral("SELECT e.id, e.name, e.kind, e.loads_lower_back, e.unilateral, "
                                 "e.regions, e.builtin, e.assisted, e.category FROM exercise_alias a JOIN "
                                 "exercise e ON "
                                 "e.id = a.exercise_id WHERE a.alias_key = :key"));
    q.bind(QStringLiteral(":key"), key).exec();
    if (!q.next())
        return std::nullopt;
    Exercise e = readExercise(q);
    e.aliases = aliasesOf(db, e.id);
    return e;
}

QList<Exercise> ExerciseRepository::list() const
{
    const QSqlDatabase db = m_db.connection();
    QHash<qint64, QStringList> aliases;
    {
        Query a(db, QStringLiteral("SELECT exercise_id, alias FROM exercise_alias ORDER BY alias"));
        a.exec();
        while (a.next())
            aliases[a.int64(0)].append(a.string(1));
    }
    Query q(db, kSelect + QStringLiteral("ORDER BY name_key"));
    q.exec();
    QList<Exercise> out;
    while (q.next()) {
        Exercise e = readExercise(q);
        e.aliases = aliases.value(e.id);
        out.append(e);
    }
    return out;
}

} // namespace spotter
