// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace spotter {

class Database;

/// What a local database last sent to each team server (core/interchange/publisher): per item
/// (a session or a soreness report, by the key imports use) the hash of its content then. It is
/// how publishing tells a change made here from one made on the server since.
class PublishStateRepository
{
public:
    explicit PublishStateRepository(const Database &db) : m_db(db) {}

    /// item key → content hash, for one server and kind ("session", "soreness").
    [[nodiscard]] QHash<QString, QString> hashes(const QString &target, const QString &kind) const;
    /// Records what was sent (or found identical), in one write transaction.
    void record(const QString &target, const QString &kind, const QHash<QString, QString> &hashes);

    /// Whether the athlete of @p athleteId is being written by an import or a publish; on a team
    /// server the caller's transaction waits here for the other to commit. Nothing on a file
    /// (its writers exclude each other anyway).
    static void lockAthlete(const Database &db, qint64 athleteId);

private:
    const Database &m_db;
};

} // namespace spotter
