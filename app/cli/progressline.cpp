// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressline.h"

#include <QTextStream>

namespace spotter::cli {

ProgressLine::ProgressLine(QTextStream &err, bool terminal) : m_err(err), m_terminal(terminal) {}

ProgressLine::~ProgressLine()
{
    if (m_terminal && m_printed)
        m_err << '\n';
    m_err.flush();
}

bool ProgressLine::due(int phase, int percent) const
{
    return phase != m_phase || stepOf(percent) != m_step;
}

void ProgressLine::show(int phase, int percent, const QString &text)
{
    m_phase = phase;
    m_step = stepOf(percent);
    if (m_terminal)
        m_err << '\r' << text;
    else
        m_err << text << '\n';
    m_err.flush();
    m_printed = true;
}

} // namespace spotter::cli
