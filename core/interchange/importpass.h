// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/importer.h"

#include <QStringList>

class QFile;

namespace spotter {

class RejectedRows;
class RejectsFile;

/// One reading of an import file, from the header to the end, feeding an ImportSink through the
/// format's parser. A partial import reads the file several times: to find the invalid rows
/// (noting which workout each row belongs to), to plan and write what is left, and to copy the
/// rows left out to the rejects file.
class ImportPass
{
public:
    enum class End { Done, Stopped, Cancelled };

    ImportPass(QFile &file, const ImportOptions &options, ImportProgress::Phase phase,
               ImportDiagnostics &diagnostics, ImportResult &result)
        : m_file(file), m_options(options), m_phase(phase), m_diagnostics(diagnostics), m_result(result)
    {}

    /// Notes the workout of every row in @p rows (the first reading of a partial import).
    void noteGroups(RejectedRows *rows) { m_note = rows; }
    /// Leaves out the rows of the workouts @p rows rejects; with @p out, copies them there.
    void skip(const RejectedRows *rows, RejectsFile *out = nullptr)
    {
        m_skip = rows;
        m_out = out;
    }
    /// Reads the rows without handing them to the parser (only to copy the ones left out).
    void copyOnly() { m_feed = false; }

    End run(ImportSink &sink);

    [[nodiscard]] qint64 skippedRows() const { return m_skipped; }
    /// Rows that are not valid UTF-8: a file saved in another encoding, which no partial import
    /// can fix row by row.
    [[nodiscard]] bool hadEncodingErrors() const { return m_encodingErrors; }
    [[nodiscard]] const QStringList &header() const { return m_header; }
    [[nodiscard]] char delimiter() const { return m_delimiter; }
    [[nodiscard]] bool hadBom() const { return m_bom; }
    /// The name sessions record as their source file: the imported file's, or for a rejects file
    /// the file its rows were first imported from (its reject_file column).
    [[nodiscard]] const QString &sourceFile() const { return m_sourceFile; }
    /// The digest of the bytes read (CsvReader::contentDigest()), set when run() ends.
    [[nodiscard]] size_t contentDigest() const { return m_digest; }

private:
    bool checkAthleteOption(qint64 line);

    QFile &m_file;
    const ImportOptions &m_options;
    ImportProgress::Phase m_phase;
    ImportDiagnostics &m_diagnostics;
    ImportResult &m_result;
    RejectedRows *m_note = nullptr;
    const RejectedRows *m_skip = nullptr;
    RejectsFile *m_out = nullptr;
    bool m_feed = true;
    qint64 m_skipped = 0;
    bool m_encodingErrors = false;
    QStringList m_header;
    char m_delimiter = ',';
    bool m_bom = false;
    QString m_sourceFile;
    size_t m_digest = 0;
};

} // namespace spotter
