// SPDX-License-Identifier: GPL-3.0-or-later
// A plain history of Bench Press sessions, for the tests that need tables spanning several pages
// (a damaged file, a read-only window, the salvage). Header-only: core, CLI and UI tests share it.
#pragma once

#include "model/athlete.h"
#include "model/session.h"
#include "model/sorenessreport.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"

#include <QDateTime>
#include <QString>

namespace spotter::test {

/// @p name with @p sessions daily sessions from 1 January 2026 at 18:00, each five sets of Bench
/// Press 100 kg × 5 under a title long enough to fill pages, and (when @p sorenessEvery > 0) a
/// chest report the next afternoon after every @p sorenessEvery-th session, starting with the
/// first: a plain history for the tests that need pages to fill, not realistic training.
inline qint64 addBenchAthlete(const Database &db, const QString &name, int sessions, int sorenessEvery = 0)
{
    const qint64 bench = ExerciseRepository(db).find(QStringLiteral("Bench Press"))->id;
    Athlete athlete;
    athlete.name = name;
    AthleteRepository(db).add(athlete);
    for (int i = 0; i < sessions; ++i) {
        Session s;
        s.athleteId = athlete.id;
        s.start = QDateTime(QDate(2026, 1, 1).addDays(i), QTime(18, 0));
        s.title = QStringLiteral("A fairly long session title to fill pages %1").arg(i);
        WorkoutSet w;
        w.exerciseId = bench;
        w.weight = Weight::fromKg(100);
        w.reps = 5;
        s.sets = {w, w, w, w, w};
        SessionRepository(db).add(s);
        if (sorenessEvery > 0 && i % sorenessEvery == 0) {
            SorenessReport r;
            r.athleteId = athlete.id;
            r.sessionId = s.id;
            r.region = Region::Chest;
            r.noticedAt = s.start.addSecs(20 * 3600);
            r.intensity = 3;
            SorenessRepository(db).add(r);
        }
    }
    return athlete.id;
}

} // namespace spotter::test
