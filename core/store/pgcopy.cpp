// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/pgcopy.h"

#include "store/pgconnection.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QSet>

#include <charconv>
#include <libpq-fe.h>

namespace spotter::pg {

void CopyRows::separate()
{
    if (m_rowStarted)
        m_data.append('\t');
    m_rowStarted = true;
}

CopyRows &CopyRows::null()
{
    separate();
    m_data.append("\\N", 2);
    return *this;
}

CopyRows &CopyRows::integer(qint64 v)
{
    separate();
    char buffer[24];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    m_data.append(buffer, end - buffer);
    return *this;
}

CopyRows &CopyRows::real(double v)
{
    separate();
    char buffer[32];
    // The shortest text that reads back as the same double, in the C locale.
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    m_data.append(buffer, end - buffer);
    return *this;
}

CopyRows &CopyRows::text(const QString &v)
{
    separate();
    const QByteArray utf8 = v.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\': m_data.append("\\\\", 2); break;
        case '\t': m_data.append("\\t", 2); break;
        case '\n': m_data.append("\\n", 2); break;
        case '\r': m_data.append("\\r", 2); break;
        default: m_data.append(c);
        }
    }
    return *this;
}

void CopyRows::end()
{
    m_data.append('\n');
    m_rowStarted = false;
    ++m_rows;
}

void CopyRows::clear()
{
    m_data.clear();
    m_rows = 0;
    m_rowStarted = false;
}

void CopyRows::exec(PGconn *conn, const QByteArray &sql, int expected, const QString &what)
{
    PGresult *result = PQexec(conn, sql.constData());
    if (PQresultStatus(result) != expected) {
        const StoreError error = errorOf(conn, result, what);
        PQclear(result);
        throw error;
    }
    PQclear(result);
}

void CopyRows::stage(PGconn *conn)
{
    // Temporary tables live as long as the server session; a reconnect starts a new one.
    thread_local QSet<QByteArray> staged;
    const QByteArray key = QByteArray::number(reinterpret_cast<quintptr>(conn)) + ':'
                           + QByteArray::number(PQbackendPID(conn)) + ':' + m_table;
    if (staged.contains(key))
        return;
    // The copied columns only, with their types and nothing else: the real table's defaults,
    // identity and constraints apply when the rows move on.
    exec(conn,
         "CREATE TEMP TABLE IF NOT EXISTS spotter_stage_" + m_table + " AS SELECT " + m_columns + " FROM "
             + m_table + " WITH NO DATA",
         PGRES_COMMAND_OK, QStringLiteral("Preparing to write %1").arg(QString::fromLatin1(m_table)));
    staged.insert(key);
}

void CopyRows::send(PGconn *conn)
{
    if (m_rows == 0)
        return;
    const QString what = QCoreApplication::translate("spotter::Store", "Writing %1 rows into %2")
                             .arg(m_rows)
                             .arg(QString::fromLatin1(m_table));
    const QByteArray stage = "spotter_stage_" + m_table;
    try {
        this->stage(conn);
        exec(conn, "COPY " + stage + " (" + m_columns + ") FROM STDIN", PGRES_COPY_IN, what);
        // libpq queues what it cannot send at once; a whole buffer in one call is fine.
        bool ok = PQputCopyData(conn, m_data.constData(), static_cast<int>(m_data.size())) == 1;
        ok = PQputCopyEnd(conn, ok ? nullptr : "client could not send the rows") == 1 && ok;
        // Drain every result, so the connection is ready for the next statement (§5).
        std::optional<StoreError> error;
        PGresult *result = nullptr;
        while ((result = PQgetResult(conn))) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK && !error)
                error = errorOf(conn, result, what);
            PQclear(result);
        }
        if (!ok && !error)
            error = errorOf(conn, nullptr, what);
        if (error)
            throw *error;
        exec(conn, "INSERT INTO " + m_table + " (" + m_columns + ") SELECT " + m_columns + " FROM " + stage,
             PGRES_COMMAND_OK, what);
        exec(conn, "TRUNCATE " + stage, PGRES_COMMAND_OK, what);
    } catch (...) {
        clear();
        throw;
    }
    clear();
}

} // namespace spotter::pg
