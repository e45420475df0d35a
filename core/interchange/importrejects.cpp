// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/importrejects.h"

#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "interchange/importdiagnostics.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace spotter {

void RejectedRows::note(qint64 line, const QString &group)
{
    if (!m_runs.isEmpty() && m_runs.constLast().group == group)
        return;
    m_runs.append({line, group});
}

bool RejectedRows::reject(qint64 line)
{
    if (line <= 0 || m_runs.isEmpty() || line < m_runs.constFirst().line)
        return false;
    // The run that starts at or before the line. A line inside a quoted field that spans lines
    // belongs to the record that started before it, which is what this finds too.
    const auto it = std::upper_bound(m_runs.cbegin(), m_runs.cend(), line,
                                     [](qint64 l, const Run &run) { return l < run.line; });
    const Run &run = *(it - 1);
    const auto found = m_rejected.constFind(run.group);
    if (found == m_rejected.constEnd() || line < *found)
        m_rejected.insert(run.group, line);
    return true;
}

void RejectedRows::addReasons(const ImportDiagnostics &diagnostics)
{
    for (const ImportMessage &m : diagnostics.errors()) {
        QStringList &list = m_reasons[m.line];
        if (!list.contains(m.text))
            list.append(m.text);
    }
}

QString RejectedRows::reason(qint64 line, const QString &group) const
{
    const auto own = m_reasons.constFind(line);
    if (own != m_reasons.constEnd())
        return own->join(QStringLiteral("; "));
    return QCoreApplication::translate("spotter::Import",
                                       "held back with its workout, which has an invalid row on line %1")
        .arg(m_rejected.value(group));
}

QString RejectedRows::ownGroup(qint64 line)
{
    return u'\x1d' + QString::number(line);
}

RejectsFile::RejectsFile(QString path) : m_path(std::move(path)), m_file(m_path) {}

RejectsFile::~RejectsFile() = default;

bool RejectsFile::open(const QString &importedFile, const QStringList &header, char delimiter, bool bom,
                       QString *error)
{
    m_importedFile = importedFile;
    if (!m_file.open(QIODevice::WriteOnly)) {
        *error = m_file.errorString();
        return false;
    }
    CsvWriter::Options options;
    options.delimiter = delimiter;
    options.crlf = false;
    options.bom = bom;
    m_writer = std::make_unique<CsvWriter>(&m_file, options);
    QStringList cells = header;
    cells << QStringLiteral("reject_file") << QStringLiteral("reject_line")
          << QStringLiteral("reject_reason");
    m_writer->writeRecord(cells);
    return true;
}

void RejectsFile::write(const CsvRecord &record, const QString &reason)
{
    // The row's fields as the file has them, so that fixing one value and importing the file
    // gives exactly what a corrected original would.
    for (qsizetype i = 0; i < record.size(); ++i)
        m_writer->plain(record.field(i));
    m_writer->plain(m_importedFile);
    m_writer->plain(QString::number(record.line()));
    m_writer->text(reason);
    m_writer->endRecord();
    ++m_rows;
}

bool RejectsFile::commit(QString *error)
{
    if (!m_writer->flush()) {
        *error = m_writer->errorString();
        m_file.cancelWriting();
        return false;
    }
    if (!m_file.commit()) {
        *error = m_file.errorString();
        return false;
    }
    return true;
}

QString RejectsFile::defaultPath(const QString &importedFile)
{
    const QFileInfo info(importedFile);
    const QDir dir = info.absoluteDir();
    const QString base = info.completeBaseName();
    QString path = dir.filePath(base + QStringLiteral(".rejects.csv"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(base + QStringLiteral(".rejects-%1.csv").arg(n));
    return path;
}

} // namespace spotter
