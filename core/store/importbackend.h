// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The two halves of ImportWriter (importwriter.cpp for SQLite, importwriterpg.cpp for
// PostgreSQL); store-internal. Values arrive validated.

#include "model/enums.h"
#include "model/enumset.h"
#include "store/importwriter.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <memory>
#include <span>

namespace spotter {

class ImportBackend
{
public:
    virtual ~ImportBackend() = default;
    virtual ExistingRecords existing(qint64 athleteId) = 0;
    virtual bool sessionIdFree(qint64 id) = 0;
    virtual bool sorenessIdFree(qint64 id) = 0;
    virtual std::optional<qint64> sessionAt(qint64 athleteId, qint64 startUtc) = 0;
    virtual bool sessionIs(qint64 id, qint64 athleteId, std::optional<qint64> startUtc) = 0;
    virtual bool inTransaction() = 0;
    virtual qint64 insertSession(const Session &session, std::optional<qint64> id) = 0;
    virtual void insertSet(const WorkoutSet &set) = 0;
    /// Several sets at once; a backend that gains nothing from batching inserts them one by one.
    virtual void insertSets(std::span<const WorkoutSet> sets)
    {
        for (const WorkoutSet &set : sets)
            insertSet(set);
    }
    virtual qint64 insertSoreness(const SorenessReport &report, std::optional<qint64> id) = 0;
    /// ImportWriter::deferSetIndexes() and restoreSetIndexes(). Only SQLite defers: on a team
    /// server the tables belong to the owner role, and only an owner may drop or build an index.
    virtual bool deferSetIndexes(qint64 /*sets*/) { return false; }
    virtual void restoreSetIndexes() {}
};

/// A soreness report's columns after its id, in the order both backends' statements name them:
/// one list for SQLite's bound statement and PostgreSQL's COPY rows.
template <class Row>
Row &sorenessColumns(Row &row, const SorenessReport &r)
{
    const auto optionalOf = [](const std::optional<QDateTime> &t, auto part) {
        return t ? std::optional<qint64>(part(*t)) : std::nullopt;
    };
    return row.integer(r.athleteId)
        .integer(r.sessionId)
        .text(toKey(r.region))
        .text(toKey(r.side))
        .integer(r.noticedAt.toSecsSinceEpoch())
        .integer(r.noticedAt.offsetFromUtc())
        .integer(optionalOf(r.resolvedAt, [](const QDateTime &t) { return t.toSecsSinceEpoch(); }))
        .integer(optionalOf(r.resolvedAt, [](const QDateTime &t) { return qint64(t.offsetFromUtc()); }))
        .integer(r.intensity)
        .text(toKey(r.character))
        .textOrNull(r.trend ? toKey(*r.trend) : QString())
        .text(keysOf(kSignKeys, r.signs))
        .text(keysOf(kRedFlagKeys, r.redFlags))
        .text(r.notes)
        .integer(r.oneSided ? 1 : 0)
        .text(r.lift);
}

[[nodiscard]] std::unique_ptr<ImportBackend> makeSqliteImportBackend(const QSqlDatabase &db);
[[nodiscard]] std::unique_ptr<ImportBackend> makePostgresImportBackend(const QSqlDatabase &db);

} // namespace spotter
