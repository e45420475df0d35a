// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/query.h"

#include "store/pgconnection.h"
#include "store/pgstatement.h"
#include "store/storeerror.h"

#include <QSqlError>

namespace spotter {

namespace {
QString shortSql(const QString &sql)
{
    QString s = sql.simplified();
    return s.size() > 80 ? s.left(77) + QStringLiteral("...") : s;
}
} // namespace

Query::Query(const QSqlDatabase &db, const QString &sql, Returning returning)
    : m_query(db), m_sql(sql), m_file(db.databaseName())
{
    if (pg::isPostgres(db)) {
        m_pg = std::make_unique<pg::Statement>(
            pg::handle(db), returning == Returning::Id ? sql + QStringLiteral(" RETURNING id") : sql);
        return;
    }
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw StoreError::fromSql(m_query.lastError(), shortSql(sql), db.databaseName());
}

Query::~Query() = default;

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    // A null QString would bind as SQL NULL; text columns hold '' for "no text".
    const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
    if (m_pg)
        m_pg->bind(placeholder, nullText ? QVariant(QStringLiteral("")) : value);
    else if (nullText)
        m_query.bindValue(placeholder, QStringLiteral(""));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Query &Query::exec()
{
    if (m_pg)
        m_pg->exec();
    else if (!m_query.exec())
        throw StoreError::fromSql(m_query.lastError(), shortSql(m_sql), m_file);
    return *this;
}

bool Query::next()
{
    return m_pg ? m_pg->next() : m_query.next();
}

QVariant Query::value(int index) const
{
    return m_pg ? m_pg->value(index) : m_query.value(index);
}

qint64 Query::int64(int index) const
{
    return m_pg ? m_pg->int64(index) : m_query.value(index).toLongLong();
}

QString Query::string(int index) const
{
    return m_pg ? m_pg->string(index) : m_query.value(index).toString();
}

bool Query::isNull(int index) const
{
    return m_pg ? m_pg->isNull(index) : m_query.isNull(index);
}

std::optional<qint64> Query::optInt64(int index) const
{
    if (isNull(index))
        return std::nullopt;
    return int64(index);
}

std::optional<int> Query::optInt(int index) const
{
    if (isNull(index))
        return std::nullopt;
    return static_cast<int>(int64(index));
}

std::optional<double> Query::optDouble(int index) const
{
    if (isNull(index))
        return std::nullopt;
    return m_pg ? m_pg->real(index) : m_query.value(index).toDouble();
}

qint64 Query::insertedId()
{
    if (!m_pg)
        return m_query.lastInsertId().toLongLong();
    if (!m_pg->next())
        throw StoreError(StoreError::Kind::Sql, shortSql(m_sql) + QStringLiteral(": no id returned"));
    return m_pg->int64(0);
}

int Query::rowsAffected() const
{
    return m_pg ? m_pg->rowsAffected() : m_query.numRowsAffected();
}

void Query::finish()
{
    if (m_pg)
        m_pg->finish();
    else
        m_query.finish();
}

void Query::run(const QSqlDatabase &db, const QString &sql)
{
    if (pg::isPostgres(db)) {
        pg::Statement(pg::handle(db), sql).exec();
        return;
    }
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw StoreError::fromSql(q.lastError(), shortSql(sql), db.databaseName());
}

QVariant Query::scalar(const QSqlDatabase &db, const QString &sql)
{
    if (pg::isPostgres(db)) {
        pg::Statement q(pg::handle(db), sql);
        q.exec();
        return q.next() ? q.value(0) : QVariant();
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        throw StoreError::fromSql(q.lastError(), shortSql(sql), db.databaseName());
    return q.next() ? q.value(0) : QVariant();
}

} // namespace spotter
