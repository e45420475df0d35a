// SPDX-License-Identifier: GPL-3.0-or-later
// ImportWriter on a team server: rows go out through COPY on Qt's own connection, inside the
// import's transaction (field notes §5).
#include "store/importbackend.h"
#include "store/pgconnection.h"
#include "store/pgcopy.h"
#include "store/pgstatement.h"

#include <QHash>
#include <QList>

#include <libpq-fe.h>

namespace spotter {

namespace {

// Rows held back before they are sent; a COPY of a few MB costs one round trip.
constexpr qsizetype kFlushBytes = 8 * 1024 * 1024;
// Advisory lock space for "an import or a publish is writing this athlete" (two int4 keys).
constexpr int kAthleteLockSpace = 0x53505452; // "SPTR"

// Each new set names its session's athlete (core/store/serversetathletes.cpp: a server whose
// sets lack the column is refused when connecting), from the sessions this import wrote, so
// that the trigger that would look it up does not run once per set and the INSERT … SELECT from
// the staging table needs no join. A wrong one would be refused by the sets' statement check; a
// set of a session this import did not write goes without, and the trigger finds it.
const char kSetColumns[] =
    "session_id, exercise_id, position, kind, weight_g, reps, rpe, rir, rest_s, seconds, distance_cm, notes, "
    "athlete_id";

class PostgresImportBackend : public ImportBackend, public pg::PendingRows
{
public:
    explicit PostgresImportBackend(const QSqlDatabase &db)
        : m_conn(pg::handle(db)), m_sets{"workout_set", kSetColumns}
    {
        pg::registerPending(m_conn, this);
    }
    ~PostgresImportBackend() override { pg::unregisterPending(m_conn, this); }

    ExistingRecords existing(qint64 athleteId) override
    {
        if (pg::inTransaction(m_conn)) {
            // Two imports of one athlete's file at once would both find nothing and both write;
            // the second waits here until the first commits, and then sees its sessions.
            pg::Statement lock(m_conn, QStringLiteral("SELECT pg_advisory_xact_lock(:space, :athlete)"));
            lock.bind(QStringLiteral(":space"), kAthleteLockSpace)
                .bind(QStringLiteral(":athlete"), static_cast<int>(athleteId % 2147483647))
                .exec();
        }
        ExistingRecords out;
        pg::Statement sessions(m_conn, QStringLiteral("SELECT source_key, start_utc, title FROM session "
                                                      "WHERE athlete_id = :athlete"));
        sessions.bind(QStringLiteral(":athlete"), athleteId).exec();
        while (sessions.next()) {
            if (!sessions.isNull(0))
                out.sourceKeys.insert(sessions.string(0));
            else
                out.keylessStarts.insert({sessions.int64(1), sessions.string(2)});
        }
        pg::Statement reports(m_conn, QStringLiteral("SELECT noticed_utc, region, side FROM soreness "
                                                     "WHERE athlete_id = :athlete"));
        reports.bind(QStringLiteral(":athlete"), athleteId).exec();
        while (reports.next())
            out.soreness.insert(
                ImportWriter::sorenessIdentity(reports.int64(0), reports.string(1), reports.string(2)));
        return out;
    }

    bool sessionIdFree(qint64) override { return false; }
    bool sorenessIdFree(qint64) override { return false; }

    std::optional<qint64> sessionAt(qint64 athleteId, qint64 startUtc) override
    {
        pg::Statement q(m_conn, QStringLiteral("SELECT id FROM session WHERE athlete_id = :athlete "
                                               "AND start_utc = :start LIMIT 2"));
        q.bind(QStringLiteral(":athlete"), athleteId).bind(QStringLiteral(":start"), startUtc).exec();
        if (q.rowCount() != 1 || !q.next())
            return std::nullopt;
        return q.int64(0);
    }

    bool sessionIs(qint64 id, qint64 athleteId, std::optional<qint64> startUtc) override
    {
        pg::Statement q(m_conn, QStringLiteral("SELECT 1 FROM session WHERE id = :id AND athlete_id = "
                                               ":athlete AND (CAST(:start AS BIGINT) IS NULL OR start_utc "
                                               "= :start)"));
        q.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":athlete"), athleteId)
            .bind(QStringLiteral(":start"), startUtc ? QVariant(*startUtc) : QVariant())
            .exec();
        return q.next();
    }

    bool inTransaction() override { return pg::inTransaction(m_conn); }

    qint64 insertSession(const Session &session, std::optional<qint64> id) override
    {
        const qint64 rowId = id ? *id : nextId(m_sessionIds, "session");
        m_athleteOf.insert(rowId, session.athleteId);
        m_sessions.integer(rowId)
            .integer(session.athleteId)
            .integer(session.start.toSecsSinceEpoch())
            .integer(session.start.offsetFromUtc())
            .text(session.title)
            .integer(session.durationMin ? std::optional<qint64>(*session.durationMin) : std::nullopt)
            .integer(session.bodyweight ? std::optional<qint64>(session.bodyweight->grams()) : std::nullopt)
            .integer(session.warmupDone ? std::optional<qint64>(*session.warmupDone ? 1 : 0) : std::nullopt)
            .real(session.sessionRpe)
            .text(session.notes)
            .text(toKey(session.source.kind))
            .textOrNull(session.source.file)
            .textOrNull(session.source.key)
            .end();
        flushIfLarge();
        return rowId;
    }

    void insertSet(const WorkoutSet &set) override
    {
        const auto opt = [](const std::optional<int> &v) {
            return v ? std::optional<qint64>(*v) : std::nullopt;
        };
        m_sets.integer(set.sessionId)
            .integer(set.exerciseId)
            .integer(set.position)
            .text(toKey(set.kind))
            .integer(set.weight ? std::optional<qint64>(set.weight->grams()) : std::nullopt)
            .integer(opt(set.reps))
            .real(set.rpe)
            .real(set.rir)
            .integer(opt(set.restSeconds))
            .integer(opt(set.seconds))
            .integer(set.distanceCm)
            .text(set.notes);
        const auto athlete = m_athleteOf.constFind(set.sessionId);
        m_sets.integer(athlete != m_athleteOf.cend() ? std::optional<qint64>(*athlete) : std::nullopt).end();
        flushIfLarge();
    }

    qint64 insertSoreness(const SorenessReport &r, std::optional<qint64> id) override
    {
        const qint64 rowId = id ? *id : nextId(m_sorenessIds, "soreness");
        sorenessColumns(m_soreness.integer(rowId), r).end();
        flushIfLarge();
        return rowId;
    }

    // Sessions first: sets and reports refer to them, and foreign keys are checked per COPY.
    void flush() override
    {
        if (m_flushing)
            return;
        m_flushing = true;
        try {
            m_sessions.send(m_conn);
            m_sets.send(m_conn);
            m_soreness.send(m_conn);
        } catch (...) {
            m_flushing = false;
            m_sessions.clear();
            m_sets.clear();
            m_soreness.clear();
            throw;
        }
        m_flushing = false;
    }

private:
    void flushIfLarge()
    {
        if (m_sessions.bytes() + m_sets.bytes() + m_soreness.bytes() >= kFlushBytes)
            flush();
    }

    /// Ids come from the table's sequence, a block per round trip, so that a row's id is known
    /// before its COPY is sent (its sets refer to it).
    qint64 nextId(QList<qint64> &pool, const char *table)
    {
        if (pool.isEmpty()) {
            m_block = std::min<qint64>(m_block * 2, 8192);
            pg::Statement q(m_conn, QStringLiteral("SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                                                   "FROM generate_series(1, :n)"));
            q.bind(QStringLiteral(":table"), QLatin1String(table)).bind(QStringLiteral(":n"), m_block).exec();
            while (q.next())
                pool.append(q.int64(0));
        }
        return pool.takeFirst();
    }

    PGconn *m_conn;
    QHash<qint64, qint64> m_athleteOf; ///< athlete of each session this import wrote
    pg::CopyRows m_sessions{"session", "id, athlete_id, start_utc, utc_offset_s, title, duration_min, "
                                       "bodyweight_g, warmup_done, session_rpe, notes, source, source_file, "
                                       "source_key"};
    pg::CopyRows m_sets;
    pg::CopyRows m_soreness{"soreness", "id, athlete_id, session_id, region, side, noticed_utc, "
                                        "noticed_offset_s, resolved_utc, resolved_offset_s, intensity, "
                                        "character, trend, signs, red_flags, notes, one_sided, lift"};
    QList<qint64> m_sessionIds;
    QList<qint64> m_sorenessIds;
    qint64 m_block = 32;
    bool m_flushing = false;
};

} // namespace

std::unique_ptr<ImportBackend> makePostgresImportBackend(const QSqlDatabase &db)
{
    return std::make_unique<PostgresImportBackend>(db);
}

} // namespace spotter
