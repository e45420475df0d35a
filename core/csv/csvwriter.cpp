// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace spotter {

namespace {

constexpr qsizetype kFlushBytes = 64 * 1024;

bool isFormulaTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

/// True when @p text is any number of `'` followed by a formula trigger.
bool startsLikeFormula(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    return i < text.size() && isFormulaTrigger(text[i]);
}

/// startsLikeFormula() on UTF-8: the quote and every trigger are ASCII.
bool startsLikeFormula(QByteArrayView utf8)
{
    qsizetype i = 0;
    while (i < utf8.size() && utf8[i] == '\'')
        ++i;
    return i < utf8.size() && isFormulaTrigger(QLatin1Char(utf8[i]));
}

/// Appends one cell: neutralised if asked, quoted when it holds a quote, a line break or the
/// delimiter (all ASCII, so never part of a multi-byte UTF-8 character).
void appendCell(QByteArray &out, QByteArrayView utf8, char delimiter, bool neutralise, bool forceQuotes)
{
    bool quote = forceQuotes;
    for (qsizetype i = 0; !quote && i < utf8.size(); ++i) {
        const char c = utf8[i];
        quote = c == '"' || c == '\r' || c == '\n' || c == delimiter;
    }
    if (quote)
        out.append('"');
    if (neutralise && startsLikeFormula(utf8))
        out.append('\'');
    if (!quote) {
        out.append(utf8);
        return;
    }
    qsizetype from = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8[i] == '"') {
            out.append(utf8.sliced(from, i + 1 - from));
            out.append('"');
            from = i + 1;
        }
    }
    out.append(utf8.sliced(from));
    out.append('"');
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, Options options) : m_device(device), m_options(options)
{
    if (m_options.bom)
        m_buffer.append("\xEF\xBB\xBF");
    m_atStart = !m_options.bom;
}

CsvWriter::~CsvWriter()
{
    if (!m_buffer.isEmpty())
        static_cast<void>(flush());
}

QString CsvWriter::neutralise(QStringView text)
{
    if (!startsLikeFormula(text))
        return text.toString();
    return u'\'' + text.toString();
}

QString CsvWriter::unneutralise(QStringView text)
{
    if (text.startsWith(u'\'') && startsLikeFormula(text.mid(1)))
        return text.mid(1).toString();
    return text.toString();
}

void CsvWriter::cell(QByteArrayView utf8, bool neutralise)
{
    if (m_cellsInRecord > 0)
        m_buffer.append(m_options.delimiter);
    ++m_cellsInRecord;
    m_lastCellEmpty = utf8.isEmpty();
    // A file that starts with U+FEFF would lose it to the reader, which takes it for a byte order
    // mark; inside quotes it is data.
    const bool forceQuotes = m_atStart && utf8.startsWith(QByteArrayView("\xEF\xBB\xBF"));
    m_atStart = false;
    appendCell(m_buffer, utf8, m_options.delimiter, neutralise, forceQuotes);
    if (m_buffer.size() >= kFlushBytes)
        static_cast<void>(flush());
}

CsvWriter &CsvWriter::text(QStringView value)
{
    cell(value.toUtf8(), true);
    return *this;
}

CsvWriter &CsvWriter::plain(QStringView value)
{
    cell(value.toUtf8(), false);
    return *this;
}

CsvWriter &CsvWriter::textUtf8(QByteArrayView utf8)
{
    cell(utf8, true);
    return *this;
}

CsvWriter &CsvWriter::plainUtf8(QByteArrayView utf8)
{
    cell(utf8, false);
    return *this;
}

CsvWriter &CsvWriter::cells(const CsvCells &cells)
{
    Q_ASSERT(cells.delimiter() == m_options.delimiter);
    if (cells.count() == 0)
        return *this;
    if (m_cellsInRecord > 0)
        m_buffer.append(m_options.delimiter);
    m_buffer.append(cells.bytes());
    m_cellsInRecord += cells.count();
    m_lastCellEmpty = cells.lastEmpty();
    m_atStart = false;
    if (m_buffer.size() >= kFlushBytes)
        static_cast<void>(flush());
    return *this;
}

void CsvWriter::endRecord()
{
    // A record of one empty cell would be a blank line, which readers skip.
    if (m_cellsInRecord == 1 && m_lastCellEmpty)
        m_buffer.append("\"\"");
    m_buffer.append(m_options.crlf ? "\r\n" : "\n");
    m_cellsInRecord = 0;
    if (m_buffer.size() >= kFlushBytes)
        static_cast<void>(flush());
}

void CsvWriter::writeRecord(const QStringList &cells)
{
    for (const QString &c : cells)
        plain(c);
    endRecord();
}

bool CsvWriter::flush()
{
    if (m_failed)
        return false;
    const char *data = m_buffer.constData();
    qint64 left = m_buffer.size();
    while (left > 0) {
        const qint64 n = m_device->write(data, left);
        if (n <= 0) {
            m_failed = true;
            m_error = QCoreApplication::translate("spotter::CsvWriter", "The file could not be written: %1")
                          .arg(m_device->errorString());
            m_buffer.clear();
            return false;
        }
        data += n;
        left -= n;
    }
    m_buffer.resize(0);
    return true;
}

CsvCells &CsvCells::text(QStringView value)
{
    cell(value.toUtf8(), true);
    return *this;
}

CsvCells &CsvCells::plain(QStringView value)
{
    cell(value.toUtf8(), false);
    return *this;
}

CsvCells &CsvCells::textUtf8(QByteArrayView utf8)
{
    cell(utf8, true);
    return *this;
}

CsvCells &CsvCells::plainUtf8(QByteArrayView utf8)
{
    cell(utf8, false);
    return *this;
}

void CsvCells::clear()
{
    m_bytes.resize(0);
    m_count = 0;
    m_lastEmpty = false;
}

void CsvCells::cell(QByteArrayView utf8, bool neutralise)
{
    if (m_count > 0)
        m_bytes.append(m_delimiter);
    ++m_count;
    m_lastEmpty = utf8.isEmpty();
    appendCell(m_bytes, utf8, m_delimiter, neutralise, false);
}

} // namespace spotter
