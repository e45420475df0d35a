// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/importpass.h"

#include "csv/csvreader.h"
#include "interchange/importrejects.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Import
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Import)
};

constexpr qint64 kCancelCheckRows = 1024;
constexpr qint64 kProgressRows = 16 * 1024;

/// Gives the sessions read from a rejects file the name of the file their rows came from.
class SourceFileSink : public ImportSink
{
public:
    SourceFileSink(ImportSink &next, const QString &ownName, const QString &original)
        : m_next(next), m_ownName(ownName), m_original(original)
    {}
    void session(ImportedSession &&s) override
    {
        if (!m_original.isEmpty() && s.session.source.file == m_ownName)
            s.session.source.file = m_original;
        m_next.session(std::move(s));
    }
    void soreness(ImportedSoreness &&r) override { m_next.soreness(std::move(r)); }

private:
    ImportSink &m_next;
    const QString &m_ownName;
    const QString &m_original;
};

} // namespace

ImportPass::End ImportPass::run(ImportSink &sink)
{
    if (!m_file.seek(0)) {
        m_diagnostics.error(0, Import::tr("The file could not be read: %1").arg(m_file.errorString()));
        return End::Stopped;
    }
    CsvReader reader(&m_file);
    CsvRecord record;
    const CsvReader::Status headerStatus = reader.next(record);
    if (headerStatus != CsvReader::Status::Record) {
        if (headerStatus == CsvReader::Status::End)
            m_diagnostics.error(1, Import::tr("The file is empty: there is no header line and no rows"));
        else
            m_diagnostics.error(reader.errorLine(), reader.errorMessage());
        return End::Stopped;
    }
    const qint64 headerLine = record.line();
    m_header = record.fields();
    m_delimiter = reader.delimiter();
    m_bom = reader.hadBom();
    ParserOptions parserOptions;
    parserOptions.unit = m_options.unit;
    parserOptions.decimalComma = reader.delimiter() == ';';
    parserOptions.fileName = QFileInfo(m_file.fileName()).fileName();
    m_result.format = m_options.format == ImportFormat::Auto ? detectFormat(record) : m_options.format;
    // The header's warnings are given once, by the first reading.
    ImportDiagnostics headerDiagnostics;
    ParserSetup setup =
        createParser(m_result.format, record, parserOptions,
                     m_phase == ImportProgress::Phase::Reading && m_feed ? m_diagnostics : headerDiagnostics);
    if (!setup.parser) {
        m_diagnostics.error(record.line(), setup.error);
        m_result.status = setup.needsUnit ? ImportStatus::NeedsUnit : ImportStatus::Failed;
        return End::Stopped;
    }
    m_result.unit = setup.parser->unit();
    m_result.unitSource = setup.parser->unitSource();
    if (!checkAthleteOption(record.line()))
        return End::Stopped;

    m_sourceFile = parserOptions.fileName;
    qsizetype rejectFileColumn = -1;
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        if (m_header.at(i).trimmed().compare(u"reject_file", Qt::CaseInsensitive) == 0)
            rejectFileColumn = i;
    }
    QString original;
    SourceFileSink target(sink, parserOptions.fileName, original);

    const bool grouping = m_note || m_skip;
    ImportProgress progress{m_phase, 0, m_file.size(), 0};
    for (;;) {
        const CsvReader::Status status = reader.next(record);
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Failed) {
            m_diagnostics.error(reader.errorLine(), reader.errorMessage());
            break;
        }
        ++progress.rows;
        if (rejectFileColumn >= 0 && progress.rows == 1 && status == CsvReader::Status::Record) {
            original = record.field(rejectFileColumn).trimmed().toString();
            if (!original.isEmpty())
                m_sourceFile = original;
        }
        if (status == CsvReader::Status::Invalid) {
            m_encodingErrors = true;
            m_diagnostics.error(reader.errorLine(), reader.errorMessage());
        } else if (grouping) {
            QString group = setup.parser->groupOf(record);
            if (group.isEmpty())
                group = RejectedRows::ownGroup(record.line());
            if (m_note)
                m_note->note(record.line(), group);
            if (m_skip && m_skip->rejects(group)) {
                ++m_skipped;
                if (m_out)
                    m_out->write(record, m_skip->reason(record.line(), group));
            } else if (m_feed) {
                setup.parser->record(record, target, m_diagnostics);
            }
        } else {
            setup.parser->record(record, target, m_diagnostics);
        }
        if (progress.rows % kCancelCheckRows == 0 && m_options.cancel && m_options.cancel->load())
            return End::Cancelled;
        if (progress.rows % kProgressRows == 0 && m_options.progress) {
            progress.bytesDone = reader.bytesRead();
            m_options.progress(progress);
        }
    }
    if (m_feed)
        setup.parser->finish(target, m_diagnostics);
    if (m_options.cancel && m_options.cancel->load())
        return End::Cancelled;
    // A file cut off after its header, or an export of nothing, is reported rather than
    // "imported": the person expected rows.
    if (progress.rows == 0 && !m_diagnostics.hasErrors()) {
        m_diagnostics.error(headerLine, Import::tr("The file has a header but no rows; there is nothing to "
                                                   "import"));
        return End::Stopped;
    }
    m_result.rows = progress.rows;
    m_digest = reader.contentDigest();
    if (m_options.progress) {
        progress.bytesDone = reader.bytesRead();
        m_options.progress(progress);
    }
    return End::Done;
}

bool ImportPass::checkAthleteOption(qint64 line)
{
    if (m_result.format == ImportFormat::Spotter && !m_options.athlete.isEmpty()) {
        m_diagnostics.error(line,
                            Import::tr("Spotter's own files name the athlete on every row; do not choose an "
                                       "athlete for them"));
        m_result.status = ImportStatus::WrongOption;
        return false;
    }
    if (m_result.format != ImportFormat::Spotter && m_options.athlete.trimmed().isEmpty()) {
        m_diagnostics.error(line, Import::tr("A %1 file does not say whose history it is; choose the athlete")
                                      .arg(displayName(m_result.format)));
        m_result.status = ImportStatus::NeedsAthlete;
        return false;
    }
    return true;
}

} // namespace spotter
