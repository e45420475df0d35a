// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/reassessmentbar.h"

#include "model/clock.h"
#include "services/reassessment.h"
#include "shell/backgroundrunner.h"
#include "shell/theme.h"
#include "shell/workspace.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace spotter {

ReassessmentBar::ReassessmentBar(Workspace &workspace, QWidget *parent)
    : QFrame(parent)
    , m_ws(workspace)
    , m_text(new QLabel(this))
    , m_runner(new BackgroundRunner(workspace, this))
{
    setObjectName(QStringLiteral("reassessmentBar"));
    setAccessibleName(tr("Re-assessed reports"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto *close = new QPushButton(tr("&Dismiss"), this);
    close->setToolTip(tr("Hide this message; it is not shown again"));
    connect(close, &QPushButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(close);
    Theme::paintAsNotice(this);
    hide();
    connect(&m_ws, &Workspace::databaseReplaced, this, &ReassessmentBar::check);
    connect(&m_ws, &Workspace::databaseChecked, this, &ReassessmentBar::check);
    connect(&m_ws, &Workspace::backgroundWorkAllowed, this, &ReassessmentBar::check);
    check();
}

QString ReassessmentBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

bool ReassessmentBar::isBusy() const
{
    return m_runner->isBusy();
}

void ReassessmentBar::check()
{
    // A scan of every stored report, and on a team server a login: after the first page.
    if (!m_ws.isBackgroundWorkAllowed())
        return;
    // Its writes would wait for the integrity check still running: the window would open only
    // after it. It comes back with databaseChecked().
    if (m_ws.database().checkPending()) {
        hide();
        return;
    }
    // Nothing can be written back into a read-only database, and a damaged one fails the reads
    // too: the window already says why and what to do, so no second message with SQL in it.
    if (m_ws.database().isReadOnly()) {
        hide();
        return;
    }
    const QDateTime now = Clock::now();
    m_runner->start<QString>(
        [now](const Database &db, const BackgroundRunner::Control &) {
            try {
                QString notice = reassessmentNotice(assessStoredReports(db, now));
                if (!notice.isEmpty())
                    notice += u' '
                              + tr("Their classes can differ from before: look at them on the Soreness page. "
                                   "This is information, not medical advice.");
                return notice;
            } catch (const StoreError &e) {
                return tr("Spotter could not re-assess the stored soreness reports with the new rules (%1). "
                          "Their results on screen are still worked out with the new rules.")
                    .arg(e.message());
            }
        },
        [this](const QString &notice) {
            m_text->setText(notice);
            setVisible(!notice.isEmpty());
        });
}

} // namespace spotter
