// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/strongparser.h"

#include "interchange/importdates.h"
#include "interchange/importdiagnostics.h"
#include "interchange/importfields.h"
#include "interchange/strongcolumns.h"
#include "model/exercise.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace spotter {

using namespace strongcolumns;

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Import
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Import)
};

void appendNote(QString &notes, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!notes.isEmpty())
        notes += u'\n';
    notes += text;
}

bool isZeroOrEmpty(QStringView text)
{
    const auto v = importfields::number(text, true);
    return text.trimmed().isEmpty() || (v && *v == 0);
}

} // namespace

bool StrongParser::looksLikeStrong(const CsvRecord &header)
{
    return (header.size() == std::ssize(kOrderV1) || header.size() == std::ssize(kOrderV2))
           && importfields::headerKey(header.field(header.size() - 1)) == u"rpe";
}

ColumnMap StrongParser::columnMap(const CsvRecord &header, bool *byPosition)
{
    ColumnMap map(header, kNames, ColumnCount);
    *byPosition = false;
    if (map.has(Date) || map.has(ExerciseName) || map.has(SetOrder) || !looksLikeStrong(header))
        return map;
    *byPosition = true;
    if (header.size() == std::ssize(kOrderV1))
        return ColumnMap(header, kOrderV1, ColumnCount);
    return ColumnMap(header, kOrderV2, ColumnCount);
}

bool StrongParser::matches(const CsvRecord &header)
{
    bool byPosition = false;
    const ColumnMap map = columnMap(header, &byPosition);
    return map.has(Date) && map.has(ExerciseName) && map.has(SetOrder);
}

ParserSetup StrongParser::create(const CsvRecord &header, const ParserOptions &options,
                                 ImportDiagnostics &diagnostics)
{
    bool byPosition = false;
    ColumnMap map = columnMap(header, &byPosition);
    if (!map.duplicateError().isEmpty())
        return ParserSetup::refused(map.duplicateError());
    QStringList lacks = missing(
        map, {{Date, u"Date"}, {ExerciseName, u"Exercise Name"}, {SetOrder, u"Set Order"}, {Reps, u"Reps"}});
    if (!map.has(WorkoutName) && !map.has(WorkoutNo))
        lacks.append(QStringLiteral("Workout Name"));
    if (!map.has(WeightPlain) && !map.has(WeightKg) && !map.has(WeightLb))
        lacks.append(QStringLiteral("Weight"));
    if (!lacks.isEmpty())
        return ParserSetup::refused(
            Import::tr("This is not a Strong export Spotter can read: the header lacks %1. "
                       "If Strong wrote it in another language, export from Strong in "
                       "English or French")
                .arg(lacks.join(QStringLiteral(", "))));
    auto parser = std::make_unique<StrongParser>(std::move(map), options);
    const ColumnMap &m = parser->m_columns;
    if (byPosition)
        diagnostics.warning(
            m.headerLine(),
            Import::tr("The header is in a language Spotter has no names for; its columns are "
                       "read in the order Strong writes them (Date, Workout Name, Duration, "
                       "Exercise Name, Set Order, Weight, Reps, Distance, Seconds, ...)"));
    if (parser->unitFromHeader(WeightKg, WeightLb, diagnostics)) {
        parser->m_weightColumn = m.has(WeightKg) ? WeightKg : WeightLb;
    } else if (m.has(WeightUnitColumn)) {
        parser->m_weightColumn = WeightPlain;
        parser->m_unit = options.unit;
        parser->m_unitSource = UnitSource::Rows;
    } else {
        parser->m_weightColumn = WeightPlain;
        if (!options.unit) {
            ParserSetup setup =
                ParserSetup::refused(Import::tr("This Strong export does not say whether weights are "
                                                "in kg or lb; choose the unit the app was set to"));
            setup.needsUnit = true;
            return setup;
        }
        parser->m_unit = options.unit;
        parser->m_unitSource = UnitSource::Option;
    }
    parser->m_distanceColumn = m.has(DistanceMeters)  ? DistanceMeters
                               : m.has(DistanceKm)    ? DistanceKm
                               : m.has(DistanceMiles) ? DistanceMiles
                                                      : Distance;
    m.warnUnknown(diagnostics);
    ParserSetup setup;
    setup.parser = std::move(parser);
    return setup;
}

StrongParser::StrongParser(ColumnMap columns, const ParserOptions &options)
    : AppParser(std::move(columns), options)
{}

QString StrongParser::groupOf(const CsvRecord &record) const
{
    return m_columns.value(record, Date).toString() + u'\x1f' + m_columns.value(record, WorkoutName) + u'\x1f'
           + m_columns.value(record, WorkoutNo);
}

void StrongParser::record(const CsvRecord &record, ImportSink &sink, ImportDiagnostics &diagnostics)
{
    if (!m_columns.checkFieldCount(record, diagnostics))
        return;
    // Every row of a workout repeats its date and name, and every row of an exercise block its
    // name: each is parsed once, when it changes, which matters at a million rows.
    const QStringView dateText = m_columns.value(record, Date);
    const QStringView nameText = m_columns.value(record, WorkoutName);
    const QStringView numberText = m_columns.value(record, WorkoutNo);
    if (dateText != m_lastDateText || nameText != m_lastNameText || numberText != m_lastNumberText) {
        if (dateText != m_lastDateText) {
            m_lastDateProblem.clear();
            m_lastDate = importfields::localDateTime(dateText, &m_lastDateProblem);
        }
        m_lastDateText = dateText.toString();
        m_lastNameText = nameText.toString();
        m_lastNumberText = numberText.toString();
        if (m_lastDate) {
            const QString name = importfields::normalizeSpaces(nameText);
            const QString number = numberText.trimmed().toString();
            m_lastKey = QStringLiteral("strong:")
                        // The ISO forms give "yyyy-MM-ddTHH:mm:ss" for the years a date here can
                        // have, without parsing a format string for every workout.
                        + m_lastDate->date().toString(Qt::ISODate) + u'T'
                        + m_lastDate->time().toString(Qt::ISODate) + u'|'
                        + (name.isEmpty() && !number.isEmpty() ? u'#' + number : name);
        }
    }
    if (!m_lastDate) {
        diagnostics.error(
            record.line(),
            m_lastDateProblem.isEmpty()
                ? Import::tr("Date '%1' is not a date and time like 2024-01-02 18:00:00").arg(dateText)
                : Import::tr("Date '%1': %2").arg(dateText, m_lastDateProblem));
        return;
    }
    if (beginSession(sink, record.line(), m_lastKey, SourceKind::Strong))
        startSession(record, diagnostics);
    else if (m_current->session.notes.isEmpty())
        m_current->session.notes = m_columns.value(record, WorkoutNotes).toString();

    const QStringView exerciseText = m_columns.value(record, ExerciseName);
    if (exerciseText != m_lastExerciseText) {
        const QString exercise = importfields::normalizeSpaces(exerciseText);
        const QString key = nameKey(exercise);
        if (key != m_blockKey) {
            closeBlock();
            m_blockKey = key;
            m_blockName = exercise;
        }
        m_lastExerciseText = exerciseText.toString();
    }

    const QStringView order = m_columns.value(record, SetOrder).trimmed();
    // A word (W, Rest Timer, Note) is no number: its first letter says so without the general
    // number parser, which half of a modern file's rows (its rest timers) would otherwise cost.
    const bool word = !order.isEmpty() && order.front().isLetter();
    if (const auto n = word ? std::nullopt : importfields::wholeNumber(order, false)) {
        if (*n >= 1)
            return setRow(record, SetKind::Working, diagnostics);
    } else if (const auto kind = setKindWord(order)) {
        return setRow(record, *kind, diagnostics);
    } else if (isRestWord(order)) {
        return restRow(record, diagnostics);
    } else if (order.compare(u"Note", Qt::CaseInsensitive) == 0) {
        return noteRow(record);
    } else if (!order.isEmpty() && isZeroOrEmpty(m_columns.value(record, m_weightColumn))
               && isZeroOrEmpty(m_columns.value(record, Reps))) {
        // The rest and note rows of languages whose word Spotter does not know have their shape:
        // a word in Set Order, no load and no reps, and seconds of rest or a note.
        if (!isZeroOrEmpty(m_columns.value(record, Seconds)))
            return restRow(record, diagnostics);
        if (!m_columns.value(record, Notes).trimmed().isEmpty())
            return noteRow(record);
    }
    diagnostics.error(record.line(),
                      Import::tr("%1 '%2' is not a set number, W, D, F, a rest timer or a note")
                          .arg(m_columns.headerName(SetOrder), order));
}

void StrongParser::startSession(const CsvRecord &record, ImportDiagnostics &diagnostics)
{
    ImportedSession &s = *m_current;
    s.session.start = *m_lastDate;
    s.session.title = importfields::normalizeSpaces(m_columns.value(record, WorkoutName));
    s.session.notes = m_columns.value(record, WorkoutNotes).toString();

    const int column = m_columns.has(DurationSec)       ? DurationSec
                       : m_columns.has(WorkoutDuration) ? WorkoutDuration
                                                        : Duration;
    const QStringView text = m_columns.value(record, column);
    if (text.trimmed().isEmpty())
        return;
    const auto seconds = importfields::durationSeconds(text);
    if (!seconds) {
        diagnostics.error(record.line(), Import::tr("%1 '%2' is not a duration like 1h 8m, 48m or 20s")
                                             .arg(m_columns.headerName(column), text));
        return;
    }
    const qint64 minutes = std::llround(static_cast<double>(*seconds) / 60.0);
    if (minutes > importfields::kMaxPlausibleSessionMinutes) {
        diagnostics.warning(record.line(),
                            Import::tr("%1 '%2' is longer than %3 hours, probably a timer left "
                                       "running; the workout is imported without a duration")
                                .arg(m_columns.headerName(column), text,
                                     QString::number(importfields::kMaxPlausibleSessionMinutes / 60)));
        return;
    }
    s.session.durationMin = static_cast<int>(minutes);
}

void StrongParser::closeBlock()
{
    // Notes of an exercise that has no set in this workout stay with the workout.
    if (m_blockFirstSet < 0) {
        for (const QString &note : std::as_const(m_blockNotes))
            appendNote(m_exerciseNotes, m_blockName + QStringLiteral(": ") + note);
    }
    m_blockNotes.clear();
    m_blockFirstSet = -1;
    m_blockKey.clear();
    m_blockName.clear();
    m_lastExerciseText.clear();
}

void StrongParser::closeSession()
{
    closeBlock();
    appendNote(m_current->session.notes, m_exerciseNotes);
    m_exerciseNotes.clear();
    // Modern exports end every exercise, and so every workout, with a rest-timer row: a rest
    // with no set after it is normal and goes nowhere.
    m_pendingRest.reset();
}

void StrongParser::restRow(const CsvRecord &record, ImportDiagnostics &diagnostics)
{
    RowValues row(record, m_columns, m_options.decimalComma);
    const auto seconds = row.number(Seconds);
    if (!row.report(diagnostics))
        return;
    if (!seconds) {
        diagnostics.error(
            record.line(),
            Import::tr("A rest-timer row needs the rest in %1").arg(m_columns.headerName(Seconds)));
        return;
    }
    if (m_pendingRest)
        diagnostics.warning(record.line(),
                            Import::tr("Two rest-timer rows in a row; the earlier one (line %1) "
                                       "is replaced")
                                .arg(m_pendingRestLine));
    m_pendingRest = importfields::roundedInt(*seconds);
    m_pendingRestLine = record.line();
}

void StrongParser::noteRow(const CsvRecord &record)
{
    const QString text = m_columns.value(record, Notes).toString();
    if (text.trimmed().isEmpty())
        return;
    if (m_blockFirstSet >= 0)
        appendNote(m_current->sets[m_blockFirstSet].set.notes, text);
    else
        m_blockNotes.append(text);
}

std::optional<double> StrongParser::distanceFactor(const CsvRecord &record, QStringList &problems,
                                                   ImportDiagnostics &diagnostics)
{
    switch (m_distanceColumn) {
    case DistanceMeters: return 100.0;
    case DistanceKm: return 100'000.0;
    case DistanceMiles: return 160'934.4;
    default: break;
    }
    if (m_columns.has(DistanceUnit)) {
        const QStringView unit = m_columns.value(record, DistanceUnit);
        const auto factor = importfields::centimetresPer(unit);
        if (!factor)
            problems.append(unit.trimmed().isEmpty()
                                ? Import::tr("Distance Unit is empty")
                                : Import::tr("Distance Unit '%1' is not m, km, mi, ft or yd").arg(unit));
        return factor;
    }
    // V1–V3 do not export the distance unit; the app's metric or imperial setting goes with
    // the weight unit, so that is the best reading, and the user is told.
    const bool metric = m_unit.value_or(WeightUnit::Kg) == WeightUnit::Kg;
    if (!m_warnedDistanceUnit) {
        m_warnedDistanceUnit = true;
        diagnostics.warning(record.line(),
                            metric ? Import::tr("Strong does not export the distance unit; distances "
                                                "are read as kilometres because weights are in kg")
                                   : Import::tr("Strong does not export the distance unit; distances "
                                                "are read as miles because weights are in lb"));
    }
    return metric ? 100'000.0 : 160'934.4;
}

void StrongParser::setRow(const CsvRecord &record, SetKind kind, ImportDiagnostics &diagnostics)
{
    RowValues row(record, m_columns, m_options.decimalComma);
    ImportedSet item;
    item.line = record.line();
    item.exercise = m_blockName;
    WorkoutSet &set = item.set;
    set.kind = kind;
    if (item.exercise.isEmpty())
        row.problem(Import::tr("%1 is empty").arg(m_columns.headerName(ExerciseName)));

    std::optional<WeightUnit> unit = m_unit;
    if (m_unitSource == UnitSource::Rows && !isZeroOrEmpty(row.text(m_weightColumn))) {
        const QStringView text = m_columns.value(record, WeightUnitColumn);
        if (!text.trimmed().isEmpty())
            unit = importfields::weightUnit(text);
        if (!unit)
            row.problem(text.trimmed().isEmpty()
                            ? Import::tr("Weight Unit is empty; choose the unit for such rows")
                            : Import::tr("Weight Unit '%1' is not kg or lbs").arg(text));
    }
    readLoad(row, m_weightColumn, unit, item);
    const auto seconds = row.number(Seconds);
    if (seconds && *seconds != 0)
        set.seconds = importfields::roundedInt(*seconds);
    const auto distance = row.number(m_distanceColumn);
    if (distance && *distance != 0) {
        QStringList problems;
        const auto factor = distanceFactor(record, problems, diagnostics);
        for (const QString &p : std::as_const(problems))
            row.problem(p);
        if (factor)
            set.distanceCm = std::llround(std::clamp(*distance * *factor, -1e13, 1e13));
    }
    readReps(row, Reps, item);
    const auto rpe = row.number(Rpe);
    if (rpe && *rpe != 0)
        set.rpe = *rpe;
    set.notes = m_columns.value(record, Notes).toString();
    if (!row.report(diagnostics) || !recordsWork(item))
        return;

    if (m_pendingRest) {
        set.restSeconds = *m_pendingRest;
        m_pendingRest.reset();
    }
    if (m_blockFirstSet < 0) {
        QString notes;
        for (const QString &note : std::as_const(m_blockNotes))
            appendNote(notes, note);
        appendNote(notes, set.notes);
        set.notes = notes;
        m_blockNotes.clear();
        m_blockFirstSet = m_current->sets.size();
    }
    m_current->sets.append(std::move(item));
}

} // namespace spotter
