// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/session.h"
#include "model/sorenessreport.h"
#include "model/workoutset.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <span>

namespace spotter {

class Database;
class ImportBackend;

/// What an athlete already has, so that importing a file twice adds nothing.
struct ExistingRecords
{
    QSet<QString> sourceKeys;                   ///< source keys of imported sessions
    QSet<QPair<qint64, QString>> keylessStarts; ///< (start UTC seconds, title) of the others
    QSet<QString> soreness;                     ///< sorenessIdentity() of every report
};

/// The store side of imports: bulk inserts and the look-ups an import needs. On SQLite through
/// prepared statements on the raw sqlite3 handle (about five times faster per row than QtSql,
/// field notes §1.3); on PostgreSQL through COPY … FROM STDIN on the same connection (about
/// seventy times faster than a statement per row, §5), the rows held back until another
/// statement or the commit needs them. Lives for one import on one thread, on that thread's
/// connection; writes happen inside the caller's WriteTransaction, and every value is bound
/// (or, in COPY, escaped by the one function that writes its text format).
class ImportWriter
{
public:
    explicit ImportWriter(const Database &db);
    ~ImportWriter();
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    [[nodiscard]] ExistingRecords existing(qint64 athleteId);
    /// Whether a file's own id can be kept. Never on a team server: its ids are handed out to
    /// everyone, and one given to another athlete is invisible to this login.
    [[nodiscard]] bool sessionIdFree(qint64 id);
    [[nodiscard]] bool sorenessIdFree(qint64 id);
    /// The athlete's session that starts at @p startUtc, if exactly one does.
    [[nodiscard]] std::optional<qint64> sessionAt(qint64 athleteId, qint64 startUtc);
    /// True when session @p id belongs to @p athleteId (and starts at @p startUtc, if given).
    [[nodiscard]] bool sessionIs(qint64 id, qint64 athleteId, std::optional<qint64> startUtc);

    /// Inserts the session row (not its sets) with @p id if given (which must be free); returns its id.
    qint64 insertSession(const Session &session, std::optional<qint64> id);
    /// Inserts one set of an inserted session; its sessionId, exerciseId and position are used as given.
    void insertSet(const WorkoutSet &set);
    /// Inserts @p sets like insertSet(), checking them all before the first is written.
    void insertSets(std::span<const WorkoutSet> sets);
    qint64 insertSoreness(const SorenessReport &report, std::optional<qint64> id);

    /// Before a bulk insert of @p sets sets: when they outnumber the sets the database holds,
    /// drops workout_set's secondary indexes, to be built once by restoreSetIndexes() (a sort
    /// of every row) instead of updated row by row. Both happen inside the caller's write
    /// transaction, so no commit, rollback or reader ever sees the table without them. Returns
    /// true when it dropped them; false, dropping nothing, when a statement of this connection
    /// is still reading (SQLite then refuses to drop), and always on a team server, where only
    /// the tables' owner may drop an index (COPY keeps PostgreSQL's indexes up to date cheaply).
    bool deferSetIndexes(qint64 sets);
    /// Builds the indexes deferSetIndexes() dropped, as the schema defined them; call it before
    /// the transaction commits.
    void restoreSetIndexes();
    /// Imports of fewer sets than this keep the indexes: building them again costs more.
    static constexpr qint64 kDeferIndexesFrom = 10'000;

    /// How a report is recognised again: when noticed, where and on which side.
    [[nodiscard]] static QString sorenessIdentity(qint64 noticedUtc, const QString &region,
                                                  const QString &side);

private:
    void requireTransaction() const;

    std::unique_ptr<ImportBackend> m_backend;
};

} // namespace spotter
