// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/pgstatement.h"

#include "store/pgconnection.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <charconv>
#include <cmath>
#include <libpq-fe.h>

namespace spotter::pg {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Store
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Store)
};

std::atomic<quint64> g_cursorCounter{0};

// Type OIDs from catalog/pg_type.h (stable across releases; the server headers are not
// installed with libpq-dev).
constexpr Oid kBool = 16;
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kOid = 26;
constexpr Oid kFloat4 = 700;
constexpr Oid kFloat8 = 701;
constexpr Oid kNumeric = 1700;

QString shortSql(const QByteArray &sql)
{
    const QString s = QString::fromUtf8(sql).simplified();
    return s.size() > 80 ? s.left(77) + QStringLiteral("...") : s;
}

std::optional<QByteArray> textOf(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    switch (v.typeId()) {
    case QMetaType::Bool: return QByteArray(v.toBool() ? "1" : "0");
    case QMetaType::Double:
    case QMetaType::Float: return QByteArray::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar: return QByteArray::number(v.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
    case QMetaType::UChar: return QByteArray::number(v.toULongLong());
    case QMetaType::QDateTime: return v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
    case QMetaType::QByteArray: return v.toByteArray();
    default: return v.toString().toUtf8();
    }
}

} // namespace

QByteArray Statement::translate(const QString &sql, QList<QByteArray> *names)
{
    const QByteArray in = sql.toUtf8();
    QByteArray out;
    out.reserve(in.size() + 16);
    // A session's sets in one statement have thousands of placeholders: looked up by hash.
    QHash<QByteArray, qsizetype> seen;
    const auto isNameChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    };
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '\'' || c == '"') { // quoted text or identifier: copied as it is
            const qsizetype end = in.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? in.size() - 1 : end;
            out.append(in.mid(i, stop - i + 1));
            i = stop;
        } else if (c == ':' && i + 1 < in.size() && in.at(i + 1) == ':') {
            out.append("::");
            ++i;
        } else if (c == ':' && i + 1 < in.size() && isNameChar(in.at(i + 1))
                   && (i == 0 || !isNameChar(in.at(i - 1)))) {
            qsizetype j = i + 1;
            while (j < in.size() && isNameChar(in.at(j)))
                ++j;
            const QByteArray name = in.mid(i, j - i);
            qsizetype index = seen.value(name, -1);
            if (index < 0) {
                names->append(name);
                index = names->size() - 1;
                seen.insert(name, index);
            }
            out.append('$').append(QByteArray::number(index + 1));
            i = j - 1;
        } else {
            out.append(c);
        }
    }
    return out;
}

Statement::Statement(PGconn *conn, const QString &sql, int fetchSize)
    : m_conn(conn), m_sql(translate(sql, &m_names)), m_values(m_names.size()), m_fetchSize(fetchSize)
{
    m_index.reserve(m_names.size());
    for (qsizetype i = 0; i < m_names.size(); ++i)
        m_index.insert(m_names.at(i), i);
}

Statement::~Statement()
{
    finish();
}

void Statement::clear()
{
    PQclear(m_result);
    m_result = nullptr;
    m_rows = 0;
    m_row = -1;
}

void Statement::finish()
{
    clear();
    if (!m_cursor.isEmpty()) {
        // Closing matters only while the transaction lasts; a broken one ends them anyway.
        if (PQtransactionStatus(m_conn) == PQTRANS_INTRANS)
            PQclear(PQexec(m_conn, QByteArray("CLOSE " + m_cursor).constData()));
        m_cursor.clear();
    }
}

Statement &Statement::bind(const QString &placeholder, const QVariant &value)
{
    const qsizetype index = m_index.value(placeholder.toUtf8(), -1);
    if (index < 0)
        throw StoreError(StoreError::Kind::Sql,
                         Store::tr("No placeholder %1 in: %2").arg(placeholder, shortSql(m_sql)));
    m_values[index] = textOf(value);
    return *this;
}

Statement &Statement::exec()
{
    finish();
    flushPending(m_conn);
    QList<const char *> values(m_values.size(), nullptr);
    for (qsizetype i = 0; i < m_values.size(); ++i)
        values[i] = m_values[i] ? m_values[i]->constData() : nullptr;
    QByteArray sql = m_sql;
    if (m_fetchSize > 0) {
        m_cursor = "spotter_c" + QByteArray::number(++g_cursorCounter);
        sql = "DECLARE " + m_cursor + " NO SCROLL CURSOR FOR " + m_sql;
    }
    m_result = PQexecParams(m_conn, sql.constData(), static_cast<int>(values.size()), nullptr,
                            values.constData(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(m_result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const StoreError error = errorOf(m_conn, m_result, shortSql(m_sql));
        clear();
        m_cursor.clear();
        throw error;
    }
    m_affected = QByteArrayView(PQcmdTuples(m_result)).toInt();
    m_rows = PQntuples(m_result);
    m_cursorDone = false;
    if (m_fetchSize > 0)
        fetchBatch();
    return *this;
}

void Statement::fetchBatch()
{
    clear();
    const QByteArray fetch = "FETCH " + QByteArray::number(m_fetchSize) + " FROM " + m_cursor;
    m_result = PQexec(m_conn, fetch.constData());
    if (PQresultStatus(m_result) != PGRES_TUPLES_OK) {
        const StoreError error = errorOf(m_conn, m_result, shortSql(m_sql));
        clear();
        throw error;
    }
    m_rows = PQntuples(m_result);
    m_cursorDone = m_rows < m_fetchSize;
}

bool Statement::next()
{
    if (!m_result)
        return false;
    if (++m_row < m_rows)
        return true;
    if (m_fetchSize <= 0 || m_cursorDone)
        return false;
    fetchBatch();
    m_row = 0;
    return m_rows > 0;
}

const char *Statement::cell(int column) const
{
    return PQgetvalue(m_result, m_row, column);
}

bool Statement::isNull(int column) const
{
    return PQgetisnull(m_result, m_row, column) != 0;
}

qint64 Statement::int64(int column) const
{
    const char *text = cell(column);
    const int length = PQgetlength(m_result, m_row, column);
    qint64 v = 0;
    const auto [end, ec] = std::from_chars(text, text + length, v);
    if (ec == std::errc() && end == text + length)
        return v;
    if (length == 1 && (text[0] == 't' || text[0] == 'f'))
        return text[0] == 't' ? 1 : 0;
    return static_cast<qint64>(real(column)); // numeric sums, as SQLite's integer result
}

double Statement::real(int column) const
{
    const char *text = cell(column);
    double v = 0;
    std::from_chars(text, text + PQgetlength(m_result, m_row, column), v);
    return v;
}

QString Statement::string(int column) const
{
    return QString::fromUtf8(cell(column), PQgetlength(m_result, m_row, column));
}

QByteArrayView Statement::utf8(int column) const
{
    return QByteArrayView(cell(column), PQgetlength(m_result, m_row, column));
}

QVariant Statement::value(int column) const
{
    if (isNull(column))
        return {};
    switch (PQftype(m_result, column)) {
    case kInt8:
    case kInt4:
    case kInt2:
    case kOid: return QVariant(int64(column));
    case kFloat4:
    case kFloat8:
    case kNumeric: return QVariant(real(column));
    case kBool: return QVariant(cell(column)[0] == 't');
    default: return QVariant(string(column));
    }
}

} // namespace spotter::pg
