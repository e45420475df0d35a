// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/records.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace spotter {

class Database;

/// Personal records when they happen: decides them for a saved session against the athlete's
/// history before it (analysis/records.h) and keeps them with the session (History shows them).
class RecordService
{
public:
    explicit RecordService(const Database &db) : m_db(db) {}

    /// What each lift of @p exerciseIds had before @p before: its best e1RM ever and the most
    /// reps at each load. Two aggregate queries for all of them.
    [[nodiscard]] QHash<qint64, RecordBaseline> baselines(qint64 athleteId, const QList<qint64> &exerciseIds,
                                                          const QDateTime &before) const;

    /// Decides the records of the stored session @p sessionId and keeps them in place of the ones
    /// it had; returns them (empty when the session is gone).
    QList<PersonalRecord> refreshSession(qint64 sessionId) const;

private:
    const Database &m_db;
};

} // namespace spotter
