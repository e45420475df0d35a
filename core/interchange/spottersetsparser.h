// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/columnmap.h"
#include "interchange/formatparser.h"

namespace spotter {

/// Spotter's own sets file (docs/csv-format.md): one row per set with the session's columns
/// repeated on each, and one row with empty set columns for a session without sets. Rows name
/// their athlete. Text cells lose the `'` that the exporter adds against formula injection;
/// the derived columns (e1rm_kg, intensity_class) are not read.
class SpotterSetsParser : public FormatParser
{
public:
    [[nodiscard]] static bool matches(const CsvRecord &header);
    [[nodiscard]] static ParserSetup create(const CsvRecord &header, const ParserOptions &options,
                                            ImportDiagnostics &diagnostics);

    /// Use create(), which checks the header first.
    SpotterSetsParser(ColumnMap columns, const ParserOptions &options);

    void record(const CsvRecord &record, ImportSink &sink, ImportDiagnostics &diagnostics) override;
    void finish(ImportSink &sink, ImportDiagnostics &diagnostics) override;
    [[nodiscard]] QString groupOf(const CsvRecord &record) const override;

private:
    std::optional<ImportedSession> readSession(const CsvRecord &record, RowValues &row);
    void flush(ImportSink &sink);

    ColumnMap m_columns;
    ParserOptions m_options;
    std::optional<ImportedSession> m_current;
    qint64 m_lastSetIndex = 0;
};

} // namespace spotter
