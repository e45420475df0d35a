// SPDX-License-Identifier: GPL-3.0-or-later
// ExportReader on a team server: the same rows as on SQLite, read through a libpq cursor so a
// history of a million sets never sits in memory at once.
#include "store/exportreader.h"
#include "store/pgconnection.h"
#include "store/pgstatement.h"
#include "store/sqlvalues.h"

#include <limits>

namespace spotter {

namespace {

constexpr int kFetchRows = 4096;
// Far enough from the limits that the offset arithmetic of the range test cannot overflow.
constexpr qint64 kNoLowerBound = -(qint64(1) << 62);
constexpr qint64 kNoUpperBound = qint64(1) << 62;

// Both bounds are on the sessions' own wall clocks; the first test, on start_utc alone, lets
// the session index narrow the range.
const QString kRange =
    QStringLiteral(" s.start_utc >= :from_w AND s.start_utc < :to_w"
                   " AND s.start_utc + s.utc_offset_s >= :from AND s.start_utc + s.utc_offset_s < :to");

void bindRange(pg::Statement &q, std::optional<qint64> fromUtc, std::optional<qint64> toUtc)
{
    const qint64 from = fromUtc.value_or(kNoLowerBound);
    const qint64 to = toUtc.value_or(kNoUpperBound);
    q.bind(QStringLiteral(":from_w"), from - sql::kMaxOffsetSecs)
        .bind(QStringLiteral(":to_w"), to + sql::kMaxOffsetSecs)
        .bind(QStringLiteral(":from"), from)
        .bind(QStringLiteral(":to"), to);
}

const QString kRows =
    QStringLiteral(
        "SELECT s.id, s.start_utc, s.utc_offset_s, s.title, s.duration_min, s.bodyweight_g, s.warmup_done,"
        " s.session_rpe, s.notes, s.source, s.source_file, s.source_key,"
        " w.exercise_id, w.kind, w.weight_g, w.reps, w.rpe, w.rir, w.rest_s, w.seconds, w.distance_cm,"
        " w.notes, w.id"
        // The athlete too, as dialect::setsOfSessions() says: the sets' policy and index go by it.
        " FROM session s LEFT JOIN workout_set w ON w.session_id = s.id AND w.athlete_id = s.athlete_id"
        " WHERE s.athlete_id = :athlete AND")
    + kRange + QStringLiteral(" ORDER BY s.start_utc, s.id, w.position");

class PostgresExport : public ExportReader::Backend
{
public:
    explicit PostgresExport(const QSqlDatabase &connection) : m_conn(pg::handle(connection)) {}

    bool sessions(qint64 athleteId, std::optional<qint64> fromUtc, std::optional<qint64> toUtc,
                  const ExportReader::Visit &visit) override
    {
        pg::Statement q(m_conn, kRows, kFetchRows);
        q.bind(QStringLiteral(":athlete"), athleteId);
        bindRange(q, fromUtc, toUtc);
        q.exec();
        ExportSession current;
        bool open = false;
        const auto optInt = [&](int c) {
            return q.isNull(c) ? std::nullopt : std::optional<int>(static_cast<int>(q.int64(c)));
        };
        const auto optInt64 = [&](int c) {
            return q.isNull(c) ? std::nullopt : std::optional<qint64>(q.int64(c));
        };
        const auto optReal = [&](int c) {
            return q.isNull(c) ? std::nullopt : std::optional<double>(q.real(c));
        };
        while (q.next()) {
            const qint64 id = q.int64(0);
            if (!open || id != current.session.id) {
                if (open && !visit(current))
                    return false;
                Session &s = current.session;
                s.id = id;
                s.start = dateTimeWithOffset(q.int64(1), static_cast<int>(q.int64(2)));
                s.title = q.string(3);
                s.durationMin = optInt(4);
                s.bodyweight = sql::weightOf(optInt64(5));
                s.warmupDone = q.isNull(6) ? std::nullopt : std::optional<bool>(q.int64(6) != 0);
                s.sessionRpe = optReal(7);
                s.notes = q.string(8);
                s.source.kind = sql::enumOf(kSourceKindKeys, q.string(9), "session.source");
                s.source.file = q.string(10);
                s.source.key = q.string(11);
                s.sets.resize(0);
                current.setNotes.resize(0);
                open = true;
            }
            if (q.isNull(22))
                continue;
            WorkoutSet &set = current.session.sets.emplace_back();
            set.id = q.int64(22);
            set.sessionId = id;
            set.exerciseId = q.int64(12);
            set.position = static_cast<int>(current.session.sets.size() - 1);
            set.kind = sql::enumOf(kSetKindKeys, q.string(13), "workout_set.kind");
            set.weight = sql::weightOf(optInt64(14));
            set.reps = optInt(15);
            set.rpe = optReal(16);
            set.rir = optReal(17);
            set.restSeconds = optInt(18);
            set.seconds = optInt(19);
            set.distanceCm = optInt64(20);
            const QByteArrayView notes = q.utf8(21);
            current.setNotes.append(notes.isEmpty() ? QByteArray() : notes.toByteArray());
        }
        return !open || visit(current);
    }

    qint64 rowCount(qint64 athleteId, std::optional<qint64> fromUtc, std::optional<qint64> toUtc) override
    {
        pg::Statement q(
            m_conn, QStringLiteral("SELECT count(*) FROM session s LEFT JOIN workout_set w ON w.session_id"
                                   " = s.id AND w.athlete_id = s.athlete_id"
                                   " WHERE s.athlete_id = :athlete AND")
                        + kRange);
        q.bind(QStringLiteral(":athlete"), athleteId);
        bindRange(q, fromUtc, toUtc);
        q.exec();
        return q.next() ? q.int64(0) : 0;
    }

private:
    PGconn *m_conn;
};

} // namespace

std::unique_ptr<ExportReader::Backend> makePostgresExport(const QSqlDatabase &connection)
{
    return std::make_unique<PostgresExport>(connection);
}

} // namespace spotter
