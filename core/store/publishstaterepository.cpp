// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/publishstaterepository.h"

#include "store/database.h"
#include "store/pgconnection.h"
#include "store/query.h"
#include "store/transaction.h"

namespace spotter {

QHash<QString, QString> PublishStateRepository::hashes(const QString &target, const QString &kind) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT item_key, content_hash FROM publish_state "
                                              "WHERE target = :target AND kind = :kind"));
    q.bind(QStringLiteral(":target"), target).bind(QStringLiteral(":kind"), kind).exec();
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.string(0), q.string(1));
    return out;
}

void PublishStateRepository::record(const QString &target, const QString &kind,
                                    const QHash<QString, QString> &hashes)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction tx(db);
    Query q(db, QStringLiteral("INSERT INTO publish_state (target, kind, item_key, content_hash) VALUES "
                               "(:target, :kind, :key, :hash) ON CONFLICT (target, kind, item_key) "
                               "DO UPDATE SET content_hash = excluded.content_hash"));
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
        q.bind(QStringLiteral(":target"), target)
            .bind(QStringLiteral(":kind"), kind)
            .bind(QStringLiteral(":key"), it.key())
            .bind(QStringLiteral(":hash"), it.value())
            .exec();
    tx.commit();
}

void PublishStateRepository::lockAthlete(const Database &db, qint64 athleteId)
{
    const QSqlDatabase connection = db.connection();
    if (!pg::isPostgres(connection))
        return;
    // The same lock ImportWriter takes (importwriterpg.cpp): one writer per athlete at a time.
    Query lock(connection, QStringLiteral("SELECT pg_advisory_xact_lock(:space, :athlete)"));
    lock.bind(QStringLiteral(":space"), 0x53505452)
        .bind(QStringLiteral(":athlete"), static_cast<int>(athleteId % 2147483647))
        .exec();
}

} // namespace spotter
