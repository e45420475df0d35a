// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/athlete.h"
#include "model/personalrecord.h"
#include "model/plateset.h"
#include "model/session.h"
#include "model/sorenessreport.h"

#include <QList>

#include <optional>

namespace spotter {

class Database;

/// A deleted athlete as it was, with every session (and its sets) and soreness report: what
/// AthleteRepository::restore() needs to put everything back.
struct AthleteSnapshot
{
    Athlete athlete;
    QList<Session> sessions;
    QList<SorenessReport> reports;
    QList<PersonalRecord> records;
    QList<qint64> routineIds; ///< the routines assigned to them
    std::optional<PlateSet> plates;
};

/// Athletes. Names are unique regardless of case.
class AthleteRepository
{
public:
    explicit AthleteRepository(const Database &db) : m_db(db) {}

    /// Inserts @p athlete (keeping its id when it has one, as undo needs) and sets its id.
    qint64 add(Athlete &athlete);
    /// Refused (StoreError::Conflict) when the stored athlete is no longer at athlete.version;
    /// on success athlete.version is the new one.
    void update(Athlete &athlete);
    /// Removes the athlete with every session, set and soreness report.
    void remove(qint64 id);
    /// Reads the athlete with everything that belongs to them and deletes it all, in one write
    /// transaction; none when the athlete is gone already.
    std::optional<AthleteSnapshot> removeWithSnapshot(qint64 id);
    /// Puts a removed athlete back exactly (same ids), in one write transaction.
    void restore(const AthleteSnapshot &snapshot);
    [[nodiscard]] std::optional<Athlete> get(qint64 id) const;
    [[nodiscard]] std::optional<Athlete> findByName(const QString &name) const;
    /// All athletes, ordered by name.
    [[nodiscard]] QList<Athlete> list() const;
    [[nodiscard]] qint64 count() const;

private:
    const Database &m_db;
};

} // namespace spotter
