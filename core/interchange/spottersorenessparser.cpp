// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/spottersorenessparser.h"

#include "interchange/importdiagnostics.h"
#include "interchange/importfields.h"
#include "interchange/spottercolumns.h"

#include <QCoreApplication>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Import
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Import)
};

using namespace spottercolumns;

} // namespace

bool SpotterSorenessParser::matches(const CsvRecord &header)
{
    const ColumnMap map(header, kSorenessNames, SorenessColumnCount);
    return map.has(SorenessAthlete) && map.has(ReportId) && map.has(RegionColumn) && map.has(CharacterColumn);
}

ParserSetup SpotterSorenessParser::create(const CsvRecord &header, const ParserOptions &options,
                                          ImportDiagnostics &diagnostics)
{
    ColumnMap map(header, kSorenessNames, SorenessColumnCount);
    if (!map.duplicateError().isEmpty())
        return ParserSetup::refused(map.duplicateError());
    ParserSetup setup;
    QStringList missing = missingColumns(map, kSorenessNames, kRequiredSorenessColumns);
    // A report cannot be restored without the time it was noticed; onset_hours alone is relative
    // to a session that may be missing.
    if (!map.has(NoticedAt))
        missing.append(QStringLiteral("noticed_at"));
    if (!missing.isEmpty()) {
        setup.error = Import::tr("This is not a Spotter soreness file Spotter can read: the header lacks %1")
                          .arg(missing.join(QStringLiteral(", ")));
        return setup;
    }
    map.warnUnknown(diagnostics);
    setup.parser = std::make_unique<SpotterSorenessParser>(std::move(map), options);
    return setup;
}

SpotterSorenessParser::SpotterSorenessParser(ColumnMap columns, const ParserOptions &options)
    : m_columns(std::move(columns)), m_options(options)
{
    m_unit = WeightUnit::Kg;
    m_unitSource = UnitSource::Header;
}

void SpotterSorenessParser::record(const CsvRecord &record, ImportSink &sink, ImportDiagnostics &diagnostics)
{
    if (!m_columns.checkFieldCount(record, diagnostics))
        return;
    RowValues row(record, m_columns, m_options.decimalComma);
    ImportedSoreness item;
    item.line = record.line();
    item.athlete = importfields::normalizeSpaces(textCell(row, SorenessAthlete));
    if (item.athlete.isEmpty())
        row.problem(Import::tr("athlete is empty"));
    item.fileId = row.whole(ReportId);
    if (item.fileId && *item.fileId < 1)
        row.problem(Import::tr("report_id must be a positive whole number; got %1").arg(*item.fileId));
    item.fileSessionId = row.whole(SorenessSessionId);
    if (item.fileSessionId && *item.fileSessionId < 1)
        row.problem(
            Import::tr("session_id must be a positive whole number; got %1").arg(*item.fileSessionId));
    const auto dateTime = [&](int column) -> std::optional<QDateTime> {
        const QStringView text = row.text(column);
        if (text.trimmed().isEmpty())
            return std::nullopt;
        QString why;
        const auto dt = parseDateTime(text, &why);
        if (!dt)
            row.problem(Import::tr("%1 '%2' is not a date and time like 2026-11-21T18:30:00+01:00: %3")
                            .arg(row.header(column), text, why));
        return dt;
    };
    item.sessionStart = dateTime(SorenessSessionStart);
    SorenessReport &r = item.report;
    if (const auto region = keyCell(row, kRegionKeys, RegionColumn))
        r.region = *region;
    else if (row.isEmpty(RegionColumn))
        row.problem(Import::tr("region is empty"));
    r.side = keyCell(row, kSideKeys, SideColumn).value_or(Side::Both);
    if (const auto intensity = row.whole(Intensity))
        r.intensity = importfields::roundedInt(static_cast<double>(*intensity));
    else if (row.isEmpty(Intensity))
        row.problem(Import::tr("intensity is empty"));
    if (const auto character = keyCell(row, kCharacterKeys, CharacterColumn))
        r.character = *character;
    else if (row.isEmpty(CharacterColumn))
        row.problem(Import::tr("character is empty"));
    if (const auto noticed = dateTime(NoticedAt))
        r.noticedAt = *noticed;
    else if (row.isEmpty(NoticedAt))
        row.problem(Import::tr("noticed_at is empty"));
    r.resolvedAt = dateTime(ResolvedAt);
    r.trend = keyCell(row, kTrendKeys, TrendColumn);
    r.signs = keySetCell(row, kSignKeys, SignsColumn);
    r.redFlags = keySetCell(row, kRedFlagKeys, RedFlagsColumn);
    r.notes = textCell(row, SorenessNotes);
    r.oneSided = flagCell(row, OneSidedColumn).value_or(false);
    r.lift = textCell(row, LiftColumn);
    if (!row.report(diagnostics))
        return;
    sink.soreness(std::move(item));
}

void SpotterSorenessParser::finish(ImportSink &, ImportDiagnostics &) {}

} // namespace spotter
