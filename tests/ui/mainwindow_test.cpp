// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "sessiontablemodel.h"
#include "store/athleterepository.h"
#include "store/exerciserepository.h"
#include "store/sessionrepository.h"
#include "testutil.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace spotter;

using MainWindowTest = spotter::test::TempDatabase;

TEST_F(MainWindowTest, ListsTheFirstAthletesSessionsNewestFirst)
{
    Athlete a;
    a.name = QStringLiteral("Ann");
    AthleteRepository(db()).add(a);
    for (const char *when : {"2026-11-01T18:00", "2026-11-05T18:00"}) {
        Session s;
        s.athleteId = a.id;
        s.start = *parseDateTime(QString::fromLatin1(when));
        WorkoutSet w;
        w.exerciseId = ExerciseRepository(db()).find(QStringLiteral("Bench Press"))->id;
        w.reps = 5;
        s.sets = {w};
        SessionRepository(db()).add(s);
    }
    MainWindow window(db());
    QAbstractItemModelTester tester(window.sessionModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    window.show();
    ASSERT_EQ(window.sessionModel()->rowCount(), 2);
    EXPECT_EQ(window.sessionModel()->index(0, SessionTableModel::Date).data().toString(),
              QStringLiteral("2026-11-05 18:00"));
}
