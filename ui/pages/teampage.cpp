// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/teampage.h"

#include "model/clock.h"
#include "models/teamfiltermodel.h"
#include "models/teammodel.h"
#include "services/teamservice.h"
#include "shell/appclock.h"
#include "shell/backgroundrunner.h"
#include "shell/changenotifier.h"
#include "shell/themecolors.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/historyrepository.h"
#include "store/storeerror.h"
#include "widgets/elidedtooltips.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace spotter {

namespace {
// The text columns grow to their contents up to this; when the table is narrower than they
// want, they share what the number columns leave, not below the minimum, and wrap.
constexpr int kMaxTextColumnWidth = 240;
constexpr int kMinTextColumnWidth = 110;

} // namespace

TeamPage::TeamPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_loader(new BackgroundRunner(workspace, this))
    , m_reloadSoon(new QTimer(this))
    , m_model(new TeamModel(this))
    , m_filter(new TeamFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_onlyAttention(new QCheckBox(tr("Only those who &need attention"), this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_search->setPlaceholderText(tr("Filter by name"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter athletes"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_onlyAttention);
    top->addSpacing(12);
    top->addWidget(m_busy);
    top->addWidget(m_status);

    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    ElidedToolTips::install(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TeamModel::Athlete, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    // Whatever does not fit a column at a small width wraps rather than being cut: an urgency or
    // a "12 days ago" half shown is worse than a taller row.
    m_view->setWordWrap(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(TeamModel::OpenItems, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Athletes"));
    m_view->setColumnWidth(TeamModel::Athlete, 120);
    m_view->setColumnWidth(TeamModel::Attention, 250);
    m_view->setColumnWidth(TeamModel::LastSession, 80);
    m_view->setColumnWidth(TeamModel::Sessions, 65);
    m_view->setColumnWidth(TeamModel::Testing, 60);
    m_view->setColumnWidth(TeamModel::OpenItems, 220);
    m_view->setColumnWidth(TeamModel::Acwr, 70);
    m_view->setColumnWidth(TeamModel::Monotony, 75);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        // The stretching column follows the window; any other change not ours is the user's.
        if (!m_fitting && column != TeamModel::OpenItems && m_model->rowCount() > 0)
            m_userSized = true;
    });

    auto *note =
        new QLabel(tr("Double-click an athlete to see their progress. ACWR and monotony are information "
                      "about load, not verdicts or injury risks. Open warnings: not resolved yet, or "
                      "resolved within the last week."),
                   this);
    note->setWordWrap(true);
    ThemeColors::setTone(note, ThemeColors::Tone::Hint);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(note);

    connect(m_search, &QLineEdit::textChanged, m_filter, &TeamFilterModel::setNameFilter);
    connect(m_onlyAttention, &QCheckBox::toggled, m_filter, &TeamFilterModel::setOnlyNeedingAttention);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openAthlete(index.data(TeamModel::AthleteIdRole).toLongLong());
    });
    connect(m_loader, &BackgroundRunner::busyChanged, this, [this](bool busy) {
        // The clock's re-reads every minute do not flash the indicator.
        m_busy->setVisible(busy && !m_quiet);
        updateStatus();
    });
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(0);
    connect(m_reloadSoon, &QTimer::timeout, this, &TeamPage::reloadIfStale);
    // What changed while a read ran is read once it has been shown.
    connect(m_loader, &BackgroundRunner::finished, this, &TeamPage::reloadIfStale);
    m_loader->setReading(tr("The team"));
    connect(m_loader, &BackgroundRunner::failed, this, [this](const QString &message) {
        // No rows rather than the last ones read, as if they were current.
        m_model->setSummaries({}, Clock::now());
        m_readError = message;
        updateStatus();
        emit loaded();
    });
    connect(&m_ws, &Workspace::databaseReplaced, this, &TeamPage::dataChanged);
    connect(m_ws.notifier(), &ChangeNotifier::athletesChanged, this, &TeamPage::dataChanged);
    connect(m_ws.notifier(), &ChangeNotifier::exercisesChanged, this, &TeamPage::dataChanged);
    connect(m_ws.notifier(), &ChangeNotifier::sessionsChanged, this, &TeamPage::dataChanged);
    connect(m_ws.notifier(), &ChangeNotifier::sorenessChanged, this, &TeamPage::dataChanged);
    // On a team server: an athlete logged or reported something, or the coach's assistant did.
    connect(m_ws.notifier(), &ChangeNotifier::othersChanged, this, &TeamPage::dataChanged);
    // Open warnings, their triage and "2 days ago" depend on the time as much as on the data.
    connect(m_ws.clock(), &AppClock::minuteChanged, this, [this] {
        m_quiet = true;
        changed();
    });
}

TeamPage::~TeamPage()
{
    // The job's result would land in a page that is going away.
    m_loader->stop();
    // The children go after this destructor: their last resizes must not reach the half-destroyed
    // page.
    m_view->horizontalHeader()->disconnect(this);
    m_view->viewport()->removeEventFilter(this);
}

bool TeamPage::isLoading() const
{
    return m_loader->isBusy() || m_reloadSoon->isActive();
}

void TeamPage::dataChanged()
{
    m_quiet = false;
    changed();
}

void TeamPage::changed()
{
    // A hidden page only remembers: a lifter who never opens Team never pays for it.
    m_stale = true;
    if (!isVisible())
        m_quiet = false;                // showing the page later is worth the indicator
    else if (!m_reloadSoon->isActive()) // started again, it would wait for the changes to stop
        m_reloadSoon->start();
}

void TeamPage::reloadIfStale()
{
    if (m_stale && isVisible())
        reload();
}

void TeamPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void TeamPage::reload()
{
    if (m_loader->isBusy()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QDateTime now = Clock::now();
    m_loader->start<QList<TeamSummary>>(
        [now](const Database &db, const BackgroundRunner::Control &control) {
            QList<TeamSummary> rows;
            const ExerciseMap exercises = HistoryRepository(db).exercises();
            const TeamService team(db);
            for (const Athlete &athlete : AthleteRepository(db).list()) {
                if (control.stopRequested())
                    return QList<TeamSummary>();
                rows.append(buildTeamSummary(team.inputs(athlete, exercises, now), now));
            }
            return rows;
        },
        [this, now](QList<TeamSummary> rows) {
            // The rows are replaced whole: keep the coach's place in them.
            const QModelIndex current = m_view->currentIndex();
            const qint64 selected =
                current.isValid() ? current.data(TeamModel::AthleteIdRole).toLongLong() : 0;
            m_model->setSummaries(std::move(rows), now);
            m_readError.clear();
            m_quiet = false;
            if (selected > 0) {
                for (int row = 0; row < m_filter->rowCount(); ++row) {
                    const QModelIndex index = m_filter->index(row, std::max(0, current.column()));
                    if (index.data(TeamModel::AthleteIdRole).toLongLong() == selected) {
                        m_view->setCurrentIndex(index);
                        break;
                    }
                }
            }
            fitColumns();
            updateStatus();
            emit loaded();
        });
}

bool TeamPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void TeamPage::fitColumns()
{
    // Until the user sizes a column, and when there are rows to measure: the number columns fit
    // their contents and headers; the three text columns share the rest ("Open warnings"
    // stretches into its share) and wrap what does not fit, so that nothing is cut and the
    // table needs no sideways scrolling at a laptop's width.
    if (m_userSized || m_model->rowCount() == 0)
        return;
    m_fitting = true;
    QHeaderView *header = m_view->horizontalHeader();
    const QList<int> wrapping{TeamModel::Attention, TeamModel::OpenItems, TeamModel::LastSoreness};
    // The number columns keep the widths of their two-line headers (fitting them to contents
    // would reserve a sort arrow's room in each); the name and "Last session" fit their contents.
    int used = 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (wrapping.contains(column))
            continue;
        if (column == TeamModel::Athlete || column == TeamModel::LastSession) {
            m_view->resizeColumnToContents(column);
            m_view->setColumnWidth(column, std::clamp(m_view->columnWidth(column), 80, kMaxTextColumnWidth));
        }
        used += m_view->columnWidth(column);
    }
    QList<int> wanted;
    int total = 0;
    // Measured as the view would fit them; the stretching one only while it does not stretch.
    header->setSectionResizeMode(TeamModel::OpenItems, QHeaderView::Interactive);
    for (int column : wrapping) {
        m_view->resizeColumnToContents(column);
        wanted.append(std::clamp(m_view->columnWidth(column), kMinTextColumnWidth, kMaxTextColumnWidth));
        total += wanted.last();
    }
    header->setSectionResizeMode(TeamModel::OpenItems, QHeaderView::Stretch);

    const int room = m_view->viewport()->width() - used;
    for (qsizetype i = 0; i < wrapping.size(); ++i) {
        if (wrapping[i] == TeamModel::OpenItems)
            continue;
        const int width = total > room && room > 0 ? wanted[i] * room / total : wanted[i];
        m_view->setColumnWidth(wrapping[i], std::max(kMinTextColumnWidth, width));
    }
    m_fitting = false;
}

void TeamPage::updateStatus()
{
    if (m_loader->isBusy()) {
        try {
            m_status->setText(tr("Reading %n athlete(s)…", nullptr,
                                 static_cast<int>(AthleteRepository(m_ws.database()).count())));
        } catch (const StoreError &) {
            m_status->setText(tr("Reading the athletes…")); // the job says what failed
        }
        return;
    }
    if (!m_readError.isEmpty()) {
        m_status->setText(m_readError);
        return;
    }
    const auto &rows = m_model->summaries();
    const auto attention =
        std::count_if(rows.cbegin(), rows.cend(), [](const TeamSummary &s) { return s.needsAttention(); });
    if (rows.isEmpty())
        m_status->setText(tr("No athletes yet."));
    else if (attention == 0)
        m_status->setText(
            tr("%n athlete(s), none needing attention", nullptr, static_cast<int>(rows.size())));
    else
        m_status->setText(
            tr("%n athlete(s), %1 needing attention", nullptr, static_cast<int>(rows.size())).arg(attention));
}

} // namespace spotter
