// SPDX-License-Identifier: GPL-3.0-or-later
// Realistic demo data for the Progress and Team tests and screenshots: months of sessions with
// progression, deloads and testing weeks, session RPE and soreness of every class.
#pragma once

#include "model/session.h"
#include "model/sorenessreport.h"

#include <QDateTime>
#include <QString>

namespace spotter {

class Database;

namespace test {

/// The three demo athletes. Everything is dated back from the `now` they were made with, and
/// every session lies before today.
struct DemoTeam
{
    /// Ann (kg): 16 weeks of squat, bench and deadlift three days a week with a testing week four
    /// weeks ago; DOMS, fatigue, watch (after testing) and a warning (sharp lower back on the
    /// deadlift test), all resolved. Nothing needs attention.
    qint64 ann = 0;
    /// Ben (kg): 24 weeks, four days a week, the last ten days much heavier (ACWR above the
    /// band); an open see-doctor report (SR-09, nerve pain down one leg) and a warning (sharp
    /// knee) resolved three days ago.
    qint64 ben = 0;
    /// Cleo (lb): 10 weeks, two days a week, deadlift tested twice in the last four weeks
    /// (IF-01); DOMS last week.
    qint64 cleo = 0;
};

[[nodiscard]] DemoTeam addDemoTeam(const Database &db, const QDateTime &now);

/// A plain three-day programme of @p weeks ending before today: four main lifts and an accessory,
/// a deadlift test every 12 weeks and DOMS every 6, counted back from @p now so that two
/// athletes with different history lengths have the same recent months; one report still open.
/// Inserted in one transaction.
qint64 addGeneratedAthlete(const Database &db, const QString &name, int weeks, const QDateTime &now);

} // namespace test
} // namespace spotter
