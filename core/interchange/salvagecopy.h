// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/exporter.h"
#include "store/salvage.h"

#include <QString>
#include <QStringList>

class QIODevice;

namespace spotter {

class Database;

/// What a salvage saved, and where the rows it set aside went.
struct SalvageOutcome
{
    SalvageResult result;
    QString rejectsPath; ///< empty when no row was set aside
};

/// Salvages @p source into the new file @p target (store/salvage.h). Rows whose parent row was
/// lost go to @p rejectsPath, a CSV file (table, rowid, problem, the row as JSON) created with
/// mode 0600 only when there is one; it must not exist. Throws StoreError.
SalvageOutcome salvageDatabase(const Database &source, const QString &target, const QString &rejectsPath);

/// "NAME.rejects.csv" beside @p file (or "NAME.rejects-2.csv", … when that exists).
[[nodiscard]] QString salvageRejectsPath(const QString &file);

struct SalvagedExport
{
    ExportResult exported;
    SalvageOutcome salvage;
};

/// Exports what can still be read of a damaged @p source: salvages it into a private temporary
/// folder, exports from that copy and removes it. Throws StoreError.
SalvagedExport exportSalvaged(const Database &source, QIODevice *device, const ExportOptions &options,
                              const QString &rejectsPath);

/// For people, one line each: that the file is damaged, what each table kept and lost, where
/// the rows set aside are, and what to do next.
[[nodiscard]] QStringList salvageSummary(const QString &source, const SalvageOutcome &outcome);

} // namespace spotter
