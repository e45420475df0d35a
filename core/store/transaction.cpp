// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/transaction.h"

#include "store/checkgate.h"
#include "store/pgconnection.h"
#include "store/query.h"
#include "store/rawhandle.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <sqlite3.h>

namespace spotter {

namespace {
std::atomic<quint64> g_savepointCounter{0};

std::function<void(const QString &)> &waitNotice()
{
    static std::function<void(const QString &)> notice;
    return notice;
}
} // namespace

void WriteTransaction::setWaitNotice(std::function<void(const QString &file)> notice)
{
    waitNotice() = std::move(notice);
}

bool inTransaction(const QSqlDatabase &db)
{
    if (pg::isPostgres(db))
        return pg::inTransaction(pg::handle(db));
    return sqlite3_get_autocommit(rawHandle(db)) == 0;
}

WriteTransaction::WriteTransaction(QSqlDatabase db, std::chrono::milliseconds maxWait)
    : m_db(std::move(db)), m_postgres(pg::isPostgres(m_db))
{
    if (inTransaction(m_db)) {
        m_savepoint = QStringLiteral("sp_%1").arg(++g_savepointCounter);
        Query::run(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint);
        return;
    }
    if (m_postgres) {
        // PostgreSQL writers do not lock each other out: rows carry versions (an edit of a row
        // someone changed meanwhile is refused) and the importers lock their athlete.
        pg::begin(m_db, "BEGIN");
        return;
    }
    // A file the GUI opened without waiting for its integrity check: no write before the
    // verdict, and none at all into a file it found damaged.
    CheckGate::beforeWriteOn(m_db.databaseName());
    QElapsedTimer timer;
    timer.start();
    sqlite3 *handle = rawHandle(m_db);
    int savedTimeout = -1; // the connection's busy timeout, while this loop polls with short waits
    bool noticed = false;
    const auto restoreTimeout = [&] {
        if (savedTimeout >= 0)
            sqlite3_busy_timeout(handle, savedTimeout);
    };
    for (;;) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            restoreTimeout();
            return;
        }
        const StoreError error = StoreError::fromSql(q.lastError(), QString(), m_db.databaseName());
        if (error.kind() != StoreError::Kind::Busy) {
            restoreTimeout();
            throw StoreError(error.kind(),
                             QCoreApplication::translate("spotter::Store", "Could not start a write: %1")
                                 .arg(error.message()));
        }
        if (timer.elapsed() >= maxWait.count()) {
            restoreTimeout();
            throw StoreError(
                StoreError::Kind::Busy,
                QCoreApplication::translate("spotter::Store",
                                            "Another program kept the database busy for %1 s; try again")
                    .arg(timer.elapsed() / 1000));
        }
        if (savedTimeout < 0) {
            // Wait in short steps from now on, so that a long wait can be said while it lasts.
            savedTimeout = Query::scalar(m_db, QStringLiteral("PRAGMA busy_timeout")).toInt();
            sqlite3_busy_timeout(handle, 250);
        }
        if (!noticed && timer.elapsed() >= kWaitNoticeAfter.count()) {
            noticed = true;
            if (waitNotice())
                waitNotice()(m_db.databaseName());
        }
        // The busy handler already waited its timeout; a short pause keeps this loop polite.
        QThread::msleep(20);
    }
}

WriteTransaction::~WriteTransaction()
{
    if (!m_done)
        rollback();
}

void WriteTransaction::commit()
{
    if (m_done)
        return;
    if (isNested()) {
        Query::run(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    } else if (m_postgres) {
        try {
            pg::end(pg::handle(m_db), true);
        } catch (const StoreError &) {
            rollback();
            throw;
        }
    } else {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const StoreError error =
                StoreError::fromSql(q.lastError(), QStringLiteral("COMMIT"), m_db.databaseName());
            rollback();
            m_done = true;
            throw error;
        }
    }
    m_done = true;
}

void WriteTransaction::rollback() noexcept
{
    m_done = true;
    if (m_postgres) {
        // A destructor must not throw: a connection that is already gone has nothing to undo.
        try {
            PGconn *conn = pg::handle(m_db);
            if (isNested()) {
                pg::command(conn, "ROLLBACK TO " + m_savepoint.toLatin1());
                pg::command(conn, "RELEASE " + m_savepoint.toLatin1());
            } else {
                pg::end(conn, false);
            }
        } catch (const StoreError &) {
        }
        return;
    }
    QSqlQuery q(m_db);
    if (isNested()) {
        q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        q.exec(QStringLiteral("RELEASE ") + m_savepoint);
    } else {
        // A destructor must not throw: a connection that is already gone has nothing to undo.
        try {
            if (sqlite3_get_autocommit(rawHandle(m_db)) == 0)
                q.exec(QStringLiteral("ROLLBACK"));
        } catch (const StoreError &) {
        }
    }
}

ReadTransaction::ReadTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (inTransaction(m_db))
        return;
    if (pg::isPostgres(m_db))
        pg::begin(m_db, "BEGIN ISOLATION LEVEL REPEATABLE READ"); // one snapshot, as SQLite's
    else
        Query::run(m_db, QStringLiteral("BEGIN"));
    m_active = true;
}

ReadTransaction::~ReadTransaction()
{
    if (m_active && pg::isPostgres(m_db)) {
        try {
            pg::end(pg::handle(m_db), true);
        } catch (const StoreError &) {
        }
    } else if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("COMMIT"));
    }
}

} // namespace spotter
