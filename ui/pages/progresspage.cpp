// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/progresspage.h"

#include "charts/chartpanel.h"
#include "charts/chartview.h"
#include "charts/progresscharts.h"
#include "model/clock.h"
#include "services/progressservice.h"
#include "shell/backgroundrunner.h"
#include "shell/changenotifier.h"
#include "shell/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace spotter {

namespace {

// Below this the charts stack in one column.
constexpr int kTwoColumnWidth = 1600;

QString fileSafe(QString name)
{
    name = name.toLower();
    for (QChar &c : name) {
        if (!c.isLetterOrNumber())
            c = u'-';
    }
    return name;
}

} // namespace

ProgressPage::ProgressPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_loader(new BackgroundRunner(workspace, this))
    , m_range(new QComboBox(this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_grid(new QGridLayout)
{
    m_range->addItem(tr("Last 4 weeks"), static_cast<int>(ProgressRange::Weeks4));
    m_range->addItem(tr("Last 12 weeks"), static_cast<int>(ProgressRange::Weeks12));
    m_range->addItem(tr("Last year"), static_cast<int>(ProgressRange::Year));
    m_range->addItem(tr("All time"), static_cast<int>(ProgressRange::All));
    m_range->setCurrentIndex(1);
    m_range->setAccessibleName(tr("Range"));
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_range);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(rangeLabel);
    top->addWidget(m_range);
    top->addSpacing(12);
    top->addWidget(m_busy);
    top->addWidget(m_status, 1);

    m_grid->setSpacing(8);
    m_grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < ChartCount; ++i) {
        m_panels[i] = new ChartPanel(this);
        m_panels[i]->setMinimumHeight(320);
    }
    auto *charts = new QWidget(this);
    charts->setLayout(m_grid);
    reflow();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, &ProgressPage::changed);
    connect(m_loader, &BackgroundRunner::busyChanged, m_busy, &QWidget::setVisible);
    m_loader->setReading(tr("The progress"));
    connect(m_loader, &BackgroundRunner::failed, this, [this](const QString &message) {
        // The charts would otherwise keep the last athlete's (or range's) series as if current.
        m_series.reset();
        for (ChartPanel *p : m_panels) {
            ChartSpec empty;
            empty.emptyText = tr("Could not be read.");
            p->view()->setSpec(empty);
        }
        m_status->setText(message);
        emit loaded();
    });
    connect(&m_ws, &Workspace::currentAthleteChanged, this, &ProgressPage::changed);
    connect(&m_ws, &Workspace::databaseReplaced, this, &ProgressPage::changed);
    const auto ifCurrent = [this](qint64 athleteId) {
        if (athleteId == m_ws.currentAthleteId())
            dataChanged();
    };
    connect(m_ws.notifier(), &ChangeNotifier::sessionsChanged, this, ifCurrent);
    connect(m_ws.notifier(), &ChangeNotifier::sorenessChanged, this, ifCurrent);
    connect(m_ws.notifier(), &ChangeNotifier::athletesChanged, this, &ProgressPage::dataChanged);
    connect(m_ws.notifier(), &ChangeNotifier::exercisesChanged, this, &ProgressPage::dataChanged);
    // What changed while a read ran is read once it has been shown.
    connect(m_loader, &BackgroundRunner::finished, this, [this] {
        if (m_stale && isVisible())
            reload();
    });
    showSeries();
}

ProgressPage::~ProgressPage()
{
    // The job's result would land in a page that is going away.
    m_loader->stop();
}

ProgressRange ProgressPage::range() const
{
    return static_cast<ProgressRange>(m_range->currentData().toInt());
}

void ProgressPage::setRange(ProgressRange range)
{
    m_range->setCurrentIndex(m_range->findData(static_cast<int>(range)));
}

bool ProgressPage::isLoading() const
{
    return m_loader->isBusy();
}

void ProgressPage::changed()
{
    // Hidden pages only remember to reload: a coach switching athletes on the Log page should
    // not pay for charts nobody looks at.
    m_stale = true;
    if (isVisible())
        reload();
}

void ProgressPage::dataChanged()
{
    // The running read is still of the athlete and range on screen: it is let finish and shown,
    // and read again after it. On a busy team server the feed's changes (anyone's) come faster
    // than a long history is read, and charts restarted by each would never show.
    m_stale = true;
    if (isVisible() && !m_loader->isBusy())
        reload();
}

void ProgressPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ProgressPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    reflow();
}

void ProgressPage::reflow()
{
    // Time charts need width more than height: one column unless two still leave each chart
    // wide enough for its legend. Strength comes first and soreness right under it, so that a
    // test on the e1RM chart sits above the soreness that followed it.
    const int columns = width() >= kTwoColumnWidth ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ChartPanel *p : m_panels)
        m_grid->removeWidget(p);
    if (columns == 2) {
        m_grid->addWidget(m_panels[E1rm], 0, 0);
        m_grid->addWidget(m_panels[Soreness], 1, 0);
        m_grid->addWidget(m_panels[Load], 0, 1);
        m_grid->addWidget(m_panels[Volume], 1, 1);
    } else {
        m_grid->addWidget(m_panels[E1rm], 0, 0);
        m_grid->addWidget(m_panels[Soreness], 1, 0);
        m_grid->addWidget(m_panels[Load], 2, 0);
        m_grid->addWidget(m_panels[Volume], 3, 0);
    }
}

void ProgressPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Chart colours depend on whether the palette is dark.
    if (event->type() == QEvent::PaletteChange && m_series)
        showSeries();
}

void ProgressPage::reload()
{
    m_stale = false;
    const qint64 athleteId = m_ws.currentAthleteId();
    const ProgressRange range = this->range();
    const QDateTime now = Clock::now();
    if (athleteId <= 0) {
        m_loader->stop();
        m_series.reset();
        showSeries();
        emit loaded();
        return;
    }
    m_status->setText(tr("Reading…"));
    m_loader->start<ProgressSeries>(
        [athleteId, range, now](const Database &db, const BackgroundRunner::Control &) {
            return buildProgress(ProgressService(db).inputs(athleteId, range, now.date()), now);
        },
        [this](ProgressSeries series) {
            m_series = std::move(series);
            showSeries();
            emit loaded();
        });
}

void ProgressPage::showSeries()
{
    if (!m_series) {
        m_status->setText(m_ws.currentAthleteId() > 0 ? QString()
                                                      : tr("Choose or add an athlete to see progress."));
        for (ChartPanel *p : m_panels) {
            ChartSpec empty;
            empty.emptyText = tr("No athlete selected.");
            p->view()->setSpec(empty);
        }
        return;
    }
    const ProgressSeries &s = *m_series;
    const ProgressCharts charts(s, Clock::now());
    m_panels[E1rm]->view()->setSpec(charts.e1rm());
    m_panels[Load]->view()->setSpec(charts.load());
    m_panels[Soreness]->view()->setSpec(charts.soreness());
    m_panels[Volume]->view()->setSpec(charts.volume());

    m_panels[E1rm]->setCaption(
        tr("Each point is a session's best estimated 1RM. Triangles: the lift was tested "
           "(a max effort). Stars: a new best."));
    m_panels[Load]->setCaption(
        s.load.hasAcwr()
            ? tr("Bars: session RPE × minutes per week. Line: ACWR, this week against recent weeks; "
                 "the shaded band is the range often called typical. Information, not a verdict.")
            : tr("Bars: session RPE × minutes per week. ACWR appears after 28 days of logged load."));
    const bool tested = std::any_of(s.soreness.sessions.cbegin(), s.soreness.sessions.cend(),
                                    [](const SessionMark &m) { return m.cls == IntensityClass::Testing; });
    QString soreness =
        s.soreness.bars.isEmpty()
            ? tr("No soreness reported in this range. Bottom lane: sessions by intensity.")
            : tr("Each bar runs from when soreness was noticed until it was gone, coloured by its "
                 "class. Bottom lane: sessions by intensity.");
    if (tested)
        soreness += u' ' + tr("Red shading marks testing days.");
    m_panels[Soreness]->setCaption(soreness);
    m_panels[Volume]->setCaption(tr("Load × reps of working sets per week, stacked by exercise."));

    const QString who = fileSafe(s.athlete.name);
    const QString day = s.to.toString(Qt::ISODate);
    m_panels[E1rm]->setExportName(QStringLiteral("%1-e1rm-%2.png").arg(who, day));
    m_panels[Load]->setExportName(QStringLiteral("%1-load-%2.png").arg(who, day));
    m_panels[Soreness]->setExportName(QStringLiteral("%1-soreness-%2.png").arg(who, day));
    m_panels[Volume]->setExportName(QStringLiteral("%1-volume-%2.png").arg(who, day));

    const QLocale locale;
    const QString sessions = tr("%n session(s)", nullptr, static_cast<int>(s.sessionCount));
    m_status->setText(tr("%1: %2 from %3 to %4")
                          .arg(s.athlete.name, sessions, locale.toString(s.from, QLocale::ShortFormat),
                               locale.toString(s.to, QLocale::ShortFormat)));
}

} // namespace spotter
