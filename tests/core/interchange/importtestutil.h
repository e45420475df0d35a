// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads an import fixture with a format parser alone (no database), for tests that check
// what each format's quirks turn into.

#include "csv/csvreader.h"
#include "interchange/formatparser.h"
#include "interchange/importdiagnostics.h"
#include "interchange/importedsession.h"
#include "interchange/importformat.h"
#include "testutil.h"

#include <QFile>

#include <gtest/gtest.h>

namespace spotter::test {

struct Parsed : ImportSink
{
    ImportFormat format = ImportFormat::Auto;
    QString setupError;
    bool needsUnit = false;
    std::optional<WeightUnit> unit;
    UnitSource unitSource = UnitSource::Header;
    QList<ImportedSession> sessions;
    QList<ImportedSoreness> reports;
    ImportDiagnostics diagnostics;

    void session(ImportedSession &&s) override { sessions.append(std::move(s)); }
    void soreness(ImportedSoreness &&r) override { reports.append(std::move(r)); }

    /// Every message as "LINE: text", for readable failures.
    [[nodiscard]] QString messages() const
    {
        QStringList out;
        for (const ImportMessage &m : diagnostics.errors())
            out.append(QStringLiteral("error %1: %2").arg(m.line).arg(m.text));
        for (const ImportMessage &m : diagnostics.warnings())
            out.append(QStringLiteral("warning %1: %2").arg(m.line).arg(m.text));
        return out.join(u'\n');
    }
};

/// Parses tests/data/import/@p fixture.
inline std::unique_ptr<Parsed> parseFixture(const QString &fixture, std::optional<WeightUnit> unit = {},
                                            ImportFormat format = ImportFormat::Auto)
{
    auto p = std::make_unique<Parsed>();
    QFile file(dataPath(QStringLiteral("import/") + fixture));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << fixture.toStdString();
    CsvReader reader(&file);
    CsvRecord record;
    if (reader.next(record) != CsvReader::Status::Record) {
        p->setupError = reader.errorMessage();
        return p;
    }
    ParserOptions options;
    options.unit = unit;
    options.decimalComma = reader.delimiter() == ';';
    options.fileName = fixture;
    p->format = format == ImportFormat::Auto ? detectFormat(record) : format;
    ParserSetup setup = createParser(p->format, record, options, p->diagnostics);
    if (!setup.parser) {
        p->setupError = setup.error;
        p->needsUnit = setup.needsUnit;
        return p;
    }
    p->unit = setup.parser->unit();
    p->unitSource = setup.parser->unitSource();
    for (;;) {
        const CsvReader::Status s = reader.next(record);
        if (s == CsvReader::Status::End)
            break;
        if (s == CsvReader::Status::Record) {
            setup.parser->record(record, *p, p->diagnostics);
            continue;
        }
        p->diagnostics.error(reader.errorLine(), reader.errorMessage());
        if (s == CsvReader::Status::Failed)
            break;
    }
    setup.parser->finish(*p, p->diagnostics);
    return p;
}

inline qint64 grams(const WorkoutSet &s)
{
    return s.weight ? s.weight->grams() : -1;
}

} // namespace spotter::test
