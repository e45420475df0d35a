// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextStream;

namespace spotter::cli {

/// How far a long command got, on standard error: one line overwritten in place on a terminal,
/// or a line per tenth of the way (and per phase) for a log file, which a carriage return
/// would garble.
class ProgressLine
{
public:
    ProgressLine(QTextStream &err, bool terminal);
    /// Ends the line on a terminal, so that what follows starts on its own.
    ~ProgressLine();
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    /// Whether @p percent of @p phase is worth a line: the step (a percent on a terminal, a
    /// tenth otherwise) or the phase changed since the last one. Formatting waits for it.
    [[nodiscard]] bool due(int phase, int percent) const;
    /// Says @p text for @p percent of @p phase.
    void show(int phase, int percent, const QString &text);

private:
    [[nodiscard]] int stepOf(int percent) const { return m_terminal ? percent : percent / 10 * 10; }

    QTextStream &m_err;
    bool m_terminal;
    bool m_printed = false;
    int m_phase = -1;
    int m_step = -1;
};

} // namespace spotter::cli
