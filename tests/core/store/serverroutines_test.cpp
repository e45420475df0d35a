// SPDX-License-Identifier: GPL-3.0-or-later
// Routines, plates and records on a team server: row-level security through Spotter and through
// plain SQL. An athlete reads and changes only their own routines; a coach those of the athletes
// of their teams; a routine shared with someone out of reach is read-only.
#include "store/athleterepository.h"
#include "store/platerepository.h"
#include "store/routinerepository.h"
#include "store/storeerror.h"
#include "teamserverfixture.h"

#include <gtest/gtest.h>

namespace spotter::test {
namespace {

class TeamRoutines : public TeamServer
{
protected:
    static Routine routine(const Database &db, const QString &name, QList<qint64> athletes)
    {
        Routine r;
        r.name = name;
        RoutineItem item;
        item.exerciseId = ExerciseRepository(db).find(QStringLiteral("Deadlift"))->id;
        item.sets = 3;
        item.reps = 5;
        r.items = {item};
        r.athleteIds = std::move(athletes);
        RoutineRepository(db).add(r);
        return r;
    }
    static QStringList names(const QList<Routine> &routines)
    {
        QStringList out;
        for (const Routine &r : routines)
            out.append(r.name);
        return out;
    }
};

TEST_F(TeamRoutines, AnAthleteReadsAndChangesOnlyTheirOwnRoutines)
{
    qint64 bos = 0;
    {
        const auto bo = open(m_bo);
        bos = routine(*bo, QStringLiteral("Bo pulls"), {m_boId}).id;
    }
    const auto ann = open(m_ann);
    Routine mine = routine(*ann, QStringLiteral("Ann squats"), {m_annId});
    // A routine Ann made and has not assigned yet is hers too.
    const Routine draft = routine(*ann, QStringLiteral("Ann draft"), {});
    RoutineRepository routines(*ann);
    EXPECT_EQ(names(routines.list()),
              (QStringList{QStringLiteral("Ann draft"), QStringLiteral("Ann squats")}));
    EXPECT_FALSE(routines.get(bos));
    EXPECT_TRUE(routines.list(m_boId).isEmpty());

    // Changing Bo's routine reaches nothing: there is no such routine for her.
    Routine forged = mine;
    forged.id = bos;
    forged.name = QStringLiteral("Forged");
    try {
        routines.update(forged);
        ADD_FAILURE() << "an athlete changed another athlete's routine";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::NotFound) << e.message().toStdString();
    }
    // Nor can she assign herself to it (there is no such routine for her), or her own routine to Bo.
    RoutineRepository::assign(ann->connection(), m_annId, {bos});
    EXPECT_FALSE(routines.get(bos));
    mine.athleteIds = {m_annId, m_boId};
    EXPECT_THROW(routines.update(mine), StoreError);
    routines.remove(bos);

    // Her own work as on a file.
    mine = *routines.get(mine.id);
    mine.notes = QStringLiteral("week B");
    routines.update(mine);
    EXPECT_EQ(routines.get(mine.id)->notes, QStringLiteral("week B"));
    routines.remove(draft.id);
    EXPECT_FALSE(routines.get(draft.id));

    EXPECT_EQ(cluster().psql(m_db, QStringLiteral("SELECT name || ':' || (SELECT count(*) FROM "
                                                  "spotter.routine_item i WHERE i.routine_id = r.id) || ':' "
                                                  "|| (SELECT string_agg(athlete_id::text, ',') FROM "
                                                  "spotter.routine_assignment a WHERE a.routine_id = r.id) "
                                                  "FROM spotter.routine r WHERE id = %1")
                                       .arg(bos)),
              QStringLiteral("Bo pulls:1:%1").arg(m_boId))
        << "Bo's routine, its items and its assignment are untouched";
}

TEST_F(TeamRoutines, PlainSqlReachesNoOtherAthletesRoutinesPlatesOrRecords)
{
    qint64 bos = 0;
    {
        const auto bo = open(m_bo);
        bos = routine(*bo, QStringLiteral("Bo pulls"), {m_boId}).id;
        PlateSet plates;
        plates.unit = WeightUnit::Kg;
        plates.bar = 20;
        plates.plates = {{25, 2}, {10, 4}};
        PlateRepository(*bo).set(m_boId, plates);
    }
    const auto asAnn = [&](const QString &sql) { return cluster().tryPsql(m_db, sql, m_ann); };
    for (const char *table :
         {"routine", "routine_item", "routine_assignment", "plate_set", "personal_record"})
        EXPECT_EQ(asAnn(QStringLiteral("SELECT count(*) FROM spotter.%1").arg(QLatin1String(table))).output,
                  QStringLiteral("0"))
            << table;
    EXPECT_EQ(asAnn(QStringLiteral("WITH u AS (UPDATE spotter.routine SET notes = 'x' RETURNING 1) "
                                   "SELECT count(*) FROM u"))
                  .output,
              QStringLiteral("0"));
    EXPECT_EQ(asAnn(QStringLiteral("WITH d AS (DELETE FROM spotter.routine_item RETURNING 1) "
                                   "SELECT count(*) FROM d"))
                  .output,
              QStringLiteral("0"));
    // A guessed id does not open Bo's routine, and a routine cannot be made in someone else's name.
    const auto assign = asAnn(
        QStringLiteral("INSERT INTO spotter.routine_assignment (routine_id, athlete_id) VALUES (%1, %2)")
            .arg(bos)
            .arg(m_annId));
    EXPECT_FALSE(assign.ok);
    EXPECT_TRUE(assign.error.contains(u"row-level security")) << assign.error.toStdString();
    const auto item = asAnn(QStringLiteral("INSERT INTO spotter.routine_item (routine_id, position, "
                                           "exercise_id, kind, sets) VALUES (%1, 5, 1, 'working', 1)")
                                .arg(bos));
    EXPECT_FALSE(item.ok);
    const auto impostor = asAnn(QStringLiteral("INSERT INTO spotter.routine (name, name_key, created_by) "
                                               "VALUES ('Mine', 'mine', '%1')")
                                    .arg(m_bo));
    EXPECT_FALSE(impostor.ok);
    EXPECT_EQ(
        cluster().psql(
            m_db, QStringLiteral("SELECT count(*) FROM spotter.routine_item WHERE routine_id = %1").arg(bos)),
        QStringLiteral("1"));
    EXPECT_EQ(cluster().psql(m_db, QStringLiteral("SELECT count(*) FROM spotter.plate_set")),
              QStringLiteral("1"));
}

TEST_F(TeamRoutines, ACoachReadsAndChangesTheRoutinesOfTheirTeamsAthletes)
{
    {
        const auto bo = open(m_bo);
        routine(*bo, QStringLiteral("Bo pulls"), {m_boId});
        const auto ann = open(m_ann);
        routine(*ann, QStringLiteral("Ann squats"), {m_annId});
    }
    const auto testers = open(coach());
    RoutineRepository routines(*testers);
    EXPECT_EQ(names(routines.list()), QStringList{QStringLiteral("Ann squats")});
    // Ann's routine is assigned only to an athlete of the coach's: the coach may change it.
    Routine anns = *routines.findByName(QStringLiteral("Ann squats"));
    anns.notes = QStringLiteral("from the coach");
    routines.update(anns);

    // A routine for two of the team's athletes: both read it, neither athlete may change it
    // alone, the coach may.
    Athlete cy;
    cy.name = QStringLiteral("Cy");
    AthleteRepository(*testers).add(cy);
    Routine team = routine(*testers, QStringLiteral("Team day"), {m_annId, cy.id});
    const auto ann = open(m_ann);
    EXPECT_EQ(names(RoutineRepository(*ann).list()),
              (QStringList{QStringLiteral("Ann squats"), QStringLiteral("Team day")}));
    Routine seen = *RoutineRepository(*ann).get(team.id);
    EXPECT_EQ(seen.athleteIds, QList<qint64>{m_annId}) << "Cy's assignment is not Ann's to read";
    EXPECT_EQ(RoutineRepository(*ann).get(anns.id)->notes, QStringLiteral("from the coach"));
    seen.notes = QStringLiteral("Ann's way");
    try {
        RoutineRepository(*ann).update(seen);
        ADD_FAILURE() << "an athlete changed a routine shared with a teammate";
    } catch (const StoreError &e) {
        EXPECT_EQ(e.kind(), StoreError::Kind::Denied) << e.message().toStdString();
    }
    EXPECT_THROW(RoutineRepository(*ann).remove(team.id), StoreError);
    team = *routines.get(team.id);
    team.notes = QStringLiteral("heavy");
    routines.update(team);
    EXPECT_EQ(RoutineRepository(*ann).get(team.id)->notes, QStringLiteral("heavy"));

    // The other team's coach sees Bo's routine only.
    const auto other = open(m_otherCoach);
    EXPECT_EQ(names(RoutineRepository(*other).list()), QStringList{QStringLiteral("Bo pulls")});
}

} // namespace
} // namespace spotter::test
