// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Store-internal: the one writer of workout_set rows for SessionRepository.

#include "model/session.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace spotter {

class Query;

/// Inserts sets, keeping the ids of those that have one (undo) and giving the others theirs.
/// On SQLite one prepared statement per row, reused. On a team server a session's sets go in
/// one statement: each statement is a round trip, and the sets' statement triggers (their keys,
/// the change feed) run once for all of them, not once per set; the new sets' ids come from
/// the sequence in one more round trip.
class SetWriter
{
public:
    explicit SetWriter(const QSqlDatabase &db);
    ~SetWriter();
    SetWriter(const SetWriter &) = delete;
    SetWriter &operator=(const SetWriter &) = delete;

    /// One set, at its own session and position.
    void insert(WorkoutSet &set);
    /// All of @p session's sets, numbered from 0 in their order.
    void insertAll(Session &session);

    /// Binds a set's values (not its id, session, position or version) to `:exercise`,
    /// `:kind`, … each followed by @p suffix.
    static void bindValues(Query &q, const WorkoutSet &set, const QString &suffix = {});

private:
    void insertOnServer(QList<WorkoutSet> &sets);

    QSqlDatabase m_db;
    bool m_server;
    std::unique_ptr<Query> m_withId;
    std::unique_ptr<Query> m_newId;
};

} // namespace spotter
