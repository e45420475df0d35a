// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storeerror.h"

#include <QByteArray>
#include <QSqlError>

namespace spotter {

StoreError::StoreError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
{}

StoreError::Kind StoreError::kindOfSqlState(const QByteArray &state)
{
    if (state.isEmpty() || state.startsWith("08") || state == "57P01" || state == "57P02" || state == "57P03")
        return Kind::Connection;
    if (state == "23505")
        return Kind::Duplicate;
    if (state == "23503")
        return Kind::InUse;
    if (state == "42501")
        return Kind::Denied;
    if (state == "40001" || state == "40P01" || state == "55P03")
        return Kind::Busy;
    if (state.startsWith("53") || state.startsWith("58"))
        return Kind::Io;
    if (state.startsWith("XX"))
        return Kind::Corrupt;
    if (state.startsWith("22") || state.startsWith("23"))
        return Kind::Invalid;
    return Kind::Sql;
}

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
