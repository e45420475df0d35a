// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace spotter {

class BackgroundRunner;
class Workspace;

/// A bar over the window that says once, after the database was opened, that stored soreness
/// reports were re-assessed because the rules changed ("3 past soreness reports were re-assessed
/// with the new rules"). It triages what needs it when the window opens a database
/// (services/reassessment), off the UI thread: after a rules update a coach's database has
/// thousands of reports to triage and write back. The next opening finds nothing to do and
/// stays hidden.
class ReassessmentBar : public QFrame
{
    Q_OBJECT

public:
    explicit ReassessmentBar(Workspace &workspace, QWidget *parent = nullptr);

    [[nodiscard]] QString text() const;
    /// True while the stored reports are being looked at; text() says what was found after.
    [[nodiscard]] bool isBusy() const;

private:
    void check();

    Workspace &m_ws;
    QLabel *m_text;
    BackgroundRunner *m_runner;
};

} // namespace spotter
