// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/columnmap.h"
#include "interchange/formatparser.h"

namespace spotter {

/// Spotter's own soreness file (docs/csv-format.md). The derived columns (onset and duration
/// hours, resolved, class, urgency, rules) are recomputed by Spotter and not read; noticed_at
/// and the other restore columns are.
class SpotterSorenessParser : public FormatParser
{
public:
    [[nodiscard]] static bool matches(const CsvRecord &header);
    [[nodiscard]] static ParserSetup create(const CsvRecord &header, const ParserOptions &options,
                                            ImportDiagnostics &diagnostics);

    /// Use create(), which checks the header first.
    SpotterSorenessParser(ColumnMap columns, const ParserOptions &options);

    void record(const CsvRecord &record, ImportSink &sink, ImportDiagnostics &diagnostics) override;
    void finish(ImportSink &sink, ImportDiagnostics &diagnostics) override;

private:
    ColumnMap m_columns;
    ParserOptions m_options;
};

} // namespace spotter
