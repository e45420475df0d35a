// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/catalogue.h"

#include "model/builtincatalogue.h"
#include "store/query.h"

#include <QSet>

namespace spotter {

namespace {

/// Inserts @p e's aliases that no exercise uses yet.
void insertFreeAliases(const QSqlDatabase &db, const Exercise &e, qint64 id)
{
    QSet<QString> seen{nameKey(e.name)};
    for (const QString &alias : e.aliases) {
        const QString key = nameKey(alias);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        Query taken(db, QStringLiteral("SELECT 1 FROM exercise WHERE name_key = :key UNION ALL "
                                       "SELECT 1 FROM exercise_alias WHERE alias_key = :key"));
        taken.bind(QStringLiteral(":key"), key).exec();
        if (taken.next())
            continue;
        Query q(db, QStringLiteral("INSERT INTO exercise_alias (alias_key, alias, exercise_id) "
                                   "VALUES (:key, :alias, :id)"));
        q.bind(QStringLiteral(":key"), key)
            .bind(QStringLiteral(":alias"), alias.simplified())
            .bind(QStringLiteral(":id"), id)
            .exec();
    }
}

/// The aliases migration 6 adds, as that version of the catalogue had them. Fixed here rather than
/// read from builtinCatalogue(), so that the step does the same whenever a database takes it.
struct AliasesOf
{
    const char16_t *exercise;
    std::initializer_list<const char16_t *> aliases;
};
const AliasesOf kCommonAliasesV6[] = {
    {u"Bench Press", {u"Bench"}},
    {u"Deadlift", {u"DL"}},
    {u"Pull Up", {u"Pullups", u"Pull Ups", u"Pull-Ups"}},
    {u"Chin Up", {u"Chinups", u"Chin Ups", u"Chin-Ups"}},
    {u"Push Up", {u"Pushups", u"Push-Ups"}},
};

} // namespace

void seedCatalogue(const QSqlDatabase &db)
{
    // The columns of version 1: later migrations add theirs (addAssistedCatalogue()).
    for (const Exercise &e : builtinCatalogue()) {
        Query q(db,
                QStringLiteral("INSERT INTO exercise (name, name_key, kind, loads_lower_back, unilateral, "
                               "regions, builtin) VALUES (:name, :key, :kind, :back, :uni, :regions, 1)"),
                Query::Returning::Id);
        q.bind(QStringLiteral(":name"), e.name.simplified())
            .bind(QStringLiteral(":key"), nameKey(e.name))
            .bind(QStringLiteral(":kind"), toKey(e.kind))
            .bind(QStringLiteral(":back"), e.loadsLowerBack ? 1 : 0)
            .bind(QStringLiteral(":uni"), e.unilateral ? 1 : 0)
            .bind(QStringLiteral(":regions"), keysOf(kRegionKeys, e.regions))
            .exec();
        insertFreeAliases(db, e, q.insertedId());
    }
}

void addAssistedCatalogue(const QSqlDatabase &db)
{
    for (const Exercise &e : builtinCatalogue()) {
        if (!e.assisted)
            continue;
        QStringList names = e.aliases;
        names.prepend(e.name);
        // Names of the assisted lift that an unassisted built-in lift had as an alias.
        for (const QString &name : std::as_const(names)) {
            Query drop(db,
                       QStringLiteral("DELETE FROM exercise_alias WHERE alias_key = :key AND exercise_id IN "
                                      "(SELECT id FROM exercise WHERE builtin = 1 AND assisted = 0)"));
            drop.bind(QStringLiteral(":key"), nameKey(name)).exec();
        }
        Query find(db, QStringLiteral("SELECT id FROM exercise WHERE name_key = :key UNION ALL "
                                      "SELECT exercise_id FROM exercise_alias WHERE alias_key = :key"));
        find.bind(QStringLiteral(":key"), nameKey(e.name)).exec();
        qint64 id = 0;
        if (find.next()) {
            id = find.int64(0);
            Query mark(db, QStringLiteral("UPDATE exercise SET assisted = 1 WHERE id = :id"));
            mark.bind(QStringLiteral(":id"), id).exec();
        } else {
            Query q(
                db,
                QStringLiteral("INSERT INTO exercise (name, name_key, kind, loads_lower_back, unilateral, "
                               "regions, builtin, assisted) VALUES (:name, :key, :kind, :back, :uni, "
                               ":regions, 1, 1)"),
                Query::Returning::Id);
            q.bind(QStringLiteral(":name"), e.name.simplified())
                .bind(QStringLiteral(":key"), nameKey(e.name))
                .bind(QStringLiteral(":kind"), toKey(e.kind))
                .bind(QStringLiteral(":back"), e.loadsLowerBack ? 1 : 0)
                .bind(QStringLiteral(":uni"), e.unilateral ? 1 : 0)
                .bind(QStringLiteral(":regions"), keysOf(kRegionKeys, e.regions))
                .exec();
            id = q.insertedId();
        }
        insertFreeAliases(db, e, id);
    }
}

void addCommonAliases(const QSqlDatabase &db)
{
    for (const AliasesOf &entry : kCommonAliasesV6) {
        Exercise e;
        e.name = QString::fromUtf16(entry.exercise);
        for (const char16_t *alias : entry.aliases)
            e.aliases.append(QString::fromUtf16(alias));
        Query find(db, QStringLiteral("SELECT id FROM exercise WHERE name_key = :key AND builtin = 1"));
        find.bind(QStringLiteral(":key"), nameKey(e.name)).exec();
        if (find.next())
            insertFreeAliases(db, e, find.int64(0));
    }
}

} // namespace spotter
