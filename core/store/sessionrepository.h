// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/personalrecord.h"
#include "model/session.h"
#include "model/sorenessreport.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace spotter {

class Database;

/// Which sessions of one athlete to read. Dates are local calendar days, both inclusive.
struct SessionFilter
{
    std::optional<QDate> from;
    std::optional<QDate> to;
    std::optional<qint64> exerciseId; ///< only sessions with a set of this exercise
    QString search;                   ///< in the title, the notes or an exercise name
};

/// Position in the newest-first keyset order of sessions (start, then id).
struct SessionCursor
{
    qint64 startUtc = 0;
    qint64 id = 0;
};

/// A deleted session as it was, with the soreness reports that were attributed to it: what
/// SessionRepository::restore() needs to put everything back.
struct SessionSnapshot
{
    Session session; ///< with its sets
    QList<SorenessReport> reports;
    QList<PersonalRecord> records; ///< the records its sets set
};

/// Sessions with their sets, stored and replaced as one aggregate.
class SessionRepository
{
public:
    explicit SessionRepository(const Database &db) : m_db(db) {}

    /// Inserts the session and its sets in one transaction; assigns every id. Ids already set
    /// are kept (undo restores a deleted session exactly).
    qint64 add(Session &session);
    /// Replaces the session row and all of its sets; refused (StoreError::Conflict) when the
    /// stored session is no longer at session.version.
    void update(Session &session);
    void remove(qint64 id);
    /// Reads the session (with its sets and the reports attributed to it) and deletes it, in
    /// one write transaction, so no other writer can slip a change in between; none when the
    /// session is gone already.
    std::optional<SessionSnapshot> removeWithSnapshot(qint64 id);
    /// Puts a removed session back exactly (same ids) and attaches its reports again, in one
    /// write transaction.
    void restore(const SessionSnapshot &snapshot);
    /// The session with its sets.
    [[nodiscard]] std::optional<Session> get(qint64 id) const;
    /// Sessions in chronological order; with their sets when @p withSets.
    [[nodiscard]] QList<Session> list(qint64 athleteId, const SessionFilter &filter = {},
                                      bool withSets = true) const;
    /// One page, newest first, strictly after @p after; with the sets when @p withSets (one
    /// query for the whole page).
    [[nodiscard]] QList<Session> page(qint64 athleteId, const SessionFilter &filter,
                                      const std::optional<SessionCursor> &after, int limit,
                                      bool withSets = false) const;
    /// The most recent session (with its sets).
    [[nodiscard]] std::optional<Session> latest(qint64 athleteId) const;
    [[nodiscard]] qint64 count(qint64 athleteId) const;
    /// The session imported under @p sourceKey for this athlete, if any.
    [[nodiscard]] std::optional<qint64> findBySourceKey(qint64 athleteId, const QString &sourceKey) const;

    /// Inserts @p set into its session at @p set.position (0 = first; past the end appends),
    /// moving later sets down; assigns its id (keeps one already set).
    void insertSet(WorkoutSet &set);
    /// Replaces one set's values (its session and position stay). Refused
    /// (StoreError::Conflict) when the stored set is no longer at set.version; on success
    /// set.version is the new one.
    void updateSet(WorkoutSet &set);
    /// Removes one set and closes the gap in the positions.
    void removeSet(qint64 setId);
    [[nodiscard]] std::optional<WorkoutSet> getSet(qint64 setId) const;
    /// Replaces the session row only (not its sets); versioned as updateSet().
    void updateHeader(Session &session);

    /// Inserts on @p db inside the caller's transaction.
    static void insert(const QSqlDatabase &db, Session &session);

private:
    void loadSets(const QSqlDatabase &db, QList<Session> &sessions) const;

    const Database &m_db;
};

} // namespace spotter
