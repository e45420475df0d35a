// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/exportreader.h"

#include "store/database.h"
#include "store/pgconnection.h"
#include "store/rawhandle.h"
#include "store/sqlvalues.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>

#include <array>
#include <limits>
#include <sqlite3.h>

namespace spotter {

/// The team server's export reader (exportreaderpg.cpp).
std::unique_ptr<ExportReader::Backend> makePostgresExport(const QSqlDatabase &connection);

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Store
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Store)
};

StoreError errorOf(sqlite3 *db, const char *what)
{
    return StoreError::fromCode(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)),
                                Store::tr("%1 failed").arg(QLatin1String(what)),
                                QString::fromUtf8(sqlite3_db_filename(db, "main")));
}

// Columns of the row statement.
enum Column {
    SessionId,
    StartUtc,
    UtcOffset,
    Title,
    DurationMin,
    BodyweightG,
    WarmupDone,
    SessionRpe,
    SessionNotes,
    Source,
    SourceFile,
    SourceKey,
    SetExercise,
    SetKindColumn,
    WeightG,
    Reps,
    Rpe,
    Rir,
    RestS,
    Seconds,
    DistanceCm,
    SetNotes,
    SetId
};

// The session range is bound as [from, to); an open end is the widest integer.
// Far enough from the limits that the offset arithmetic of the range test cannot overflow.
constexpr qint64 kNoLowerBound = -(qint64(1) << 62);
constexpr qint64 kNoUpperBound = qint64(1) << 62;

/// Stored enum keys as UTF-8, compared byte-wise with what SQLite hands out.
template <typename E, std::size_t N>
class KeyBytes
{
public:
    explicit KeyBytes(const KeyTable<E, N> &table)
    {
        for (std::size_t i = 0; i < N; ++i)
            m_keys[i] = table[i].toUtf8();
    }
    E of(sqlite3_stmt *statement, int column, const char *name) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        const QByteArrayView key(text, sqlite3_column_bytes(statement, column));
        for (std::size_t i = 0; i < N; ++i) {
            if (key == m_keys[i])
                return static_cast<E>(i);
        }
        // A key this version does not know means something else edited the file.
        throw StoreError(StoreError::Kind::Corrupt,
                         QCoreApplication::translate("spotter::Store", "Unknown value '%1' in column %2")
                             .arg(QString::fromUtf8(key), QLatin1String(name)));
    }

private:
    std::array<QByteArray, N> m_keys;
};

bool isNull(sqlite3_stmt *s, int column)
{
    return sqlite3_column_type(s, column) == SQLITE_NULL;
}

std::optional<int> optInt(sqlite3_stmt *s, int column)
{
    return isNull(s, column) ? std::nullopt : std::optional<int>(sqlite3_column_int(s, column));
}

std::optional<qint64> optInt64(sqlite3_stmt *s, int column)
{
    return isNull(s, column) ? std::nullopt : std::optional<qint64>(sqlite3_column_int64(s, column));
}

std::optional<double> optDouble(sqlite3_stmt *s, int column)
{
    return isNull(s, column) ? std::nullopt : std::optional<double>(sqlite3_column_double(s, column));
}

QString text(sqlite3_stmt *s, int column)
{
    const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return t ? QString::fromUtf8(t, sqlite3_column_bytes(s, column)) : QString();
}

void readSession(sqlite3_stmt *s, Session &session)
{
    static const KeyBytes sources(kSourceKindKeys);
    session.id = sqlite3_column_int64(s, SessionId);
    session.start = dateTimeWithOffset(sqlite3_column_int64(s, StartUtc), sqlite3_column_int(s, UtcOffset));
    session.title = text(s, Title);
    session.durationMin = optInt(s, DurationMin);
    const auto grams = optInt64(s, BodyweightG);
    session.bodyweight = grams ? std::optional<Weight>(Weight::fromGrams(*grams)) : std::nullopt;
    const auto warmup = optInt(s, WarmupDone);
    session.warmupDone = warmup ? std::optional<bool>(*warmup != 0) : std::nullopt;
    session.sessionRpe = optDouble(s, SessionRpe);
    session.notes = text(s, SessionNotes);
    session.source.kind = sources.of(s, Source, "session.source");
    session.source.file = text(s, SourceFile);
    session.source.key = text(s, SourceKey);
    session.sets.resize(0);
}

void readSet(sqlite3_stmt *s, ExportSession &out)
{
    static const KeyBytes kinds(kSetKindKeys);
    WorkoutSet &set = out.session.sets.emplace_back();
    set.id = sqlite3_column_int64(s, SetId);
    set.sessionId = out.session.id;
    set.exerciseId = sqlite3_column_int64(s, SetExercise);
    set.position = static_cast<int>(out.session.sets.size() - 1);
    set.kind = kinds.of(s, SetKindColumn, "workout_set.kind");
    const auto grams = optInt64(s, WeightG);
    if (grams)
        set.weight = Weight::fromGrams(*grams);
    set.reps = optInt(s, Reps);
    set.rpe = optDouble(s, Rpe);
    set.rir = optDouble(s, Rir);
    set.restSeconds = optInt(s, RestS);
    set.seconds = optInt(s, Seconds);
    set.distanceCm = optInt64(s, DistanceCm);
    const int noteBytes = sqlite3_column_bytes(s, SetNotes);
    if (noteBytes > 0)
        out.setNotes.append(
            QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, SetNotes)), noteBytes));
    else
        out.setNotes.append(QByteArray());
}

class SqliteExport : public ExportReader::Backend
{
public:
    explicit SqliteExport(const QSqlDatabase &connection) : m_db(rawHandle(connection))
    {
        // Ordered by the session index (athlete, start, id) and the set index (session,
        // position), so SQLite walks both in order and never sorts.
        const char *rows =
            "SELECT s.id, s.start_utc, s.utc_offset_s, s.title, s.duration_min, s.bodyweight_g, "
            "s.warmup_done,"
            " s.session_rpe, s.notes, s.source, s.source_file, s.source_key,"
            " w.exercise_id, w.kind, w.weight_g, w.reps, w.rpe, w.rir, w.rest_s, w.seconds, w.distance_cm,"
            " w.notes, w.id"
            " FROM session s LEFT JOIN workout_set w ON w.session_id = s.id"
            " WHERE s.athlete_id = ?1 AND s.start_utc >= ?2 - ?4 AND s.start_utc < ?3 + ?4"
            " AND s.start_utc + s.utc_offset_s >= ?2 AND s.start_utc + s.utc_offset_s < ?3"
            " ORDER BY s.start_utc, s.id, w.position";
        const char *count = "SELECT count(*) FROM session s LEFT JOIN workout_set w ON w.session_id = s.id"
                            " WHERE s.athlete_id = ?1 AND s.start_utc >= ?2 - ?4 AND s.start_utc < ?3 + ?4"
                            " AND s.start_utc + s.utc_offset_s >= ?2 AND s.start_utc + s.utc_offset_s < ?3";
        if (sqlite3_prepare_v2(m_db, rows, -1, &m_rows, nullptr) != SQLITE_OK
            || sqlite3_prepare_v2(m_db, count, -1, &m_count, nullptr) != SQLITE_OK) {
            const StoreError error = errorOf(m_db, "Preparing the export");
            sqlite3_finalize(m_rows);
            sqlite3_finalize(m_count);
            throw error;
        }
    }
    ~SqliteExport() override
    {
        sqlite3_finalize(m_rows);
        sqlite3_finalize(m_count);
    }

    bool sessions(qint64 athleteId, std::optional<qint64> fromUtc, std::optional<qint64> toUtc,
                  const ExportReader::Visit &visit) override;
    qint64 rowCount(qint64 athleteId, std::optional<qint64> fromUtc, std::optional<qint64> toUtc) override;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_rows = nullptr;
    sqlite3_stmt *m_count = nullptr;
};

bool SqliteExport::sessions(qint64 athleteId, std::optional<qint64> fromUtc, std::optional<qint64> toUtc,
                            const ExportReader::Visit &visit)
{
    sqlite3_stmt *s = m_rows;
    sqlite3_reset(s);
    sqlite3_bind_int64(s, 1, athleteId);
    sqlite3_bind_int64(s, 2, fromUtc.value_or(kNoLowerBound));
    sqlite3_bind_int64(s, 3, toUtc.value_or(kNoUpperBound));
    sqlite3_bind_int64(s, 4, sql::kMaxOffsetSecs);
    ExportSession current;
    bool open = false;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(s, SessionId);
        if (!open || id != current.session.id) {
            if (open && !visit(current)) {
                sqlite3_reset(s);
                return false;
            }
            readSession(s, current.session);
            current.setNotes.resize(0);
            open = true;
        }
        if (!isNull(s, SetId))
            readSet(s, current);
    }
    if (rc != SQLITE_DONE) {
        const StoreError error = errorOf(m_db, "Reading sessions for the export");
        sqlite3_reset(s);
        throw error;
    }
    sqlite3_reset(s);
    return !open || visit(current);
}

qint64 SqliteExport::rowCount(qint64 athleteId, std::optional<qint64> fromUtc, std::optional<qint64> toUtc)
{
    sqlite3_reset(m_count);
    sqlite3_bind_int64(m_count, 1, athleteId);
    sqlite3_bind_int64(m_count, 2, fromUtc.value_or(kNoLowerBound));
    sqlite3_bind_int64(m_count, 3, toUtc.value_or(kNoUpperBound));
    sqlite3_bind_int64(m_count, 4, sql::kMaxOffsetSecs);
    if (sqlite3_step(m_count) != SQLITE_ROW) {
        const StoreError error = errorOf(m_db, "Counting the rows of the export");
        sqlite3_reset(m_count);
        throw error;
    }
    const qint64 rows = sqlite3_column_int64(m_count, 0);
    sqlite3_reset(m_count);
    return rows;
}

} // namespace

ExportReader::ExportReader(const Database &db)
{
    const QSqlDatabase connection = db.connection();
    m_snapshot = std::make_unique<ReadTransaction>(connection);
    if (pg::isPostgres(connection))
        m_backend = makePostgresExport(connection);
    else
        m_backend = std::make_unique<SqliteExport>(connection);
}

ExportReader::~ExportReader() = default;

bool ExportReader::sessions(qint64 athleteId, std::optional<qint64> fromUtc, std::optional<qint64> toUtc,
                            const Visit &visit)
{
    return m_backend->sessions(athleteId, fromUtc, toUtc, visit);
}

qint64 ExportReader::rowCount(const QList<qint64> &athleteIds, std::optional<qint64> fromUtc,
                              std::optional<qint64> toUtc)
{
    qint64 total = 0;
    for (qint64 id : athleteIds)
        total += m_backend->rowCount(id, fromUtc, toUtc);
    return total;
}

} // namespace spotter
