// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/session.h"
#include "model/sorenessreport.h"
#include "synthetic/athleteprofile.h"
#include "synthetic/generatorcatalogue.h"

#include <QList>

namespace spotter {

class SeededRandom;

/// What the soreness draws need to know about a simulated session.
struct SessionFacts
{
    const Session &session;
    QList<GenLift> lifts;  ///< exercises with working sets, in order
    QList<GenLift> fresh;  ///< of those, new to the athlete or back after two weeks or more off
    QList<GenLift> tested; ///< lifts tested with heavy singles
};

/// Soreness after one session, following the patterns of the rules reference: DOMS a day or two
/// after a new lift (sometimes strong), muscle fatigue right after, soreness after testing (a
/// watch), one-sided soreness after a two-sided lift, occasional sharp, pinpoint or joint pain
/// (warnings, more often after testing) and rare red flags. Every report is attributed to
/// @p facts.session; the times are real instants, which the caller clips to the end of the
/// history. @p profile.sorenessRate scales every chance.
[[nodiscard]] QList<SorenessReport> drawSoreness(SeededRandom &rng, const AthleteProfile &profile,
                                                 const SessionFacts &facts);

/// The report a story asks for, attributed to @p session.
[[nodiscard]] SorenessReport scriptedReport(const ScriptedSoreness &script, const Session &session);

} // namespace spotter
