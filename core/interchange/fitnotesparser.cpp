// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/fitnotesparser.h"

#include "interchange/importdiagnostics.h"
#include "interchange/importfields.h"
#include "model/session.h"

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
    Date,
    Exercise,
    Category,
    WeightPlain,
    WeightUnitColumn,
    WeightKg,
    WeightLb,
    Reps,
    Distance,
    DistanceUnit,
    Time,
    Comment,
    ColumnCount
};

constexpr ColumnName kNames[] = {
    {Date, u"Date"},
    {Exercise, u"Exercise"},
    {Category, u"Category"},
    {WeightPlain, u"Weight"},
    {WeightUnitColumn, u"Weight Unit"},
    {WeightKg, u"Weight (kgs)"},
    {WeightKg, u"Weight (kg)"},
    {WeightLb, u"Weight (lbs)"},
    {WeightLb, u"Weight (lb)"},
    {Reps, u"Reps"},
    {Distance, u"Distance"},
    {DistanceUnit, u"Distance Unit"},
    {Time, u"Time"},
    {Comment, u"Comment"},
    {Comment, u"Notes"},
};

constexpr qsizetype kMaxBufferedSets = 10'000;

struct CategoryHint
{
    QStringView category;
    std::optional<ExerciseKind> kind;
    Regions regions;
};

/// FitNotes' built-in categories and the body regions of Spotter they load.
const CategoryHint kCategories[] = {
    {u"Chest", std::nullopt, Regions{Region::Chest}},
    {u"Back", std::nullopt, Regions{Region::UpperBack, Region::MidBack}},
    {u"Legs", std::nullopt, Regions{Region::Quads, Region::Hamstrings, Region::Glutes}},
    {u"Shoulders", std::nullopt, Regions{Region::Shoulders}},
    {u"Biceps", std::nullopt, Regions{Region::Arms}},
    {u"Triceps", std::nullopt, Regions{Region::Arms}},
    {u"Arms", std::nullopt, Regions{Region::Arms}},
    {u"Forearms", std::nullopt, Regions{Region::Arms, Region::Wrists}},
    {u"Abs", std::nullopt, Regions{Region::Core}},
    {u"Core", std::nullopt, Regions{Region::Core}},
    {u"Glutes", std::nullopt, Regions{Region::Glutes}},
    {u"Calves", std::nullopt, Regions{Region::Calves}},
    {u"Cardio", ExerciseKind::Timed, Regions{}},
};

} // namespace

bool FitNotesParser::matches(const CsvRecord &header)
{
    const ColumnMap map(header, kNames, ColumnCount);
    return map.has(Date) && map.has(Exercise) && map.has(Category);
}

ParserSetup FitNotesParser::create(const CsvRecord &header, const ParserOptions &options,
                                   ImportDiagnostics &diagnostics)
{
    ColumnMap map(header, kNames, ColumnCount);
    if (!map.duplicateError().isEmpty())
        return ParserSetup::refused(map.duplicateError());
    QStringList missing;
    for (const auto &[column, name] :
         {std::pair{Date, u"Date"}, std::pair{Exercise, u"Exercise"}, std::pair{Reps, u"Reps"}}) {
        if (!map.has(column))
            missing.append(QString::fromUtf16(name));
    }
    if (!map.has(WeightPlain) && !map.has(WeightKg) && !map.has(WeightLb))
        missing.append(QStringLiteral("Weight"));
    ParserSetup setup;
    if (!missing.isEmpty()) {
        setup.error = tr("This is not a FitNotes export Spotter can read: the header lacks %1")
                          .arg(missing.join(QStringLiteral(", ")));
        return setup;
    }
    auto parser = std::make_unique<FitNotesParser>(std::move(map), options);
    const ColumnMap &m = parser->m_columns;
    if (m.has(WeightKg) || m.has(WeightLb)) {
        parser->m_unit = m.has(WeightKg) ? WeightUnit::Kg : WeightUnit::Lb;
        parser->m_unitSource = UnitSource::Header;
        if (options.unit && options.unit != parser->m_unit)
            diagnostics.warning(
                m.headerLine(),
                tr("The header gives weights in %1; the unit chosen (%2) is not used")
                    .arg(m.headerName(m.has(WeightKg) ? WeightKg : WeightLb), toKey(*options.unit)));
    } else if (m.has(WeightUnitColumn)) {
        parser->m_unit = options.unit;
        parser->m_unitSource = UnitSource::Rows;
    } else if (options.unit) {
        parser->m_unit = options.unit;
        parser->m_unitSource = UnitSource::Option;
    } else {
        setup.needsUnit = true;
        setup.error = tr("This FitNotes export does not say whether weights are in kg or lb; "
                         "choose the unit the app was set to");
        return setup;
    }
    m.warnUnknown(diagnostics);
    setup.parser = std::move(parser);
    return setup;
}

FitNotesParser::FitNotesParser(ColumnMap columns, const ParserOptions &options)
    : m_columns(std::move(columns)), m_options(options)
{}

std::optional<ExerciseHint> FitNotesParser::hintFor(QStringView category, qint64 line,
                                                    ImportDiagnostics &diagnostics)
{
    const QStringView c = category.trimmed();
    if (c.isEmpty())
        return std::nullopt;
    for (const CategoryHint &h : kCategories) {
        if (h.category.compare(c, Qt::CaseInsensitive) == 0)
            return ExerciseHint{h.kind, h.regions, false, false};
    }
    if (!m_unknownCategories.contains(c.toString().toCaseFolded())) {
        m_unknownCategories.insert(c.toString().toCaseFolded());
        diagnostics.warning(line, tr("Category '%1' names no body region Spotter knows; new exercises in it "
                                     "get no regions")
                                      .arg(c));
    }
    return std::nullopt;
}

void FitNotesParser::record(const CsvRecord &record, ImportSink &sink, ImportDiagnostics &diagnostics)
{
    const qsizetype exerciseAt = m_columns.index(Exercise);
    const qsizetype extra = record.size() - m_columns.headerSize();
    // Unquoted commas inside exercise names ("Overhead Press (Each Side, Dumbbells)") give a
    // row too many fields; every other field is found by counting from its end of the row.
    const bool textAfter = m_columns.index(Comment) > exerciseAt;
    if (extra < 0 || (extra > 0 && textAfter)) {
        m_columns.checkFieldCount(record, diagnostics);
        return;
    }
    RowValues row(record, m_columns, m_options.decimalComma);
    QString exercise;
    if (extra > 0) {
        QStringList parts;
        for (qsizetype i = exerciseAt; i <= exerciseAt + extra; ++i)
            parts.append(record.field(i).toString());
        exercise = parts.join(u',');
        row.shiftAfter(exerciseAt, extra);
    } else {
        exercise = record.field(exerciseAt).toString();
    }

    const QStringView dateText = row.text(Date);
    // QDate's ISO reading stops after the day and ignores what follows ("2024-05-08xyz"): only
    // the ten characters of a date are a date.
    const QStringView dateOnly = dateText.trimmed();
    const QDate date = dateOnly.size() == 10 ? QDate::fromString(dateOnly.toString(), Qt::ISODate) : QDate();
    if (!date.isValid()) {
        diagnostics.error(record.line(), tr("Date '%1' is not a date like 2024-01-02").arg(dateText));
        return;
    }
    const QString key = QStringLiteral("fitnotes:") + date.toString(Qt::ISODate);
    if (!m_current || m_current->groupKey != key || m_current->sets.size() >= kMaxBufferedSets) {
        flush(sink);
        m_current.emplace();
        m_current->line = record.line();
        m_current->groupKey = key;
        // No time is exported: the session starts at midnight of that day.
        m_current->session.start = importfields::wallClock(date, QTime(0, 0));
        m_current->session.source = {SourceKind::FitNotes, m_options.fileName, key};
    }

    ImportedSet item;
    item.line = record.line();
    item.exercise = importfields::normalizeSpaces(exercise);
    if (item.exercise.isEmpty())
        row.problem(tr("Exercise is empty"));
    item.hint = hintFor(row.text(Category), record.line(), diagnostics);
    WorkoutSet &set = item.set;

    int weightColumn = WeightPlain;
    std::optional<WeightUnit> unit = m_unit;
    if (m_columns.has(WeightKg) && (!m_columns.has(WeightLb) || !row.isEmpty(WeightKg))) {
        weightColumn = WeightKg;
        unit = WeightUnit::Kg;
    } else if (m_columns.has(WeightLb)) {
        weightColumn = WeightLb;
        unit = WeightUnit::Lb;
    }
    const auto weight = row.number(weightColumn);
    if (weight && *weight != 0) {
        if (m_unitSource == UnitSource::Rows) {
            const QStringView text = row.text(WeightUnitColumn);
            if (!text.trimmed().isEmpty())
                unit = importfields::weightUnit(text);
            if (!unit)
                row.problem(text.trimmed().isEmpty()
                                ? tr("Weight Unit is empty; choose the unit for such rows")
                                : tr("Weight Unit '%1' is not kgs or lbs").arg(text));
        }
        if (unit)
            set.weight = importfields::weightFrom(*weight, *unit);
    }
    const QStringView time = row.text(Time);
    if (!time.trimmed().isEmpty()) {
        const auto seconds = importfields::clockSeconds(time);
        if (!seconds)
            row.problem(tr("Time '%1' is not a duration like 0:09:21").arg(time));
        else if (*seconds > 0)
            set.seconds = importfields::roundedInt(static_cast<double>(*seconds));
    }
    const auto distance = row.number(Distance);
    if (distance && *distance != 0) {
        const QStringView unitText = row.text(DistanceUnit);
        const auto factor = importfields::centimetresPer(unitText);
        if (!factor)
            row.problem(unitText.trimmed().isEmpty()
                            ? tr("Distance Unit is empty")
                            : tr("Distance Unit '%1' is not m, km, mi, ft or yd").arg(unitText));
        else
            set.distanceCm = std::llround(std::clamp(*distance * *factor, -1e13, 1e13));
    }
    const auto reps = row.whole(Reps);
    if (reps) {
        const bool timed = set.seconds.value_or(0) > 0 || set.distanceCm.value_or(0) > 0;
        if (*reps != 0 || !timed)
            set.reps = importfields::roundedInt(static_cast<double>(*reps));
    }
    set.notes = row.text(Comment).toString();
    if (!row.report(diagnostics))
        return;
    m_current->sets.append(std::move(item));
}

void FitNotesParser::flush(ImportSink &sink)
{
    if (!m_current)
        return;
    sink.session(std::move(*m_current));
    m_current.reset();
}

void FitNotesParser::finish(ImportSink &sink, ImportDiagnostics &)
{
    flush(sink);
}

} // namespace spotter
