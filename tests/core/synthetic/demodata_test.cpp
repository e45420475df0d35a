// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/reporthistory.h"
#include "analysis/sessionanalysis.h"
#include "generatortestutil.h"
#include "services/historyservice.h"
#include "store/athleterepository.h"
#include "store/exerciserepository.h"
#include "store/historyrepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"
#include "store/storeerror.h"
#include "synthetic/demodata.h"
#include "testutil.h"

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

/// A weekday afternoon, so that the last week already has sessions.
QDateTime demoNow()
{
    return QDateTime(QDate(2026, 11, 19), QTime(16, 0));
}

class DemoDataTest : public TempDatabase
{
protected:
    void SetUp() override
    {
        TempDatabase::SetUp();
        addDemoData(db(), demoNow());
        for (const Exercise &e : ExerciseRepository(db()).list())
            m_exercises.insert(e.id, e);
    }

    Athlete athlete(const char *name) { return *AthleteRepository(db()).findByName(QLatin1String(name)); }

    QList<QPair<SorenessReport, TriageResult>> triaged(const Athlete &a)
    {
        QList<QPair<SorenessReport, TriageResult>> out;
        const HistoryService history(db());
        for (const SorenessReport &r : SorenessRepository(db()).list(a.id))
            out.append({r, triageReport(r, history.reportHistory(r), demoNow())});
        return out;
    }

    ExerciseMap m_exercises;
};

TEST_F(DemoDataTest, ThreeAthletesWithAboutSixMonthsUpToNow)
{
    const QList<Athlete> athletes = AthleteRepository(db()).list();
    ASSERT_EQ(athletes.size(), 3);
    for (const Athlete &a : athletes) {
        const QList<Session> sessions = SessionRepository(db()).list(a.id);
        ASSERT_FALSE(sessions.isEmpty()) << a.name.toStdString();
        EXPECT_GE(sessions.first().start.daysTo(demoNow()), 170) << a.name.toStdString();
        EXPECT_LE(sessions.first().start.daysTo(demoNow()), 182) << a.name.toStdString();
        // Something current for the History, Progress and Team views.
        EXPECT_LE(sessions.last().start.daysTo(demoNow()), 7) << a.name.toStdString();
        EXPECT_LE(sessions.last().start, demoNow());
        for (const SorenessReport &r : SorenessRepository(db()).list(a.id)) {
            EXPECT_LE(r.noticedAt, demoNow());
            if (r.resolvedAt) {
                EXPECT_LE(*r.resolvedAt, demoNow());
            }
        }
    }
}

TEST_F(DemoDataTest, TheSameMomentGivesTheSameData)
{
    const Database again(tempFile(QStringLiteral("again.sqlite")));
    addDemoData(again, demoNow());
    EXPECT_EQ(dumpHistory(db()), dumpHistory(again));
}

TEST_F(DemoDataTest, MayaTrainsSteadilyAndGetsDomsAfterNewLifts)
{
    const Athlete maya = athlete("Maya Lindqvist");
    EXPECT_EQ(maya.unit, WeightUnit::Kg);
    const QList<Session> sessions = SessionRepository(db()).list(maya.id);
    EXPECT_GE(sessions.size(), 26 * 3 - 6);
    int doms = 0;
    for (const auto &[r, t] : triaged(maya))
        doms += t.cls() == SorenessClass::Doms ? 1 : 0;
    EXPECT_GE(doms, 2);
    int testing = 0;
    int flaggedTooOften = 0;
    for (const SessionAnalysis &sa : analyzeSessions(sessions, m_exercises)) {
        testing += sa.intensity.cls == IntensityClass::Testing ? 1 : 0;
        flaggedTooOften += sa.hasFlag(u"testing_too_often") ? 1 : 0;
    }
    EXPECT_GE(testing, 1);
    EXPECT_LT(testing, sessions.size() / 5);
    EXPECT_LE(flaggedTooOften, 2);
}

TEST_F(DemoDataTest, TomTestsTooOftenAndHasALowerBackWarning)
{
    const Athlete tom = athlete("Tom Becker");
    EXPECT_EQ(tom.unit, WeightUnit::Lb);
    EXPECT_TRUE(tom.health.priorBackInjury);
    const QList<Session> sessions = SessionRepository(db()).list(tom.id);
    int flagged = 0;
    for (const SessionAnalysis &sa : analyzeSessions(sessions, m_exercises))
        flagged += sa.hasFlag(u"testing_too_often") ? 1 : 0;
    EXPECT_GE(flagged, 4);

    bool lowerBackWarning = false;
    for (const auto &[r, t] : triaged(tom)) {
        // The scripted one: on his last deadlift test, two to three weeks ago.
        if (r.region == Region::LowerBack && t.cls() == SorenessClass::Warning
            && r.noticedAt.daysTo(demoNow()) <= 21) {
            lowerBackWarning = true;
            EXPECT_TRUE(t.ruleIds().contains(QStringLiteral("SR-13")));
            EXPECT_EQ(t.tips.size(), 1);
            EXPECT_GE(r.noticedAt.daysTo(demoNow()), 7);
        }
    }
    EXPECT_TRUE(lowerBackWarning);
}

TEST_F(DemoDataTest, RitaReturnsWithDomsTwice)
{
    const Athlete rita = athlete("Rita Okafor");
    const QList<Session> sessions = SessionRepository(db()).list(rita.id);
    ASSERT_GT(sessions.size(), 40);
    // The break in the middle: three weeks without a session.
    QDateTime backAt;
    for (qsizetype i = 1; i < sessions.size(); ++i) {
        if (sessions[i - 1].start.daysTo(sessions[i].start) >= 21)
            backAt = sessions[i].start;
    }
    ASSERT_TRUE(backAt.isValid());
    int domsAtStart = 0;
    int domsAfterBreak = 0;
    for (const auto &[r, t] : triaged(rita)) {
        if (t.cls() != SorenessClass::Doms)
            continue;
        domsAtStart += r.noticedAt < sessions.first().start.addDays(14) ? 1 : 0;
        domsAfterBreak += r.noticedAt >= backAt && r.noticedAt < backAt.addDays(14) ? 1 : 0;
    }
    EXPECT_GE(domsAtStart, 1);
    EXPECT_GE(domsAfterBreak, 1);
}

TEST(DemoDatabase, IsCreatedInANewFileOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    createDemoDatabase(path, demoNow());
    {
        const Database db(path);
        EXPECT_EQ(AthleteRepository(db).count(), 3);
    }
    EXPECT_THROW(createDemoDatabase(path, demoNow()), StoreError);
}

} // namespace
} // namespace spotter::test
