// SPDX-License-Identifier: GPL-3.0-or-later
// The team server in the window: connecting (with the password asked for when the server wants
// one), what a coach and an athlete see, the Team page following an athlete's log, an edit
// refused because someone else changed the set, and publishing a local log.
#include "commands/sessioncommands.h"
#include "dialogs/connectdialog.h"
#include "forms/sessioneditor.h"
#include "models/historymodel.h"
#include "models/teammodel.h"
#include "pages/historypage.h"
#include "pages/logpage.h"
#include "pages/teampage.h"
#include "pgcluster.h"
#include "shell/appsettings.h"
#include "shell/changenotifier.h"
#include "shell/mainwindow.h"
#include "shell/prompt.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/serveradmin.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace spotter::test {
namespace {

class TeamServerGui : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!cluster().available())
            GTEST_SKIP() << cluster().unavailableReason().toStdString();
        ASSERT_TRUE(m_dir.isValid());
        Prompt::reset();
        Prompt::setQuiet(true);
        m_db = cluster().createDatabase();
        m_ann = u"ann_"_s + m_db;
        m_annId =
            ServerAdmin(cluster().admin(m_db))
                .addAthlete(u"Ann"_s, m_ann, WeightUnit::Kg, QString::fromLatin1(PgCluster::kCoachPassword),
                            QString::fromLatin1(PgCluster::kTeam));
        m_ws = std::make_unique<Workspace>(std::make_unique<Database>(m_dir.filePath(u"mine.sqlite"_s)));
        m_window = std::make_unique<MainWindow>(*m_ws);
    }
    void TearDown() override
    {
        m_window.reset();
        m_ws.reset();
        Prompt::reset();
        if (!m_db.isEmpty())
            cluster().dropDatabase(m_db);
    }
    static PgCluster &cluster() { return PgCluster::shared(); }
    DatabaseLocation coach() const { return cluster().location(m_db); }
    QStringList switcher() const
    {
        QStringList out;
        for (int i = 0; i < m_window->athleteSwitcher()->count(); ++i)
            out.append(m_window->athleteSwitcher()->itemText(i));
        return out;
    }
    Session sessionOf(const Database &db, qint64 athlete, const QDateTime &start) const
    {
        Session s;
        s.athleteId = athlete;
        s.start = start;
        WorkoutSet w;
        w.exerciseId = ExerciseRepository(db).find(u"Back Squat"_s)->id;
        w.weight = Weight::fromKg(100);
        w.reps = 5;
        s.sets = {w, w};
        return s;
    }

    void historyNamesAnExerciseAnotherLoginAdded();

    QTemporaryDir m_dir;
    QString m_db;
    QString m_ann;
    qint64 m_annId = 0;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(TeamServerGui, TheConnectDialogBuildsTheServerAndRemembersIt)
{
    ConnectDialog dialog({}, nullptr);
    dialog.hostEdit()->setText(u"gym.example.org"_s);
    dialog.portEdit()->setValue(6432);
    dialog.databaseEdit()->setText(u"team"_s);
    EXPECT_FALSE(dialog.location()) << "a login is needed";
    dialog.loginEdit()->setText(u"sam"_s);
    dialog.tlsMode()->setCurrentIndex(dialog.tlsMode()->findData(u"verify-full"_s));
    const auto location = dialog.location();
    ASSERT_TRUE(location);
    EXPECT_EQ(location->toString(), u"postgresql://sam@gym.example.org:6432/team?sslmode=verify-full"_s);

    AppSettings::instance().addRecentServer(location->toString());
    ConnectDialog again(AppSettings::instance().recentServers(), nullptr);
    EXPECT_EQ(again.recentList()->currentText(), u"sam@gym.example.org:6432/team"_s);
    EXPECT_EQ(again.hostEdit()->text(), u"gym.example.org"_s);
    EXPECT_EQ(again.loginEdit()->text(), u"sam"_s);
    ASSERT_TRUE(again.location());
    EXPECT_EQ(*again.location(), *location);
}

TEST_F(TeamServerGui, ACoachConnectsWithAPasswordPromptAndSeesTheirTeam)
{
    // No password file this time: the window asks, and asks again after a wrong one.
    const QByteArray passFile = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(u"no-such-pgpass"_s)));
    Prompt::setNextPassword(u"wrong"_s);
    Prompt::setNextPassword(QString::fromLatin1(PgCluster::kCoachPassword));
    const bool connected = m_window->connectTo(coach());
    qputenv("PGPASSFILE", passFile);
    ASSERT_TRUE(connected) << Prompt::shown().join(u'\n').toStdString();
    ASSERT_EQ(Prompt::shown().size(), 2);
    EXPECT_TRUE(Prompt::shown().at(1).contains(u"refused"_s));
    EXPECT_TRUE(m_ws->database().isServer());
    EXPECT_EQ(switcher(), QStringList{u"Ann"_s});
    const QString status = m_window->databaseStatus();
    EXPECT_TRUE(status.contains(u"signed in as spotter_test_coach (coach)"_s)) << status.toStdString();
    EXPECT_TRUE(status.contains(u"/"_s + m_db)) << status.toStdString();
    EXPECT_EQ(AppSettings::instance().recentServers().value(0), coach().toString());
    // Cancelling the prompt connects nowhere and keeps the window as it was.
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(u"no-such-pgpass"_s)));
    Prompt::setNextPassword(std::nullopt);
    EXPECT_FALSE(m_window->connectTo(cluster().location(m_db, m_ann)));
    qputenv("PGPASSFILE", passFile);
    EXPECT_TRUE(m_window->databaseStatus().contains(u"(coach)"_s));
}

TEST_F(TeamServerGui, AnAthleteSeesOnlyThemself)
{
    {
        const auto coachDb = std::make_unique<Database>(coach(), Database::Options());
        Athlete other;
        other.name = u"Bo"_s;
        AthleteRepository(*coachDb).add(other);
    }
    ASSERT_TRUE(m_window->connectTo(cluster().location(m_db, m_ann)));
    EXPECT_EQ(switcher(), QStringList{u"Ann"_s}) << "the coach's other athlete is not visible";
    EXPECT_TRUE(m_window->databaseStatus().contains(u"(athlete)"_s));
}

TEST_F(TeamServerGui, TheFirstPageIsReadBeforeTheBackgroundWorkLogsIn)
{
    // On a laptop with two cores, the change feed's login and the re-assessment's (a login and a
    // scan of every report) would share them with the first page: they wait for the event loop.
    const auto logins = [&] {
        return cluster()
            .psql(m_db, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                       "current_database() AND usename = '%1'")
                            .arg(QString::fromLatin1(PgCluster::kCoach)))
            .trimmed()
            .toInt();
    };
    Workspace ws(std::make_unique<Database>(coach(), Database::Options()));
    MainWindow window(ws);
    window.showPage(MainWindow::History);
    window.show();
    EXPECT_EQ(logins(), 1) << "only the window's own connection, for its first page";
    EXPECT_FALSE(ws.isBackgroundWorkAllowed());
    ASSERT_TRUE(QTest::qWaitFor([&] { return ws.isBackgroundWorkAllowed() && logins() >= 3; }, 30'000))
        << "the change feed and the re-assessment never logged in: " << logins() << " logins";
}

TEST_F(TeamServerGui, TheCoachsTeamPageFollowsAnAthletesLog)
{
    ASSERT_TRUE(m_window->connectTo(coach()));
    m_window->showPage(MainWindow::Team);
    m_window->show();
    TeamPage *team = m_window->teamPage();
    QSignalSpy loaded(team, &TeamPage::loaded);
    ASSERT_TRUE(loaded.wait(30'000));
    ASSERT_EQ(team->model()->rowCount(), 1);
    const QModelIndex sessions = team->model()->index(0, TeamModel::Sessions);
    const QString before = sessions.data().toString();
    loaded.clear();
    {
        // Ann logs on her own laptop.
        const auto ann = std::make_unique<Database>(cluster().location(m_db, m_ann), Database::Options());
        Session s = sessionOf(*ann, m_annId, QDateTime::currentDateTime().addSecs(-3600));
        SessionRepository(*ann).add(s);
    }
    // No reload was asked for here: the server's notification brings it. (Not the next
    // loaded(): a reload the feed asked for at its start may still be under way.)
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return team->model()->index(0, TeamModel::Sessions).data().toString() != before; }, 30'000))
        << "the Team page never showed Ann's new session";
    EXPECT_FALSE(team->model()->index(0, TeamModel::LastSession).data().toString().isEmpty());
}

TEST_F(TeamServerGui, TheCoachsHistoryAndSorenessPagesFollowAnotherLoginsWrites)
{
    ASSERT_TRUE(m_window->connectTo(coach()));
    ASSERT_EQ(m_ws->currentAthleteId(), m_annId);
    m_window->showPage(MainWindow::History);
    m_window->show();
    const QAbstractItemModel *history = m_window->historyPage()->view()->model();
    ASSERT_EQ(history->rowCount(), 0);
    const auto ann = std::make_unique<Database>(cluster().location(m_db, m_ann), Database::Options());
    Session first = sessionOf(*ann, m_annId, QDateTime::currentDateTime().addDays(-2));
    SessionRepository(*ann).add(first);
    // Nothing here asks for a reload. This first one may come with the feed's start ("anything
    // may have changed": written before it listened); once it is shown, the feed listens.
    ASSERT_TRUE(QTest::qWaitFor([&] { return history->rowCount() == 1; }, 30'000))
        << "History never showed Ann's first session";
    Session s = sessionOf(*ann, m_annId, QDateTime::currentDateTime().addSecs(-3 * 3600));
    SessionRepository(*ann).add(s);
    EXPECT_TRUE(QTest::qWaitFor([&] { return history->rowCount() == 2; }, 30'000))
        << "History never showed Ann's new session";

    SorenessReport report;
    report.athleteId = m_annId;
    report.sessionId = s.id;
    report.region = Region::Quads;
    report.noticedAt = QDateTime::currentDateTime().addSecs(-3600);
    report.intensity = 3;
    report.character = Character::Ache;
    SorenessRepository(*ann).add(report);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return !history->index(0, HistoryModel::Soreness).data().toString().isEmpty(); }, 30'000))
        << "History never showed the soreness after Ann's session";
}

/// Ann adds an exercise to the shared catalogue and logs a session with it; the coach's History
/// must name it (an id its catalogue does not know would be left out of the row).
void TeamServerGui::historyNamesAnExerciseAnotherLoginAdded()
{
    ASSERT_TRUE(m_window->connectTo(coach()));
    ASSERT_EQ(m_ws->currentAthleteId(), m_annId);
    m_window->showPage(MainWindow::History);
    m_window->show();
    const QAbstractItemModel *history = m_window->historyPage()->view()->model();
    const auto ann = std::make_unique<Database>(cluster().location(m_db, m_ann), Database::Options());
    Session first = sessionOf(*ann, m_annId, QDateTime::currentDateTime().addDays(-2));
    SessionRepository(*ann).add(first);
    // Once the first session is shown, the feed listens (see the test above).
    ASSERT_TRUE(QTest::qWaitFor([&] { return history->rowCount() == 1; }, 30'000));
    Exercise landmine;
    landmine.name = u"Landmine Press"_s;
    ExerciseRepository(*ann).add(landmine);
    Session s = sessionOf(*ann, m_annId, QDateTime::currentDateTime().addSecs(-3 * 3600));
    s.sets.first().exerciseId = landmine.id;
    SessionRepository(*ann).add(s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return history->rowCount() == 2; }, 30'000));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return history->index(0, HistoryModel::Exercises).data().toString().contains(u"Landmine Press"_s);
        },
        30'000))
        << "History shows " << history->index(0, HistoryModel::Exercises).data().toString().toStdString();
}

TEST_F(TeamServerGui, TheCoachsHistoryNamesAnExerciseAnotherLoginAdded)
{
    historyNamesAnExerciseAnotherLoginAdded();
}

TEST_F(TeamServerGui, OnAServerThatDoesNotAnnounceExercisesANewSessionReadsTheCatalogueAgain)
{
    // As a server set up before this Spotter: neither catalogue table announces its writes.
    cluster().psql(m_db, u"DROP TRIGGER spotter_notify ON spotter.exercise"_s);
    cluster().psql(m_db, u"DROP TRIGGER spotter_notify ON spotter.exercise_alias"_s);
    historyNamesAnExerciseAnotherLoginAdded();
    EXPECT_FALSE(m_ws->database().serverIdentity()->announcesExercises);
}

TEST_F(TeamServerGui, TheSessionOnTheLogPageFollowsAnotherLoginsEdit)
{
    ASSERT_TRUE(m_window->connectTo(coach()));
    Session s = sessionOf(m_ws->database(), m_annId, QDateTime::currentDateTime().addDays(-1));
    SessionRepository(m_ws->database()).add(s);
    m_window->showPage(MainWindow::Log);
    m_window->show();
    LogPage *log = m_window->logPage();
    log->editSession(s.id);
    ASSERT_EQ(log->editor()->session().sets.size(), 2);
    {
        // Ann corrects her reps on her laptop.
        const auto ann = std::make_unique<Database>(cluster().location(m_db, m_ann), Database::Options());
        WorkoutSet theirs = *SessionRepository(*ann).getSet(s.sets.first().id);
        theirs.reps = 3;
        SessionRepository(*ann).updateSet(theirs);
    }
    // The next edit here must start from Ann's version: the server's notification brings it.
    EXPECT_TRUE(QTest::qWaitFor([&] { return log->editor()->session().sets.first().reps == 3; }, 30'000))
        << "the Log page kept the reps Ann changed";
}

TEST_F(TeamServerGui, AnotherAthletesLogReloadsTheTeamButNotTheAthleteOnScreen)
{
    const QString cyLogin = u"cy_"_s + m_db;
    const qint64 cy =
        ServerAdmin(cluster().admin(m_db))
            .addAthlete(u"Cy"_s, cyLogin, WeightUnit::Kg, QString::fromLatin1(PgCluster::kCoachPassword),
                        QString::fromLatin1(PgCluster::kTeam));
    ASSERT_TRUE(m_window->connectTo(coach()));
    m_window->athleteSwitcher()->setCurrentIndex(m_window->athleteSwitcher()->findText(u"Ann"_s));
    ASSERT_EQ(m_ws->currentAthleteId(), m_annId);
    m_window->show(); // the feed starts once the first page is shown
    ASSERT_NE(m_ws->changeFeed(), nullptr);
    m_ws->changeFeed()->setStampBudget(60'000); // a busy test machine must not fall back
    QSignalSpy others(m_ws->notifier(), &ChangeNotifier::othersChanged);
    QSignalSpy sessions(m_ws->notifier(), &ChangeNotifier::sessionsChanged);
    const auto cyLogs = [&] {
        const auto db = std::make_unique<Database>(cluster().location(m_db, cyLogin), Database::Options());
        Session s = sessionOf(*db, cy, QDateTime::currentDateTime().addDays(-1));
        SessionRepository(*db).add(s);
    };
    // The feed's first burst (Cy's session, or its subscription's "anything may have changed")
    // has nothing to compare Ann's rows with.
    cyLogs();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !others.isEmpty(); }, 30'000));
    others.clear();
    sessions.clear();
    cyLogs();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !others.isEmpty(); }, 10'000)) << "the Team page hears it";
    EXPECT_TRUE(sessions.isEmpty()) << "Ann's history was read again for Cy's session";
    // Ann's own session is hers.
    others.clear();
    {
        const auto ann = std::make_unique<Database>(cluster().location(m_db, m_ann), Database::Options());
        Session s = sessionOf(*ann, m_annId, QDateTime::currentDateTime().addDays(-2));
        SessionRepository(*ann).add(s);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return !sessions.isEmpty(); }, 10'000));
    EXPECT_EQ(sessions.first().first().toLongLong(), m_annId);
}

TEST_F(TeamServerGui, AnEditOfASetSomeoneElseChangedIsRefusedWithAMessageAndTheViewsReload)
{
    ASSERT_TRUE(m_window->connectTo(coach()));
    Session s = sessionOf(m_ws->database(), m_annId, QDateTime::currentDateTime().addDays(-1));
    SessionRepository(m_ws->database()).add(s);
    const WorkoutSet mine = *SessionRepository(m_ws->database()).getSet(s.sets.first().id);
    {
        // Ann changes the same set on her laptop first.
        const auto ann = std::make_unique<Database>(cluster().location(m_db, m_ann), Database::Options());
        WorkoutSet theirs = *SessionRepository(*ann).getSet(mine.id);
        theirs.reps = 3;
        SessionRepository(*ann).updateSet(theirs);
    }
    QSignalSpy reload(m_ws->notifier(), &ChangeNotifier::reloadRequested);
    WorkoutSet edited = mine;
    edited.weight = Weight::fromKg(120);
    const auto error = m_ws->execute(new EditSetCommand(*m_ws, m_annId, mine, edited));
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->contains(u"changed by someone else"_s)) << error->toStdString();
    EXPECT_EQ(reload.size(), 1);
    EXPECT_FALSE(m_ws->undoStack()->canUndo()) << "nothing was pushed";
    const WorkoutSet stored = *SessionRepository(m_ws->database()).getSet(mine.id);
    EXPECT_EQ(stored.reps, 3) << "Ann's edit stands";
    EXPECT_EQ(stored.weight, Weight::fromKg(100));
}

TEST_F(TeamServerGui, PublishingALocalLogSendsItsSessions)
{
    Athlete ann;
    ann.name = u"Ann"_s;
    AthleteRepository(m_ws->database()).add(ann);
    Session s = sessionOf(m_ws->database(), ann.id, QDateTime::currentDateTime().addDays(-1));
    SessionRepository(m_ws->database()).add(s);
    emit m_ws->notifier()->athletesChanged();
    m_window->publishTo(cluster().location(m_db, m_ann));
    EXPECT_TRUE(Prompt::shown().isEmpty()) << Prompt::shown().join(u'\n').toStdString();
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"1 new session, 0 changed sessions"_s))
        << m_window->statusBar()->currentMessage().toStdString();
    EXPECT_FALSE(m_ws->database().isServer()) << "publishing does not switch databases";
    const auto server = std::make_unique<Database>(cluster().location(m_db, m_ann), Database::Options());
    EXPECT_EQ(SessionRepository(*server).list(m_annId).size(), 1);
}

} // namespace
} // namespace spotter::test
