// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/personalrecord.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace spotter {

class Database;

/// The personal records sessions set (RecordService decides them; this keeps them), and the
/// rep bests the next ones are compared with.
class RecordRepository
{
public:
    explicit RecordRepository(const Database &db) : m_db(db) {}

    /// Replaces the records of one session, in one write transaction.
    void replaceForSession(qint64 athleteId, qint64 sessionId, const QList<PersonalRecord> &records);
    [[nodiscard]] QList<PersonalRecord> forSession(qint64 sessionId) const;
    /// The records of each of @p sessionIds (one query for all of them).
    [[nodiscard]] QHash<qint64, QList<PersonalRecord>> forSessions(const QList<qint64> &sessionIds) const;
    /// Every record of the athlete, oldest session first.
    [[nodiscard]] QList<PersonalRecord> forAthlete(qint64 athleteId) const;

    /// Per exercise of @p exerciseIds, the most reps of a working set at each load, in sessions
    /// of the athlete starting before @p beforeUtc (an aggregate in SQL).
    [[nodiscard]] QHash<qint64, QList<RepBest>> repBests(qint64 athleteId, const QList<qint64> &exerciseIds,
                                                         qint64 beforeUtc) const;

    /// The records of the athlete's sessions, read and put back on @p db inside the caller's
    /// transaction (snapshots of a deleted session or athlete).
    [[nodiscard]] static QList<PersonalRecord> read(const QSqlDatabase &db, const QString &where, qint64 id);
    static void insert(const QSqlDatabase &db, qint64 athleteId, const QList<PersonalRecord> &records);

private:
    const Database &m_db;
};

} // namespace spotter
