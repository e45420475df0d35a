// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the CSV reader and writer, which know no file format so they can be
// fuzzed alone. Any input must end in a bounded number of steps without crashing, no record may
// break the reader's limits, and whatever the reader read, the writer must write so that the
// reader reads it back exactly.
#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using spotter::CsvReader;
    using spotter::CsvRecord;
    using spotter::CsvWriter;

    CsvReader::Limits limits;
    limits.maxFieldBytes = 4096;
    limits.maxRecordBytes = 16384;
    limits.maxFields = 64;
    QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    CsvReader reader(&in, limits);
    CsvRecord record;
    QList<QStringList> records;
    for (size_t steps = 0;; ++steps) {
        require(steps <= size + 1); // every record takes at least one byte
        const CsvReader::Status status = reader.next(record);
        if (status == CsvReader::Status::End || status == CsvReader::Status::Failed)
            break;
        require(status != CsvReader::Status::Invalid || !reader.errorMessage().isEmpty());
        if (status != CsvReader::Status::Record)
            continue;
        require(record.size() <= limits.maxFields);
        require(record.line() >= 1);
        for (qsizetype i = 0; i < record.size(); ++i)
            require(record.field(i).size() <= limits.maxFieldBytes);
        records.append(record.fields());
    }
    if (records.isEmpty())
        return 0;

    const char delimiter = reader.delimiter();
    QByteArray written;
    {
        QBuffer out(&written);
        out.open(QIODevice::WriteOnly);
        CsvWriter writer(&out, {delimiter, true, false});
        for (const QStringList &r : std::as_const(records)) {
            for (const QString &field : r)
                writer.plain(field);
            writer.endRecord();
        }
        require(writer.flush());
    }
    QBuffer back(&written);
    back.open(QIODevice::ReadOnly);
    CsvReader again(&back, limits);
    again.setDelimiter(delimiter);
    for (const QStringList &r : std::as_const(records)) {
        require(again.next(record) == CsvReader::Status::Record);
        require(record.fields() == r);
    }
    require(again.next(record) == CsvReader::Status::End);
    return 0;
}
