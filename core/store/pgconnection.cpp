// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/pgconnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <cstring>
#include <libpq-fe.h>

namespace spotter::pg {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Store
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Store)
};

// One connection per thread (Database::connection()), so the rows held back for a connection
// are only ever touched by one thread.
thread_local QHash<PGconn *, QList<PendingRows *>> t_pending;
// Connections inside a transaction begun through begin(): one that breaks there must not be
// opened again until the transaction's owner has ended it, or the rest of the transaction
// would run, and commit piece by piece, on the new connection.
thread_local QSet<PGconn *> t_transactions;

} // namespace

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL";
}

PGconn *handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6.4 names the type "pg_conn*", not the "PGconn*" of its own documentation (§5).
    if (!v.isValid() || std::strcmp(v.typeName(), "pg_conn*") != 0)
        throw StoreError(StoreError::Kind::Sql, Store::tr("The database connection is not PostgreSQL"));
    PGconn *conn = *static_cast<PGconn *const *>(v.constData());
    if (!conn)
        throw StoreError(StoreError::Kind::Connection, Store::tr("The connection to the server is closed"));
    return conn;
}

bool inTransaction(PGconn *conn)
{
    const PGTransactionStatusType status = PQtransactionStatus(conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE
           || t_transactions.contains(conn);
}

bool isBroken(PGconn *conn)
{
    return PQstatus(conn) == CONNECTION_BAD;
}

bool isAlive(PGconn *conn)
{
    if (isBroken(conn))
        return false;
    if (PQtransactionStatus(conn) != PQTRANS_IDLE || t_transactions.contains(conn))
        return true;
    // A recv() that does not block: nothing there (the usual case), or the server's goodbye.
    return PQconsumeInput(conn) == 1 && !isBroken(conn);
}

StoreError errorOf(PGconn *conn, const PGresult *result, const QString &what)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    QByteArray code(state ? state : "");
    if (isBroken(conn))
        code.clear();
    QString text = QString::fromUtf8(result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr);
    if (text.isEmpty())
        text = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    const StoreError::Kind kind = StoreError::kindOfSqlState(code);
    if (kind == StoreError::Kind::Connection)
        return StoreError(kind, Store::tr("The connection to the team server was lost (%1). Nothing of the "
                                          "unfinished change was kept; Spotter connects again on the next "
                                          "step, so try again.")
                                    .arg(text));
    if (const char *detail = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL) : nullptr)
        text += QStringLiteral(" (%1)").arg(QString::fromUtf8(detail));
    return StoreError(kind, what.isEmpty() ? text : what + QStringLiteral(": ") + text);
}

void command(PGconn *conn, const QByteArray &sql, bool flush)
{
    if (flush)
        flushPending(conn);
    PGresult *result = PQexec(conn, sql.constData());
    if (PQresultStatus(result) != PGRES_COMMAND_OK) {
        const StoreError error = errorOf(conn, result, QString::fromUtf8(sql));
        PQclear(result);
        throw error;
    }
    PQclear(result);
}

void reconnect(QSqlDatabase &db)
{
    db.close();
    if (!db.open())
        throw StoreError(
            StoreError::Kind::Connection,
            Store::tr("Cannot reach the team server again: %1").arg(db.lastError().databaseText().trimmed()));
    silenceNotices(db);
}

void silenceNotices(const QSqlDatabase &db)
{
    PQsetNoticeProcessor(
        handle(db), [](void *, const char *) {}, nullptr);
}

void begin(QSqlDatabase &db, const QByteArray &sql)
{
    PGconn *conn = handle(db);
    if (t_transactions.contains(conn))
        throw StoreError(StoreError::Kind::Connection,
                         Store::tr("The connection to the team server was lost in the middle of a change; "
                                   "nothing of it was kept. Try again."));
    if (!isBroken(conn)) {
        PGresult *result = PQexec(conn, sql.constData());
        if (PQresultStatus(result) == PGRES_COMMAND_OK) {
            PQclear(result);
            t_transactions.insert(conn);
            return;
        }
        if (!isBroken(conn)) {
            const StoreError error = errorOf(conn, result, QString::fromUtf8(sql));
            PQclear(result);
            throw error;
        }
        PQclear(result);
    }
    reconnect(db);
    conn = handle(db);
    command(conn, sql);
    t_transactions.insert(conn);
}

void end(PGconn *conn, bool commit)
{
    t_transactions.remove(conn);
    if (!commit) {
        if (!isBroken(conn) && PQtransactionStatus(conn) != PQTRANS_IDLE)
            command(conn, "ROLLBACK", false);
        return;
    }
    pg::commit(conn);
}

void commit(PGconn *conn)
{
    flushPending(conn);
    PGresult *result = PQexec(conn, "COMMIT");
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    // COMMIT of a transaction in which a statement failed "succeeds" as a ROLLBACK (§4).
    const bool rolledBack = ok && qstrcmp(PQcmdStatus(result), "ROLLBACK") == 0;
    if (!ok || rolledBack) {
        const StoreError error =
            rolledBack ? StoreError(StoreError::Kind::Sql,
                                    Store::tr("The change was not saved: a step of it failed, so the server "
                                              "undid all of it"))
                       : errorOf(conn, result, QStringLiteral("COMMIT"));
        PQclear(result);
        throw error;
    }
    PQclear(result);
}

QByteArray identifier(PGconn *conn, const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    char *escaped = PQescapeIdentifier(conn, utf8.constData(), static_cast<size_t>(utf8.size()));
    if (!escaped)
        throw errorOf(conn, nullptr, Store::tr("Quoting '%1'").arg(name));
    QByteArray out(escaped);
    PQfreemem(escaped);
    return out;
}

QByteArray literal(PGconn *conn, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    char *escaped = PQescapeLiteral(conn, utf8.constData(), static_cast<size_t>(utf8.size()));
    if (!escaped)
        throw errorOf(conn, nullptr, Store::tr("Quoting a value"));
    QByteArray out(escaped);
    PQfreemem(escaped);
    return out;
}

void registerPending(PGconn *conn, PendingRows *rows)
{
    t_pending[conn].append(rows);
}

void unregisterPending(PGconn *conn, PendingRows *rows)
{
    const auto it = t_pending.find(conn);
    if (it == t_pending.end())
        return;
    it->removeAll(rows);
    if (it->isEmpty())
        t_pending.erase(it);
}

void flushPending(PGconn *conn)
{
    if (t_pending.isEmpty())
        return;
    const auto it = t_pending.constFind(conn);
    if (it == t_pending.constEnd())
        return;
    const QList<PendingRows *> rows = *it; // a flush may run statements of its own
    for (PendingRows *r : rows)
        r->flush();
}

} // namespace spotter::pg
