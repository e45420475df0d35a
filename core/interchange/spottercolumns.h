// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/columnmap.h"
#include "model/enumset.h"
#include "model/session.h"
#include "model/weight.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <span>

// The columns of Spotter's own CSV files, in the order the exporter writes them
// (docs/csv-format.md), and the cell readers shared by their parsers.
namespace spotter::spottercolumns {

enum SetColumn {
    SetAthlete,
    SetSessionId,
    SetSessionStart,
    SetExercise,
    SetIndex,
    SetKindColumn,
    WeightKg,
    Reps,
    Rpe,
    Rir,
    RestSeconds,
    E1rmKg,
    SetIntensityClass,
    // Beyond the fixed columns: what a lossless round trip needs.
    Seconds,
    DistanceM,
    SetNotes,
    SessionTitle,
    DurationMin,
    SessionRpe,
    BodyweightKg,
    WarmupDone,
    SessionNotes,
    Source,
    SourceFile,
    SourceKey,
    ExerciseKindColumn,
    ExerciseRegions,
    ExerciseLowerBack,
    ExerciseUnilateral,
    ExerciseAssisted,
    ExerciseCategory,
    SetColumnCount
};

inline constexpr ColumnName kSetNames[] = {
    {SetAthlete, u"athlete"},
    {SetSessionId, u"session_id"},
    {SetSessionStart, u"session_start"},
    {SetExercise, u"exercise"},
    {SetIndex, u"set_index"},
    {SetKindColumn, u"set_kind"},
    {WeightKg, u"weight_kg"},
    {Reps, u"reps"},
    {Rpe, u"rpe"},
    {Rir, u"rir"},
    {RestSeconds, u"rest_s"},
    {E1rmKg, u"e1rm_kg"},
    {SetIntensityClass, u"intensity_class"},
    {Seconds, u"seconds"},
    {DistanceM, u"distance_m"},
    {SetNotes, u"set_notes"},
    {SessionTitle, u"session_title"},
    {DurationMin, u"duration_min"},
    {SessionRpe, u"session_rpe"},
    {BodyweightKg, u"bodyweight_kg"},
    {WarmupDone, u"warmup_done"},
    {SessionNotes, u"session_notes"},
    {Source, u"source"},
    {SourceFile, u"source_file"},
    {SourceKey, u"source_key"},
    {ExerciseKindColumn, u"exercise_kind"},
    {ExerciseRegions, u"exercise_regions"},
    {ExerciseLowerBack, u"exercise_lower_back"},
    {ExerciseUnilateral, u"exercise_unilateral"},
    {ExerciseAssisted, u"exercise_assisted"},
    {ExerciseCategory, u"exercise_category"},
};
/// The export spec fixes the first columns; a file without them is not ours.
inline constexpr int kRequiredSetColumns = SetIntensityClass + 1;

enum SorenessColumn {
    SorenessAthlete,
    ReportId,
    SorenessSessionId,
    RegionColumn,
    SideColumn,
    OnsetHours,
    DurationHours,
    Resolved,
    Intensity,
    CharacterColumn,
    TriageClass,
    Urgency,
    Rules,
    // Beyond the fixed columns: what restoring a report needs.
    NoticedAt,
    ResolvedAt,
    TrendColumn,
    SignsColumn,
    RedFlagsColumn,
    SorenessNotes,
    SorenessSessionStart,
    // Schema 3 (the whole-body triage): optional, so that files written before still import.
    OneSidedColumn,
    LiftColumn,
    SorenessColumnCount
};

inline constexpr ColumnName kSorenessNames[] = {
    {SorenessAthlete, u"athlete"},
    {ReportId, u"report_id"},
    {SorenessSessionId, u"session_id"},
    {RegionColumn, u"region"},
    {SideColumn, u"side"},
    {OnsetHours, u"onset_hours"},
    {DurationHours, u"duration_hours"},
    {Resolved, u"resolved"},
    {Intensity, u"intensity"},
    {CharacterColumn, u"character"},
    {TriageClass, u"class"},
    {Urgency, u"urgency"},
    {Rules, u"rules"},
    {NoticedAt, u"noticed_at"},
    {ResolvedAt, u"resolved_at"},
    {TrendColumn, u"trend"},
    {SignsColumn, u"signs"},
    {RedFlagsColumn, u"red_flags"},
    {SorenessNotes, u"notes"},
    {SorenessSessionStart, u"session_start"},
    {OneSidedColumn, u"one_sided"},
    {LiftColumn, u"lift"},
};
inline constexpr int kRequiredSorenessColumns = Rules + 1;

/// The sessions summary, a report: its derived columns cannot restore a session.
enum SessionColumn {
    SummaryAthlete,
    SummarySessionId,
    SummarySessionStart,
    SummaryDurationMin,
    SummarySessionRpe,
    SummaryBodyweightKg,
    SummaryIntensityClass,
    SummaryFlags,
    SummaryColumnCount
};

inline constexpr ColumnName kSummaryNames[] = {
    {SummaryAthlete, u"athlete"},
    {SummarySessionId, u"session_id"},
    {SummarySessionStart, u"session_start"},
    {SummaryDurationMin, u"duration_min"},
    {SummarySessionRpe, u"session_rpe"},
    {SummaryBodyweightKg, u"bodyweight_kg"},
    {SummaryIntensityClass, u"intensity_class"},
    {SummaryFlags, u"flags"},
};

/// Header names in export order.
[[nodiscard]] QStringList headerOf(std::span<const ColumnName> names);
/// The first @p required columns of @p names that @p map lacks.
[[nodiscard]] QStringList missingColumns(const ColumnMap &map, std::span<const ColumnName> names,
                                         int required);

/// A text cell without the exporter's formula-injection `'`.
[[nodiscard]] QString textCell(const RowValues &row, int column);
/// Exact decimal kilograms ("102.5"); nothing when empty.
[[nodiscard]] std::optional<Weight> kgCell(RowValues &row, int column, bool decimalComma);
/// "1" or "0"; nothing when empty.
[[nodiscard]] std::optional<bool> flagCell(RowValues &row, int column);
/// True when both sessions have the same session values (start, title, notes, source...).
[[nodiscard]] bool sameSessionValues(const Session &a, const Session &b);

/// A stable key of @p table; nothing when empty, nothing and a problem when unknown.
template <typename E, std::size_t N>
[[nodiscard]] std::optional<E> keyCell(RowValues &row, const KeyTable<E, N> &table, int column)
{
    const QStringView text = row.text(column).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const auto v = fromKey(table, text);
    if (!v)
        row.problem(QCoreApplication::translate("spotter::Import", "%1 '%2' is not one of %3")
                        .arg(row.header(column), text, allKeys(table).join(QStringLiteral(", "))));
    return v;
}

/// Space-separated keys of @p table; a problem names the first unknown one.
template <typename E, std::size_t N>
[[nodiscard]] EnumSet<E> keySetCell(RowValues &row, const KeyTable<E, N> &table, int column)
{
    QString unknown;
    const auto v = setFromKeys(table, row.text(column), &unknown);
    if (!v) {
        row.problem(QCoreApplication::translate("spotter::Import", "%1: '%2' is not one of %3")
                        .arg(row.header(column), unknown, allKeys(table).join(QStringLiteral(", "))));
        return {};
    }
    return *v;
}

} // namespace spotter::spottercolumns
