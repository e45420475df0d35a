// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// libpq on the connection Qt's QPSQL driver opened (field notes §5). Used by the store only:
// statements, COPY and transactions on PostgreSQL go through libpq directly, so that a value is
// a parameter (QPSQL inlines literals), a statement is one round trip (QPSQL prepares,
// executes and deallocates), and COPY runs inside the same transaction.

#include "store/storeerror.h"

#include <QByteArray>
#include <QString>

class QSqlDatabase;
typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace spotter::pg {

/// The PGconn under a QPSQL connection; throws StoreError if it is not one, or closed.
[[nodiscard]] PGconn *handle(const QSqlDatabase &db);
/// True for a QPSQL connection.
[[nodiscard]] bool isPostgres(const QSqlDatabase &db);

/// True while the connection is inside a transaction block (also a failed one).
[[nodiscard]] bool inTransaction(PGconn *conn);
/// True when libpq has seen the connection break.
[[nodiscard]] bool isBroken(PGconn *conn);
/// Between two steps (not inside a transaction): reads what the server sent meanwhile without
/// waiting, so that a connection the server closed (a restart sends "terminating connection"
/// and hangs up) is known to be broken before a statement fails on it. True inside a
/// transaction, which a reconnect would lose.
[[nodiscard]] bool isAlive(PGconn *conn);

/// An error for @p result (may be null), worded with @p what, classified by its SQLSTATE.
[[nodiscard]] StoreError errorOf(PGconn *conn, const PGresult *result, const QString &what);

/// Runs a statement with no parameters and no rows (BEGIN, SAVEPOINT, SET …); throws. Rows
/// held back for a COPY are sent first, unless @p flush is false (a ROLLBACK drops them).
void command(PGconn *conn, const QByteArray &sql, bool flush = true);

/// Keeps the server's notices ("relation … already exists, skipping") off standard error; the
/// errors that matter come back as results.
void silenceNotices(const QSqlDatabase &db);

/// Closes and opens @p db again with the same settings (Qt never reconnects by itself, §6);
/// throws StoreError(Connection) when the server still cannot be reached.
void reconnect(QSqlDatabase &db);
/// Starts a transaction with @p begin; a connection found broken at that point (the server
/// restarted since the last statement) is opened again first, since nothing was lost yet.
void begin(QSqlDatabase &db, const QByteArray &begin);
/// COMMIT; throws when the server rolled the transaction back instead.
void commit(PGconn *conn);
/// Ends a transaction begin() started: COMMIT (throws as commit()) or ROLLBACK (rows held back
/// for a COPY are dropped; a broken connection has nothing to undo).
void end(PGconn *conn, bool commit);

/// libpq's quoting, for the few statements that cannot take parameters (CREATE ROLE, GRANT).
[[nodiscard]] QByteArray identifier(PGconn *conn, const QString &name);
[[nodiscard]] QByteArray literal(PGconn *conn, const QString &value);

/// Rows held back for a COPY (ImportWriter): they must reach the server before any other
/// statement runs on the same connection, and before its transaction commits.
class PendingRows
{
public:
    virtual ~PendingRows() = default;
    virtual void flush() = 0;
};

/// Registers @p rows for @p conn (one connection per thread, so per thread); flushAll() sends
/// them. The registration ends with unregisterPending().
void registerPending(PGconn *conn, PendingRows *rows);
void unregisterPending(PGconn *conn, PendingRows *rows);
/// Sends everything registered for @p conn; called before every statement.
void flushPending(PGconn *conn);

} // namespace spotter::pg
