// SPDX-License-Identifier: GPL-3.0-or-later
// History follows what changes under it: another database (File → Open), named with its own
// exercises; a soreness report saved on the Soreness page.
#include "commands/valuecommands.h"
#include "models/historymodel.h"
#include "pages/historypage.h"
#include "shell/mainwindow.h"
#include "store/athleterepository.h"
#include "store/exerciserepository.h"
#include "store/sessionrepository.h"
#include "uitestutil.h"
#include "workspacefixture.h"

#include <QComboBox>
#include <QTableView>

using namespace spotter;
using namespace spotter::test;

namespace {

/// A file holding one athlete and one session of @p exercise, an exercise the file adds to its
/// catalogue: two such files give their exercises the same id.
QString fileWith(const QTemporaryDir &dir, const QString &name, const QString &exercise)
{
    const QString path = dir.filePath(name);
    const Database db(path);
    Athlete athlete;
    athlete.name = QStringLiteral("Ann");
    AthleteRepository(db).add(athlete);
    Exercise e;
    e.name = exercise;
    ExerciseRepository(db).add(e);
    Session session;
    session.athleteId = athlete.id;
    session.start = QDateTime(QDate(2026, 11, 2), QTime(18, 0));
    WorkoutSet set;
    set.exerciseId = e.id;
    set.weight = Weight::fromKg(40);
    set.reps = 10;
    session.sets = {set};
    SessionRepository(db).add(session);
    return path;
}

class HistoryFollows : public WorkspaceFixture
{
protected:
    static QString exercisesOfFirstRow(const MainWindow &window)
    {
        const QAbstractItemModel *model = window.historyPage()->view()->model();
        return model->rowCount() > 0 ? model->index(0, HistoryModel::Exercises).data().toString() : QString();
    }
    /// What the page's exercise filter offers.
    static QStringList filterChoices(const MainWindow &window)
    {
        for (const QComboBox *box : window.historyPage()->findChildren<QComboBox *>()) {
            if (box->itemText(0) != QStringLiteral("All exercises"))
                continue;
            QStringList out;
            for (int i = 0; i < box->count(); ++i)
                out.append(box->itemText(i));
            return out;
        }
        return {};
    }
};

} // namespace

TEST_F(HistoryFollows, AnotherDatabaseIsShownWithItsOwnExercises)
{
    const QString belt = fileWith(m_dir, QStringLiteral("belt.sqlite"), QStringLiteral("Belt Squat"));
    const QString landmine =
        fileWith(m_dir, QStringLiteral("landmine.sqlite"), QStringLiteral("Landmine Press"));
    m_ws->replaceDatabase(std::make_unique<Database>(belt));
    MainWindow window(*m_ws);
    window.showPage(MainWindow::History);
    window.show();
    QCoreApplication::processEvents();
    ASSERT_EQ(exercisesOfFirstRow(window), QStringLiteral("Belt Squat"));
    ASSERT_TRUE(filterChoices(window).contains(QStringLiteral("Belt Squat")));

    m_ws->replaceDatabase(std::make_unique<Database>(landmine));
    QCoreApplication::processEvents();
    EXPECT_EQ(exercisesOfFirstRow(window), QStringLiteral("Landmine Press"))
        << "the other file's exercise of the same id";
    const QStringList choices = filterChoices(window);
    EXPECT_TRUE(choices.contains(QStringLiteral("Landmine Press")));
    EXPECT_FALSE(choices.contains(QStringLiteral("Belt Squat")));
}

TEST_F(HistoryFollows, AReportSavedElsewhereShowsAsSorenessAfterItsSession)
{
    m_ws->replaceDatabase(std::make_unique<Database>(
        fileWith(m_dir, QStringLiteral("ann.sqlite"), QStringLiteral("Belt Squat"))));
    MainWindow window(*m_ws);
    window.showPage(MainWindow::History);
    window.show();
    QCoreApplication::processEvents();
    const QAbstractItemModel *model = window.historyPage()->view()->model();
    ASSERT_EQ(model->rowCount(), 1);
    ASSERT_TRUE(model->index(0, HistoryModel::Soreness).data().toString().isEmpty());

    const qint64 sessionId = model->index(0, 0).data(HistoryModel::SessionIdRole).toLongLong();
    SorenessReport report;
    report.athleteId = m_ws->currentAthleteId();
    report.sessionId = sessionId;
    report.region = Region::Quads;
    report.noticedAt = QDateTime(QDate(2026, 11, 3), QTime(8, 0));
    report.intensity = 3;
    report.character = Character::Ache;
    ASSERT_EQ(m_ws->execute(new AddSorenessCommand(*m_ws, report, QStringLiteral("report soreness"))),
              std::nullopt);
    QCoreApplication::processEvents();
    EXPECT_FALSE(model->index(0, HistoryModel::Soreness).data().toString().isEmpty())
        << "the report of the morning after is not shown";
}
