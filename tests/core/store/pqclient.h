// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain SQL on a test database through libpq, as any client of a team server could send it,
// and so that a statement can be left waiting on a lock while the test does something else.

#include "pgcluster.h"

#include <QString>

#include <gtest/gtest.h>

#include <libpq-fe.h>

namespace spotter::test {

/// One libpq connection to a test database.
class Pq
{
public:
    struct Outcome
    {
        bool ok = false;
        QByteArray state; ///< SQLSTATE of a failure
        QString message;
        QString value; ///< the first column of the first row
    };

    Pq(const QString &database, const QString &user)
    {
        const QByteArray host = PgCluster::shared().socketDir().toUtf8();
        const QByteArray db = database.toUtf8();
        const QByteArray login = user.toUtf8();
        const char *keys[] = {"host", "dbname", "user", "password", nullptr};
        const char *values[] = {host.constData(), db.constData(), login.constData(),
                                PgCluster::kCoachPassword, nullptr};
        m_conn = PQconnectdbParams(keys, values, 0);
        EXPECT_EQ(PQstatus(m_conn), CONNECTION_OK) << PQerrorMessage(m_conn);
        PQsetNoticeProcessor(
            m_conn, [](void *, const char *) {}, nullptr);
    }
    ~Pq() { PQfinish(m_conn); }
    Pq(const Pq &) = delete;
    Pq &operator=(const Pq &) = delete;

    Outcome run(const QString &sql)
    {
        send(sql);
        return finish();
    }
    /// Sends @p sql without waiting for it.
    void send(const QString &sql) { ASSERT_EQ(PQsendQuery(m_conn, sql.toUtf8().constData()), 1); }
    /// Waits for what send() sent.
    Outcome finish()
    {
        Outcome out;
        out.ok = true;
        while (PGresult *r = PQgetResult(m_conn)) {
            const ExecStatusType status = PQresultStatus(r);
            if (status == PGRES_FATAL_ERROR) {
                out.ok = false;
                out.state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
                out.message = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
            } else if (status == PGRES_TUPLES_OK && PQntuples(r) > 0 && PQnfields(r) > 0) {
                out.value = QString::fromUtf8(PQgetvalue(r, 0, 0));
            }
            PQclear(r);
        }
        return out;
    }
    [[nodiscard]] int pid() const { return PQbackendPID(m_conn); }

private:
    PGconn *m_conn = nullptr;
};

} // namespace spotter::test
