// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace spotter {

class CsvRecord;
class CsvWriter;
class ImportDiagnostics;

/// Which rows a partial import (--skip-invalid) leaves out, and why. The unit left out is the
/// workout (a Spotter session, a FitNotes day, a soreness report on its own): a workout with
/// one invalid row is held back whole, so that fixing the rejects file and importing it gives the
/// same workouts as a clean import, and idempotency (by workout) keeps what went in before.
class RejectedRows
{
public:
    /// First reading: the record on @p line belongs to @p group (FormatParser::groupOf(), or a
    /// key of its own for a record that stands alone). Consecutive rows of a group cost nothing.
    void note(qint64 line, const QString &group);
    /// Holds back the group of the row on @p line; false when @p line is no row of the file (the
    /// header, the file as a whole), which no partial import can leave out.
    bool reject(qint64 line);
    [[nodiscard]] bool rejects(const QString &group) const { return m_rejected.contains(group); }
    [[nodiscard]] qsizetype groups() const { return m_rejected.size(); }
    /// Remembers the text of every error of @p diagnostics, for the reason column.
    void addReasons(const ImportDiagnostics &diagnostics);
    /// Why the row on @p line of @p group is left out: its own errors, or the line of the error
    /// that holds back its workout.
    [[nodiscard]] QString reason(qint64 line, const QString &group) const;

    /// The group key of a record that stands alone.
    [[nodiscard]] static QString ownGroup(qint64 line);

private:
    struct Run
    {
        qint64 line;
        QString group;
    };
    QList<Run> m_runs;
    QHash<QString, qint64> m_rejected; ///< group → first line with an error
    QHash<qint64, QStringList> m_reasons;
};

/// The rejects file: the rows left out, unchanged, with three columns added at the end:
/// reject_file and reject_line (where the row is in the imported file) and reject_reason. Every
/// format ignores them, and sessions imported from a rejects file keep reject_file as the file
/// they came from, so that the fixed rows end up exactly as a fixed original would. Written to a
/// temporary file and put in place by commit(), so a failed import leaves no rejects file.
class RejectsFile
{
public:
    explicit RejectsFile(QString path);
    ~RejectsFile();
    RejectsFile(const RejectsFile &) = delete;
    RejectsFile &operator=(const RejectsFile &) = delete;

    /// Starts the file with @p header and the two columns; false with @p error when it cannot
    /// be written.
    bool open(const QString &importedFile, const QStringList &header, char delimiter, bool bom,
              QString *error);
    void write(const CsvRecord &record, const QString &reason);
    /// Puts the file in place; false with @p error when that failed.
    bool commit(QString *error);
    [[nodiscard]] qint64 rows() const { return m_rows; }
    [[nodiscard]] const QString &path() const { return m_path; }

    /// A free name beside @p importedFile: "strong.rejects.csv", or "strong.rejects-2.csv" when
    /// that exists (a rejects file the person may be editing is never overwritten).
    [[nodiscard]] static QString defaultPath(const QString &importedFile);

private:
    QString m_path;
    QSaveFile m_file;
    std::unique_ptr<CsvWriter> m_writer;
    QString m_importedFile;
    qint64 m_rows = 0;
};

} // namespace spotter
