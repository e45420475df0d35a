// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/salvage.h"

#include "store/database.h"
#include "store/query.h"
#include "store/rawhandle.h"
#include "store/rawquery.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>

#include <sqlite3.h>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Store
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Store)
};

constexpr qint64 kMin = std::numeric_limits<qint64>::min();
constexpr qint64 kMax = std::numeric_limits<qint64>::max();

bool isDamage(int rc)
{
    return (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB;
}

/// A prepared statement on a raw handle, finalized on every path.
class Statement
{
public:
    Statement(sqlite3 *db, const QString &sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        const int rc =
            sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size()), &m_statement, nullptr);
        if (rc != SQLITE_OK)
            throw RawQuery::error(db, rc, sql.simplified().left(80));
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    [[nodiscard]] sqlite3_stmt *get() const { return m_statement; }
    void reset() const
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    void bindInt(int index, qint64 value) const { sqlite3_bind_int64(m_statement, index, value); }
    void bindText(int index, const QString &value) const
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()),
                          SQLITE_TRANSIENT);
    }
    /// SQLITE_ROW, SQLITE_DONE or the error code.
    [[nodiscard]] int step() const { return sqlite3_step(m_statement); }
    [[nodiscard]] QString text(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)));
    }

private:
    sqlite3_stmt *m_statement = nullptr;
};

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QStringList column0(sqlite3 *db, const QString &sql, const QString &bound = {})
{
    Statement s(db, sql);
    if (!bound.isNull())
        s.bindText(1, bound);
    QStringList out;
    int rc = SQLITE_ROW;
    while ((rc = s.step()) == SQLITE_ROW)
        out.append(s.text(0));
    if (rc != SQLITE_DONE)
        throw RawQuery::error(db, rc, sql.simplified().left(80));
    return out;
}

/// The tables of @p db with every table before those whose foreign keys point at it.
QStringList tablesParentsFirst(sqlite3 *db)
{
    const QStringList tables = column0(
        db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                           "ORDER BY name"));
    QHash<QString, QStringList> parents;
    for (const QString &t : tables)
        parents.insert(
            t, column0(db, QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?1)"), t));
    QStringList ordered;
    while (ordered.size() < tables.size()) {
        const qsizetype before = ordered.size();
        for (const QString &t : tables) {
            if (ordered.contains(t))
                continue;
            bool ready = true;
            for (const QString &p : parents.value(t))
                ready = ready && (p == t || ordered.contains(p) || !tables.contains(p));
            if (ready)
                ordered.append(t);
        }
        if (ordered.size() == before) // a cycle: our schema has none, but never loop forever
            for (const QString &t : tables)
                if (!ordered.contains(t))
                    ordered.append(t);
    }
    return ordered;
}

QVariant valueOf(sqlite3_stmt *s, int column)
{
    switch (sqlite3_column_type(s, column)) {
    case SQLITE_INTEGER: return sqlite3_column_int64(s, column);
    case SQLITE_FLOAT: return sqlite3_column_double(s, column);
    case SQLITE_NULL: return {};
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(s, column)),
                          sqlite3_column_bytes(s, column));
    default:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, column)),
                                 sqlite3_column_bytes(s, column));
    }
}

/// Copies one table, reading forward by rowid and stepping over what cannot be read. Table and
/// column names cannot be bound: they come, quoted, from the new file's own schema (our
/// migrations), never from the damaged file or the user; every value is bound.
class TableCopy
{
public:
    TableCopy(sqlite3 *source, sqlite3 *target, const QString &table, const QStringList &columns,
              const QStringList &setNull, int chunk, const Salvage::RejectSink &rejects)
        : m_source(source)
        , m_target(target)
        , m_columns(columns)
        , m_setNull(setNull)
        , m_chunk(chunk)
        , m_rejects(rejects)
        , m_read(source, QStringLiteral("SELECT rowid, %1 FROM main.%2 NOT INDEXED WHERE rowid >= ?1 "
                                        "ORDER BY rowid LIMIT ?2")
                             .arg(joinQuoted(columns), quoted(table)))
        , m_probe(source, QStringLiteral("SELECT rowid FROM main.%1 NOT INDEXED WHERE rowid >= ?1 ORDER BY "
                                         "rowid LIMIT 1")
                              .arg(quoted(table)))
        , m_insert(target, QStringLiteral("INSERT INTO main.%1 (%2) VALUES (%3)")
                               .arg(quoted(table), joinQuoted(columns), placeholders(columns.size())))
    {
        m_result.table = table;
    }

    SalvagedTable run()
    {
        qint64 from = kMin;
        for (;;) {
            const auto next = readChunk(from);
            if (next.done)
                break;
            if (!next.damaged) {
                from = next.from;
                continue;
            }
            // The first row at or after next.from cannot be read: find the first rowid from
            // which a read works again. probe(lo) fails, probe(hi) works.
            qint64 lo = next.from;
            qint64 step = 1;
            qint64 hi = 0;
            for (;;) {
                // kMax - lo overflows for a negative lo, where lo + step cannot.
                const qint64 at = lo > 0 && step > kMax - lo ? kMax : lo + step;
                if (probe(at)) {
                    hi = at;
                    break;
                }
                if (at == kMax) {
                    m_result.unreadable.append({next.from, kMax});
                    return m_result;
                }
                lo = at;
                step = step > kMax / 2 ? kMax : step * 2;
            }
            while (hi - lo > 1) {
                const qint64 mid = lo + (hi - lo) / 2;
                (probe(mid) ? hi : lo) = mid;
            }
            m_result.unreadable.append({next.from, hi - 1});
            from = hi;
        }
        return m_result;
    }

private:
    struct Chunk
    {
        qint64 from = 0; ///< where the next read starts
        bool done = false;
        bool damaged = false;
    };

    static QString joinQuoted(const QStringList &names)
    {
        QStringList q;
        for (const QString &n : names)
            q.append(quoted(n));
        return q.join(QStringLiteral(", "));
    }
    static QString placeholders(qsizetype n)
    {
        QStringList p;
        for (qsizetype i = 1; i <= n; ++i)
            p.append(u'?' + QString::number(i));
        return p.join(QStringLiteral(", "));
    }

    Chunk readChunk(qint64 from)
    {
        m_read.reset();
        m_read.bindInt(1, from);
        m_read.bindInt(2, m_chunk);
        int rows = 0;
        int rc = SQLITE_ROW;
        while ((rc = m_read.step()) == SQLITE_ROW) {
            const qint64 rowid = sqlite3_column_int64(m_read.get(), 0);
            copyRow(rowid);
            ++rows;
            if (rowid == kMax)
                return {from, true, false};
            from = rowid + 1;
        }
        if (rc == SQLITE_DONE)
            return {from, rows < m_chunk, false};
        if (isDamage(rc))
            return {from, false, true};
        throw RawQuery::error(m_source, rc, Store::tr("Reading %1").arg(m_result.table));
    }

    bool probe(qint64 at)
    {
        m_probe.reset();
        m_probe.bindInt(1, at);
        const int rc = m_probe.step();
        if (rc == SQLITE_ROW || rc == SQLITE_DONE)
            return true;
        if (isDamage(rc))
            return false;
        throw RawQuery::error(m_source, rc, Store::tr("Reading %1").arg(m_result.table));
    }

    void copyRow(qint64 rowid)
    {
        sqlite3_stmt *row = m_read.get();
        int rc = insert(row, false);
        if (rc == SQLITE_DONE) {
            ++m_result.copied;
            return;
        }
        if ((rc & 0xff) != SQLITE_CONSTRAINT)
            throw RawQuery::error(m_target, rc, Store::tr("Writing %1").arg(m_result.table));
        SalvageReject reject;
        reject.table = m_result.table;
        reject.rowid = rowid;
        reject.problem = rc == SQLITE_CONSTRAINT_FOREIGNKEY
                             ? Store::tr("the row it belongs to could not be read")
                             : QString::fromUtf8(sqlite3_errmsg(m_target));
        // What the schema does when the parent row goes: a link that is cleared then is
        // cleared here, and the row kept. Only a lost SET NULL parent can make this one work.
        if (rc == SQLITE_CONSTRAINT_FOREIGNKEY && !m_setNull.isEmpty()) {
            rc = insert(row, true);
            if (rc == SQLITE_DONE) {
                reject.kept = true;
                reject.problem =
                    Store::tr("kept without its link (%1): the row it belongs to could not be read")
                        .arg(m_setNull.join(QStringLiteral(", ")));
                ++m_result.copied;
                ++m_result.unlinked;
            } else if ((rc & 0xff) != SQLITE_CONSTRAINT) {
                throw RawQuery::error(m_target, rc, Store::tr("Writing %1").arg(m_result.table));
            }
        }
        reject.columns = m_columns;
        for (int i = 0; i < m_columns.size(); ++i)
            reject.values.append(valueOf(row, i + 1));
        if (!reject.kept)
            ++m_result.rejected;
        if (m_rejects)
            m_rejects(reject);
    }

    int insert(sqlite3_stmt *row, bool clearSetNull)
    {
        m_insert.reset();
        for (int i = 0; i < m_columns.size(); ++i) {
            if (clearSetNull && m_setNull.contains(m_columns.at(i)))
                sqlite3_bind_null(m_insert.get(), i + 1);
            else
                sqlite3_bind_value(m_insert.get(), i + 1, sqlite3_column_value(row, i + 1));
        }
        return m_insert.step();
    }

    sqlite3 *m_source;
    sqlite3 *m_target;
    QStringList m_columns;
    QStringList m_setNull;
    int m_chunk;
    const Salvage::RejectSink &m_rejects;
    SalvagedTable m_result;
    Statement m_read;
    Statement m_probe;
    Statement m_insert;
};

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

namespace {

/// The sum of one count over every table.
qint64 total(const QList<SalvagedTable> &tables, qint64 SalvagedTable::*count)
{
    qint64 n = 0;
    for (const SalvagedTable &t : tables)
        n += t.*count;
    return n;
}

} // namespace

qint64 SalvageResult::copied() const
{
    return total(tables, &SalvagedTable::copied);
}

qint64 SalvageResult::rejected() const
{
    return total(tables, &SalvagedTable::rejected);
}

qint64 SalvageResult::unlinked() const
{
    return total(tables, &SalvagedTable::unlinked);
}

bool SalvageResult::complete() const
{
    for (const SalvagedTable &t : tables)
        if (t.rejected > 0 || t.unlinked > 0 || !t.unreadable.isEmpty())
            return false;
    return true;
}

SalvageResult Salvage::writeTo(const QString &target, const RejectSink &rejects)
{
    if (QFileInfo::exists(target))
        throw StoreError(StoreError::Kind::Io, Store::tr("'%1' already exists").arg(target));
    const QFileInfo targetInfo(target);
    if (!QDir().mkpath(targetInfo.absolutePath()))
        throw StoreError(StoreError::Kind::Io,
                         Store::tr("Cannot create the folder '%1'").arg(targetInfo.absolutePath()));
    // An empty private file under a name of its own: Database makes it a new database, and the
    // copy gets its real name only when it is whole.
    QString temporary;
    {
        QTemporaryFile file(targetInfo.absolutePath() + u'/' + targetInfo.fileName()
                            + QStringLiteral(".salvage-XXXXXX"));
        file.setAutoRemove(false);
        if (!file.open())
            throw StoreError(
                StoreError::Kind::Io,
                Store::tr("Cannot create '%1': %2").arg(file.fileTemplate(), file.errorString()));
        temporary = file.fileName();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    SalvageResult result;
    try {
        {
            Database out(temporary);
            sqlite3 *source = rawHandle(m_source.connection());
            sqlite3 *copy = rawHandle(out.connection());
            const QStringList tables = tablesParentsFirst(copy);
            WriteTransaction transaction(out.connection());
            // The new file comes with the built-in exercises; the copy holds the source's own.
            for (auto t = tables.crbegin(); t != tables.crend(); ++t)
                Query::run(out.connection(), QStringLiteral("DELETE FROM main.%1").arg(quoted(*t)));
            for (const QString &table : tables) {
                const QStringList have = column0(
                    source, QStringLiteral("SELECT name FROM pragma_table_info(?1) ORDER BY cid"), table);
                QStringList columns;
                for (const QString &c : column0(
                         copy, QStringLiteral("SELECT name FROM pragma_table_info(?1) ORDER BY cid"), table))
                    if (have.contains(c))
                        columns.append(c);
                if (columns.isEmpty()) {
                    result.tables.append({table, 0, 0, 0, {}});
                    continue;
                }
                const QStringList setNull = column0(
                    copy,
                    QStringLiteral(
                        "SELECT \"from\" FROM pragma_foreign_key_list(?1) WHERE on_delete = 'SET NULL'"),
                    table);
                result.tables.append(
                    TableCopy(source, copy, table, columns, setNull, m_chunkRows, rejects).run());
            }
            transaction.commit();
            const QStringList integrity = out.integrityCheck();
            const QStringList orphans =
                column0(copy, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_check"));
            if (integrity != QStringList{QStringLiteral("ok")} || !orphans.isEmpty())
                throw StoreError(StoreError::Kind::Corrupt,
                                 Store::tr("The salvaged copy of '%1' failed its own check (%2)")
                                     .arg(m_source.path(), (integrity + orphans).join(QStringLiteral("; "))));
        }
        if (!QFile::rename(temporary, target))
            throw StoreError(
                StoreError::Kind::Io,
                Store::tr("Cannot write '%1' (it exists, or its folder cannot be written)").arg(target));
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    } catch (...) {
        removeWithCompanions(temporary);
        throw;
    }
    removeWithCompanions(temporary);
    return result;
}

} // namespace spotter
