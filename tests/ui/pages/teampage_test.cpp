// SPDX-License-Identifier: GPL-3.0-or-later
// The Team page: rows computed off the UI thread, attention on top, sorting and filtering.
#include "models/teamfiltermodel.h"
#include "models/teammodel.h"
#include "pages/teampage.h"
#include "shell/changenotifier.h"
#include "store/athleterepository.h"
#include "uitestutil.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace spotter;
using namespace spotter::test;

namespace {

class TeamPageTest : public DemoWorkspaceTest
{
protected:
    void SetUp() override
    {
        DemoWorkspaceTest::SetUp();
        // Two more athletes with nothing to worry about, so that sorting has rows to order below
        // the ones that need attention.
        m_dan = addGeneratedAthlete(m_ws->database(), QStringLiteral("Dan Reyes"), 30, m_now);
        m_eve = addGeneratedAthlete(m_ws->database(), QStringLiteral("Eve Stone"), 6, m_now);
    }
    static QStringList names(const QAbstractItemModel &m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out.append(m.index(r, TeamModel::Athlete).data().toString());
        return out;
    }
    static QList<int> ranks(const QAbstractItemModel &m)
    {
        QList<int> out;
        for (int r = 0; r < m.rowCount(); ++r)
            out.append(m.index(r, 0).data(TeamModel::AttentionRankRole).toInt());
        return out;
    }
    qint64 m_dan = 0;
    qint64 m_eve = 0;
};

} // namespace

TEST_F(TeamPageTest, LoadsInTheBackgroundWithABusyIndicatorAndPutsAttentionOnTop)
{
    TeamPage page(*m_ws);
    QAbstractItemModelTester sourceTester(page.model(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page.filterModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&page, &TeamPage::loaded);
    page.resize(1300, 500);
    page.show();
    EXPECT_TRUE(page.isLoading());
    EXPECT_TRUE(page.busyIndicator()->isVisible());
    ASSERT_TRUE(waitFor(loaded));
    EXPECT_FALSE(page.busyIndicator()->isVisible());
    ASSERT_EQ(page.model()->rowCount(), 5);

    const QAbstractItemModel &view = *page.filterModel();
    // See a doctor first, then testing too often, then the rest by name.
    EXPECT_EQ(names(view), (QStringList{QStringLiteral("Ben Okafor"), QStringLiteral("Cleo Lindqvist"),
                                        QStringLiteral("Ann Moreno"), QStringLiteral("Dan Reyes"),
                                        QStringLiteral("Eve Stone")}));
    const QModelIndex ben = view.index(0, TeamModel::Attention);
    EXPECT_TRUE(ben.data().toString().startsWith(QStringLiteral("Soon · Warning")));
    EXPECT_TRUE(
        ben.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("See a doctor (soon): Lower back")));
    EXPECT_FALSE(ben.data(Qt::DecorationRole).isNull());
    EXPECT_TRUE(view.index(0, TeamModel::OpenItems).data().toString().contains(QStringLiteral("+1 more")));
    EXPECT_EQ(view.index(1, TeamModel::Testing).data().toInt(), 2);
    EXPECT_TRUE(view.index(2, TeamModel::Attention).data().toString().isEmpty());
    EXPECT_FALSE(view.index(2, TeamModel::Acwr).data().toString().isEmpty());
    EXPECT_TRUE(view.index(2, TeamModel::Acwr)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("not a verdict")));
    EXPECT_TRUE(view.index(1, TeamModel::LastSoreness).data().toString().startsWith(QStringLiteral("DOMS")));
}

TEST_F(TeamPageTest, AScreenReaderHearsTheSorenessClassInFull)
{
    TeamPage page(*m_ws);
    QSignalSpy loaded(&page, &TeamPage::loaded);
    page.resize(1300, 500);
    page.show();
    ASSERT_TRUE(waitFor(loaded));
    // The grid shows "Soon" beside the badge's icon and colour; spoken, it is the whole class.
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(page.view());
    ASSERT_NE(table, nullptr);
    ASSERT_NE(table->tableInterface(), nullptr);
    QAccessibleInterface *attention = table->tableInterface()->cellAt(0, TeamModel::Attention);
    ASSERT_NE(attention, nullptr);
    EXPECT_TRUE(
        attention->text(QAccessible::Name).startsWith(QStringLiteral("See a doctor (soon) · Warning")))
        << attention->text(QAccessible::Name).toStdString();
    QAccessibleInterface *open = table->tableInterface()->cellAt(0, TeamModel::OpenItems);
    EXPECT_TRUE(open->text(QAccessible::Name).startsWith(QStringLiteral("See a doctor (soon): Lower back")))
        << open->text(QAccessible::Name).toStdString();
    EXPECT_TRUE(page.filterModel()
                    ->index(0, TeamModel::Attention)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Soon")));
}

TEST_F(TeamPageTest, SortingKeepsAttentionOnTopInBothDirections)
{
    TeamPage page(*m_ws);
    QAbstractItemModelTester proxyTester(page.filterModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&page, &TeamPage::loaded);
    page.show();
    ASSERT_TRUE(waitFor(loaded));
    const QAbstractItemModel &view = *page.filterModel();
    page.view()->sortByColumn(TeamModel::Athlete, Qt::DescendingOrder);
    EXPECT_EQ(names(view), (QStringList{QStringLiteral("Ben Okafor"), QStringLiteral("Cleo Lindqvist"),
                                        QStringLiteral("Eve Stone"), QStringLiteral("Dan Reyes"),
                                        QStringLiteral("Ann Moreno")}));
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        page.view()->sortByColumn(TeamModel::Testing, order);
        const QList<int> r = ranks(view);
        EXPECT_TRUE(std::is_sorted(r.cbegin(), r.cend(), std::greater<>())) << order;
        EXPECT_EQ(names(view).mid(0, 2),
                  (QStringList{QStringLiteral("Ben Okafor"), QStringLiteral("Cleo Lindqvist")}));
        // Below them the column decides, ties by name.
        QList<std::pair<int, QString>> rest;
        for (int row = 0; row < view.rowCount(); ++row) {
            if (r[row] == 0)
                rest.append({view.index(row, TeamModel::Testing).data().toInt(),
                             view.index(row, TeamModel::Athlete).data().toString()});
        }
        ASSERT_EQ(rest.size(), 3);
        EXPECT_TRUE(std::is_sorted(rest.cbegin(), rest.cend(), [order](const auto &a, const auto &b) {
            if (a.first != b.first)
                return order == Qt::AscendingOrder ? a.first < b.first : a.first > b.first;
            return a.second < b.second;
        })) << order;
    }
    // Without the attention rule the column alone decides.
    page.filterModel()->setAttentionFirst(false);
    page.view()->sortByColumn(TeamModel::Athlete, Qt::DescendingOrder);
    EXPECT_EQ(names(view).first(), QStringLiteral("Eve Stone"));
}

TEST_F(TeamPageTest, FiltersByNameAndByAttention)
{
    TeamPage page(*m_ws);
    QAbstractItemModelTester proxyTester(page.filterModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&page, &TeamPage::loaded);
    page.show();
    ASSERT_TRUE(waitFor(loaded));
    page.searchField()->setText(QStringLiteral("cle"));
    EXPECT_EQ(names(*page.filterModel()), QStringList{QStringLiteral("Cleo Lindqvist")});
    page.searchField()->clear();
    page.attentionOnly()->setChecked(true);
    EXPECT_EQ(names(*page.filterModel()),
              (QStringList{QStringLiteral("Ben Okafor"), QStringLiteral("Cleo Lindqvist")}));
    page.searchField()->setText(QStringLiteral("ann"));
    EXPECT_EQ(page.filterModel()->rowCount(), 0);
}

TEST_F(TeamPageTest, RefreshesWhenTheDataChangesAndDoubleClickOpensTheAthlete)
{
    TeamPage page(*m_ws);
    QSignalSpy loaded(&page, &TeamPage::loaded);
    page.resize(1300, 500);
    page.show();
    ASSERT_TRUE(waitFor(loaded));
    emit m_ws->notifier()->sessionsChanged(m_team.ann);
    EXPECT_TRUE(page.isLoading());
    ASSERT_TRUE(waitFor(loaded, 2));

    QSignalSpy opened(&page, &TeamPage::openAthlete);
    QTableView *view = page.view();
    const QModelIndex cleo = view->model()->index(1, TeamModel::Athlete);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cleo).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cleo).center());
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.first().first().toLongLong(), m_team.cleo);
}

TEST_F(TeamPageTest, ChangesThatKeepComingDoNotKeepThePageFromShowingTheTeam)
{
    TeamPage page(*m_ws);
    QSignalSpy loaded(&page, &TeamPage::loaded);
    page.resize(1300, 500);
    page.show();
    ASSERT_TRUE(waitFor(loaded));
    const int before = page.model()->rowCount();
    // A busy team server: changes on every turn of the event loop, each announced as a feed's
    // burst is (several signals), faster than the team is read.
    QTimer storm;
    storm.setInterval(0);
    QObject::connect(&storm, &QTimer::timeout, &page, [this] {
        emit m_ws->notifier()->othersChanged({QStringLiteral("workout_set")});
        emit m_ws->notifier()->sessionsChanged(m_team.ann);
        emit m_ws->notifier()->sorenessChanged(m_team.ann);
    });
    storm.start();
    loaded.clear();
    ASSERT_TRUE(loaded.wait(20'000)) << "the page never showed the team while changes kept coming";
    Athlete dora;
    dora.name = QStringLiteral("Dora Late");
    AthleteRepository(m_ws->database()).add(dora);
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded.size() >= 3; }, 20'000)) << "it stopped reading";
    storm.stop();
    // Once the changes stop, what changed last is shown.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.isLoading(); }, 20'000));
    EXPECT_EQ(page.model()->rowCount(), before + 1) << "the last change was not read";
}

namespace {

/// The page's status line, found by what it says about the team.
QString teamStatus(const TeamPage &page)
{
    for (const QLabel *label : page.findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("needing attention")))
            return label->text();
    }
    return {};
}

QString statusWithAthletes(const QStringList &names)
{
    QTemporaryDir dir;
    Workspace ws(std::make_unique<Database>(dir.filePath(QStringLiteral("db.sqlite"))));
    for (const QString &name : names) {
        Athlete a;
        a.name = name;
        AthleteRepository(ws.database()).add(a);
    }
    TeamPage page(ws);
    QSignalSpy loaded(&page, &TeamPage::loaded);
    page.show();
    if (loaded.isEmpty() && !loaded.wait(30000))
        return QStringLiteral("(the page never loaded)");
    return teamStatus(page);
}

} // namespace

// Issue 17: "1 athletes". Counts go through tr()'s plural forms, English's among them.
TEST(TeamPagePlurals, OneAthleteIsOneAthleteAndTwoAreTwoAthletes)
{
    EXPECT_EQ(statusWithAthletes({QStringLiteral("Ann Lee")}),
              QStringLiteral("1 athlete, none needing attention"));
    EXPECT_EQ(statusWithAthletes({QStringLiteral("Ann Lee"), QStringLiteral("Bo Kim")}),
              QStringLiteral("2 athletes, none needing attention"));
}
