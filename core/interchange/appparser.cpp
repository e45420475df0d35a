// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/appparser.h"

#include "interchange/importdiagnostics.h"
#include "interchange/importfields.h"
#include "interchange/plausibility.h"
#include "model/exercise.h"

#include <QCoreApplication>

#include <cmath>
#include <string_view>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Import
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Import)
};

/// Workouts longer than this many sets are handed on in parts, which bounds memory on hostile
/// input; the importer joins the parts again by their key.
constexpr qsizetype kMaxBufferedSets = 10'000;

/// How many line numbers the warning about rows without work lists.
constexpr qsizetype kListedLines = 30;

} // namespace

std::optional<SetKind> AppParser::setKindWord(QStringView word)
{
    // Every word is ASCII, and a million rows ask: fold ASCII letters on the stack and drop
    // '_', '-' and spaces; anything else (non-ASCII, longer than any word) is no set word.
    char folded[16];
    qsizetype n = 0;
    for (const QChar qc : word.trimmed()) {
        const char16_t c = qc.unicode();
        if (c == u'_' || c == u'-' || c == u' ')
            continue;
        if (c >= 0x80 || n == std::ssize(folded))
            return std::nullopt;
        folded[n++] = static_cast<char>(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
    }
    const std::string_view w(folded, static_cast<std::size_t>(n));
    if (w == "normal" || w == "working" || w == "work")
        return SetKind::Working;
    if (w == "w" || w == "warmup")
        return SetKind::Warmup;
    if (w == "d" || w == "dropset" || w == "drop")
        return SetKind::Drop;
    if (w == "f" || w == "failure")
        return SetKind::Failure;
    return std::nullopt;
}

QStringList AppParser::missing(const ColumnMap &map,
                               std::initializer_list<std::pair<int, const char16_t *>> required)
{
    QStringList out;
    for (const auto &[column, name] : required) {
        if (!map.has(column))
            out.append(QString::fromUtf16(name));
    }
    return out;
}

bool AppParser::unitFromHeader(int kgColumn, int lbColumn, ImportDiagnostics &diagnostics)
{
    if (!m_columns.has(kgColumn) && !m_columns.has(lbColumn))
        return false;
    const int column = m_columns.has(kgColumn) ? kgColumn : lbColumn;
    m_unit = column == kgColumn ? WeightUnit::Kg : WeightUnit::Lb;
    m_unitSource = UnitSource::Header;
    if (m_options.unit && m_options.unit != m_unit)
        diagnostics.warning(m_columns.headerLine(),
                            Import::tr("The header gives weights in %1; the unit chosen (%2) is not used")
                                .arg(m_columns.headerName(column), toKey(*m_options.unit)));
    return true;
}

bool AppParser::beginSession(ImportSink &sink, qint64 line, const QString &key, SourceKind source)
{
    if (m_current && m_current->groupKey == key && m_current->sets.size() < kMaxBufferedSets)
        return false;
    flush(sink);
    m_current.emplace();
    m_current->line = line;
    m_current->groupKey = key;
    m_current->session.source = {source, m_options.fileName, key};
    return true;
}

void AppParser::flush(ImportSink &sink)
{
    if (!m_current)
        return;
    closeSession();
    sink.session(std::move(*m_current));
    m_current.reset();
}

void AppParser::finish(ImportSink &sink, ImportDiagnostics &diagnostics)
{
    flush(sink);
    finishFile(diagnostics);
    if (m_noWorkCount == 0)
        return;
    QStringList lines;
    for (qint64 line : std::as_const(m_noWorkLines))
        lines.append(QString::number(line));
    QString list = lines.join(QStringLiteral(", "));
    // Counts go in as plain ints: lupdate silently skips a translate() whose argument is a cast.
    const int rows = static_cast<int>(m_noWorkCount);
    const int more = static_cast<int>(m_noWorkCount - m_noWorkLines.size());
    if (more > 0)
        list += QCoreApplication::translate("spotter::Import", " and %n more", nullptr, more);
    diagnostics.warning(m_noWorkLines.first(), QCoreApplication::translate(
                                                   "spotter::Import",
                                                   "%n row(s) record no work (no reps, time or distance, and "
                                                   "not a failed attempt) and were not imported: line(s) %1",
                                                   nullptr, rows)
                                                   .arg(list));
}

void AppParser::readLoad(RowValues &row, int column, std::optional<WeightUnit> unit, ImportedSet &item)
{
    const auto value = row.number(column);
    if (!value || *value == 0 || !unit)
        return;
    // Rows of one exercise come together: what its name says is looked up once per block.
    if (!m_loadName || item.exercise != *m_loadName) {
        m_loadName = item.exercise;
        m_loadAssisted = looksAssisted(item.exercise);
        m_loadCeiling = plausibility::ceilingFor(item.exercise);
    }
    const bool assisted = m_loadAssisted;
    if (*value < 0 && !assisted) {
        // Refused by the set's validation, which says what a negative load is not.
        item.set.weight = importfields::weightFrom(*value, *unit);
        return;
    }
    // An assisted exercise's number is the help the machine or band gives; Strong writes it
    // positive, some files negative. Stored as a negative load either way.
    const Weight load = importfields::weightFrom(std::fabs(*value), *unit);
    if (load > m_loadCeiling) {
        const QString written = row.text(column).trimmed().toString();
        if (const auto record = plausibility::recordFor(item.exercise))
            row.problem(
                Import::tr("%1 '%2' %3 is more than the %4 world record (%5 kg, %6); check the number")
                    .arg(row.header(column), written, toKey(*unit), record->lift, record->weight.kgString(),
                         record->holder));
        else
            row.problem(
                Import::tr("%1 '%2' %3 is more than %4 kg, more than any set can carry; check the number")
                    .arg(row.header(column), written, toKey(*unit), m_loadCeiling.kgString()));
        return;
    }
    item.set.weight = assisted ? Weight::fromGrams(-load.grams()) : load;
}

void AppParser::readReps(RowValues &row, int column, ImportedSet &item)
{
    const auto reps = row.whole(column);
    if (!reps)
        return;
    WorkoutSet &set = item.set;
    if (*reps > plausibility::kMaxReps) {
        row.problem(Import::tr("%1 '%2' is more than %3 reps in one set; check the number")
                        .arg(row.header(column), row.text(column).trimmed())
                        .arg(plausibility::kMaxReps));
        return;
    }
    if (*reps != 0) {
        set.reps = importfields::roundedInt(static_cast<double>(*reps));
        return;
    }
    // 0 reps: no reps on a timed or distance set, a missed attempt on a failure set, and on any
    // other set no work at all (recordsWork() skips it).
    const bool timed = set.seconds.value_or(0) != 0 || set.distanceCm.value_or(0) != 0;
    if (!timed && set.kind == SetKind::Failure)
        set.reps = 0;
}

bool AppParser::recordsWork(const ImportedSet &item)
{
    const WorkoutSet &set = item.set;
    // A negative time or distance is no absence of work but a mistake, which validation reports.
    if (set.reps || set.seconds.value_or(0) != 0 || set.distanceCm.value_or(0) != 0)
        return true;
    if (m_noWorkLines.size() < kListedLines)
        m_noWorkLines.append(item.line);
    ++m_noWorkCount;
    return false;
}

} // namespace spotter
