// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/lasttime.h"

#include <QHash>
#include <QList>

namespace spotter {

class Database;

/// The last time each exercise was trained, for the Log page and quick entry's "same".
class LastTimeRepository
{
public:
    explicit LastTimeRepository(const Database &db) : m_db(db) {}

    /// For each of @p exerciseIds the athlete trained in a session starting before @p beforeUtc
    /// (other than @p excludeSessionId), the latest such session with its sets of that exercise:
    /// one query for all of them.
    [[nodiscard]] QHash<qint64, LastTime> lastTimes(qint64 athleteId, const QList<qint64> &exerciseIds,
                                                    qint64 beforeUtc, qint64 excludeSessionId = 0) const;

private:
    const Database &m_db;
};

} // namespace spotter
