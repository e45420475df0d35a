// SPDX-License-Identifier: GPL-3.0-or-later
// A database for the salvage tests: big enough that the sessions and sets tables span several
// pages, with soreness reports that belong to sessions (rows that lose their parent when a
// session page is damaged).
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

/// Ann and Bob with @p sessions each (five sets apiece) and a soreness report per ten sessions;
/// the file is closed (and its -wal folded in) when this returns.
inline void makeSalvageFixture(const QString &path, int sessions)
{
    Database db(path);
    const qint64 bench = ExerciseRepository(db).find(QStringLiteral("Bench Press"))->id;
    for (const QString &name : {QStringLiteral("Ann"), QStringLiteral("Bob")}) {
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
            if (i % 10 == 0) {
                SorenessReport r;
                r.athleteId = athlete.id;
                r.sessionId = s.id;
                r.region = Region::Chest;
                r.noticedAt = s.start.addSecs(20 * 3600);
                r.intensity = 3;
                SorenessRepository(db).add(r);
            }
        }
    }
}

} // namespace spotter::test
