// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/importdiagnostics.h"

namespace spotter {

void ImportDiagnostics::error(qint64 line, const QString &text)
{
    ++m_errorCount;
    m_errorLines.append(line);
    if (m_keepAll || m_errors.size() < kKept)
        m_errors.append({line, text});
}

void ImportDiagnostics::warning(qint64 line, const QString &text)
{
    ++m_warningCount;
    if (m_warnings.size() < kKept)
        m_warnings.append({line, text});
}

QString ImportDiagnostics::format(const QString &file, const ImportMessage &message)
{
    if (message.line <= 0)
        return file + QStringLiteral(": ") + message.text;
    return file + u':' + QString::number(message.line) + QStringLiteral(": ") + message.text;
}

} // namespace spotter
