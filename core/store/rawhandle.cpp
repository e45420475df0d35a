// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/rawhandle.h"

#include "store/storeerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <cstring>

namespace spotter {

sqlite3 *rawHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || std::strcmp(v.typeName(), "sqlite3*") != 0)
        throw StoreError(
            StoreError::Kind::Sql,
            QCoreApplication::translate("spotter::Store", "The database connection is not SQLite"));
    sqlite3 *handle = *static_cast<sqlite3 *const *>(v.constData());
    if (!handle)
        throw StoreError(StoreError::Kind::Sql,
                         QCoreApplication::translate("spotter::Store", "The database connection is closed"));
    return handle;
}

} // namespace spotter
