// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/setwriter.h"

#include "model/enums.h"
#include "store/dialect.h"
#include "store/pgconnection.h"
#include "store/query.h"
#include "store/sqlvalues.h"
#include "store/storeerror.h"

#include <QStringList>

#include <algorithm>

namespace spotter {

namespace {

const QString kInsertSet = QStringLiteral(
    "INSERT INTO workout_set (id, session_id, exercise_id, position, kind, weight_g, reps, rpe, "
    "rir, rest_s, seconds, distance_cm, notes, row_version) VALUES (:id, :session, :exercise, :position, "
    ":kind, :weight, :reps, :rpe, :rir, :rest, :seconds, :distance, :notes, :version)");

/// PostgreSQL takes at most 65,535 parameters in a statement; 14 per set.
constexpr qsizetype kSetsPerStatement = 1000;

} // namespace

SetWriter::SetWriter(const QSqlDatabase &db) : m_db(db), m_server(pg::isPostgres(db)) {}

SetWriter::~SetWriter() = default;

void SetWriter::bindValues(Query &q, const WorkoutSet &w, const QString &suffix)
{
    q.bind(QStringLiteral(":exercise") + suffix, w.exerciseId)
        .bind(QStringLiteral(":kind") + suffix, toKey(w.kind))
        .bind(QStringLiteral(":weight") + suffix, sql::opt(w.weight))
        .bind(QStringLiteral(":reps") + suffix, sql::opt(w.reps))
        .bind(QStringLiteral(":rpe") + suffix, sql::opt(w.rpe))
        .bind(QStringLiteral(":rir") + suffix, sql::opt(w.rir))
        .bind(QStringLiteral(":rest") + suffix, sql::opt(w.restSeconds))
        .bind(QStringLiteral(":seconds") + suffix, sql::opt(w.seconds))
        .bind(QStringLiteral(":distance") + suffix, sql::opt(w.distanceCm))
        .bind(QStringLiteral(":notes") + suffix, w.notes);
}

void SetWriter::insert(WorkoutSet &w)
{
    const bool withId = w.id > 0;
    std::unique_ptr<Query> &q = withId ? m_withId : m_newId;
    if (!q)
        q = std::make_unique<Query>(m_db, dialect::insert(kInsertSet, withId),
                                    withId ? Query::Returning::Nothing : Query::Returning::Id);
    if (withId)
        q->bind(QStringLiteral(":id"), w.id);
    q->bind(QStringLiteral(":session"), w.sessionId)
        .bind(QStringLiteral(":position"), w.position)
        .bind(QStringLiteral(":version"), w.version);
    bindValues(*q, w);
    q->exec();
    if (!withId)
        w.id = q->insertedId();
}

void SetWriter::insertAll(Session &session)
{
    for (qsizetype i = 0; i < session.sets.size(); ++i) {
        session.sets[i].sessionId = session.id;
        session.sets[i].position = static_cast<int>(i);
    }
    if (!m_server) {
        for (WorkoutSet &w : session.sets)
            insert(w);
        return;
    }
    insertOnServer(session.sets);
}

void SetWriter::insertOnServer(QList<WorkoutSet> &sets)
{
    const auto missing =
        std::count_if(sets.cbegin(), sets.cend(), [](const WorkoutSet &w) { return w.id <= 0; });
    if (missing > 0) {
        Query ids(m_db, QStringLiteral("SELECT nextval(pg_get_serial_sequence('workout_set', 'id')) "
                                       "FROM generate_series(1, :n)"));
        ids.bind(QStringLiteral(":n"), static_cast<qint64>(missing)).exec();
        for (WorkoutSet &w : sets) {
            if (w.id > 0)
                continue;
            if (!ids.next())
                throw StoreError(StoreError::Kind::Sql, QStringLiteral("nextval(workout_set)"));
            w.id = ids.int64(0);
        }
    }
    for (qsizetype first = 0; first < sets.size(); first += kSetsPerStatement) {
        const qsizetype end = std::min(sets.size(), first + kSetsPerStatement);
        QStringList rows;
        for (qsizetype i = first; i < end; ++i)
            rows.append(
                QStringLiteral("(:id%1, :session%1, :exercise%1, :position%1, :kind%1, :weight%1, :reps%1, "
                               ":rpe%1, :rir%1, :rest%1, :seconds%1, :distance%1, :notes%1, :version%1)")
                    .arg(i));
        Query q(m_db,
                QStringLiteral("INSERT INTO workout_set (id, session_id, exercise_id, position, kind, "
                               "weight_g, reps, rpe, rir, rest_s, seconds, distance_cm, notes, row_version) "
                               "VALUES ")
                    + rows.join(QStringLiteral(", ")));
        for (qsizetype i = first; i < end; ++i) {
            const WorkoutSet &w = sets[i];
            const QString n = QString::number(i);
            q.bind(QStringLiteral(":id") + n, w.id)
                .bind(QStringLiteral(":session") + n, w.sessionId)
                .bind(QStringLiteral(":position") + n, w.position)
                .bind(QStringLiteral(":version") + n, w.version);
            bindValues(q, w, n);
        }
        q.exec();
    }
}

} // namespace spotter
