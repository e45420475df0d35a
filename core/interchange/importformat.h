// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/formatparser.h"
#include "model/enumset.h"

#include <QString>

namespace spotter {

class CsvRecord;
class ImportDiagnostics;

/// The file formats Spotter imports; Auto recognises them by their header, never by file name.
enum class ImportFormat { Auto, Spotter, Strong, Hevy, FitNotes };
inline constexpr KeyTable<ImportFormat, 5> kImportFormatKeys{
    {u"auto", u"spotter", u"strong", u"hevy", u"fitnotes"}};

[[nodiscard]] QString toKey(ImportFormat format);
/// "Strong", "Hevy", "FitNotes", "Spotter" (product names, not translated).
[[nodiscard]] QString displayName(ImportFormat format);

/// The format whose columns @p header has; Auto when it matches none.
[[nodiscard]] ImportFormat detectFormat(const CsvRecord &header);

/// A parser of @p format (Auto: the detected one) for a file that starts with @p header.
[[nodiscard]] ParserSetup createParser(ImportFormat format, const CsvRecord &header,
                                       const ParserOptions &options, ImportDiagnostics &diagnostics);

} // namespace spotter
