// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/importer.h"

#include <QString>
#include <QStringList>

namespace spotter::importsummary {

// What the import dialog says about an import, as rich text lines: the file's unit, what a
// partial import (ImportOptions::skipInvalid) leaves out and asks, and the messages of the list
// under the summary. Counts are what the importer counted: rows of the file, sets and workouts.

/// "weights in kg, as its header says".
[[nodiscard]] QString unitText(const ImportResult &r);
/// Names joined by commas, escaped for rich text.
[[nodiscard]] QString names(const QStringList &list);

/// How many different rows of the file have an error (a row can have several).
[[nodiscard]] qsizetype invalidRows(const ImportDiagnostics &errors);

/// The preview of a file some of whose workouts cannot be imported (r.rejectedRows > 0): which
/// rows are invalid, what they hold back, and what can be imported.
[[nodiscard]] QStringList partialLines(const ImportResult &r);
/// "Import the 12 valid sets and save the 5 rows that cannot be imported to a file?"
[[nodiscard]] QString partialQuestion(const ImportResult &r);
/// After a partial import: where the rows left out went and what to do with them.
[[nodiscard]] QString rejectsSavedLine(const ImportResult &r);

/// Every error and warning as "FILE:LINE: text" (the rows left out first in a partial import),
/// with a line for those not kept.
[[nodiscard]] QStringList problemLines(const QString &file, const ImportResult &r);

} // namespace spotter::importsummary
