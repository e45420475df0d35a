// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace spotter {

namespace {

constexpr qsizetype kChunkBytes = 64 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("spotter::CsvReader", text);
}

/// Decodes UTF-8 and appends it to @p out. Returns the offset of the first byte that is not
/// valid UTF-8 (overlong forms, surrogates and truncated sequences included), or -1; on error
/// @p out is left as it was. QString::fromUtf8 would silently substitute U+FFFD, turning a
/// Latin-1 file into garbage instead of an error.
qsizetype appendUtf8(const char *begin, const char *end, QString &out)
{
    const qsizetype start = out.size();
    out.resize(start + (end - begin)); // UTF-16 never needs more units than UTF-8 has bytes
    char16_t *const first = reinterpret_cast<char16_t *>(out.data());
    char16_t *dst = first + start;
    const auto *p = reinterpret_cast<const unsigned char *>(begin);
    const auto *const stop = reinterpret_cast<const unsigned char *>(end);
    while (p < stop) {
        char32_t c = *p;
        if (c < 0x80) {
            *dst++ = static_cast<char16_t>(c);
            ++p;
            continue;
        }
        int trailing = 0;
        char32_t minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            trailing = 1;
            c &= 0x1F;
            minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            trailing = 2;
            c &= 0x0F;
            minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            trailing = 3;
            c &= 0x07;
            minimum = 0x10000;
        }
        bool ok = trailing > 0 && stop - p > trailing;
        for (int i = 1; ok && i <= trailing; ++i) {
            const unsigned char b = p[i];
            ok = (b & 0xC0) == 0x80;
            c = (c << 6) | (b & 0x3F);
        }
        if (!ok || c < minimum || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
            out.resize(start);
            return reinterpret_cast<const char *>(p) - begin;
        }
        if (c >= 0x10000) {
            c -= 0x10000;
            *dst++ = static_cast<char16_t>(0xD800 + (c >> 10));
            *dst++ = static_cast<char16_t>(0xDC00 + (c & 0x3FF));
        } else {
            *dst++ = static_cast<char16_t>(c);
        }
        p += trailing + 1;
    }
    out.resize(dst - first);
    return -1;
}

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
        fail(m_line, tr("The file could not be read: %1").arg(m_device->errorString()));
        return false;
    }
    m_buffer.resize(n);
    m_pos = 0;
    m_bytesRead += n;
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
        fail(1, tr("The file is UTF-32 text; save it as UTF-8 and import it again"));
        return false;
    }
    if (n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) {
        fail(1, tr("The file is UTF-16 text; save it as UTF-8 and import it again"));
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

bool CsvReader::finishField(CsvRecord &record, qint64 recordLine)
{
    if (record.m_ends.size() >= m_limits.maxFields) {
        fail(recordLine, tr("The record has more than %1 fields").arg(m_limits.maxFields));
        return false;
    }
    if (!m_invalidUtf8) {
        const qsizetype bad = appendUtf8(m_field.constBegin(), m_field.constEnd(), record.m_text);
        if (bad >= 0) {
            m_invalidUtf8 = true;
            m_invalidMessage = tr("The text is not valid UTF-8 (byte 0x%1 in field %2); save the file as "
                                  "UTF-8 and import it again")
                                   .arg(static_cast<uint>(static_cast<unsigned char>(m_field.at(bad))), 2, 16,
                                        QLatin1Char('0'))
                                   .arg(record.m_ends.size() + 1);
        }
    }
    record.m_ends.append(record.m_text.size());
    m_field.resize(0);
    return true;
}

CsvReader::Status CsvReader::next(CsvRecord &record)
{
    if (m_failed)
        return Status::Failed;
    if (!m_started && !start())
        return m_failed ? Status::Failed : Status::End;

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    record.m_text.resize(0);
    record.m_ends.clear();
    m_field.resize(0);
    m_recordBytes = 0;
    m_invalidUtf8 = false;
    qint64 recordLine = m_line;
    qint64 quoteLine = m_line;
    bool content = false; // anything but line ends seen: a blank line is no record

    const auto finishRecord = [&]() -> Status {
        if (!finishField(record, recordLine))
            return Status::Failed;
        record.m_line = recordLine;
        if (m_invalidUtf8) {
            m_errorLine = recordLine;
            m_error = m_invalidMessage;
            return Status::Invalid;
        }
        return Status::Record;
    };
    const auto append = [&](const char *from, qsizetype count) -> bool {
        m_field.append(from, count);
        m_recordBytes += count;
        if (m_field.size() > m_limits.maxFieldBytes) {
            fail(recordLine, tr("A field is longer than %1 bytes").arg(m_limits.maxFieldBytes));
            return false;
        }
        if (m_recordBytes > m_limits.maxRecordBytes) {
            fail(recordLine, tr("The record is longer than %1 bytes").arg(m_limits.maxRecordBytes));
            return false;
        }
        return true;
    };
    const auto nulByte = [&]() {
        return fail(m_line, tr("The file contains a NUL byte; it looks like UTF-16 or binary data, "
                               "not UTF-8 text"));
    };

    for (;;) {
        if (!fill()) {
            if (m_failed)
                return Status::Failed;
            if (state == State::Quoted)
                return fail(quoteLine, tr("A quoted field never ends (a closing \" is missing)"));
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
                return fail(m_line, tr("Text follows a closing quote; a quoted field must end with \" "
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
            if (!finishField(record, recordLine))
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
