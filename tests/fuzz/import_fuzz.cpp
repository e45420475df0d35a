// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for one import format's parser, chosen at build time by
// SPOTTER_FUZZ_PARSER (StrongParser, HevyParser, ...). The input is a whole file, header
// included; the parser reads it into a sink, never a database. Any input must end without a
// crash, and what the parser hands on must keep its promises: items point at lines of the file,
// a session part never holds more sets than the parser buffers, every problem has a message,
// and the model's validation can judge every value.
#include "csv/csvreader.h"
#include "fuzzcheck.h"
#include "interchange/fitnotesparser.h"
#include "interchange/hevyparser.h"
#include "interchange/importdiagnostics.h"
#include "interchange/spottersetsparser.h"
#include "interchange/spottersorenessparser.h"
#include "interchange/strongparser.h"
#include "model/validation.h"

#include <QBuffer>
#include <QDateTime>

#include <cstdint>

#ifndef SPOTTER_FUZZ_PARSER
#error "import_fuzz.cpp needs SPOTTER_FUZZ_PARSER, e.g. StrongParser"
#endif

namespace {

using spotter::fuzz::require;

/// The most sets a parser keeps for one session before handing a part on.
constexpr qsizetype kMaxBufferedSets = 10'000;

class CheckingSink : public spotter::ImportSink
{
public:
    explicit CheckingSink(const qint64 &lastLine) : m_lastLine(lastLine) {}

    void session(spotter::ImportedSession &&s) override
    {
        require(s.line >= 2 && s.line <= m_lastLine);
        require(!s.groupKey.isEmpty());
        require(s.sets.size() <= kMaxBufferedSets);
        (void)spotter::validate(s.session);
        for (const spotter::ImportedSet &set : std::as_const(s.sets)) {
            require(set.line >= s.line && set.line <= m_lastLine);
            (void)spotter::validate(set.set);
            (void)spotter::checkName(set.exercise, QStringLiteral("exercise"));
        }
        ++sessions;
    }

    void soreness(spotter::ImportedSoreness &&r) override
    {
        require(r.line >= 2 && r.line <= m_lastLine);
        (void)spotter::validate(r.report, QDateTime::currentDateTime());
        ++reports;
    }

    qint64 sessions = 0;
    qint64 reports = 0;

private:
    const qint64 &m_lastLine;
};

void requireMessages(const QList<spotter::ImportMessage> &messages, qint64 lastLine)
{
    for (const spotter::ImportMessage &m : messages) {
        require(!m.text.isEmpty());
        require(m.line >= 0 && m.line <= lastLine);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace spotter;
    QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    CsvReader::Limits limits;
    limits.maxFieldBytes = 64 * 1024;
    limits.maxRecordBytes = 256 * 1024;
    limits.maxFields = 128;
    CsvReader reader(&in, limits);
    CsvRecord record;
    if (reader.next(record) != CsvReader::Status::Record)
        return 0;

    ParserOptions options;
    // Half the inputs come with a unit chosen, so both "needs a unit" and the unit paths run.
    if (size % 2 == 1)
        options.unit = size % 4 == 1 ? WeightUnit::Kg : WeightUnit::Lb;
    options.decimalComma = reader.delimiter() == ';';
    options.fileName = QStringLiteral("fuzz.csv");
    ImportDiagnostics diagnostics;
    qint64 lastLine = record.line();
    const bool matches = SPOTTER_FUZZ_PARSER::matches(record);
    ParserSetup setup = SPOTTER_FUZZ_PARSER::create(record, options, diagnostics);
    if (!setup.parser) {
        require(!setup.error.isEmpty());
        return 0;
    }
    (void)matches;
    CheckingSink sink(lastLine);
    for (;;) {
        const CsvReader::Status status = reader.next(record);
        if (status == CsvReader::Status::End || status == CsvReader::Status::Failed)
            break;
        if (status == CsvReader::Status::Invalid)
            continue;
        require(record.line() > lastLine);
        lastLine = record.line();
        setup.parser->record(record, sink, diagnostics);
    }
    setup.parser->finish(sink, diagnostics);
    requireMessages(diagnostics.errors(), lastLine);
    requireMessages(diagnostics.warnings(), lastLine);
    require(diagnostics.errorCount() >= diagnostics.errors().size());
    return 0;
}
