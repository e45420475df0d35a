// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/progressseries.h"

#include <QDate>

namespace spotter {

class Database;

/// Reads, in one snapshot, what the Progress page's series are built from (buildProgress()).
class ProgressService
{
public:
    explicit ProgressService(const Database &db) : m_db(db) {}

    /// Everything buildProgress() needs for @p athleteId over @p range ending on @p today. The
    /// range starts at the Monday of the first session when that is later (so "All" starts
    /// there too), and never after the Monday of @p today. Only the sessions of the range with
    /// their 12 weeks of context are read whole, because intensity classes need every working
    /// set (rules reference §5.4).
    [[nodiscard]] ProgressInputs inputs(qint64 athleteId, ProgressRange range, QDate today) const;

private:
    const Database &m_db;
};

} // namespace spotter
