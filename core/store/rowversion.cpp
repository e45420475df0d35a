// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/rowversion.h"

#include "store/query.h"
#include "store/storeerror.h"

namespace spotter::rowversion {

void refuse(const QSqlDatabase &db, const char *table, qint64 id, const QString &conflict,
            const QString &notFound)
{
    // The table name is our own constant; the id is bound.
    Query q(db, QStringLiteral("SELECT row_version FROM %1 WHERE id = :id").arg(QLatin1String(table)));
    q.bind(QStringLiteral(":id"), id).exec();
    if (q.next())
        throw StoreError(StoreError::Kind::Conflict, conflict);
    throw StoreError(StoreError::Kind::NotFound, notFound);
}

} // namespace spotter::rowversion
