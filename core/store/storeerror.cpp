// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storeerror.h"

#include <QSqlError>

namespace spotter {

StoreError::StoreError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
{}

StoreError StoreError::fromSql(const QSqlError &error, const QString &context)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const int primary = ok ? (code & 0xff) : -1;
    Kind kind = Kind::Sql;
    switch (primary) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        kind = Kind::Busy;
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        kind = Kind::Corrupt;
        break;
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
        kind = Kind::Io;
        break;
    default: break;
    }
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return StoreError(kind, context.isEmpty() ? text : context + QStringLiteral(": ") + text);
}

} // namespace spotter
