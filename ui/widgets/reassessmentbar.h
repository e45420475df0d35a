// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace spotter {

class Workspace;

/// A bar over the window that says once, after the database was opened, that stored soreness
/// reports were re-assessed because the rules changed ("3 past soreness reports were re-assessed
/// with the new rules"). It triages what needs it when the window opens a database
/// (services/reassessment); the next opening finds nothing to do and stays hidden.
class ReassessmentBar : public QFrame
{
    Q_OBJECT

public:
    explicit ReassessmentBar(Workspace &workspace, QWidget *parent = nullptr);

    [[nodiscard]] QString text() const;

private:
    void check();

    Workspace &m_ws;
    QLabel *m_text;
};

} // namespace spotter
