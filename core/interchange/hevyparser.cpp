// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/hevyparser.h"

#include "interchange/importdates.h"
#include "interchange/importdiagnostics.h"
#include "interchange/importfields.h"
#include "model/exercise.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Import
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Import)
};

enum Column {
    Title,
    StartTime,
    EndTime,
    Description,
    ExerciseTitle,
    SupersetId,
    ExerciseNotes,
    SetIndex,
    SetType,
    WeightKg,
    WeightLbs,
    Reps,
    DistanceKm,
    DistanceMiles,
    DurationSeconds,
    Rpe,
    ColumnCount
};

constexpr ColumnName kNames[] = {
    {Title, u"title"},
    {StartTime, u"start_time"},
    {EndTime, u"end_time"},
    {Description, u"description"},
    {ExerciseTitle, u"exercise_title"},
    {SupersetId, u"superset_id"},
    {ExerciseNotes, u"exercise_notes"},
    {SetIndex, u"set_index"},
    {SetType, u"set_type"},
    {WeightKg, u"weight_kg"},
    {WeightLbs, u"weight_lbs"},
    {Reps, u"reps"},
    {DistanceKm, u"distance_km"},
    {DistanceMiles, u"distance_miles"},
    {DurationSeconds, u"duration_seconds"},
    {Rpe, u"rpe"},
};

} // namespace

bool HevyParser::matches(const CsvRecord &header)
{
    const ColumnMap map(header, kNames, ColumnCount);
    return map.has(StartTime) && map.has(ExerciseTitle) && map.has(SetType);
}

ParserSetup HevyParser::create(const CsvRecord &header, const ParserOptions &options,
                               ImportDiagnostics &diagnostics)
{
    ColumnMap map(header, kNames, ColumnCount);
    if (!map.duplicateError().isEmpty())
        return ParserSetup::refused(map.duplicateError());
    QStringList lacks = missing(map, {{Title, u"title"},
                                      {StartTime, u"start_time"},
                                      {ExerciseTitle, u"exercise_title"},
                                      {SetIndex, u"set_index"},
                                      {SetType, u"set_type"},
                                      {Reps, u"reps"}});
    if (!map.has(WeightKg) && !map.has(WeightLbs))
        lacks.append(QStringLiteral("weight_kg"));
    if (!lacks.isEmpty())
        return ParserSetup::refused(
            Import::tr("This is not a Hevy export Spotter can read: the header lacks %1")
                .arg(lacks.join(QStringLiteral(", "))));
    auto parser = std::make_unique<HevyParser>(std::move(map), options);
    const ColumnMap &m = parser->m_columns;
    parser->unitFromHeader(WeightKg, WeightLbs, diagnostics);
    parser->m_weightColumn = m.has(WeightKg) ? WeightKg : WeightLbs;
    parser->m_distanceColumn = m.has(DistanceKm) ? DistanceKm : DistanceMiles;
    parser->m_centimetresPerDistance = m.has(DistanceKm) ? 100'000.0 : 160'934.4;
    m.warnUnknown(diagnostics);
    ParserSetup setup;
    setup.parser = std::move(parser);
    return setup;
}

HevyParser::HevyParser(ColumnMap columns, const ParserOptions &options)
    : AppParser(std::move(columns), options)
{}

QString HevyParser::groupOf(const CsvRecord &record) const
{
    return m_columns.value(record, StartTime).toString() + u'\x1f' + m_columns.value(record, Title);
}

void HevyParser::record(const CsvRecord &record, ImportSink &sink, ImportDiagnostics &diagnostics)
{
    if (!m_columns.checkFieldCount(record, diagnostics))
        return;
    const QStringView startText = m_columns.value(record, StartTime);
    if (startText != m_lastStartText) {
        m_lastStartText = startText.toString();
        m_lastStart = importfields::dayMonthYearTime(startText, &m_lastStartError);
    }
    if (!m_lastStart) {
        diagnostics.error(record.line(), Import::tr("start_time '%1': %2").arg(startText, m_lastStartError));
        return;
    }
    const QString title = importfields::normalizeSpaces(m_columns.value(record, Title));
    const QString key =
        QStringLiteral("hevy:") + m_lastStart->toString(QStringLiteral("yyyy-MM-ddTHH:mm")) + u'|' + title;
    if (beginSession(sink, record.line(), key, SourceKind::Hevy))
        startSession(record, *m_lastStart, diagnostics);

    RowValues row(record, m_columns, m_options.decimalComma);
    ImportedSet item;
    item.line = record.line();
    item.exercise = importfields::normalizeSpaces(m_columns.value(record, ExerciseTitle));
    if (item.exercise.isEmpty())
        row.problem(Import::tr("exercise_title is empty"));
    WorkoutSet &set = item.set;
    const auto index = row.whole(SetIndex);
    if (index && *index < 0)
        row.problem(Import::tr("set_index must not be negative; got %1").arg(*index));
    const QStringView type = m_columns.value(record, SetType);
    if (const auto kind = setKindWord(type))
        set.kind = *kind;
    else
        row.problem(Import::tr("set_type '%1' is not normal, warmup, failure or dropset").arg(type));
    const auto superset = row.whole(SupersetId);
    if (superset && *superset < 0)
        row.problem(Import::tr("superset_id must not be negative; got %1").arg(*superset));

    readLoad(row, m_weightColumn, m_unit, item);
    const auto seconds = row.number(DurationSeconds);
    if (seconds && *seconds != 0)
        set.seconds = importfields::roundedInt(*seconds);
    const auto distance = row.number(m_distanceColumn);
    if (distance && *distance != 0)
        set.distanceCm = std::llround(std::clamp(*distance * m_centimetresPerDistance, -1e13, 1e13));
    readReps(row, Reps, item);
    const auto rpe = row.number(Rpe);
    if (rpe && *rpe != 0)
        set.rpe = *rpe;
    if (!row.report(diagnostics) || !recordsWork(item))
        return;

    // exercise_notes repeats on every row of an exercise: it belongs to the block's first set.
    // Spotter has no supersets, so membership is kept as a note rather than lost.
    const QString block = nameKey(item.exercise) + u'\x1f' + m_columns.value(record, SupersetId).trimmed();
    if (block != m_blockKey) {
        m_blockKey = block;
        QString notes;
        if (superset)
            notes = Import::tr("Superset %1").arg(*superset + 1);
        const QString exerciseNotes = m_columns.value(record, ExerciseNotes).toString();
        if (!exerciseNotes.isEmpty())
            notes += (notes.isEmpty() ? QString() : QStringLiteral("\n")) + exerciseNotes;
        set.notes = notes;
    }
    m_current->sets.append(std::move(item));
}

void HevyParser::startSession(const CsvRecord &record, const QDateTime &start, ImportDiagnostics &diagnostics)
{
    m_blockKey.clear();
    ImportedSession &s = *m_current;
    s.session.start = start;
    s.session.title = importfields::normalizeSpaces(m_columns.value(record, Title));
    s.session.notes = m_columns.value(record, Description).toString();

    const QStringView endText = m_columns.value(record, EndTime);
    if (endText.trimmed().isEmpty())
        return;
    QString reason;
    const auto end = importfields::dayMonthYearTime(endText, &reason);
    if (!end) {
        diagnostics.error(record.line(), Import::tr("end_time '%1': %2").arg(endText, reason));
        return;
    }
    const qint64 minutes = start.secsTo(*end) / 60;
    if (minutes < 0) {
        diagnostics.warning(record.line(),
                            Import::tr("The workout ends (%1) before it starts (%2); it is imported "
                                       "without a duration")
                                .arg(endText, m_columns.value(record, StartTime)));
        return;
    }
    if (minutes > importfields::kMaxPlausibleSessionMinutes) {
        diagnostics.warning(record.line(),
                            Import::tr("The workout lasts longer than %1 hours (%2 to %3), probably a "
                                       "timer left running; it is imported without a duration")
                                .arg(importfields::kMaxPlausibleSessionMinutes / 60)
                                .arg(m_columns.value(record, StartTime), endText));
        return;
    }
    s.session.durationMin = static_cast<int>(minutes);
}

} // namespace spotter
