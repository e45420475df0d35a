// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/quickcheck.h"

#include "store/database.h"
#include "store/query.h"
#include "store/storeerror.h"

namespace spotter {

QStringList quickCheck(const Database &db, int limit)
{
    return quickCheck(db.connection(), limit);
}

QStringList quickCheck(const QSqlDatabase &db, int limit)
{
    QStringList problems;
    try {
        Query q(db, QStringLiteral("PRAGMA quick_check(%1)").arg(limit));
        q.exec();
        while (q.next())
            problems.append(q.string(0));
    } catch (const StoreError &e) {
        if (e.kind() != StoreError::Kind::Corrupt)
            throw;
        problems = {e.message()};
    }
    return problems;
}

} // namespace spotter
