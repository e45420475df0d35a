// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A team server on the test cluster with two teams: the tests' coach coaches Ann (an athlete
// login), another coach coaches Bo. Each test gets a database of its own.

#include "model/clock.h"
#include "model/session.h"
#include "pgcluster.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/serveradmin.h"

#include <gtest/gtest.h>

#include <memory>

namespace spotter::test {

inline QString password()
{
    return QString::fromLatin1(PgCluster::kCoachPassword);
}

class TeamServer : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!cluster().available())
            GTEST_SKIP() << cluster().unavailableReason().toStdString();
        m_db = cluster().createDatabase();
        // Logins are the cluster's, shared by every test database: names of their own.
        m_ann = QStringLiteral("ann_") + m_db;
        m_bo = QStringLiteral("bo_") + m_db;
        m_otherCoach = QStringLiteral("coach_") + m_db;
        ServerAdmin admin(cluster().admin(m_db));
        admin.addTeam(QStringLiteral("Other"));
        m_annId = admin.addAthlete(QStringLiteral("Ann"), m_ann, WeightUnit::Kg, password(),
                                   QString::fromLatin1(PgCluster::kTeam));
        m_boId =
            admin.addAthlete(QStringLiteral("Bo"), m_bo, WeightUnit::Kg, password(), QStringLiteral("Other"));
        admin.addCoach(m_otherCoach, password());
        admin.assignCoach(QStringLiteral("Other"), m_otherCoach);
    }
    void TearDown() override
    {
        if (!m_db.isEmpty())
            cluster().dropDatabase(m_db);
    }

    static PgCluster &cluster() { return PgCluster::shared(); }
    std::unique_ptr<Database> open(const QString &login) const
    {
        return std::make_unique<Database>(cluster().location(m_db, login), Database::Options());
    }
    QString coach() const { return QString::fromLatin1(PgCluster::kCoach); }

    Session sessionOf(const Database &db, qint64 athleteId, const QString &title) const
    {
        Session s;
        s.athleteId = athleteId;
        s.start = Clock::now().addDays(-1);
        s.title = title;
        WorkoutSet w;
        w.exerciseId = ExerciseRepository(db).find(QStringLiteral("Deadlift"))->id;
        w.weight = Weight::fromKg(140);
        w.reps = 5;
        s.sets.append(w);
        return s;
    }

    QString m_db;
    QString m_ann;
    QString m_bo;
    QString m_otherCoach;
    qint64 m_annId = 0;
    qint64 m_boId = 0;
};

} // namespace spotter::test
