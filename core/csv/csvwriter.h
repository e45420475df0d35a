// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace spotter {

class CsvCells;

/// Writes RFC 4180 CSV, strict on output: every cell quoted when it needs to be, the same line
/// end throughout, UTF-8 with an optional byte order mark (for Excel on Windows). Text cells
/// are neutralised against formula injection (OWASP: a leading = + - @ tab or CR gets a `'`);
/// number cells are written untouched so that -2.5 stays a number. Knows no file format.
class CsvWriter
{
public:
    struct Options
    {
        char delimiter = ',';
        bool crlf = true; ///< CRLF as RFC 4180 says; LF otherwise
        bool bom = false; ///< start with the UTF-8 byte order mark
    };

    explicit CsvWriter(QIODevice *device) : CsvWriter(device, Options()) {}
    CsvWriter(QIODevice *device, Options options);
    /// Flushes what is buffered; call flush() first to learn whether writing failed.
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    /// A cell of free text (names, notes): neutralised, then quoted if needed.
    CsvWriter &text(QStringView value);
    /// A cell whose text is ours (numbers, keys, dates, headers): only quoted if needed.
    CsvWriter &plain(QStringView value);
    /// text() for a value that is UTF-8 already (the exporter's hot loop: no conversion).
    CsvWriter &textUtf8(QByteArrayView utf8);
    /// plain() for a value that is UTF-8 (or ASCII) already.
    CsvWriter &plainUtf8(QByteArrayView utf8);
    /// Cells encoded once by @p cells (made for this writer's delimiter), e.g. the session
    /// columns that repeat on every set of a session.
    CsvWriter &cells(const CsvCells &cells);
    /// Ends the current record with the line end.
    void endRecord();
    /// A whole record of plain cells, such as a header.
    void writeRecord(const QStringList &cells);

    /// Writes the buffer to the device; false (see errorString()) when the device refused.
    [[nodiscard]] bool flush();
    [[nodiscard]] const QString &errorString() const { return m_error; }

    /// The text as written to a text cell: a `'` in front when a spreadsheet would otherwise
    /// run it as a formula. Text that already starts with quotes before such a character gets
    /// one more, so that unneutralise() restores every text exactly.
    [[nodiscard]] static QString neutralise(QStringView text);
    /// The inverse of neutralise(), for reading our own files back.
    [[nodiscard]] static QString unneutralise(QStringView text);

private:
    void cell(QByteArrayView utf8, bool neutralise);

    QIODevice *m_device;
    Options m_options;
    QByteArray m_buffer;
    QString m_error;
    int m_cellsInRecord = 0;
    bool m_lastCellEmpty = false;
    bool m_atStart = true; ///< nothing written yet, not even a byte order mark
    bool m_failed = false;
};

/// A run of cells encoded once, the way CsvWriter encodes them, and written on many records with
/// CsvWriter::cells().
class CsvCells
{
public:
    explicit CsvCells(char delimiter = ',') : m_delimiter(delimiter) {}

    CsvCells &text(QStringView value);
    CsvCells &plain(QStringView value);
    CsvCells &textUtf8(QByteArrayView utf8);
    CsvCells &plainUtf8(QByteArrayView utf8);
    void clear();

    [[nodiscard]] int count() const { return m_count; }
    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }
    [[nodiscard]] char delimiter() const { return m_delimiter; }
    [[nodiscard]] bool lastEmpty() const { return m_lastEmpty; }

private:
    void cell(QByteArrayView utf8, bool neutralise);

    QByteArray m_bytes;
    int m_count = 0;
    bool m_lastEmpty = false;
    char m_delimiter;
};

} // namespace spotter
