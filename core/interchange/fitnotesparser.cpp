// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/fitnotesparser.h"

#include "interchange/importdates.h"
#include "interchange/importdiagnostics.h"
#include "interchange/importfields.h"
#include "model/session.h"

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

struct CategoryHint
{
    QStringView category;
    std::optional<ExerciseKind> kind;
    Regions regions;
};

/// FitNotes' built-in categories, the names people give their own, and Spotter's region names,
/// with the body regions of Spotter they load. Compared case-folded; a plural "s" is optional.
const CategoryHint kCategories[] = {
    {u"Chest", std::nullopt, Regions{Region::Chest}},
    {u"Pecs", std::nullopt, Regions{Region::Chest}},
    {u"Back", std::nullopt, Regions{Region::UpperBack, Region::MidBack}},
    {u"Upper Back", std::nullopt, Regions{Region::UpperBack}},
    {u"Lats", std::nullopt, Regions{Region::UpperBack, Region::MidBack}},
    {u"Mid Back", std::nullopt, Regions{Region::MidBack}},
    {u"Middle Back", std::nullopt, Regions{Region::MidBack}},
    {u"Lower Back", std::nullopt, Regions{Region::LowerBack}},
    {u"Traps", std::nullopt, Regions{Region::UpperBack, Region::Neck}},
    {u"Trapezius", std::nullopt, Regions{Region::UpperBack, Region::Neck}},
    {u"Neck", std::nullopt, Regions{Region::Neck}},
    {u"Legs", std::nullopt, Regions{Region::Quads, Region::Hamstrings, Region::Glutes}},
    {u"Quads", std::nullopt, Regions{Region::Quads}},
    {u"Quadriceps", std::nullopt, Regions{Region::Quads}},
    {u"Hamstrings", std::nullopt, Regions{Region::Hamstrings}},
    {u"Hams", std::nullopt, Regions{Region::Hamstrings}},
    {u"Glutes", std::nullopt, Regions{Region::Glutes}},
    {u"Calves", std::nullopt, Regions{Region::Calves}},
    {u"Calf", std::nullopt, Regions{Region::Calves}},
    {u"Hips", std::nullopt, Regions{Region::Hips}},
    {u"Adductors", std::nullopt, Regions{Region::Hips}},
    {u"Abductors", std::nullopt, Regions{Region::Hips}},
    {u"Shoulders", std::nullopt, Regions{Region::Shoulders}},
    {u"Delts", std::nullopt, Regions{Region::Shoulders}},
    {u"Deltoids", std::nullopt, Regions{Region::Shoulders}},
    {u"Biceps", std::nullopt, Regions{Region::Arms}},
    {u"Triceps", std::nullopt, Regions{Region::Arms}},
    {u"Arms", std::nullopt, Regions{Region::Arms}},
    {u"Forearms", std::nullopt, Regions{Region::Arms, Region::Wrists}},
    {u"Wrists", std::nullopt, Regions{Region::Wrists}},
    {u"Abs", std::nullopt, Regions{Region::Core}},
    {u"Abdominals", std::nullopt, Regions{Region::Core}},
    {u"Obliques", std::nullopt, Regions{Region::Core}},
    {u"Core", std::nullopt, Regions{Region::Core}},
    {u"Cardio", ExerciseKind::Timed, Regions{}},
};

QString categoryKey(QStringView category)
{
    QString k = importfields::normalizeSpaces(category).toCaseFolded();
    k.replace(u'-', u' ');
    return k;
}

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
    QStringList lacks = missing(map, {{Date, u"Date"}, {Exercise, u"Exercise"}, {Reps, u"Reps"}});
    if (!map.has(WeightPlain) && !map.has(WeightKg) && !map.has(WeightLb))
        lacks.append(QStringLiteral("Weight"));
    ParserSetup setup;
    if (!lacks.isEmpty())
        return ParserSetup::refused(
            Import::tr("This is not a FitNotes export Spotter can read: the header lacks %1")
                .arg(lacks.join(QStringLiteral(", "))));
    auto parser = std::make_unique<FitNotesParser>(std::move(map), options);
    const ColumnMap &m = parser->m_columns;
    if (parser->unitFromHeader(WeightKg, WeightLb, diagnostics)) {
    } else if (m.has(WeightUnitColumn)) {
        parser->m_unit = options.unit;
        parser->m_unitSource = UnitSource::Rows;
    } else if (options.unit) {
        parser->m_unit = options.unit;
        parser->m_unitSource = UnitSource::Option;
    } else {
        setup.needsUnit = true;
        setup.error = Import::tr("This FitNotes export does not say whether weights are in kg or lb; "
                                 "choose the unit the app was set to");
        return setup;
    }
    m.warnUnknown(diagnostics);
    setup.parser = std::move(parser);
    return setup;
}

FitNotesParser::FitNotesParser(ColumnMap columns, const ParserOptions &options)
    : AppParser(std::move(columns), options)
{}

QString FitNotesParser::groupOf(const CsvRecord &record) const
{
    return m_columns.value(record, Date).trimmed().toString();
}

std::optional<ExerciseHint> FitNotesParser::categoryHint(QStringView category)
{
    const QString key = categoryKey(category);
    if (key.isEmpty())
        return std::nullopt;
    for (const CategoryHint &h : kCategories) {
        const QString name = categoryKey(h.category);
        if (key == name || (name.endsWith(u's') && key == name.chopped(1)) || key == name + u's')
            return ExerciseHint{h.kind, h.regions, false, false, importfields::normalizeSpaces(category)};
    }
    // Spotter's own region keys ("lower-back") and display names.
    for (int i = 0; i <= int(Region::Other); ++i) {
        const auto region = static_cast<Region>(i);
        if (region != Region::Other
            && (key == categoryKey(toKey(region)) || key == categoryKey(displayName(region))))
            return ExerciseHint{std::nullopt, Regions{region}, false, false,
                                importfields::normalizeSpaces(category)};
    }
    return std::nullopt;
}

std::optional<ExerciseHint> FitNotesParser::hintFor(QStringView category, qint64 line,
                                                    ImportDiagnostics &diagnostics)
{
    const QStringView c = category.trimmed();
    if (c.isEmpty())
        return std::nullopt;
    if (auto hint = categoryHint(c))
        return hint;
    const QString key = c.toString().toCaseFolded();
    if (!m_unknownCategories.contains(key)) {
        m_unknownCategories.insert(key);
        diagnostics.warning(
            line, Import::tr("Category '%1' names no body region Spotter knows; new exercises in it "
                             "keep it as their category and get no regions")
                      .arg(c));
    }
    // Kept as text: the category is what the person chose, even where Spotter has no region.
    ExerciseHint hint;
    hint.category = importfields::normalizeSpaces(c);
    return hint;
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
    const bool isoShape = dateOnly.size() == 10 && dateOnly.at(4) == u'-' && dateOnly.at(7) == u'-'
                          && std::all_of(dateOnly.cbegin(), dateOnly.cend(),
                                         [](QChar c) { return c == u'-' || (c >= u'0' && c <= u'9'); });
    if (!isoShape) {
        diagnostics.error(record.line(), Import::tr("Date '%1' is not a date like 2024-01-02").arg(dateText));
        return;
    }
    // The same rules as `log` and Spotter's CSV: the year range, a real day (29 February named).
    const int year = dateOnly.left(4).toInt();
    const int month = dateOnly.mid(5, 2).toInt();
    const int day = dateOnly.mid(8, 2).toInt();
    if (const auto why = dateTimeProblem(year, month, day)) {
        diagnostics.error(record.line(), Import::tr("Date '%1': %2").arg(dateText, *why));
        return;
    }
    const QDate date(year, month, day);
    const QString key = QStringLiteral("fitnotes:") + date.toString(Qt::ISODate);
    // No time is exported: the session starts at midnight of that day.
    if (beginSession(sink, record.line(), key, SourceKind::FitNotes))
        m_current->session.start = importfields::wallClock(date, QTime(0, 0));

    ImportedSet item;
    item.line = record.line();
    item.exercise = importfields::normalizeSpaces(exercise);
    if (item.exercise.isEmpty())
        row.problem(Import::tr("Exercise is empty"));
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
    const auto weight = importfields::number(row.text(weightColumn), m_options.decimalComma);
    if (weight && *weight != 0 && m_unitSource == UnitSource::Rows) {
        const QStringView text = row.text(WeightUnitColumn);
        if (!text.trimmed().isEmpty())
            unit = importfields::weightUnit(text);
        if (!unit)
            row.problem(text.trimmed().isEmpty()
                            ? Import::tr("Weight Unit is empty; choose the unit for such rows")
                            : Import::tr("Weight Unit '%1' is not kgs or lbs").arg(text));
    }
    readLoad(row, weightColumn, unit, item);
    const QStringView time = row.text(Time);
    if (!time.trimmed().isEmpty()) {
        const auto seconds = importfields::clockSeconds(time);
        if (!seconds)
            row.problem(Import::tr("Time '%1' is not a duration like 0:09:21").arg(time));
        else if (*seconds > 0)
            set.seconds = importfields::roundedInt(static_cast<double>(*seconds));
    }
    const auto distance = row.number(Distance);
    if (distance && *distance != 0) {
        const QStringView unitText = row.text(DistanceUnit);
        const auto factor = importfields::centimetresPer(unitText);
        if (!factor)
            row.problem(unitText.trimmed().isEmpty()
                            ? Import::tr("Distance Unit is empty")
                            : Import::tr("Distance Unit '%1' is not m, km, mi, ft or yd").arg(unitText));
        else
            set.distanceCm = std::llround(std::clamp(*distance * *factor, -1e13, 1e13));
    }
    readReps(row, Reps, item);
    set.notes = row.text(Comment).toString();
    if (!row.report(diagnostics) || !recordsWork(item))
        return;
    m_current->sets.append(std::move(item));
}

} // namespace spotter
