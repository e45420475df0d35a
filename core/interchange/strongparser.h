// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/columnmap.h"
#include "interchange/formatparser.h"

#include <QDateTime>

namespace spotter {

/// Strong's CSV exports, every header variant seen (market-and-formats §2.1): comma V1 and V2,
/// French V3, semicolon V4 with the unit in the header, V5 with a unit on every row. "Rest
/// Timer" rows become the rest of the next set of the workout and "Note" rows the notes of
/// their exercise; neither is a set. A workout is Date + Workout Name (or Workout #).
class StrongParser : public FormatParser
{
public:
    /// True when @p header names Strong's Date, Exercise Name and Set Order columns.
    [[nodiscard]] static bool matches(const CsvRecord &header);
    [[nodiscard]] static ParserSetup create(const CsvRecord &header, const ParserOptions &options,
                                            ImportDiagnostics &diagnostics);

    /// Use create(), which checks the header first.
    StrongParser(ColumnMap columns, const ParserOptions &options);

    void record(const CsvRecord &record, ImportSink &sink, ImportDiagnostics &diagnostics) override;
    void finish(ImportSink &sink, ImportDiagnostics &diagnostics) override;

private:
    void startSession(const CsvRecord &record, const QString &key, ImportDiagnostics &diagnostics);
    void flush(ImportSink &sink);
    void closeBlock();
    void restRow(const CsvRecord &record, ImportDiagnostics &diagnostics);
    void noteRow(const CsvRecord &record);
    void setRow(const CsvRecord &record, SetKind kind, ImportDiagnostics &diagnostics);
    std::optional<double> distanceFactor(const CsvRecord &record, QStringList &problems,
                                         ImportDiagnostics &diagnostics);

    ColumnMap m_columns;
    ParserOptions m_options;
    int m_weightColumn = -1;

    QString m_lastDateText;
    QString m_lastNameText;
    QString m_lastNumberText;
    QString m_lastExerciseText;
    std::optional<QDateTime> m_lastDate;
    QString m_lastKey;

    std::optional<ImportedSession> m_current;
    QString m_blockKey; ///< the exercise of the current block of rows
    QString m_blockName;
    qsizetype m_blockFirstSet = -1;
    QStringList m_blockNotes; ///< Note rows seen before the block's first set
    QString m_exerciseNotes;  ///< notes of exercises without sets, for the workout's notes
    std::optional<int> m_pendingRest;
    qint64 m_pendingRestLine = 0;
    qint64 m_orphanRests = 0;
    qint64 m_firstOrphanRestLine = 0;
    bool m_warnedDistanceUnit = false;
};

} // namespace spotter
