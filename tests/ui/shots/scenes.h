// SPDX-License-Identifier: GPL-3.0-or-later
// The screenshots that need a scene set up first: whole-body check-ins, a session started from
// a routine, and an import that offers routines.
#pragma once

#include "model/athlete.h"
#include "shots/shooter.h"

namespace spotter {
class Database;
class MainWindow;
class Workspace;
} // namespace spotter

namespace spotter::shots {

/// The check-in for a neck, a knee and a chest report: the window, and the whole form with the
/// questions that region asks (they sit below the window's fold).
void shootCheckIns(Shooter &shooter, MainWindow &window, const Athlete &athlete, const Database &db);
/// Today's session started from a routine made of the athlete's latest session: the plan with
/// the suggested loads and why, the plates, last time, and its first loadable item logged.
void shootRoutine(Shooter &shooter, MainWindow &window, Workspace &ws, const Athlete &athlete);
/// The wait for a team server that does not answer (File → Connect), then its Cancel.
void shootConnecting(Shooter &shooter, MainWindow &window);
/// A Strong export imported for a new athlete: the workouts it repeats offered as routines.
void shootImportRoutines(Shooter &shooter, MainWindow &window, Workspace &ws);

} // namespace spotter::shots
