// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace spotter {

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
    void cell(QStringView value);

    QIODevice *m_device;
    Options m_options;
    QByteArray m_buffer;
    QString m_error;
    int m_cellsInRecord = 0;
    bool m_lastCellEmpty = false;
    bool m_atStart = true; ///< nothing written yet, not even a byte order mark
    bool m_failed = false;
};

} // namespace spotter
