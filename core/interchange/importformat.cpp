// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/importformat.h"

#include "csv/csvreader.h"
#include "interchange/columnmap.h"
#include "interchange/fitnotesparser.h"
#include "interchange/hevyparser.h"
#include "interchange/spottercolumns.h"
#include "interchange/spottersetsparser.h"
#include "interchange/spottersorenessparser.h"
#include "interchange/strongparser.h"

#include <QCoreApplication>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Import
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Import)
};

bool isSessionSummary(const CsvRecord &header)
{
    using namespace spottercolumns;
    const ColumnMap map(header, kSummaryNames, SummaryColumnCount);
    return map.has(SummaryAthlete) && map.has(SummarySessionId) && map.has(SummaryIntensityClass)
           && map.has(SummaryFlags);
}

} // namespace

QString toKey(ImportFormat format)
{
    return keyOf(kImportFormatKeys, format);
}

QString displayName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Spotter: return QStringLiteral("Spotter");
    case ImportFormat::Strong: return QStringLiteral("Strong");
    case ImportFormat::Hevy: return QStringLiteral("Hevy");
    case ImportFormat::FitNotes: return QStringLiteral("FitNotes");
    case ImportFormat::Auto: break;
    }
    return Import::tr("unknown");
}

ImportFormat detectFormat(const CsvRecord &header)
{
    if (SpotterSetsParser::matches(header) || SpotterSorenessParser::matches(header)
        || isSessionSummary(header))
        return ImportFormat::Spotter;
    if (HevyParser::matches(header))
        return ImportFormat::Hevy;
    if (StrongParser::matches(header))
        return ImportFormat::Strong;
    if (FitNotesParser::matches(header))
        return ImportFormat::FitNotes;
    return ImportFormat::Auto;
}

ParserSetup createParser(ImportFormat format, const CsvRecord &header, const ParserOptions &options,
                         ImportDiagnostics &diagnostics)
{
    if (format == ImportFormat::Auto)
        format = detectFormat(header);
    switch (format) {
    case ImportFormat::Strong: return StrongParser::create(header, options, diagnostics);
    case ImportFormat::Hevy: return HevyParser::create(header, options, diagnostics);
    case ImportFormat::FitNotes: return FitNotesParser::create(header, options, diagnostics);
    case ImportFormat::Spotter:
        if (SpotterSorenessParser::matches(header))
            return SpotterSorenessParser::create(header, options, diagnostics);
        if (!SpotterSetsParser::matches(header) && isSessionSummary(header)) {
            ParserSetup setup;
            setup.error =
                Import::tr("This is Spotter's sessions summary, a report whose columns cannot restore "
                           "sessions; import the sets file (and the soreness file) instead");
            return setup;
        }
        return SpotterSetsParser::create(header, options, diagnostics);
    case ImportFormat::Auto: break;
    }
    QString start = header.fields().join(QLatin1Char(','));
    if (start.size() > 120)
        start = start.left(117) + QStringLiteral("...");
    ParserSetup setup;
    setup.error =
        Import::tr("The header matches no format Spotter imports (Strong, Hevy, FitNotes or Spotter's "
                   "own): %1")
            .arg(start);
    return setup;
}

} // namespace spotter
