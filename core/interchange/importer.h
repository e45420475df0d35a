// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/formatparser.h"
#include "interchange/importdiagnostics.h"
#include "interchange/importformat.h"
#include "model/enums.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace spotter {

class Database;

struct ImportProgress
{
    enum class Phase {
        Reading, ///< first pass: reading and checking every row
        Writing  ///< second pass: writing, inside one transaction
    };
    Phase phase = Phase::Reading;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 rows = 0; ///< data rows read so far in this phase
};

/// What the user chose for one import.
struct ImportOptions
{
    ImportFormat format = ImportFormat::Auto;
    /// The athlete whose history this is; created when missing. Required for Strong, Hevy and
    /// FitNotes files; not given for Spotter's own files, whose rows name their athletes.
    QString athlete;
    /// The unit of weights when the file does not say (Strong V1–V3, some FitNotes files); also
    /// the preferred unit of an athlete the import creates.
    std::optional<WeightUnit> unit;
    /// Read and check everything and report what would be imported; write nothing.
    bool dryRun = false;
    /// Import the valid rows of a file that has invalid ones (docs/csv-format.md §5): the workouts
    /// with an invalid row are held back whole and written, unchanged and with the reason, to
    /// the rejects file; the rest is imported in one transaction. Without it, a file with any
    /// invalid row imports nothing.
    bool skipInvalid = false;
    /// Where a partial import writes the rows it leaves out; empty: beside the imported file
    /// (RejectsFile::defaultPath()).
    QString rejectsPath;
    /// Called on the importing thread every few thousand rows and at the end of each phase.
    std::function<void(const ImportProgress &)> progress;
    /// May be set from any thread; the import then stops and writes nothing.
    const std::atomic_bool *cancel = nullptr;
};

enum class ImportStatus {
    Imported,     ///< written; for a dry run, everything could be written
    Invalid,      ///< some rows are wrong (see diagnostics); nothing was written
    NeedsUnit,    ///< the file does not say kg or lb: ask, then import again with ImportOptions::unit
    NeedsAthlete, ///< the file does not name its athlete: ask, then import again with ImportOptions::athlete
    WrongOption,  ///< an option does not fit this file (see diagnostics)
    Failed,       ///< the file cannot be read or is in no known format (see diagnostics)
    Cancelled     ///< stopped through ImportOptions::cancel; nothing was written
};

struct ImportResult
{
    ImportStatus status = ImportStatus::Failed;
    bool written = false; ///< true once the transaction committed
    ImportFormat format = ImportFormat::Auto;
    /// The unit of the file's weights, when one unit applies to all of them.
    std::optional<WeightUnit> unit;
    UnitSource unitSource = UnitSource::Header;
    qint64 rows = 0;              ///< data rows in the file
    qint64 sessions = 0;          ///< sessions imported (or that a dry run would import)
    qint64 sets = 0;              ///< their sets
    qint64 soreness = 0;          ///< soreness reports imported
    qint64 skippedDuplicates = 0; ///< sessions and reports already in the database, not imported again
    QStringList newExercises;     ///< exercises the import creates, as named in the file
    QStringList newAthletes;      ///< athletes the import creates
    /// Errors of the file (status Invalid), or its warnings when it was imported.
    ImportDiagnostics diagnostics;
    /// A partial import: the errors of the rows it left out, every one with its line.
    ImportDiagnostics rejections;
    qint64 rejectedRows = 0;     ///< rows left out: the invalid ones and the rest of their workouts
    qint64 rejectedWorkouts = 0; ///< workouts (or reports) held back
    QString rejectsFile;         ///< where they were written; empty for a dry run or when none
    /// Why a partial import was refused anyway (an error no row can be left out for), or empty.
    QString partialRefusal;
};

/// Imports one CSV file: reads it once to check every row (streaming, so memory depends on
/// the number of sessions and exercises, not rows), resolves exercise names through the
/// catalogue, skips what an earlier import of the same data already added, then reads it again
/// and writes everything in one transaction through the bulk writer. A file with any invalid
/// row imports nothing, unless ImportOptions::skipInvalid holds back the workouts with invalid
/// rows and saves them to a rejects file. Runs on the calling thread with that thread's connection, so the
/// GUI can run it on a worker (which then calls Database::closeThreadConnection()).
class Importer
{
public:
    explicit Importer(const Database &db) : m_db(db) {}

    /// Throws StoreError when the database fails; every problem of the file is in the result.
    [[nodiscard]] ImportResult run(const QString &path, const ImportOptions &options);

private:
    const Database &m_db;
};

} // namespace spotter
