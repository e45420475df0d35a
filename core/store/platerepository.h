// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plateset.h"

#include <QSqlDatabase>

#include <optional>

namespace spotter {

class Database;

/// Each athlete's bar, plates and collars.
class PlateRepository
{
public:
    explicit PlateRepository(const Database &db) : m_db(db) {}

    /// The athlete's plate set as stored; none when they never set one.
    [[nodiscard]] std::optional<PlateSet> get(qint64 athleteId) const;
    /// The stored set, or the defaults for the athlete's unit.
    [[nodiscard]] PlateSet getOrDefault(qint64 athleteId) const;
    /// Stores @p plates for the athlete (validated), replacing what was there.
    void set(qint64 athleteId, const PlateSet &plates);
    /// Forgets the athlete's set (the defaults apply again).
    void remove(qint64 athleteId);

    /// The same reads and writes on @p db inside the caller's transaction (athlete snapshots).
    [[nodiscard]] static std::optional<PlateSet> read(const QSqlDatabase &db, qint64 athleteId);
    static void write(const QSqlDatabase &db, qint64 athleteId, const PlateSet &plates);

private:
    const Database &m_db;
};

} // namespace spotter
