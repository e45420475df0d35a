// SPDX-License-Identifier: GPL-3.0-or-later
// The exercise catalogue is read once for every view (Workspace::exercises()): on a team server
// each view's own read was a round trip more before the first page. It is read again when it
// changes and when another database replaces this one.
#include "forms/sessioneditor.h"
#include "pages/logpage.h"
#include "shell/changenotifier.h"
#include "shell/mainwindow.h"
#include "workspacefixture.h"

using namespace spotter;
using namespace spotter::test;

namespace {

class SharedCatalogue : public WorkspaceFixture
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

TEST_F(SharedCatalogue, TheViewsShareOneReadUntilTheCatalogueChanges)
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

TEST_F(SharedCatalogue, AnotherDatabaseBringsItsOwnCatalogue)
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

} // namespace
