// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/importwriter.h"

#include "model/validation.h"
#include "store/database.h"
#include "store/importbackend.h"
#include "store/pgconnection.h"
#include "store/rawhandle.h"
#include "store/rawquery.h"
#include "store/sqlvalues.h"
#include "store/storeerror.h"

#include <QCoreApplication>

#include <array>
#include <sqlite3.h>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Store
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Store)
};

StoreError errorOf(sqlite3 *db, int rc, const char *what)
{
    return RawQuery::error(db, rc, QLatin1String(what));
}

/// Binds by position; SQLITE_TRANSIENT makes SQLite copy the text, so temporaries are safe.
class Binder
{
public:
    explicit Binder(sqlite3_stmt *statement) : m_statement(statement) {}

    Binder &null()
    {
        sqlite3_bind_null(m_statement, ++m_index);
        return *this;
    }
    Binder &integer(qint64 v)
    {
        sqlite3_bind_int64(m_statement, ++m_index, v);
        return *this;
    }
    Binder &real(double v)
    {
        sqlite3_bind_double(m_statement, ++m_index, v);
        return *this;
    }
    /// Text that outlives the statement's next step, bound without a copy.
    Binder &staticText(const QByteArray &v)
    {
        sqlite3_bind_text(m_statement, ++m_index, v.constData(), static_cast<int>(v.size()), SQLITE_STATIC);
        return *this;
    }
    Binder &text(const QString &v)
    {
        if (v.isEmpty())
            return staticText(QByteArray());
        const QByteArray utf8 = v.toUtf8();
        sqlite3_bind_text(m_statement, ++m_index, utf8.constData(), static_cast<int>(utf8.size()),
                          SQLITE_TRANSIENT);
        return *this;
    }
    template <typename T>
    Binder &integer(const std::optional<T> &v)
    {
        return v ? integer(static_cast<qint64>(*v)) : null();
    }
    Binder &real(const std::optional<double> &v) { return v ? real(*v) : null(); }
    /// Empty text as NULL, as the repositories store a missing source file or key.
    Binder &textOrNull(const QString &v) { return v.isEmpty() ? null() : text(v); }

private:
    sqlite3_stmt *m_statement;
    int m_index = 0;
};

/// The UTF-8 key of every set kind, made once: a million sets would otherwise convert one each.
const QByteArray &kindKey(SetKind kind)
{
    static const auto keys = [] {
        std::array<QByteArray, kSetKindKeys.size()> out;
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = toKey(static_cast<SetKind>(i)).toUtf8();
        return out;
    }();
    return keys.at(static_cast<std::size_t>(kind));
}

constexpr const char *kInsertSetSql =
    "INSERT INTO workout_set (session_id, exercise_id, position, kind, weight_g, reps, rpe, rir, rest_s, "
    "seconds, distance_cm, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

/// Binds @p set's twelve values after those already bound to @p binder.
void bindSet(Binder &binder, const WorkoutSet &set)
{
    binder.integer(set.sessionId)
        .integer(set.exerciseId)
        .integer(set.position)
        .staticText(kindKey(set.kind))
        .integer(set.weight ? std::optional<qint64>(set.weight->grams()) : std::nullopt)
        .integer(set.reps)
        .real(set.rpe)
        .real(set.rir)
        .integer(set.restSeconds)
        .integer(set.seconds)
        .integer(set.distanceCm)
        .text(set.notes);
}

/// SQLite: prepared statements on the raw handle.
class SqliteImportBackend : public ImportBackend
{
public:
    explicit SqliteImportBackend(const QSqlDatabase &db);
    ~SqliteImportBackend() override;

    ExistingRecords existing(qint64 athleteId) override;
    bool sessionIdFree(qint64 id) override;
    bool sorenessIdFree(qint64 id) override;
    std::optional<qint64> sessionAt(qint64 athleteId, qint64 startUtc) override;
    bool sessionIs(qint64 id, qint64 athleteId, std::optional<qint64> startUtc) override;
    bool inTransaction() override { return sqlite3_get_autocommit(m_db) == 0; }
    qint64 insertSession(const Session &session, std::optional<qint64> id) override;
    void insertSet(const WorkoutSet &set) override;
    void insertSets(std::span<const WorkoutSet> sets) override;
    qint64 insertSoreness(const SorenessReport &report, std::optional<qint64> id) override;
    bool deferSetIndexes(qint64 sets) override;
    void restoreSetIndexes() override;

private:
    sqlite3_stmt *prepare(const char *sql);
    void step(sqlite3_stmt *statement, const char *what);
    [[nodiscard]] bool indexExists(const QByteArray &name);

    struct DeferredIndex
    {
        QByteArray name;
        QByteArray sql; ///< its CREATE INDEX statement
    };

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insertSession = nullptr;
    sqlite3_stmt *m_insertSet = nullptr;
    sqlite3_stmt *m_insertSoreness = nullptr;
    sqlite3_stmt *m_sessionExists = nullptr;
    sqlite3_stmt *m_sorenessExists = nullptr;
    QList<DeferredIndex> m_deferredIndexes; ///< dropped by deferSetIndexes()
};

SqliteImportBackend::SqliteImportBackend(const QSqlDatabase &db) : m_db(rawHandle(db))
{
    m_insertSession = prepare(
        "INSERT INTO session (id, athlete_id, start_utc, utc_offset_s, title, duration_min, bodyweight_g, "
        "warmup_done, session_rpe, notes, source, source_file, source_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_insertSet = prepare(kInsertSetSql);
    m_insertSoreness = prepare(
        "INSERT INTO soreness (id, athlete_id, session_id, region, side, noticed_utc, noticed_offset_s, "
        "resolved_utc, resolved_offset_s, intensity, character, trend, signs, red_flags, notes, one_sided, "
        "lift) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_sessionExists = prepare("SELECT 1 FROM session WHERE id = ?");
    m_sorenessExists = prepare("SELECT 1 FROM soreness WHERE id = ?");
}

SqliteImportBackend::~SqliteImportBackend()
{
    for (sqlite3_stmt *s :
         {m_insertSession, m_insertSet, m_insertSoreness, m_sessionExists, m_sorenessExists})
        sqlite3_finalize(s);
}

sqlite3_stmt *SqliteImportBackend::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        throw errorOf(m_db, rc, "Preparing an import statement");
    }
    return statement;
}

void SqliteImportBackend::step(sqlite3_stmt *statement, const char *what)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (rc != SQLITE_DONE)
        throw errorOf(m_db, rc, what);
}

ExistingRecords SqliteImportBackend::existing(qint64 athleteId)
{
    ExistingRecords out;
    sqlite3_stmt *sessions = prepare("SELECT source_key, start_utc, title FROM session WHERE athlete_id = ?");
    sqlite3_bind_int64(sessions, 1, athleteId);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(sessions)) == SQLITE_ROW) {
        const auto *key = reinterpret_cast<const char *>(sqlite3_column_text(sessions, 0));
        if (key) {
            out.sourceKeys.insert(QString::fromUtf8(key));
        } else {
            const auto *title = reinterpret_cast<const char *>(sqlite3_column_text(sessions, 2));
            out.keylessStarts.insert({sqlite3_column_int64(sessions, 1), QString::fromUtf8(title)});
        }
    }
    sqlite3_finalize(sessions);
    if (rc != SQLITE_DONE)
        throw errorOf(m_db, rc, "Reading the athlete's sessions");

    sqlite3_stmt *reports = prepare("SELECT noticed_utc, region, side FROM soreness WHERE athlete_id = ?");
    sqlite3_bind_int64(reports, 1, athleteId);
    while ((rc = sqlite3_step(reports)) == SQLITE_ROW) {
        out.soreness.insert(ImportWriter::sorenessIdentity(
            sqlite3_column_int64(reports, 0),
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(reports, 1))),
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(reports, 2)))));
    }
    sqlite3_finalize(reports);
    if (rc != SQLITE_DONE)
        throw errorOf(m_db, rc, "Reading the athlete's soreness reports");
    return out;
}

bool SqliteImportBackend::sessionIdFree(qint64 id)
{
    sqlite3_bind_int64(m_sessionExists, 1, id);
    const int rc = sqlite3_step(m_sessionExists);
    sqlite3_reset(m_sessionExists);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw errorOf(m_db, rc, "Looking up a session id");
    return rc == SQLITE_DONE;
}

bool SqliteImportBackend::sorenessIdFree(qint64 id)
{
    sqlite3_bind_int64(m_sorenessExists, 1, id);
    const int rc = sqlite3_step(m_sorenessExists);
    sqlite3_reset(m_sorenessExists);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw errorOf(m_db, rc, "Looking up a soreness report id");
    return rc == SQLITE_DONE;
}

std::optional<qint64> SqliteImportBackend::sessionAt(qint64 athleteId, qint64 startUtc)
{
    sqlite3_stmt *q = prepare("SELECT id FROM session WHERE athlete_id = ? AND start_utc = ? LIMIT 2");
    sqlite3_bind_int64(q, 1, athleteId);
    sqlite3_bind_int64(q, 2, startUtc);
    std::optional<qint64> found;
    int rows = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        found = sqlite3_column_int64(q, 0);
        ++rows;
    }
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE)
        throw errorOf(m_db, rc, "Looking up a session by its start");
    return rows == 1 ? found : std::nullopt;
}

bool SqliteImportBackend::sessionIs(qint64 id, qint64 athleteId, std::optional<qint64> startUtc)
{
    sqlite3_stmt *q = prepare("SELECT 1 FROM session WHERE id = ? AND athlete_id = ? "
                              "AND (? IS NULL OR start_utc = ?)");
    Binder(q).integer(id).integer(athleteId).integer(startUtc).integer(startUtc);
    const int rc = sqlite3_step(q);
    sqlite3_finalize(q);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw errorOf(m_db, rc, "Looking up a session");
    return rc == SQLITE_ROW;
}

qint64 SqliteImportBackend::insertSession(const Session &session, std::optional<qint64> id)
{
    Binder(m_insertSession)
        .integer(id)
        .integer(session.athleteId)
        .integer(session.start.toSecsSinceEpoch())
        .integer(session.start.offsetFromUtc())
        .text(session.title)
        .integer(session.durationMin)
        .integer(session.bodyweight ? std::optional<qint64>(session.bodyweight->grams()) : std::nullopt)
        .integer(session.warmupDone ? std::optional<int>(*session.warmupDone ? 1 : 0) : std::nullopt)
        .real(session.sessionRpe)
        .text(session.notes)
        .text(toKey(session.source.kind))
        .textOrNull(session.source.file)
        .textOrNull(session.source.key);
    step(m_insertSession, "Inserting a session");
    return sqlite3_last_insert_rowid(m_db);
}

void SqliteImportBackend::insertSet(const WorkoutSet &set)
{
    Binder binder(m_insertSet);
    bindSet(binder, set);
    step(m_insertSet, "Inserting a set");
}

void SqliteImportBackend::insertSets(std::span<const WorkoutSet> sets)
{
    // One row per statement: an INSERT of several rows is a "multi-write" statement, and with
    // the foreign keys and CHECKs of workout_set SQLite then keeps a statement journal (a copy
    // of every page the statement changes, in a temporary file) so that it can undo the
    // statement alone; a million sets wrote 920,000 pages there (docs/performance.md). A
    // single-row INSERT fails before it changes anything, so it needs no such journal.
    for (const WorkoutSet &set : sets) {
        Binder binder(m_insertSet);
        bindSet(binder, set);
        step(m_insertSet, "Inserting sets");
    }
}

bool SqliteImportBackend::indexExists(const QByteArray &name)
{
    sqlite3_stmt *q = prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?");
    sqlite3_bind_text(q, 1, name.constData(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(q);
    sqlite3_finalize(q);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw errorOf(m_db, rc, "Looking up an index");
    return rc == SQLITE_ROW;
}

bool SqliteImportBackend::deferSetIndexes(qint64 sets)
{
    // What an earlier transaction dropped and its rollback brought back is no longer deferred.
    m_deferredIndexes.removeIf([this](const DeferredIndex &i) { return indexExists(i.name); });
    if (!m_deferredIndexes.isEmpty())
        return true;
    if (sets < ImportWriter::kDeferIndexesFrom)
        return false;
    sqlite3_stmt *count = prepare("SELECT count(*) FROM workout_set");
    int rc = sqlite3_step(count);
    const qint64 existing = rc == SQLITE_ROW ? sqlite3_column_int64(count, 0) : 0;
    sqlite3_finalize(count);
    if (rc != SQLITE_ROW)
        throw errorOf(m_db, rc, "Counting sets");
    if (existing >= sets)
        return false;
    // The indexes as the schema defines them, so that a migration adding one needs no change
    // here. Indexes without SQL belong to UNIQUE constraints and cannot be dropped.
    QList<DeferredIndex> indexes;
    sqlite3_stmt *q = prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                              "tbl_name = 'workout_set' AND sql IS NOT NULL ORDER BY name");
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        indexes.append({QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q, 0))),
                        QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q, 1)))});
    }
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE)
        throw errorOf(m_db, rc, "Reading the indexes of workout_set");
    for (const DeferredIndex &index : std::as_const(indexes)) {
        // An identifier cannot be bound; the name comes from the schema, quoted as SQL quotes names.
        QByteArray quoted = index.name;
        quoted.replace('"', "\"\"");
        const QByteArray sql = "DROP INDEX \"" + quoted + '"';
        rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
        if (rc == SQLITE_LOCKED && m_deferredIndexes.isEmpty()) {
            // A statement still reading on this connection forbids dropping anything (so the
            // first drop fails and none was dropped): the import keeps the indexes.
            return false;
        }
        if (rc != SQLITE_OK)
            throw errorOf(m_db, rc, "Dropping an index before a bulk import");
        m_deferredIndexes.append(index);
    }
    return !m_deferredIndexes.isEmpty();
}

void SqliteImportBackend::restoreSetIndexes()
{
    for (const DeferredIndex &index : std::as_const(m_deferredIndexes)) {
        if (indexExists(index.name))
            continue; // a rollback brought it back
        const int rc = sqlite3_exec(m_db, index.sql.constData(), nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            throw errorOf(m_db, rc, "Building an index after a bulk import");
    }
    m_deferredIndexes.clear();
}

qint64 SqliteImportBackend::insertSoreness(const SorenessReport &r, std::optional<qint64> id)
{
    Binder binder(m_insertSoreness);
    sorenessColumns(binder.integer(id), r);
    step(m_insertSoreness, "Inserting a soreness report");
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace

std::unique_ptr<ImportBackend> makeSqliteImportBackend(const QSqlDatabase &db)
{
    return std::make_unique<SqliteImportBackend>(db);
}

ImportWriter::ImportWriter(const Database &db)
{
    const QSqlDatabase connection = db.connection();
    m_backend = pg::isPostgres(connection) ? makePostgresImportBackend(connection)
                                           : makeSqliteImportBackend(connection);
}

ImportWriter::~ImportWriter() = default;

ExistingRecords ImportWriter::existing(qint64 athleteId)
{
    return m_backend->existing(athleteId);
}

bool ImportWriter::sessionIdFree(qint64 id)
{
    return m_backend->sessionIdFree(id);
}

bool ImportWriter::sorenessIdFree(qint64 id)
{
    return m_backend->sorenessIdFree(id);
}

std::optional<qint64> ImportWriter::sessionAt(qint64 athleteId, qint64 startUtc)
{
    return m_backend->sessionAt(athleteId, startUtc);
}

bool ImportWriter::sessionIs(qint64 id, qint64 athleteId, std::optional<qint64> startUtc)
{
    return m_backend->sessionIs(id, athleteId, startUtc);
}

void ImportWriter::requireTransaction() const
{
    // Outside a transaction every row would be its own commit: slow, and not all-or-nothing.
    if (!m_backend->inTransaction())
        throw StoreError(StoreError::Kind::Sql, Store::tr("An import wrote outside a write transaction"));
}

qint64 ImportWriter::insertSession(const Session &session, std::optional<qint64> id)
{
    requireTransaction();
    sql::requireValid(validate(session));
    return m_backend->insertSession(session, id);
}

void ImportWriter::insertSet(const WorkoutSet &set)
{
    requireTransaction();
    // Ranges only: the import checked which exercises take assistance (a negative load).
    sql::requireValid(validate(set, true));
    m_backend->insertSet(set);
}

void ImportWriter::insertSets(std::span<const WorkoutSet> sets)
{
    requireTransaction();
    for (const WorkoutSet &set : sets)
        sql::requireValid(validate(set, true));
    m_backend->insertSets(sets);
}

bool ImportWriter::deferSetIndexes(qint64 sets)
{
    requireTransaction();
    return m_backend->deferSetIndexes(sets);
}

void ImportWriter::restoreSetIndexes()
{
    requireTransaction();
    m_backend->restoreSetIndexes();
}

qint64 ImportWriter::insertSoreness(const SorenessReport &report, std::optional<qint64> id)
{
    requireTransaction();
    sql::requireValid(validate(report, QDateTime()));
    return m_backend->insertSoreness(report, id);
}

QString ImportWriter::sorenessIdentity(qint64 noticedUtc, const QString &region, const QString &side)
{
    return QString::number(noticedUtc) + u'|' + region + u'|' + side;
}

} // namespace spotter
