// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace spotter {

/// One problem found in an import file; line 0 means the file as a whole.
struct ImportMessage
{
    qint64 line = 0;
    QString text;

    bool operator==(const ImportMessage &) const = default;
};

/// Errors and warnings of one import. Every one is counted; the first kKept of each are kept
/// with their text, so a file with a million bad rows cannot exhaust memory. A partial import
/// (keepAllErrors) keeps every error, because each rejected row is written out with its reason.
class ImportDiagnostics
{
public:
    static constexpr qsizetype kKept = 1000;

    /// Keep the text of every error, not only the first kKept.
    void keepAllErrors() { m_keepAll = true; }

    void error(qint64 line, const QString &text);
    void warning(qint64 line, const QString &text);

    [[nodiscard]] bool hasErrors() const { return m_errorCount > 0; }
    [[nodiscard]] qint64 errorCount() const { return m_errorCount; }
    [[nodiscard]] qint64 warningCount() const { return m_warningCount; }
    /// The first kKept errors, in the order they were found.
    [[nodiscard]] const QList<ImportMessage> &errors() const { return m_errors; }
    [[nodiscard]] const QList<ImportMessage> &warnings() const { return m_warnings; }
    /// The line of every error, kept or not, in the order they were found.
    [[nodiscard]] const QList<qint64> &errorLines() const { return m_errorLines; }

    /// "FILE:LINE: text", or "FILE: text" for the file as a whole.
    [[nodiscard]] static QString format(const QString &file, const ImportMessage &message);

private:
    QList<ImportMessage> m_errors;
    QList<ImportMessage> m_warnings;
    QList<qint64> m_errorLines;
    bool m_keepAll = false;
    qint64 m_errorCount = 0;
    qint64 m_warningCount = 0;
};

} // namespace spotter
