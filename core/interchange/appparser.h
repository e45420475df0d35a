// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/columnmap.h"
#include "interchange/formatparser.h"
#include "model/weight.h"

#include <QDateTime>

#include <initializer_list>
#include <optional>
#include <utility>

namespace spotter {

/// What the parsers of the phone apps' exports (Strong, Hevy, FitNotes) share: finding the
/// columns and the unit in the header, buffering one workout at a time, the set words, and the
/// reading of loads, reps and "rows that record no work", which follow the same rules in every
/// app's file (docs/csv-format.md §5).
class AppParser : public FormatParser
{
public:
    void finish(ImportSink &sink, ImportDiagnostics &diagnostics) final;

    /// The set kind a word names, in any case: normal/working, W/warmup/WARM_UP/warm-up,
    /// D/dropset/DROP_SET/drop, F/failure (what Strong's and Hevy's exports write).
    [[nodiscard]] static std::optional<SetKind> setKindWord(QStringView word);

protected:
    AppParser(ColumnMap columns, const ParserOptions &options)
        : m_columns(std::move(columns)), m_options(options)
    {}

    /// The display names of the @p required columns that @p map lacks.
    [[nodiscard]] static QStringList
    missing(const ColumnMap &map, std::initializer_list<std::pair<int, const char16_t *>> required);
    /// Takes the unit from the header's @p kgColumn or @p lbColumn, when it has one of them, and
    /// warns when the user chose the other. False when the header names no unit.
    bool unitFromHeader(int kgColumn, int lbColumn, ImportDiagnostics &diagnostics);

    /// Starts a new workout unless the current one has @p key (and is not too big to buffer).
    /// Returns true when a new one was started; its line, key and source are set.
    bool beginSession(ImportSink &sink, qint64 line, const QString &key, SourceKind source);
    /// Hands the current workout to @p sink.
    void flush(ImportSink &sink);
    /// Called before a workout is handed on, and at the end of the file.
    virtual void closeSession() {}
    /// Called at the end of the file, after the last workout was handed on.
    virtual void finishFile(ImportDiagnostics &diagnostics) { Q_UNUSED(diagnostics); }

    /// A load as the file writes it in @p column: converted from @p unit, checked against the
    /// records of its lift (the message quotes the value as written), and stored as assistance
    /// (a negative load) for assisted exercises. Nothing for 0 or an empty cell.
    void readLoad(RowValues &row, int column, std::optional<WeightUnit> unit, ImportedSet &item);
    /// Reps in @p column, after the set's time and distance are read: more than
    /// plausibility::kMaxReps is an error quoting the value; 0 reps count only on a failed attempt
    /// (kind failure), and are no reps on a timed or distance set.
    void readReps(RowValues &row, int column, ImportedSet &item);
    /// False, and the row is listed in one warning at the end, when @p item records no work: no
    /// reps, time or distance, and not a failed attempt. Such rows are skipped, not errors.
    bool recordsWork(const ImportedSet &item);

    ColumnMap m_columns;
    ParserOptions m_options;
    std::optional<ImportedSession> m_current;

private:
    /// What readLoad() knows about the exercise it saw last.
    std::optional<QString> m_loadName;
    bool m_loadAssisted = false;
    Weight m_loadCeiling;
    QList<qint64> m_noWorkLines;
    qint64 m_noWorkCount = 0;
};

} // namespace spotter
