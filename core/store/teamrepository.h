// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace spotter {

class Database;

/// Read-only aggregates behind the Team page (services/teamservice assembles them). What grows
/// with an athlete's history is only ever aggregated or limited in SQL, so a coach's 50 athletes
/// × 5 years cost about as much as 50 × 4 months.
class TeamRepository
{
public:
    explicit TeamRepository(const Database &db) : m_db(db) {}

    /// Start of the athlete's latest session that started by @p now (sessions logged ahead of
    /// time are not the "last session").
    [[nodiscard]] std::optional<QDateTime> lastSessionBy(qint64 athleteId, const QDateTime &now) const;

    /// Sessions starting on the local days [from, to].
    [[nodiscard]] int sessionCount(qint64 athleteId, QDate from, QDate to) const;

    /// Ids of the reports noticed by @p now that are unresolved or resolved since
    /// @p resolvedSince (oldest first), then the latest report noticed by @p now if it is not
    /// among them.
    [[nodiscard]] QList<qint64> openOrLatestReports(qint64 athleteId, const QDateTime &now,
                                                    const QDateTime &resolvedSince) const;

private:
    const Database &m_db;
};

} // namespace spotter
