// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/dialect.h"

#include "store/query.h"
#include "store/storeerror.h"

#include <QCoreApplication>

namespace spotter::dialect {

void lockSession(const QSqlDatabase &db, qint64 sessionId)
{
    if (!pg::isPostgres(db))
        return;
    Query q(db, QStringLiteral("SELECT id FROM session WHERE id = :id FOR UPDATE"));
    q.bind(QStringLiteral(":id"), sessionId).exec();
    if (!q.next())
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("spotter::Store", "There is no session %1").arg(sessionId));
}

std::optional<qint64> reserveId(const QSqlDatabase &db, const char *table)
{
    if (!pg::isPostgres(db))
        return std::nullopt;
    Query q(db, QStringLiteral("SELECT nextval(pg_get_serial_sequence(:table, 'id'))"));
    q.bind(QStringLiteral(":table"), QLatin1String(table)).exec();
    if (!q.next())
        throw StoreError(StoreError::Kind::Sql, QStringLiteral("nextval(%1)").arg(QLatin1String(table)));
    return q.int64(0);
}

QString insert(const QString &insert, bool withId)
{
    if (withId)
        return insert;
    QString out = insert;
    const qsizetype column = out.indexOf(QStringLiteral("(id, "));
    Q_ASSERT(column > 0);
    out.remove(column + 1, 4);
    const qsizetype value = out.indexOf(QStringLiteral("(:id, "));
    Q_ASSERT(value > column);
    out.remove(value + 1, 5);
    return out;
}

} // namespace spotter::dialect
