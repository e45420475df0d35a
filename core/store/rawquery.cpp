// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/rawquery.h"

#include "store/pgconnection.h"
#include "store/pgstatement.h"
#include "store/rawhandle.h"
#include "store/storeerror.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace spotter {

StoreError RawQuery::error(sqlite3 *db, int rc, const QString &what)
{
    const QString file = QString::fromUtf8(sqlite3_db_filename(db, "main"));
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    if ((rc & 0xff) == SQLITE_CONSTRAINT)
        return StoreError(
            StoreError::Kind::Duplicate,
            QCoreApplication::translate("spotter::Store", "%1: %2 failed: %3").arg(file, what, message));
    return StoreError::fromCode(rc, message,
                                QCoreApplication::translate("spotter::Store", "%1 failed").arg(what), file);
}

RawQuery::RawQuery(const QSqlDatabase &db, const QString &sql, int fetchSize) : m_sql(sql.simplified())
{
    if (pg::isPostgres(db)) {
        m_pg = std::make_unique<pg::Statement>(pg::handle(db), sql, fetchSize);
        return;
    }
    m_db = rawHandle(db);
    const QByteArray utf8 = sql.toUtf8();
    const int rc =
        sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &m_statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        throw error(m_db, rc, m_sql.left(80));
    }
}

RawQuery::~RawQuery()
{
    sqlite3_finalize(m_statement);
}

RawQuery &RawQuery::bind(const QString &placeholder, const QVariant &value)
{
    if (m_pg) {
        m_pg->bind(placeholder, value);
        return *this;
    }
    // A statement that has run takes new values only after a reset (which keeps the others).
    sqlite3_reset(m_statement);
    m_started = false;
    const int index = sqlite3_bind_parameter_index(m_statement, placeholder.toUtf8().constData());
    if (index == 0)
        throw StoreError(StoreError::Kind::Sql,
                         QCoreApplication::translate("spotter::Store", "No placeholder %1 in: %2")
                             .arg(placeholder, m_sql.left(80)));
    int rc = SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::UnknownType: rc = sqlite3_bind_null(m_statement, index); break;
    case QMetaType::Double:
    case QMetaType::Float: rc = sqlite3_bind_double(m_statement, index, value.toDouble()); break;
    case QMetaType::QString: {
        // SQLITE_TRANSIENT: SQLite copies the text, so the temporary may go.
        const QByteArray text = value.toString().toUtf8();
        rc = sqlite3_bind_text(m_statement, index, text.constData(), static_cast<int>(text.size()),
                               SQLITE_TRANSIENT);
        break;
    }
    default: rc = sqlite3_bind_int64(m_statement, index, value.toLongLong()); break;
    }
    if (rc != SQLITE_OK)
        throw error(m_db, rc, m_sql.left(80));
    return *this;
}

RawQuery &RawQuery::exec()
{
    if (m_pg) {
        m_pg->exec();
        m_started = true;
        return *this;
    }
    sqlite3_reset(m_statement);
    m_started = true;
    return *this;
}

bool RawQuery::next()
{
    if (!m_started)
        exec();
    if (m_pg)
        return m_pg->next();
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        throw error(m_db, rc, m_sql.left(80));
    return false;
}

bool RawQuery::isNull(int index) const
{
    if (m_pg)
        return m_pg->isNull(index);
    return sqlite3_column_type(m_statement, index) == SQLITE_NULL;
}

qint64 RawQuery::int64(int index) const
{
    if (m_pg)
        return m_pg->int64(index);
    return sqlite3_column_int64(m_statement, index);
}

QString RawQuery::string(int index) const
{
    if (m_pg)
        return m_pg->string(index);
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, index));
}

QByteArrayView RawQuery::utf8(int index) const
{
    if (m_pg)
        return m_pg->utf8(index);
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, index));
}

std::optional<qint64> RawQuery::optInt64(int index) const
{
    return isNull(index) ? std::nullopt : std::optional<qint64>(int64(index));
}

std::optional<int> RawQuery::optInt(int index) const
{
    return isNull(index) ? std::nullopt : std::optional<int>(static_cast<int>(int64(index)));
}

std::optional<double> RawQuery::optDouble(int index) const
{
    if (isNull(index))
        return std::nullopt;
    return m_pg ? m_pg->real(index) : sqlite3_column_double(m_statement, index);
}

} // namespace spotter
