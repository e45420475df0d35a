// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvwriter.h"

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

void CsvWriter::cell(QStringView value)
{
    if (m_cellsInRecord > 0)
        m_buffer.append(m_options.delimiter);
    ++m_cellsInRecord;
    m_lastCellEmpty = value.isEmpty();
    // A file that starts with U+FEFF would lose it to the reader, which takes it for a byte order
    // mark; inside quotes it is data.
    bool quote = m_atStart && value.startsWith(QChar(0xFEFF));
    m_atStart = false;
    for (QChar c : value) {
        if (c == u'"' || c == u'\r' || c == u'\n' || c == QLatin1Char(m_options.delimiter)) {
            quote = true;
            break;
        }
    }
    if (!quote) {
        m_buffer.append(value.toUtf8());
    } else {
        m_buffer.append('"');
        QString escaped = value.toString();
        escaped.replace(u'"', QStringLiteral("\"\""));
        m_buffer.append(escaped.toUtf8());
        m_buffer.append('"');
    }
    if (m_buffer.size() >= kFlushBytes)
        static_cast<void>(flush());
}

CsvWriter &CsvWriter::text(QStringView value)
{
    cell(neutralise(value));
    return *this;
}

CsvWriter &CsvWriter::plain(QStringView value)
{
    cell(value);
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

} // namespace spotter
