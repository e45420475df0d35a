// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QIODevice;

namespace spotter {

struct Report;

/// The report as one table for spreadsheets (docs/csv-format.md §7): every row is one fact,
/// `section,date,item,value,unit,class,rules,detail`, so it filters and pivots without reshaping.
/// @p excel adds a byte order mark and CRLF; @p decimalComma (with excel) writes ';' and 62,5.
/// Returns false with @p error when the device refused the data.
[[nodiscard]] bool writeReportCsv(const Report &report, QIODevice *device, bool excel, bool decimalComma,
                                  QString *error);

} // namespace spotter
