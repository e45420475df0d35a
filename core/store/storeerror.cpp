// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storeerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QStorageInfo>

#include <sqlite3.h>

namespace spotter {

namespace {
// Holds this file's translation context in a form lupdate can follow.
struct Store
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Store)
};

/// Less room left beside @p file than SQLite needs to grow a -wal or -shm (a page and an index).
bool diskIsFull(const QString &file)
{
    QStorageInfo storage(QFileInfo(file).absolutePath());
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < 64 * 1024;
}
} // namespace

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
    if (state == "25006") // a read-only transaction or default_transaction_read_only
        return Kind::ReadOnly;
    if (state == "53100")
        return Kind::DiskFull;
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

StoreError StoreError::fromSql(const QSqlError &error, const QString &context, const QString &file)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return fromCode(ok ? code : -1, text, context, file);
}

StoreError StoreError::fromCode(int code, const QString &sqliteMessage, const QString &context,
                                const QString &file)
{
    const QString where = file.isEmpty() ? Store::tr("the database") : QStringLiteral("'%1'").arg(file);
    switch (code < 0 ? -1 : (code & 0xff)) {
    case SQLITE_FULL:
        return StoreError(Kind::DiskFull, Store::tr("The disk is full: %1 cannot be written. Nothing was "
                                                    "changed; free some space and try again.")
                                              .arg(where));
    case SQLITE_READONLY:
        return StoreError(Kind::ReadOnly,
                          Store::tr("%1 is read-only (the file or its folder cannot be written, or the disk "
                                    "is mounted read-only); nothing was changed. Commands that only read it "
                                    "(sessions, export, backup, check) still work.")
                              .arg(where));
    case SQLITE_IOERR:
        // SQLite says "disk I/O error" when it cannot grow the -shm or -wal of a full disk: say
        // what it is, not something that sounds like broken hardware.
        if (!file.isEmpty() && diskIsFull(file))
            return StoreError(Kind::DiskFull, Store::tr("The disk is full: %1 cannot be written. Nothing was "
                                                        "changed; free some space and try again.")
                                                  .arg(where));
        break;
    default: break;
    }
    Kind kind = Kind::Sql;
    switch (code < 0 ? -1 : (code & 0xff)) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: kind = Kind::Busy; break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: kind = Kind::Corrupt; break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN: kind = Kind::Io; break;
    default: break;
    }
    QString text = context.isEmpty() ? sqliteMessage : context + QStringLiteral(": ") + sqliteMessage;
    if (!file.isEmpty())
        text = QStringLiteral("%1: %2").arg(file, text);
    return StoreError(kind, text);
}

} // namespace spotter
