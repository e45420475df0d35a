// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/sorenesspage.h"

#include "dialogs/athletedialog.h"
#include "forms/sorenessform.h"
#include "model/clock.h"
#include "models/sorenessreportmodel.h"
#include "pages/sorenesschoices.h"
#include "pages/sorenessverdict.h"
#include "services/historyservice.h"
#include "shell/changenotifier.h"
#include "shell/desktopdatabase.h"
#include "shell/workspace.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "store/storeerror.h"
#include "widgets/foldingsplitter.h"
#include "widgets/sorenessreportlist.h"
#include "widgets/statusline.h"
#include "widgets/triagepanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace spotter {

namespace {

/// Below this width of the page the result goes under the form instead of beside it.
constexpr int kNarrowWidth = 820;
/// The page's margins, which the splitter does not have.
constexpr int kMargin = 6;

QScrollArea *scrolling(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

SorenessPage::SorenessPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_form(new SorenessForm(this))
    , m_panel(new TriagePanel(this))
    , m_model(new SorenessReportModel(workspace, this))
    , m_columns(new FoldingSplitter(kNarrowWidth - 2 * kMargin, this))
    , m_header(new QLabel(this))
    , m_status(new StatusLine(workspace.undoStack(), this))
    , m_save(new QPushButton(this))
    , m_new(new QPushButton(tr("&New report"), this))
    , m_loader([this](const SorenessReport &r) { return HistoryService(m_ws.database()).reportHistory(r); })
    , m_refresher([this](ReportHistory &h) { return HistoryService(m_ws.database()).refreshSession(h); })
{
    auto *rows = new QSplitter(Qt::Vertical, this);
    rows->setChildrenCollapsible(false);
    m_columns->addWidget(buildFormColumn());
    m_resultArea = scrolling(m_panel, m_columns);
    m_resultArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_resultArea->setMinimumWidth(320);
    m_columns->addWidget(m_resultArea);
    m_columns->setStretchFactor(0, 1);
    m_columns->setStretchFactor(1, 1);
    rows->addWidget(m_columns);
    m_list = new SorenessReportList(m_model, this);
    rows->addWidget(m_list);
    rows->setStretchFactor(0, 4);
    rows->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kMargin, kMargin, kMargin, kMargin);
    layout->addWidget(rows);

    // Tab runs through the form, its buttons, the result, then the list.
    const QList<QWidget *> order{m_form->notesEdit(), m_new,          m_save,
                                 m_panel->banner(),   m_list->view(), m_list->deleteButton()};
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        QWidget::setTabOrder(order.at(i), order.at(i + 1));

    connect(m_form, &SorenessForm::sessionChanged, this, [this] {
        if (!m_resetting)
            refetchHistory();
    });
    connect(m_form, &SorenessForm::changed, this, [this] {
        if (!m_resetting)
            retriage();
    });
    connect(m_form, &SorenessForm::healthEditRequested, this, &SorenessPage::editHealth);
    // The window may show these in its status bar too; the page shows them next to Save.
    connect(this, &SorenessPage::statusMessage, m_status, [this](const QString &m) { m_status->say(m); });
    connect(m_save, &QPushButton::clicked, this, &SorenessPage::save);
    connect(m_new, &QPushButton::clicked, this, &SorenessPage::newReport);
    connect(m_list, &SorenessReportList::deleteRequested, this, &SorenessPage::deleteSelected);
    connect(m_list, &SorenessReportList::reportChosen, this, &SorenessPage::editReport);
    auto *saveShortcut = m_saveKey = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &SorenessPage::save);

    connect(&m_ws, &Workspace::currentAthleteChanged, this, [this] {
        if (isVisible())
            resetForAthlete();
        else
            m_pending = Pending::AthleteChanged;
    });
    const auto onStoreChange = [this](qint64 athleteId, qint64 sessionId) {
        if (isVisible())
            storeChanged(athleteId, sessionId);
        else if (m_pending == Pending::Nothing && athleteId == m_ws.currentAthleteId())
            m_pending = Pending::StoreChanged; // keeps a half-filled form, as storeChanged() does
    };
    connect(m_ws.notifier(), &ChangeNotifier::sorenessChanged, this,
            [onStoreChange](qint64 athleteId) { onStoreChange(athleteId, 0); });
    connect(m_ws.notifier(), &ChangeNotifier::sessionsChanged, this, onStoreChange);
    const auto anyChange = [onStoreChange, this] { onStoreChange(m_ws.currentAthleteId(), 0); };
    connect(m_ws.notifier(), &ChangeNotifier::athletesChanged, this, anyChange);
    connect(m_ws.notifier(), &ChangeNotifier::exercisesChanged, this, anyChange);

    m_pending = Pending::AthleteChanged;
}

void SorenessPage::ensureLoaded()
{
    const Pending pending = std::exchange(m_pending, Pending::Nothing);
    if (pending == Pending::AthleteChanged)
        resetForAthlete();
    else if (pending == Pending::StoreChanged)
        storeChanged(m_ws.currentAthleteId());
}

void SorenessPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
    fitFormColumn();
}

void SorenessPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitFormColumn();
}

void SorenessPage::fitFormColumn()
{
    const QList<int> sizes = m_columns->sizes();
    if (m_columns->orientation() != Qt::Horizontal || sizes.size() != 2)
        return;
    const int need = m_form->minimumSizeHint().width() + m_formArea->verticalScrollBar()->sizeHint().width()
                     + 2 * m_formArea->frameWidth();
    const int total = sizes.at(0) + sizes.at(1);
    const int form = std::min(need, total - m_resultArea->minimumWidth());
    if (sizes.at(0) < form)
        m_columns->setSizes({form, total - form});
}

QWidget *SorenessPage::buildFormColumn()
{
    auto *column = new QWidget(m_columns);
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_header->setFont(big);
    m_header->setWordWrap(true);
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save the report (Ctrl+S); Ctrl+Z undoes it"));
    m_new->setToolTip(tr("Start a new, empty report"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    m_formArea = scrolling(m_form, column);
    layout->addWidget(m_formArea, 1);
    layout->addLayout(buttons);
    return column;
}

QTableView *SorenessPage::view() const
{
    return m_list->view();
}

QPushButton *SorenessPage::deleteButton() const
{
    return m_list->deleteButton();
}

void SorenessPage::setHistoryLoader(HistoryLoader loader)
{
    m_loader = loader;
    m_refresher = [](ReportHistory &) { return false; }; // every refresh through @p loader
    m_model->setHistoryLoader(std::move(loader));
    refetchHistory();
}

void SorenessPage::resetForAthlete()
{
    m_pending = Pending::Nothing; // a full load covers whatever was skipped
    const qint64 athlete = m_ws.currentAthleteId();
    m_resetting = true;
    m_editing.reset();
    if (m_model->athleteId() != athlete)
        m_model->setAthlete(athlete);
    reloadSessions();
    reloadLiftsAndHealth();
    m_form->clear(Clock::now());
    m_baseline = m_form->report();
    m_resetting = false;
    setEnabled(athlete > 0);
    refetchHistory();
    m_list->select(std::nullopt);
    updateHeader();
}

std::optional<qint64> SorenessPage::reloadSessions(std::optional<qint64> mustOffer)
{
    const qint64 athlete = m_ws.currentAthleteId();
    if (athlete <= 0) {
        m_form->setSessions({});
        return std::nullopt;
    }
    try {
        const QList<Session> recent = recentSessions(
            m_ws.database(), athlete, mustOffer ? mustOffer : m_form->sessionId(), kSessionChoices);
        const QList<SorenessForm::SessionChoice> choices =
            sessionChoices(recent, m_ws.exercises(), Clock::now().date().year());
        m_form->setSessions(choices);
        return recent.isEmpty() ? std::nullopt : std::optional<qint64>(recent.first().id);
    } catch (const StoreError &e) {
        // No sessions to pick rather than some of them; the history check below says why.
        m_form->setSessions({});
        m_status->say(m_ws.reportReadFailure(tr("The recent sessions"), e), true);
        return std::nullopt;
    }
}

void SorenessPage::refetchHistory()
{
    m_history = ReportHistory();
    m_historyError.clear();
    SorenessReport probe;
    probe.athleteId = m_ws.currentAthleteId();
    probe.sessionId = m_form->sessionId();
    if (probe.athleteId > 0) {
        try {
            m_history = m_loader(probe);
        } catch (const StoreError &e) {
            m_historyError = e.message();
            m_ws.reportReadFailure(tr("The training history"), e);
        }
    }
    m_panel->setProblem(m_historyError.isEmpty()
                            ? QString()
                            : tr("Spotter could not read your training history (%1). The result does not "
                                 "take the session or your health history into account, so it may be "
                                 "milder than it should be.")
                                  .arg(m_historyError));
    retriage();
}

void SorenessPage::retriage()
{
    const SorenessReport report = currentReport();
    const Severity before = m_result.severity;
    const bool wasPending = m_panel->isPending();
    const SorenessVerdict verdict = judgeForm(*m_form, report, m_history, Clock::now());
    m_result = verdict.result;
    if (verdict.pending) {
        m_panel->showPending(verdict.unanswered, verdict.problems, report.redFlags);
    } else {
        m_panel->showResult(m_result, report.redFlags);
        m_panel->setUnanswered(verdict.unanswered, verdict.problems);
    }
    // A new verdict is shown from its banner (the top of the result), even if the result had
    // been scrolled down.
    if (m_result.severity != before || wasPending != verdict.pending)
        m_resultArea->verticalScrollBar()->setValue(0);
}

void SorenessPage::storeChanged(qint64 athleteId, qint64 sessionId)
{
    if (m_pending == Pending::StoreChanged)
        m_pending = Pending::Nothing;
    // A set saved in the session this report follows (the Log page saves set by set): only
    // that session's part of the history changed, so read just it.
    if (sessionId > 0 && athleteId == m_ws.currentAthleteId() && m_historyError.isEmpty() && m_history.session
        && m_history.session->id == sessionId) {
        const QString title = m_history.session->title;
        bool refreshed = false;
        try {
            refreshed = m_refresher(m_history);
        } catch (const StoreError &) {
            refreshed = false; // the full path below reports it
        }
        if (refreshed) {
            if (m_history.session->title != title)
                reloadSessions(m_form->sessionId()); // the picker names sessions by title
            retriage();
            return;
        }
    }
    if (athleteId != m_ws.currentAthleteId() || athleteId <= 0)
        return;
    // A new report nobody has touched yet follows a newly logged session, as if just opened.
    const bool untouched = !m_editing && !isDirty();
    m_resetting = true;
    const std::optional<qint64> latest = reloadSessions();
    reloadLiftsAndHealth();
    if (untouched) {
        m_form->setSessionId(latest);
        m_baseline = m_form->report();
    }
    if (m_editing) {
        std::optional<SorenessReport> stored = m_editing;
        try {
            stored = SorenessRepository(m_ws.database()).get(m_editing->id);
        } catch (const StoreError &e) {
            m_status->say(m_ws.reportReadFailure(tr("The report"), e), true); // the form keeps it
        }
        if (!stored) {
            m_editing.reset();
            emit statusMessage(tr("The report in the form is no longer stored; Save adds it again."));
        } else if (*stored != *m_editing) {
            // An undo or redo changed it: follow it unless the form holds edits of its own.
            if (!isDirty()) {
                reloadSessions(stored->sessionId);
                m_form->load(*stored);
                m_baseline = m_form->report();
            }
            m_editing = stored;
        }
    }
    m_resetting = false;
    refetchHistory();
    m_list->select(editingId());
    updateHeader();
}

void SorenessPage::reloadLiftsAndHealth()
{
    try {
        m_form->setLifts(liftChoices(m_ws.exercises()));
        const auto athlete = m_ws.athlete(m_ws.currentAthleteId());
        m_form->setHealthSummary(athlete ? healthSummary(*athlete) : QString());
    } catch (const StoreError &e) {
        m_form->setLifts({});
        m_form->setHealthSummary(QString());
        m_status->say(m_ws.reportReadFailure(tr("The athlete's health history"), e), true);
    }
}

void SorenessPage::setReadOnly(const QString &why)
{
    m_readOnly = why;
    setWritableControls({m_save, m_saveKey, m_form->healthButton()}, why);
    m_list->setReadOnly(why);
}

void SorenessPage::editHealth()
{
    if (!m_readOnly.isEmpty())
        return;
    AthleteDialog::editStored(m_ws, m_ws.currentAthleteId(), tr("edit health history"), this);
}

void SorenessPage::updateHeader()
{
    if (m_editing) {
        m_header->setText(tr("Editing the report of %1: %2")
                              .arg(QLocale().toString(m_editing->noticedAt, QStringLiteral("ddd d MMM")),
                                   displayName(m_editing->region)));
        m_save->setText(tr("&Save changes"));
    } else {
        m_header->setText(tr("New soreness report"));
        m_save->setText(tr("&Save report"));
    }
}

} // namespace spotter
