// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/session.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace spotter {

class Database;
class ReadTransaction;
class ExportBackend;

/// One session as the exporter reads it.
struct ExportSession
{
    Session session; ///< with its sets in order; the sets' notes are in setNotes
    /// The sets' notes as stored (UTF-8), parallel to session.sets: written to the file as they
    /// are, without a round trip through QString.
    QList<QByteArray> setNotes;
};

/// The store side of exports: streams an athlete's sessions with their sets in chronological
/// order through one forward-only statement over the sessions joined with their sets, on the raw
/// sqlite3 handle (QtSql's QVariant per cell would cost more than writing the CSV, field notes
/// §1.3, §6) or, on a team server, through a libpq cursor a few thousand rows at a time. Only
/// one session's rows are held at a time. The whole export reads one snapshot:
/// the reader holds a read transaction on the calling thread's connection while it lives, so
/// repository reads made in between see the same data.
class ExportReader
{
public:
    explicit ExportReader(const Database &db);
    ~ExportReader();
    ExportReader(const ExportReader &) = delete;
    ExportReader &operator=(const ExportReader &) = delete;

    /// Returns false to stop reading.
    using Visit = std::function<bool(const ExportSession &)>;

    /// The sessions of @p athleteId starting in [@p fromUtc, @p toUtc) (either bound optional),
    /// both bounds on the sessions' own wall clocks (wallClockSeconds(), wallClockDayStart()),
    /// ordered by start then id, each with its sets by position. Returns false when @p visit
    /// stopped it. Throws StoreError.
    bool sessions(qint64 athleteId, std::optional<qint64> fromUtc, std::optional<qint64> toUtc,
                  const Visit &visit);

    /// How many set rows sessions() would give for these athletes (a session without sets
    /// counts as one row), for progress.
    [[nodiscard]] qint64 rowCount(const QList<qint64> &athleteIds, std::optional<qint64> fromUtc,
                                  std::optional<qint64> toUtc);

    /// A backend's way of reading (exportreader.cpp, exportreaderpg.cpp).
    class Backend
    {
    public:
        virtual ~Backend() = default;
        virtual bool sessions(qint64 athleteId, std::optional<qint64> fromUtc, std::optional<qint64> toUtc,
                              const Visit &visit) = 0;
        virtual qint64 rowCount(qint64 athleteId, std::optional<qint64> fromUtc,
                                std::optional<qint64> toUtc) = 0;
    };

private:
    std::unique_ptr<ReadTransaction> m_snapshot;
    std::unique_ptr<Backend> m_backend;
};

} // namespace spotter
