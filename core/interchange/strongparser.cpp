// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/strongparser.h"

#include "interchange/importdiagnostics.h"
#include "interchange/importfields.h"
#include "model/exercise.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace spotter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("spotter::Import", text);
}

enum Column {
    WorkoutNo,
    Date,
    WorkoutName,
    Duration,
    DurationSec,
    WorkoutDuration,
    ExerciseName,
    SetOrder,
    WeightPlain,
    WeightKg,
    WeightLb,
    WeightUnitColumn,
    Reps,
    Distance,
    DistanceMeters,
    DistanceUnit,
    Seconds,
    Notes,
    WorkoutNotes,
    Rpe,
    ColumnCount
};

// English names (V1, V2, V4, V5) and the French ones of V3.
constexpr ColumnName kNames[] = {
    {WorkoutNo, u"Workout #"},
    {Date, u"Date"},
    {WorkoutName, u"Workout Name"},
    {WorkoutName, u"Nom de l'entraînement"},
    {Duration, u"Duration"},
    {Duration, u"Durée"},
    {DurationSec, u"Duration (sec)"},
    {WorkoutDuration, u"Workout Duration"},
    {ExerciseName, u"Exercise Name"},
    {ExerciseName, u"Nom de l'exercice"},
    {SetOrder, u"Set Order"},
    {SetOrder, u"Ordre de la série"},
    {WeightPlain, u"Weight"},
    {WeightPlain, u"Poids"},
    {WeightKg, u"Weight (kg)"},
    {WeightKg, u"Poids (kg)"},
    {WeightLb, u"Weight (lbs)"},
    {WeightLb, u"Weight (lb)"},
    {WeightLb, u"Poids (lbs)"},
    {WeightUnitColumn, u"Weight Unit"},
    {Reps, u"Reps"},
    {Reps, u"Réps"},
    {Distance, u"Distance"},
    {DistanceMeters, u"Distance (meters)"},
    {DistanceMeters, u"Distance (m)"},
    {DistanceUnit, u"Distance Unit"},
    {Seconds, u"Seconds"},
    {Seconds, u"Secondes"},
    {Notes, u"Notes"},
    {WorkoutNotes, u"Workout Notes"},
    {WorkoutNotes, u"Notes de l'entraînement"},
    {Rpe, u"RPE"},
};

/// Sessions longer than this many sets are handed on in parts, which bounds memory on hostile
/// input; the importer joins the parts again by their key.
constexpr qsizetype kMaxBufferedSets = 10'000;

void appendNote(QString &notes, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!notes.isEmpty())
        notes += u'\n';
    notes += text;
}

} // namespace

bool StrongParser::matches(const CsvRecord &header)
{
    const ColumnMap map(header, kNames, ColumnCount);
    return map.has(Date) && map.has(ExerciseName) && map.has(SetOrder);
}

ParserSetup StrongParser::create(const CsvRecord &header, const ParserOptions &options,
                                 ImportDiagnostics &diagnostics)
{
    ColumnMap map(header, kNames, ColumnCount);
    if (!map.duplicateError().isEmpty())
        return ParserSetup::refused(map.duplicateError());
    QStringList missing;
    for (const auto &[column, name] : {std::pair{Date, u"Date"}, std::pair{ExerciseName, u"Exercise Name"},
                                       std::pair{SetOrder, u"Set Order"}, std::pair{Reps, u"Reps"}}) {
        if (!map.has(column))
            missing.append(QString::fromUtf16(name));
    }
    if (!map.has(WorkoutName) && !map.has(WorkoutNo))
        missing.append(QStringLiteral("Workout Name"));
    if (!map.has(WeightPlain) && !map.has(WeightKg) && !map.has(WeightLb))
        missing.append(QStringLiteral("Weight"));
    ParserSetup setup;
    if (!missing.isEmpty()) {
        setup.error = tr("This is not a Strong export Spotter can read: the header lacks %1")
                          .arg(missing.join(QStringLiteral(", ")));
        return setup;
    }
    auto parser = std::make_unique<StrongParser>(std::move(map), options);
    const ColumnMap &m = parser->m_columns;
    if (m.has(WeightKg) || m.has(WeightLb)) {
        parser->m_weightColumn = m.has(WeightKg) ? WeightKg : WeightLb;
        parser->m_unit = m.has(WeightKg) ? WeightUnit::Kg : WeightUnit::Lb;
        parser->m_unitSource = UnitSource::Header;
    } else if (m.has(WeightUnitColumn)) {
        parser->m_weightColumn = WeightPlain;
        parser->m_unit = options.unit;
        parser->m_unitSource = UnitSource::Rows;
    } else {
        parser->m_weightColumn = WeightPlain;
        if (!options.unit) {
            setup.needsUnit = true;
            setup.error = tr("This Strong export does not say whether weights are in kg or lb; "
                             "choose the unit the app was set to");
            return setup;
        }
        parser->m_unit = options.unit;
        parser->m_unitSource = UnitSource::Option;
    }
    if (parser->m_unitSource == UnitSource::Header && options.unit && options.unit != parser->m_unit)
        diagnostics.warning(m.headerLine(),
                            tr("The header gives weights in %1; the unit chosen (%2) is not used")
                                .arg(m.headerName(parser->m_weightColumn), toKey(*options.unit)));
    m.warnUnknown(diagnostics);
    setup.parser = std::move(parser);
    return setup;
}

StrongParser::StrongParser(ColumnMap columns, const ParserOptions &options)
    : m_columns(std::move(columns)), m_options(options)
{}

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
        if (dateText != m_lastDateText)
            m_lastDate = importfields::localDateTime(dateText);
        m_lastDateText = dateText.toString();
        m_lastNameText = nameText.toString();
        m_lastNumberText = numberText.toString();
        if (m_lastDate) {
            const QString name = importfields::normalizeSpaces(nameText);
            const QString number = numberText.trimmed().toString();
            m_lastKey = QStringLiteral("strong:")
                        + m_lastDate->toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'|'
                        + (name.isEmpty() && !number.isEmpty() ? u'#' + number : name);
        }
    }
    if (!m_lastDate) {
        diagnostics.error(record.line(),
                          tr("Date '%1' is not a date and time like 2024-01-02 18:00:00").arg(dateText));
        return;
    }
    if (!m_current || m_current->groupKey != m_lastKey || m_current->sets.size() >= kMaxBufferedSets) {
        flush(sink);
        startSession(record, m_lastKey, diagnostics);
    } else if (m_current->session.notes.isEmpty()) {
        m_current->session.notes = m_columns.value(record, WorkoutNotes).toString();
    }

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

    const QString order = m_columns.value(record, SetOrder).trimmed().toString();
    if (order.compare(u"Rest Timer", Qt::CaseInsensitive) == 0) {
        restRow(record, diagnostics);
        return;
    }
    if (order.compare(u"Note", Qt::CaseInsensitive) == 0) {
        noteRow(record);
        return;
    }
    if (order.compare(u"W", Qt::CaseInsensitive) == 0)
        return setRow(record, SetKind::Warmup, diagnostics);
    if (order.compare(u"D", Qt::CaseInsensitive) == 0)
        return setRow(record, SetKind::Drop, diagnostics);
    if (order.compare(u"F", Qt::CaseInsensitive) == 0)
        return setRow(record, SetKind::Failure, diagnostics);
    const auto n = importfields::wholeNumber(order, false);
    if (!n || *n < 1) {
        diagnostics.error(record.line(),
                          tr("Set Order '%1' is not a set number, W, D, F, Rest Timer or Note").arg(order));
        return;
    }
    setRow(record, SetKind::Working, diagnostics);
}

void StrongParser::startSession(const CsvRecord &record, const QString &key, ImportDiagnostics &diagnostics)
{
    m_current.emplace();
    ImportedSession &s = *m_current;
    s.line = record.line();
    s.groupKey = key;
    s.session.start = *m_lastDate;
    s.session.title = importfields::normalizeSpaces(m_columns.value(record, WorkoutName));
    s.session.notes = m_columns.value(record, WorkoutNotes).toString();
    s.session.source = {SourceKind::Strong, m_options.fileName, key};

    const int column = m_columns.has(DurationSec)       ? DurationSec
                       : m_columns.has(WorkoutDuration) ? WorkoutDuration
                                                        : Duration;
    const QStringView text = m_columns.value(record, column);
    if (text.trimmed().isEmpty())
        return;
    const auto seconds = importfields::durationSeconds(text);
    if (!seconds) {
        diagnostics.error(
            record.line(),
            tr("%1 '%2' is not a duration like 1h 8m, 48m or 20s").arg(m_columns.headerName(column), text));
        return;
    }
    const qint64 minutes = std::llround(static_cast<double>(*seconds) / 60.0);
    if (minutes > importfields::kMaxPlausibleSessionMinutes) {
        diagnostics.warning(record.line(),
                            tr("%1 '%2' is longer than %3 hours, probably a timer left "
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

void StrongParser::flush(ImportSink &sink)
{
    if (!m_current)
        return;
    closeBlock();
    appendNote(m_current->session.notes, m_exerciseNotes);
    m_exerciseNotes.clear();
    if (m_pendingRest) {
        if (m_orphanRests++ == 0)
            m_firstOrphanRestLine = m_pendingRestLine;
        m_pendingRest.reset();
    }
    sink.session(std::move(*m_current));
    m_current.reset();
}

void StrongParser::finish(ImportSink &sink, ImportDiagnostics &diagnostics)
{
    flush(sink);
    if (m_orphanRests > 0)
        diagnostics.warning(m_firstOrphanRestLine, QCoreApplication::translate(
                                                       "spotter::Import",
                                                       "%n Rest Timer row(s) end a workout with no set after "
                                                       "them; there is no set to give that rest to",
                                                       nullptr, static_cast<int>(m_orphanRests)));
}

void StrongParser::restRow(const CsvRecord &record, ImportDiagnostics &diagnostics)
{
    RowValues row(record, m_columns, m_options.decimalComma);
    const auto seconds = row.number(Seconds);
    if (!row.report(diagnostics))
        return;
    if (!seconds) {
        diagnostics.error(record.line(),
                          tr("A Rest Timer row needs the rest in %1").arg(m_columns.headerName(Seconds)));
        return;
    }
    if (m_pendingRest)
        diagnostics.warning(record.line(), tr("Two Rest Timer rows in a row; the earlier one (line %1) "
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
    if (m_columns.has(DistanceMeters))
        return 100.0;
    if (m_columns.has(DistanceUnit)) {
        const QStringView unit = m_columns.value(record, DistanceUnit);
        const auto factor = importfields::centimetresPer(unit);
        if (!factor)
            problems.append(unit.trimmed().isEmpty()
                                ? tr("Distance Unit is empty")
                                : tr("Distance Unit '%1' is not m, km, mi, ft or yd").arg(unit));
        return factor;
    }
    // V1–V3 do not export the distance unit; the app's metric or imperial setting goes with
    // the weight unit, so that is the best reading, and the user is told.
    const bool metric = m_unit.value_or(WeightUnit::Kg) == WeightUnit::Kg;
    if (!m_warnedDistanceUnit) {
        m_warnedDistanceUnit = true;
        diagnostics.warning(record.line(), metric ? tr("Strong does not export the distance unit; distances "
                                                       "are read as kilometres because weights are in kg")
                                                  : tr("Strong does not export the distance unit; distances "
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
        row.problem(tr("%1 is empty").arg(m_columns.headerName(ExerciseName)));

    const auto weight = row.number(m_weightColumn);
    if (weight && *weight != 0) {
        std::optional<WeightUnit> unit = m_unit;
        if (m_unitSource == UnitSource::Rows) {
            const QStringView text = m_columns.value(record, WeightUnitColumn);
            if (!text.trimmed().isEmpty())
                unit = importfields::weightUnit(text);
            if (!unit)
                row.problem(text.trimmed().isEmpty()
                                ? tr("Weight Unit is empty; choose the unit for such rows")
                                : tr("Weight Unit '%1' is not kg or lbs").arg(text));
        }
        if (unit)
            set.weight = importfields::weightFrom(*weight, *unit);
    }
    const auto reps = row.whole(Reps);
    const auto seconds = row.number(Seconds);
    if (seconds && *seconds != 0)
        set.seconds = importfields::roundedInt(*seconds);
    const int distanceColumn = m_columns.has(DistanceMeters) ? DistanceMeters : Distance;
    const auto distance = row.number(distanceColumn);
    if (distance && *distance != 0) {
        QStringList problems;
        const auto factor = distanceFactor(record, problems, diagnostics);
        for (const QString &p : std::as_const(problems))
            row.problem(p);
        if (factor)
            set.distanceCm = std::llround(std::clamp(*distance * *factor, -1e13, 1e13));
    }
    if (reps) {
        // A timed or distance set writes 0 reps; on any other set 0 is a mistake to report.
        const bool timed = set.seconds.value_or(0) > 0 || set.distanceCm.value_or(0) > 0;
        if (*reps != 0 || !timed)
            set.reps = importfields::roundedInt(static_cast<double>(*reps));
    }
    const auto rpe = row.number(Rpe);
    if (rpe && *rpe != 0)
        set.rpe = *rpe;
    set.notes = m_columns.value(record, Notes).toString();
    if (!row.report(diagnostics))
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
