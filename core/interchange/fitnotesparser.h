// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/columnmap.h"
#include "interchange/formatparser.h"

#include <QSet>

namespace spotter {

/// FitNotes' exports (market-and-formats §2.3): dates without a time, so one session per day;
/// the weight unit per row ("Weight Unit") or in the header ("Weight (lbs)"); a Category that
/// gives new exercises their body regions. Some files have unquoted commas in exercise names,
/// so a row with too many fields is read from both ends.
class FitNotesParser : public FormatParser
{
public:
    [[nodiscard]] static bool matches(const CsvRecord &header);
    [[nodiscard]] static ParserSetup create(const CsvRecord &header, const ParserOptions &options,
                                            ImportDiagnostics &diagnostics);

    /// Use create(), which checks the header first.
    FitNotesParser(ColumnMap columns, const ParserOptions &options);

    void record(const CsvRecord &record, ImportSink &sink, ImportDiagnostics &diagnostics) override;
    void finish(ImportSink &sink, ImportDiagnostics &diagnostics) override;

private:
    void flush(ImportSink &sink);
    std::optional<ExerciseHint> hintFor(QStringView category, qint64 line, ImportDiagnostics &diagnostics);

    ColumnMap m_columns;
    ParserOptions m_options;
    std::optional<ImportedSession> m_current;
    QSet<QString> m_unknownCategories;
};

} // namespace spotter
