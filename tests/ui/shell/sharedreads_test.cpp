// SPDX-License-Identifier: GPL-3.0-or-later
// What several views show is read once for all of them (Workspace::exercises(), athlete()): on a
// team server each view's own read was a round trip more before the first page. It is read
// again when it changes, when another athlete is chosen and when another database replaces this
// one.
#include "forms/sessioneditor.h"
#include "pages/logpage.h"
#include "shell/changenotifier.h"
#include "shell/mainwindow.h"
#include "store/athleterepository.h"
#include "workspacefixture.h"

using namespace spotter;
using namespace spotter::test;

namespace {

class SharedReads : public WorkspaceFixture
{
protected:
    static bool holds(const QList<Exercise> &exercises, const QString &name)
    {
        return std::any_of(exercises.begin(), exercises.end(),
                           [&](const Exercise &e) { return e.name == name; });
    }
    qint64 addBehindTheViewsBack(Database &database, const QString &name)
    {
        Exercise e;
        e.name = name;
        return ExerciseRepository(database).add(e);
    }
};

TEST_F(SharedReads, TheViewsShareOneReadUntilTheCatalogueChanges)
{
    MainWindow window(*m_ws);
    ASSERT_TRUE(holds(m_ws->exercises(), QStringLiteral("Back Squat")));
    // Written without telling anyone: what the views hold is the one read they share.
    addBehindTheViewsBack(db(), QStringLiteral("Landmine Press"));
    EXPECT_FALSE(holds(m_ws->exercises(), QStringLiteral("Landmine Press"))) << "read again on every call";
    EXPECT_EQ(window.logPage()->editor()->catalogue().find(u"Landmine Press"), nullptr);

    emit m_ws->notifier()->exercisesChanged();
    EXPECT_TRUE(holds(m_ws->exercises(), QStringLiteral("Landmine Press")));
    // The editor listens after the workspace, so it reads the new catalogue, not the old one.
    EXPECT_NE(window.logPage()->editor()->catalogue().find(u"Landmine Press"), nullptr);
}

TEST_F(SharedReads, AnotherDatabaseBringsItsOwnCatalogue)
{
    ASSERT_FALSE(holds(m_ws->exercises(), QStringLiteral("Belt Squat")));
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    {
        Database database(other);
        addBehindTheViewsBack(database, QStringLiteral("Belt Squat"));
    }
    m_ws->replaceDatabase(std::make_unique<Database>(other));
    EXPECT_TRUE(holds(m_ws->exercises(), QStringLiteral("Belt Squat")));
}

TEST_F(SharedReads, TheCurrentAthleteIsReadOnceUntilItChangesOrAnotherIsChosen)
{
    Athlete ann;
    ann.name = QStringLiteral("Ann");
    AthleteRepository(db()).add(ann);
    Athlete bo;
    bo.name = QStringLiteral("Bo");
    AthleteRepository(db()).add(bo);
    m_ws->setCurrentAthlete(ann.id);
    ASSERT_EQ(m_ws->athlete(ann.id)->name, QStringLiteral("Ann"));
    EXPECT_FALSE(m_ws->athlete(0));

    // Written without telling anyone: the views share what was read.
    Athlete renamed = ann;
    renamed.name = QStringLiteral("Ann Lee");
    AthleteRepository(db()).update(renamed);
    EXPECT_EQ(m_ws->athlete(ann.id)->name, QStringLiteral("Ann")) << "read again on every call";
    // Any other athlete is read anew.
    renamed = bo;
    renamed.name = QStringLiteral("Bo Chan");
    AthleteRepository(db()).update(renamed);
    EXPECT_EQ(m_ws->athlete(bo.id)->name, QStringLiteral("Bo Chan"));

    emit m_ws->notifier()->athletesChanged();
    EXPECT_EQ(m_ws->athlete(ann.id)->name, QStringLiteral("Ann Lee"));

    // Another choice reads its athlete; and the one before is no longer kept either.
    m_ws->setCurrentAthlete(bo.id);
    EXPECT_EQ(m_ws->athlete(bo.id)->name, QStringLiteral("Bo Chan"));
    AthleteRepository(db()).remove(bo.id);
    m_ws->setCurrentAthlete(ann.id);
    m_ws->setCurrentAthlete(bo.id);
    EXPECT_FALSE(m_ws->athlete(bo.id)) << "gone since it was chosen last";
}

} // namespace
