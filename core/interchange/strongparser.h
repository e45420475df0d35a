// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/appparser.h"

#include <QDateTime>

namespace spotter {

/// Strong's CSV exports, every header variant seen (market-and-formats §2.1): comma V1 and V2,
/// the localized headers Strong writes in the phone's language (French, German, Portuguese,
/// Chinese by name; other languages by position, see docs/csv-format.md), semicolon V4 with the
/// unit in the header, V5 with a unit on every row, and 2016's columns named by their unit
/// (kg/km, lb/mi). Rest-timer rows become the rest of the next set of the workout and "Note"
/// rows the notes of their exercise; neither is a set. A workout is Date + Workout Name (or
/// Workout #).
class StrongParser : public AppParser
{
public:
    /// True when @p header names Strong's Date, Exercise Name and Set Order columns, in a
    /// language Spotter knows or in Strong's column order.
    [[nodiscard]] static bool matches(const CsvRecord &header);
    [[nodiscard]] static ParserSetup create(const CsvRecord &header, const ParserOptions &options,
                                            ImportDiagnostics &diagnostics);
    /// True when @p header has the shape of Strong's comma export (10 or 12 columns, RPE last)
    /// but names in a language Spotter has no names for.
    [[nodiscard]] static bool looksLikeStrong(const CsvRecord &header);

    /// Use create(), which checks the header first.
    StrongParser(ColumnMap columns, const ParserOptions &options);

    void record(const CsvRecord &record, ImportSink &sink, ImportDiagnostics &diagnostics) override;
    [[nodiscard]] QString groupOf(const CsvRecord &record) const override;

private:
    static ColumnMap columnMap(const CsvRecord &header, bool *byPosition);
    void startSession(const CsvRecord &record, ImportDiagnostics &diagnostics);
    void closeSession() override;
    void closeBlock();
    void restRow(const CsvRecord &record, ImportDiagnostics &diagnostics);
    void noteRow(const CsvRecord &record);
    void setRow(const CsvRecord &record, SetKind kind, ImportDiagnostics &diagnostics);
    std::optional<double> distanceFactor(const CsvRecord &record, QStringList &problems,
                                         ImportDiagnostics &diagnostics);

    int m_weightColumn = -1;
    int m_distanceColumn = -1;

    QString m_lastDateText;
    QString m_lastNameText;
    QString m_lastNumberText;
    QString m_lastExerciseText;
    std::optional<QDateTime> m_lastDate;
    QString m_lastDateProblem; ///< why m_lastDate is none, when the text read as a date
    QString m_lastKey;

    QString m_blockKey; ///< the exercise of the current block of rows
    QString m_blockName;
    qsizetype m_blockFirstSet = -1;
    QStringList m_blockNotes; ///< Note rows seen before the block's first set
    QString m_exerciseNotes;  ///< notes of exercises without sets, for the workout's notes
    std::optional<int> m_pendingRest;
    qint64 m_pendingRestLine = 0;
    bool m_warnedDistanceUnit = false;
};

} // namespace spotter
