// SPDX-License-Identifier: GPL-3.0-or-later
// The Progress page fills its charts from the demo data, off the UI thread.
#include "charts/chartpanel.h"
#include "charts/qtchartview.h"
#include "pages/progresspage.h"
#include "shell/changenotifier.h"
#include "store/exerciserepository.h"
#include "store/sessionrepository.h"
#include "uitestutil.h"

#include <QAccessible>
#include <QAreaSeries>
#include <QChart>
#include <QImage>
#include <QLineSeries>
#include <QLocale>
#include <QTest>
#include <QTimer>
#include <QValueAxis>

using namespace spotter;
using namespace spotter::test;

namespace {

class ProgressPageTest : public DemoWorkspaceTest
{
protected:
    QtChartView *chart(const ProgressPage &page, ProgressPage::Chart which)
    {
        return qobject_cast<QtChartView *>(page.panel(which)->view());
    }
    const ChartSeries *named(const ChartSpec &spec, const QString &name)
    {
        for (const ChartSeries &s : spec.series) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    }
    qsizetype drawable(const ChartSpec &spec)
    {
        return std::count_if(spec.series.cbegin(), spec.series.cend(),
                             [](const ChartSeries &s) { return !s.isEmpty(); });
    }
};

} // namespace

TEST_F(ProgressPageTest, EveryChartGetsItsSeriesFromTheDemoData)
{
    m_ws->setCurrentAthlete(m_team.ann);
    ProgressPage page(*m_ws);
    QSignalSpy loaded(&page, &ProgressPage::loaded);
    page.setRange(ProgressRange::Weeks12);
    page.resize(1300, 900);
    page.show();
    EXPECT_TRUE(page.isLoading()); // the series are computed on a worker thread
    ASSERT_TRUE(waitFor(loaded));
    EXPECT_FALSE(page.isLoading());
    ASSERT_TRUE(page.series().has_value());
    EXPECT_EQ(page.series()->athlete.id, m_team.ann);

    for (int i = 0; i < ProgressPage::ChartCount; ++i) {
        QtChartView *view = chart(page, static_cast<ProgressPage::Chart>(i));
        ASSERT_NE(view, nullptr);
        EXPECT_FALSE(view->spec().isEmpty()) << i;
        EXPECT_EQ(view->chart()->series().size(), drawable(view->spec())) << i;
        EXPECT_FALSE(page.panel(static_cast<ProgressPage::Chart>(i))->caption().isEmpty());
    }

    const ChartSpec &e1rm = chart(page, ProgressPage::E1rm)->spec();
    ASSERT_NE(named(e1rm, QStringLiteral("Back Squat")), nullptr);
    EXPECT_GE(named(e1rm, QStringLiteral("Back Squat"))->points.size(), 10);
    EXPECT_FALSE(named(e1rm, QStringLiteral("Testing (max effort)"))->points.isEmpty());
    EXPECT_FALSE(named(e1rm, QStringLiteral("PR (new best e1RM)"))->points.isEmpty());

    const ChartSpec &load = chart(page, ProgressPage::Load)->spec();
    ASSERT_TRUE(load.y2.has_value());
    const ChartSeries *acwr = named(load, QStringLiteral("ACWR"));
    ASSERT_NE(acwr, nullptr);
    EXPECT_TRUE(acwr->secondaryAxis);
    EXPECT_GE(acwr->points.size(), 10);
    // Twelve weeks; the current one may have no session yet (Monday before training).
    EXPECT_GE(named(load, QStringLiteral("Weekly load"))->rects.size(), 11);

    // Soreness after testing: the testing days are shaded, and the watch and warning bars sit
    // in them.
    const ChartSpec &soreness = chart(page, ProgressPage::Soreness)->spec();
    EXPECT_EQ(soreness.y.kind, AxisKind::Lanes);
    EXPECT_EQ(soreness.y.lanes.first(), QStringLiteral("Sessions"));
    for (const QString &cls : {QStringLiteral("DOMS"), QStringLiteral("Watch"), QStringLiteral("Warning")})
        EXPECT_FALSE(named(soreness, cls)->rects.isEmpty()) << cls.toStdString();
    const ChartSeries *testingDays = nullptr;
    for (const ChartSeries &s : soreness.series) {
        if (s.kind == SeriesKind::Rects && s.name.isEmpty())
            testingDays = &s;
    }
    ASSERT_NE(testingDays, nullptr);
    ASSERT_EQ(testingDays->rects.size(), 2); // Monday and Friday of the testing week
    const ChartRect warning = named(soreness, QStringLiteral("Warning"))->rects.first();
    EXPECT_TRUE(
        std::any_of(testingDays->rects.cbegin(), testingDays->rects.cend(),
                    [&](const ChartRect &day) { return warning.x1 >= day.x1 && warning.x1 <= day.x2; }));

    const ChartSpec &volume = chart(page, ProgressPage::Volume)->spec();
    ASSERT_NE(named(volume, QStringLiteral("Back Squat")), nullptr);
    EXPECT_EQ(volume.y.title, QStringLiteral("Volume (kg × reps)"));
}

TEST_F(ProgressPageTest, TheRangeDrivesTheQueries)
{
    m_ws->setCurrentAthlete(m_team.ann);
    ProgressPage page(*m_ws);
    QSignalSpy loaded(&page, &ProgressPage::loaded);
    page.setRange(ProgressRange::All);
    page.show();
    ASSERT_TRUE(waitFor(loaded));
    const int all = page.series()->sessionCount;
    page.setRange(ProgressRange::Weeks4);
    ASSERT_TRUE(waitFor(loaded, 2));
    const int four = page.series()->sessionCount;
    EXPECT_EQ(page.series()->from, rangeStart(ProgressRange::Weeks4, QDate::currentDate()));
    EXPECT_GT(all, four);
    EXPECT_GT(four, 0);
    EXPECT_EQ(page.series()->load.weeks.size(), 4);
}

TEST_F(ProgressPageTest, FollowsTheCurrentAthleteAndEdits)
{
    m_ws->setCurrentAthlete(m_team.ann);
    ProgressPage page(*m_ws);
    QSignalSpy loaded(&page, &ProgressPage::loaded);
    page.show();
    ASSERT_TRUE(waitFor(loaded));
    m_ws->setCurrentAthlete(m_team.cleo);
    ASSERT_TRUE(waitFor(loaded, 2));
    EXPECT_EQ(page.series()->athlete.id, m_team.cleo);
    // Cleo logs in pounds: the axes say so.
    EXPECT_EQ(chart(page, ProgressPage::E1rm)->spec().y.title, QStringLiteral("e1RM (lb)"));
    emit m_ws->notifier()->sorenessChanged(m_team.cleo);
    EXPECT_TRUE(page.isLoading());
    ASSERT_TRUE(waitFor(loaded, 3));
}

TEST_F(ProgressPageTest, ChangesThatKeepComingDoNotKeepTheChartsFromShowing)
{
    m_ws->setCurrentAthlete(m_team.ann);
    ProgressPage page(*m_ws);
    QSignalSpy loaded(&page, &ProgressPage::loaded);
    page.show();
    ASSERT_TRUE(waitFor(loaded));
    const int before = page.series()->sessionCount;
    // A busy team server: the feed announces someone's change on every turn of the event loop,
    // and each is the athlete on screen's for all the page can tell.
    QTimer storm;
    storm.setInterval(0);
    QObject::connect(&storm, &QTimer::timeout, &page, [this] {
        emit m_ws->notifier()->sessionsChanged(m_team.ann);
        emit m_ws->notifier()->exercisesChanged();
    });
    storm.start();
    loaded.clear();
    ASSERT_TRUE(loaded.wait(20'000)) << "the charts never showed while changes kept coming";
    Session s;
    s.athleteId = m_team.ann;
    s.start = QDateTime::currentDateTime().addSecs(-3600);
    WorkoutSet w;
    w.exerciseId = ExerciseRepository(m_ws->database()).find(QStringLiteral("Deadlift"))->id;
    w.weight = Weight::fromKg(100);
    w.reps = 5;
    s.sets = {w};
    SessionRepository(m_ws->database()).add(s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.size() >= 3; }, 20'000)) << "it stopped reading";
    storm.stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.isLoading(); }, 20'000));
    EXPECT_EQ(page.series()->sessionCount, before + 1) << "the last change was not read";
}

TEST_F(ProgressPageTest, WithoutAnAthleteTheChartsSaySo)
{
    ProgressPage page(*m_ws);
    QSignalSpy loaded(&page, &ProgressPage::loaded);
    page.show();
    ASSERT_EQ(loaded.size(), 1); // nothing to read: no worker needed
    EXPECT_FALSE(page.series().has_value());
    EXPECT_TRUE(page.panel(ProgressPage::E1rm)->view()->spec().isEmpty());
}

TEST_F(ProgressPageTest, HoverShowsThePointsAndBarsTooltips)
{
    m_ws->setCurrentAthlete(m_team.ann);
    ProgressPage page(*m_ws);
    QSignalSpy loaded(&page, &ProgressPage::loaded);
    page.resize(1300, 900);
    page.show();
    ASSERT_TRUE(waitFor(loaded));

    QtChartView *e1rm = chart(page, ProgressPage::E1rm);
    QtChartView *soreness = chart(page, ProgressPage::Soreness);
    // Hover maps points to pixels: wait until QtCharts has laid the charts out.
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return e1rm->chart()->plotArea().width() > 50 && soreness->chart()->plotArea().width() > 50;
    }));
    QSignalSpy tips(e1rm, &ChartView::toolTipShown);
    auto *line = qobject_cast<QLineSeries *>(e1rm->seriesFor(0));
    ASSERT_NE(line, nullptr);
    const ChartPoint &p = e1rm->spec().series[0].points[3];
    emit line->hovered(QPointF(p.x, p.y), true);
    ASSERT_EQ(tips.size(), 1);
    EXPECT_EQ(tips.first().first().toString(), p.toolTip);
    EXPECT_TRUE(p.toolTip.contains(QStringLiteral("e1RM")));

    QSignalSpy barTips(soreness, &ChartView::toolTipShown);
    qsizetype warningIndex = -1;
    for (qsizetype i = 0; i < soreness->spec().series.size(); ++i) {
        if (soreness->spec().series[i].name == QStringLiteral("Warning"))
            warningIndex = i;
    }
    ASSERT_GE(warningIndex, 0);
    const ChartRect &bar = soreness->spec().series[warningIndex].rects.first();
    auto *area = qobject_cast<QAreaSeries *>(soreness->seriesFor(warningIndex));
    ASSERT_NE(area, nullptr);
    emit area->hovered(QPointF((bar.x1 + bar.x2) / 2.0, (bar.y1 + bar.y2) / 2.0), true);
    ASSERT_EQ(barTips.size(), 1);
    EXPECT_TRUE(barTips.first().first().toString().contains(QStringLiteral("After a testing session")));
}

TEST_F(ProgressPageTest, ExportsAChartAsPng)
{
    m_ws->setCurrentAthlete(m_team.ann);
    ProgressPage page(*m_ws);
    QSignalSpy loaded(&page, &ProgressPage::loaded);
    page.resize(1300, 900);
    page.show();
    ASSERT_TRUE(waitFor(loaded));
    ChartView *view = page.panel(ProgressPage::Load)->view();
    const QString path = m_dir.filePath(QStringLiteral("load.png"));
    EXPECT_EQ(view->exportPng(path), std::nullopt);
    const QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(image.width(), view->width());
    EXPECT_GE(image.height(), view->height());

    const auto error = view->exportPng(m_dir.filePath(QStringLiteral("no/such/folder/load.png")));
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->contains(QStringLiteral("load.png")));
}

TEST_F(ProgressPageTest, EveryChartSaysInWordsWhatItShows)
{
    m_ws->setCurrentAthlete(m_team.ann);
    ProgressPage page(*m_ws);
    QSignalSpy loaded(&page, &ProgressPage::loaded);
    page.setRange(ProgressRange::Weeks12);
    page.show();
    ASSERT_TRUE(waitFor(loaded));
    ASSERT_TRUE(page.series().has_value());
    const ProgressSeries &series = *page.series();
    const QString range = QStringLiteral("From %1 to %2.")
                              .arg(QLocale().toString(series.from, QStringLiteral("ddd d MMM yyyy")),
                                   QLocale().toString(series.to, QStringLiteral("ddd d MMM yyyy")));

    for (int i = 0; i < ProgressPage::ChartCount; ++i) {
        QtChartView *view = chart(page, static_cast<ProgressPage::Chart>(i));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
        ASSERT_NE(iface, nullptr);
        EXPECT_EQ(iface->text(QAccessible::Name), view->spec().title) << i;
        EXPECT_TRUE(iface->text(QAccessible::Description).startsWith(range))
            << i << ": " << iface->text(QAccessible::Description).toStdString();
    }

    // The latest and the best e1RM of a lift, as the chart's last and highest points.
    const auto squat = std::find_if(series.e1rm.cbegin(), series.e1rm.cend(),
                                    [](const E1rmLine &l) { return l.name == QStringLiteral("Back Squat"); });
    ASSERT_NE(squat, series.e1rm.cend());
    const WeightUnit unit = series.athlete.unit;
    Weight best = squat->points.first().e1rm;
    for (const E1rmPoint &p : squat->points)
        best = p.e1rm.in(unit) > best.in(unit) ? p.e1rm : best;
    const QString e1rm = chart(page, ProgressPage::E1rm)->accessibleDescription();
    EXPECT_TRUE(e1rm.contains(
        QStringLiteral("Back Squat: latest e1RM %1 on").arg(squat->points.last().e1rm.format(unit, 1))))
        << e1rm.toStdString();
    EXPECT_TRUE(e1rm.contains(QStringLiteral("; best %1 on").arg(best.format(unit, 1))))
        << e1rm.toStdString();
    EXPECT_TRUE(e1rm.contains(QStringLiteral("PR"))) << e1rm.toStdString();

    EXPECT_TRUE(chart(page, ProgressPage::Load)->accessibleDescription().contains(QStringLiteral("ACWR ")));
    EXPECT_TRUE(
        chart(page, ProgressPage::Volume)->accessibleDescription().contains(QStringLiteral("Highest week")));
    // The demo's warning after the testing week is said even when a milder report came later.
    const QString soreness = chart(page, ProgressPage::Soreness)->accessibleDescription();
    EXPECT_TRUE(soreness.contains(QStringLiteral("Warning"))) << soreness.toStdString();
    EXPECT_TRUE(soreness.contains(QStringLiteral("soreness reports."))) << soreness.toStdString();
}

TEST_F(ProgressPageTest, AnEmptyChartDescribesWhyItIsEmpty)
{
    ProgressPage page(*m_ws); // no athlete
    QSignalSpy loaded(&page, &ProgressPage::loaded);
    page.show();
    ASSERT_EQ(loaded.size(), 1);
    for (int i = 0; i < ProgressPage::ChartCount; ++i) {
        QtChartView *view = chart(page, static_cast<ProgressPage::Chart>(i));
        EXPECT_EQ(view->accessibleDescription(), view->spec().emptyText) << i;
        EXPECT_FALSE(view->accessibleDescription().isEmpty()) << i;
    }
}
