// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enumset.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace spotter {

class Database;

/// Spotter's three CSV files (docs/csv-format.md).
enum class ExportKind { Sets, Sessions, Soreness };
inline constexpr KeyTable<ExportKind, 3> kExportKindKeys{{u"sets", u"sessions", u"soreness"}};

[[nodiscard]] QString toKey(ExportKind kind);
/// "Sets", "Sessions (summary)", "Soreness reports" for people.
[[nodiscard]] QString displayName(ExportKind kind);

/// What the user chose for one export.
struct ExportOptions
{
    ExportKind what = ExportKind::Sets;
    /// Athletes by name; empty means every athlete.
    QStringList athletes;
    /// First and last local day, both inclusive: sessions by their start, reports by when they
    /// were noticed.
    std::optional<QDate> from;
    std::optional<QDate> to;
    /// "Export for Excel": a byte order mark and CRLF line ends (plain files: neither, LF).
    bool excel = false;
    /// With excel, for spreadsheets in locales that write 62,5: ';' between cells and decimal
    /// commas. Ignored without excel.
    bool decimalComma = false;
    /// The time the derived soreness columns (duration, triage) are computed at; invalid means now.
    QDateTime asOf;
    /// Called on the exporting thread every few thousand rows, with the rows written and the total.
    std::function<void(qint64 done, qint64 total)> progress;
    /// May be set from any thread; the export then stops (what was written is incomplete).
    const std::atomic_bool *cancel = nullptr;
};

enum class ExportStatus {
    Exported,
    UnknownAthlete, ///< an athlete of ExportOptions::athletes does not exist (see error)
    WriteFailed,    ///< the device refused the data (see error)
    Cancelled       ///< stopped through ExportOptions::cancel; the output is incomplete
};

struct ExportResult
{
    ExportStatus status = ExportStatus::Exported;
    ExportKind what = ExportKind::Sets;
    QString error;        ///< for people, when status is not Exported
    qint64 rows = 0;      ///< data rows written (the header not counted)
    qint64 sessions = 0;  ///< sessions written (sets and sessions files)
    qint64 sets = 0;      ///< sets written (sets file)
    qint64 soreness = 0;  ///< reports written (soreness file)
    QStringList athletes; ///< the athletes exported, in file order
};

/// Writes one of Spotter's CSV files to a device, streaming: the sessions of one athlete at a
/// time come from the store in chronological order, and the derived columns (e1RM, intensity
/// class, flags) are computed on the way with rolling per-athlete state (SessionAnalyzer), seeded
/// from the 12 weeks before the range. Memory does not grow with the number of rows. Runs on the
/// calling thread with that thread's connection, so the GUI can run it on a worker.
class Exporter
{
public:
    explicit Exporter(const Database &db) : m_db(db) {}

    /// Throws StoreError when the database fails; every other problem is in the result.
    [[nodiscard]] ExportResult run(QIODevice *device, const ExportOptions &options);

    /// The header of @p kind's file, as written.
    [[nodiscard]] static QStringList header(ExportKind kind);

private:
    const Database &m_db;
};

} // namespace spotter
