// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvreader.h"

#include "csv/utf8.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QIODevice>

#include <span>

namespace spotter {

namespace {

constexpr qsizetype kChunkBytes = 64 * 1024;

// Holds this file's translation context in a form lupdate can follow.
struct CsvReaderText
{
    Q_DECLARE_TR_FUNCTIONS(spotter::CsvReaderText)
};

} // namespace

QStringList CsvRecord::fields() const
{
    QStringList out;
    out.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        out.append(field(i).toString());
    return out;
}

CsvReader::CsvReader(QIODevice *device, Limits limits) : m_device(device), m_limits(limits) {}

bool CsvReader::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    if (m_eof || m_failed)
        return false;
    m_buffer.resize(kChunkBytes);
    const qint64 n = m_device->read(m_buffer.data(), kChunkBytes);
    if (n < 0) {
        m_buffer.clear();
        fail(m_line, CsvReaderText::tr("The file could not be read: %1").arg(m_device->errorString()));
        return false;
    }
    m_buffer.resize(n);
    m_pos = 0;
    m_bytesRead += n;
    m_digest = qHash(QByteArrayView(m_buffer.constData(), n), m_digest);
    if (n == 0) {
        m_eof = true;
        return false;
    }
    return true;
}

bool CsvReader::start()
{
    m_started = true;
    if (!fill())
        return false;
    const auto *b = reinterpret_cast<const unsigned char *>(m_buffer.constData());
    const qsizetype n = m_buffer.size();
    if (n >= 4
        && ((b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
            || (b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF))) {
        fail(1, CsvReaderText::tr("The file is UTF-32 text; save it as UTF-8 and import it again"));
        return false;
    }
    if (n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) {
        fail(1, CsvReaderText::tr("The file is UTF-16 text; save it as UTF-8 and import it again"));
        return false;
    }
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
        m_hadBom = true;
        m_pos = 3;
    }
    if (m_delimiter == 0)
        sniffDelimiter();
    return true;
}

void CsvReader::sniffDelimiter()
{
    // The header line decides: the candidate that occurs most often outside quotes wins, and a
    // comma wins ties because it is what RFC 4180 and most exports use.
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    qsizetype from = m_pos;
    while (from < m_buffer.size() && (m_buffer.at(from) == '\r' || m_buffer.at(from) == '\n'))
        ++from; // blank lines before the header are skipped, so they say nothing
    for (qsizetype i = from; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
    }
    m_delimiter = ',';
    if (semicolons > commas && semicolons >= tabs)
        m_delimiter = ';';
    else if (tabs > commas && tabs > semicolons)
        m_delimiter = '\t';
}

CsvReader::Status CsvReader::fail(qint64 line, const QString &message)
{
    m_failed = true;
    m_errorLine = line;
    m_error = message;
    return Status::Failed;
}

bool CsvReader::finishField(qint64 recordLine)
{
    if (m_rawEnds.size() >= m_limits.maxFields) {
        fail(recordLine, CsvReaderText::tr("The record has more than %1 fields").arg(m_limits.maxFields));
        return false;
    }
    m_rawEnds.append(static_cast<qsizetype>(m_raw.size()));
    m_fieldStart = static_cast<qsizetype>(m_raw.size());
    return true;
}

bool CsvReader::decode(CsvRecord &record)
{
    const auto invalid = utf8::decodeFields(
        QByteArrayView(m_raw.data(), static_cast<qsizetype>(m_raw.size())),
        std::span<const qsizetype>(m_rawEnds.constData(), m_rawEnds.size()), record.m_text, record.m_ends);
    if (!invalid)
        return true;
    m_error = CsvReaderText::tr(
                  "The text is not valid UTF-8 (byte 0x%1 in field %2); save the file as UTF-8 and import it "
                  "again")
                  .arg(static_cast<uint>(invalid->byte), 2, 16, QLatin1Char('0'))
                  .arg(invalid->field + 1);
    return false;
}

CsvReader::Status CsvReader::next(CsvRecord &record)
{
    if (m_failed)
        return Status::Failed;
    if (!m_started && !start())
        return m_failed ? Status::Failed : Status::End;

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    m_raw.clear();
    m_rawEnds.clear();
    m_fieldStart = 0;
    qint64 recordLine = m_line;
    qint64 quoteLine = m_line;
    bool content = false; // anything but line ends seen: a blank line is no record

    const auto finishRecord = [&]() -> Status {
        if (!finishField(recordLine))
            return Status::Failed;
        record.m_line = recordLine;
        if (!decode(record)) {
            m_errorLine = recordLine;
            return Status::Invalid;
        }
        return Status::Record;
    };
    const auto append = [&](const char *from, qsizetype count) -> bool {
        m_raw.append(from, static_cast<std::size_t>(count));
        if (static_cast<qsizetype>(m_raw.size()) - m_fieldStart > m_limits.maxFieldBytes) {
            fail(recordLine,
                 CsvReaderText::tr("A field is longer than %1 bytes").arg(m_limits.maxFieldBytes));
            return false;
        }
        if (static_cast<qsizetype>(m_raw.size()) > m_limits.maxRecordBytes) {
            fail(recordLine,
                 CsvReaderText::tr("The record is longer than %1 bytes").arg(m_limits.maxRecordBytes));
            return false;
        }
        return true;
    };
    const auto nulByte = [&]() {
        return fail(m_line,
                    CsvReaderText::tr("The file contains a NUL byte; it looks like UTF-16 or binary data, "
                                      "not UTF-8 text"));
    };

    for (;;) {
        if (!fill()) {
            if (m_failed)
                return Status::Failed;
            if (state == State::Quoted)
                return fail(quoteLine,
                            CsvReaderText::tr("A quoted field never ends (a closing \" is missing)"));
            if (!content)
                return Status::End;
            return finishRecord();
        }
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();

        if (state == State::Quoted) {
            qsizetype p = m_pos;
            for (; p < size; ++p) {
                const char c = data[p];
                if (c == '"' || c == '\0')
                    break;
                if (c == '\r') {
                    ++m_line;
                    m_afterCr = true;
                } else {
                    if (c == '\n' && !m_afterCr)
                        ++m_line;
                    m_afterCr = false;
                }
            }
            if (p > m_pos && !append(data + m_pos, p - m_pos))
                return Status::Failed;
            m_pos = p;
            if (p == size)
                continue;
            if (data[p] == '\0')
                return nulByte();
            ++m_pos;
            m_afterCr = false;
            state = State::AfterQuote;
            continue;
        }

        // Outside quotes an LF right after a CR is the second half of one line end.
        if (m_afterCr) {
            m_afterCr = false;
            if (data[m_pos] == '\n') {
                ++m_pos;
                continue;
            }
        }

        if (state == State::FieldStart && data[m_pos] == '"') {
            quoteLine = m_line;
            content = true;
            ++m_pos;
            state = State::Quoted;
            continue;
        }

        if (state == State::AfterQuote) {
            const char c = data[m_pos];
            if (c == '"') {
                if (!append("\"", 1))
                    return Status::Failed;
                ++m_pos;
                state = State::Quoted;
                continue;
            }
            if (c != m_delimiter && c != '\r' && c != '\n')
                return fail(m_line,
                            CsvReaderText::tr("Text follows a closing quote; a quoted field must end with \" "
                                              "followed by the delimiter or the end of the line"));
        } else {
            state = State::Unquoted;
            qsizetype p = m_pos;
            while (p < size) {
                const char c = data[p];
                if (c == m_delimiter || c == '\r' || c == '\n' || c == '\0')
                    break;
                ++p;
            }
            if (p > m_pos) {
                content = true;
                if (!append(data + m_pos, p - m_pos))
                    return Status::Failed;
            }
            m_pos = p;
            if (p == size)
                continue;
        }

        const char c = data[m_pos++];
        if (c == '\0')
            return nulByte();
        if (c == m_delimiter) {
            content = true;
            if (!finishField(recordLine))
                return Status::Failed;
            state = State::FieldStart;
            continue;
        }
        // A line end: CR, LF or (with the LF skipped above) CRLF.
        m_afterCr = c == '\r';
        ++m_line;
        if (!content) {
            recordLine = m_line;
            quoteLine = m_line;
            state = State::FieldStart;
            continue;
        }
        return finishRecord();
    }
}

} // namespace spotter
