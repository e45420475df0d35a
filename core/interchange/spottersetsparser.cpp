// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/spottersetsparser.h"

#include "csv/csvwriter.h"
#include "interchange/importdiagnostics.h"
#include "interchange/importfields.h"
#include "interchange/spottercolumns.h"
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

using namespace spottercolumns;

constexpr qsizetype kMaxBufferedSets = 10'000;

} // namespace

bool SpotterSetsParser::matches(const CsvRecord &header)
{
    const ColumnMap map(header, kSetNames, SetColumnCount);
    return map.has(SetAthlete) && map.has(SetSessionId) && map.has(SetExercise) && map.has(SetIndex)
           && map.has(SetKindColumn);
}

ParserSetup SpotterSetsParser::create(const CsvRecord &header, const ParserOptions &options,
                                      ImportDiagnostics &diagnostics)
{
    ColumnMap map(header, kSetNames, SetColumnCount);
    if (!map.duplicateError().isEmpty())
        return ParserSetup::refused(map.duplicateError());
    ParserSetup setup;
    const QStringList missing = missingColumns(map, kSetNames, kRequiredSetColumns);
    if (!missing.isEmpty()) {
        setup.error = Import::tr("This is not a Spotter sets file Spotter can read: the header lacks %1")
                          .arg(missing.join(QStringLiteral(", ")));
        return setup;
    }
    map.warnUnknown(diagnostics);
    auto parser = std::make_unique<SpotterSetsParser>(std::move(map), options);
    parser->m_unit = WeightUnit::Kg;
    parser->m_unitSource = UnitSource::Header;
    setup.parser = std::move(parser);
    return setup;
}

SpotterSetsParser::SpotterSetsParser(ColumnMap columns, const ParserOptions &options)
    : m_columns(std::move(columns)), m_options(options)
{}

std::optional<ImportedSession> SpotterSetsParser::readSession(const CsvRecord &record, RowValues &row)
{
    ImportedSession s;
    s.line = record.line();
    s.exactHeader = true;
    s.athlete = importfields::normalizeSpaces(textCell(row, SetAthlete));
    if (s.athlete.isEmpty())
        row.problem(Import::tr("athlete is empty"));
    const auto id = row.whole(SetSessionId);
    if (!id)
        row.problem(Import::tr("session_id is empty"));
    else if (*id < 1)
        row.problem(Import::tr("session_id must be a positive whole number; got %1").arg(*id));
    s.fileId = id;
    const QStringView startText = row.text(SetSessionStart);
    QString why;
    const auto start = parseDateTime(startText, &why);
    if (!start)
        row.problem(Import::tr("session_start '%1' is not a date and time like 2026-11-21T18:30:00+01:00: %2")
                        .arg(startText, why));
    else
        s.session.start = *start;
    s.groupKey = nameKey(s.athlete) + u'\x1f' + QString::number(id.value_or(0));
    Session &session = s.session;
    session.title = textCell(row, SessionTitle);
    if (const auto minutes = row.whole(DurationMin))
        session.durationMin = importfields::roundedInt(static_cast<double>(*minutes));
    session.sessionRpe = row.number(SessionRpe);
    session.bodyweight = kgCell(row, BodyweightKg, m_options.decimalComma);
    session.warmupDone = flagCell(row, WarmupDone);
    session.notes = textCell(row, SessionNotes);
    session.source.kind = keyCell(row, kSourceKindKeys, Source).value_or(SourceKind::Manual);
    session.source.file = textCell(row, SourceFile);
    session.source.key = textCell(row, SourceKey);
    if (!row.ok())
        return std::nullopt;
    return s;
}

QString SpotterSetsParser::groupOf(const CsvRecord &record) const
{
    return nameKey(m_columns.value(record, SetAthlete).trimmed()) + u'\x1f'
           + m_columns.value(record, SetSessionId).trimmed();
}

void SpotterSetsParser::record(const CsvRecord &record, ImportSink &sink, ImportDiagnostics &diagnostics)
{
    if (!m_columns.checkFieldCount(record, diagnostics))
        return;
    RowValues row(record, m_columns, m_options.decimalComma);
    auto session = readSession(record, row);
    if (!session) {
        row.report(diagnostics);
        return;
    }
    if (!m_current || m_current->groupKey != session->groupKey
        || m_current->sets.size() >= kMaxBufferedSets) {
        flush(sink);
        m_current = std::move(session);
        m_lastSetIndex = 0;
    } else if (!sameSessionValues(m_current->session, session->session)) {
        diagnostics.error(record.line(),
                          Import::tr("The session columns differ from those of line %1, the first "
                                     "row of session %2")
                              .arg(m_current->line)
                              .arg(m_current->fileId.value_or(0)));
        return;
    }

    const QString exercise = importfields::normalizeSpaces(textCell(row, SetExercise));
    if (exercise.isEmpty() && row.isEmpty(SetIndex))
        return; // a session without sets
    ImportedSet item;
    item.line = record.line();
    item.exercise = exercise;
    if (exercise.isEmpty())
        row.problem(Import::tr("exercise is empty"));
    const auto index = row.whole(SetIndex);
    if (!index)
        row.problem(Import::tr("set_index is empty"));
    else if (*index <= m_lastSetIndex)
        row.problem(Import::tr("set_index %1 does not follow %2; sets of a session are numbered upwards")
                        .arg(*index)
                        .arg(m_lastSetIndex));
    WorkoutSet &set = item.set;
    if (const auto kind = keyCell(row, kSetKindKeys, SetKindColumn))
        set.kind = *kind;
    else if (row.isEmpty(SetKindColumn))
        row.problem(Import::tr("set_kind is empty"));
    set.weight = kgCell(row, WeightKg, m_options.decimalComma);
    if (const auto reps = row.whole(Reps))
        set.reps = importfields::roundedInt(static_cast<double>(*reps));
    set.rpe = row.number(Rpe);
    set.rir = row.number(Rir);
    if (const auto rest = row.whole(RestSeconds))
        set.restSeconds = importfields::roundedInt(static_cast<double>(*rest));
    if (const auto seconds = row.whole(Seconds))
        set.seconds = importfields::roundedInt(static_cast<double>(*seconds));
    if (const auto metres = row.number(DistanceM))
        set.distanceCm = std::llround(std::clamp(*metres * 100.0, -1e13, 1e13));
    set.notes = textCell(row, SetNotes);
    if (m_columns.has(ExerciseKindColumn)) {
        ExerciseHint hint;
        hint.kind = keyCell(row, kExerciseKindKeys, ExerciseKindColumn);
        hint.regions = keySetCell(row, kRegionKeys, ExerciseRegions);
        hint.loadsLowerBack = flagCell(row, ExerciseLowerBack).value_or(false);
        hint.unilateral = flagCell(row, ExerciseUnilateral).value_or(false);
        // Files written before these columns existed lack them: such an exercise is assisted
        // when its name says so (the importer checks the name either way).
        hint.assisted = flagCell(row, ExerciseAssisted).value_or(false);
        hint.category = textCell(row, ExerciseCategory);
        item.hint = hint;
    }
    if (!row.report(diagnostics))
        return;
    m_lastSetIndex = *index;
    m_current->sets.append(std::move(item));
}

void SpotterSetsParser::flush(ImportSink &sink)
{
    if (!m_current)
        return;
    sink.session(std::move(*m_current));
    m_current.reset();
}

void SpotterSetsParser::finish(ImportSink &sink, ImportDiagnostics &)
{
    flush(sink);
}

} // namespace spotter
