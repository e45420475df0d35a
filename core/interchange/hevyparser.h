// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/appparser.h"

namespace spotter {

/// Hevy's workout_data.csv (market-and-formats §2.2): the unit is in the column names
/// (weight_kg or weight_lbs, distance_km or distance_miles), dates read "9 Apr 2026, 17:18",
/// set_index counts from 0 and set_type is normal, warmup, failure or dropset. Workouts come
/// newest first. A workout is its start time and title.
class HevyParser : public AppParser
{
public:
    [[nodiscard]] static bool matches(const CsvRecord &header);
    [[nodiscard]] static ParserSetup create(const CsvRecord &header, const ParserOptions &options,
                                            ImportDiagnostics &diagnostics);

    /// Use create(), which checks the header first.
    HevyParser(ColumnMap columns, const ParserOptions &options);

    void record(const CsvRecord &record, ImportSink &sink, ImportDiagnostics &diagnostics) override;
    [[nodiscard]] QString groupOf(const CsvRecord &record) const override;

private:
    void startSession(const CsvRecord &record, const QDateTime &start, ImportDiagnostics &diagnostics);

    int m_weightColumn = -1;
    int m_distanceColumn = -1;
    double m_centimetresPerDistance = 100'000.0;

    QString m_lastStartText;
    std::optional<QDateTime> m_lastStart;
    QString m_lastStartError;
    QString m_blockKey; ///< exercise and superset of the current block of rows
};

} // namespace spotter
