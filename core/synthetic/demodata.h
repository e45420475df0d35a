// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/clock.h"

#include <QDateTime>
#include <QString>

namespace spotter {

class Database;

/// The demo data the front end opens and its screenshots show: three athletes with about six
/// months of training up to @p now, made by the generator with a fixed seed, so the same @p now
/// gives the same data.
/// - Maya Lindqvist (kg): a steady lifter. Three days a week, blocks with deloads, a test week
///   every twelve weeks, DOMS when accessories change, now and then tired muscles after a session.
/// - Tom Becker (lb): tests his maxes every third week (IF-01 "testing too often") and has had a
///   back injury; on his last deadlift test he felt a sharp pain in the lower back (a warning,
///   with the lower-back alternatives tip).
/// - Rita Okafor (kg): a returning lifter. DOMS as she takes the lifts up again, a three-week
///   break in the middle and DOMS once more when she comes back.
/// Throws StoreError when @p db already has athletes.
void addDemoData(const Database &db, const QDateTime &now = Clock::now());

/// Creates the database file @p path (which must not exist yet, or be empty) holding the demo
/// data of addDemoData(). Throws StoreError.
void createDemoDatabase(const QString &path, const QDateTime &now = Clock::now());

} // namespace spotter
