// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/appparser.h"

#include <QSet>

namespace spotter {

/// FitNotes' exports (market-and-formats §2.3): dates without a time, so one session per day;
/// the weight unit per row ("Weight Unit") or in the header ("Weight (lbs)"); a Category that
/// gives new exercises their body regions. Some files have unquoted commas in exercise names,
/// so a row with too many fields is read from both ends.
class FitNotesParser : public AppParser
{
public:
    [[nodiscard]] static bool matches(const CsvRecord &header);
    [[nodiscard]] static ParserSetup create(const CsvRecord &header, const ParserOptions &options,
                                            ImportDiagnostics &diagnostics);

    /// Use create(), which checks the header first.
    FitNotesParser(ColumnMap columns, const ParserOptions &options);

    void record(const CsvRecord &record, ImportSink &sink, ImportDiagnostics &diagnostics) override;
    [[nodiscard]] QString groupOf(const CsvRecord &record) const override;

    /// What FitNotes' Category says of new exercises: the body regions it names (by Spotter's
    /// names and the usual synonyms: Quads, Hamstrings, Forearms, Abs, Traps, ...), timed for
    /// Cardio. Nothing for a category that names no region; it is kept as text either way.
    [[nodiscard]] static std::optional<ExerciseHint> categoryHint(QStringView category);

private:
    std::optional<ExerciseHint> hintFor(QStringView category, qint64 line, ImportDiagnostics &diagnostics);

    QSet<QString> m_unknownCategories;
};

} // namespace spotter
