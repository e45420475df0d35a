// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/query.h"

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

Query::Query(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql), m_file(db.databaseName())
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw StoreError::fromSql(m_query.lastError(), shortSql(sql), db.databaseName());
}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    // A null QString would bind as SQL NULL; text columns hold '' for "no text".
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QStringLiteral(""));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Query &Query::exec()
{
    if (!m_query.exec())
        throw StoreError::fromSql(m_query.lastError(), shortSql(m_sql), m_file);
    return *this;
}

std::optional<qint64> Query::optInt64(int index) const
{
    if (m_query.isNull(index))
        return std::nullopt;
    return m_query.value(index).toLongLong();
}

std::optional<int> Query::optInt(int index) const
{
    if (m_query.isNull(index))
        return std::nullopt;
    return m_query.value(index).toInt();
}

std::optional<double> Query::optDouble(int index) const
{
    if (m_query.isNull(index))
        return std::nullopt;
    return m_query.value(index).toDouble();
}

void Query::run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw StoreError::fromSql(q.lastError(), shortSql(sql), db.databaseName());
}

QVariant Query::scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        throw StoreError::fromSql(q.lastError(), shortSql(sql), db.databaseName());
    return q.next() ? q.value(0) : QVariant();
}

} // namespace spotter
