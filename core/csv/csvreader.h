// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

#include <string>

class QIODevice;

namespace spotter {

/// One record of a CSV file: its fields, decoded once into a single buffer, and the line it
/// starts on. A reader reuses the same record object so that a million rows cost no million
/// allocations.
class CsvRecord
{
public:
    /// 1-based line of the file on which the record starts.
    [[nodiscard]] qint64 line() const { return m_line; }
    [[nodiscard]] qsizetype size() const { return m_ends.size(); }
    /// The field at @p index; an empty view past the end (a ragged row is the caller's concern).
    [[nodiscard]] QStringView field(qsizetype index) const
    {
        if (index < 0 || index >= m_ends.size())
            return {};
        const qsizetype begin = index == 0 ? 0 : m_ends[index - 1];
        return QStringView(m_text).mid(begin, m_ends[index] - begin);
    }
    [[nodiscard]] QStringList fields() const;

private:
    friend class CsvReader;
    qint64 m_line = 0;
    QString m_text;
    QVarLengthArray<qsizetype, 32> m_ends;
};

/// A streaming RFC 4180 reader that knows nothing about any file format, so it can be fuzzed
/// alone. Lenient where real exports differ (a UTF-8 BOM, LF or CR line ends, a ';' or tab
/// delimiter sniffed from the first line, blank lines) and strict where guessing would corrupt
/// data (text after a closing quote, an unterminated quote, bytes that are not UTF-8). Hard
/// limits keep hostile input from exhausting memory.
class CsvReader
{
public:
    struct Limits
    {
        qsizetype maxFieldBytes = 1024 * 1024;
        qsizetype maxRecordBytes = 8 * 1024 * 1024;
        qsizetype maxFields = 1024;
    };

    enum class Status {
        Record,  ///< a record was read
        Invalid, ///< this record is unusable (see errorMessage()); reading can go on
        End,     ///< no more records
        Failed   ///< the rest of the input cannot be read (see errorMessage())
    };

    explicit CsvReader(QIODevice *device) : CsvReader(device, Limits()) {}
    CsvReader(QIODevice *device, Limits limits);
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /// Uses @p delimiter instead of sniffing one from the first line.
    void setDelimiter(char delimiter) { m_delimiter = delimiter; }
    /// The delimiter in use: the one set, or the one sniffed on the first call of next().
    [[nodiscard]] char delimiter() const { return m_delimiter; }

    /// Reads the next record into @p record, skipping blank lines.
    [[nodiscard]] Status next(CsvRecord &record);

    /// Why next() returned Invalid or Failed, worded for people.
    [[nodiscard]] const QString &errorMessage() const { return m_error; }
    /// The line the error refers to.
    [[nodiscard]] qint64 errorLine() const { return m_errorLine; }
    /// Bytes taken from the device so far, for progress reports.
    [[nodiscard]] qint64 bytesRead() const { return m_bytesRead; }
    /// A digest of the bytes taken from the device so far, chunk by chunk: two readings of a
    /// file that give the same digest read the same bytes (an import compares its passes).
    [[nodiscard]] size_t contentDigest() const { return m_digest; }
    /// True when the input started with a UTF-8 byte order mark (which is not part of any field).
    [[nodiscard]] bool hadBom() const { return m_hadBom; }

private:
    bool fill();
    bool start();
    void sniffDelimiter();
    Status fail(qint64 line, const QString &message);
    bool finishField(qint64 recordLine);
    /// Decodes the record's bytes into @p record; false (with m_error) when they are not UTF-8.
    bool decode(CsvRecord &record);

    QIODevice *m_device;
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_failed = false;
    bool m_hadBom = false;
    bool m_afterCr = false; ///< the previous byte was CR, so an LF now ends no further line
    char m_delimiter = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    size_t m_digest = 0;
    /// The bytes of the record's fields, unquoted, one after another, and where each ends.
    std::string m_raw;
    QVarLengthArray<qsizetype, 32> m_rawEnds;
    qsizetype m_fieldStart = 0;
    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace spotter
