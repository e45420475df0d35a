// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/sorenessform.h"
#include "model/athlete.h"
#include "model/exercise.h"
#include "model/session.h"

#include <QList>
#include <QString>

namespace spotter {

class Database;

// What the soreness page offers its form, in words: the sessions to attribute the soreness to,
// the lifts to name, and the athlete's health history.

/// The @p count most recent sessions of @p athleteId, newest first, and @p offered after them when
/// it is an older session of the athlete (a report being edited keeps its session in the picker).
[[nodiscard]] QList<Session> recentSessions(const Database &db, qint64 athleteId,
                                            std::optional<qint64> offered, int count);

/// "Tue 3 Nov 18:00 — Lower A" for each of @p sessions (the year shown when it is not @p thisYear;
/// the first exercises when the session has no title).
[[nodiscard]] QList<SorenessForm::SessionChoice>
sessionChoices(const QList<Session> &sessions, const QList<Exercise> &catalogue, int thisYear);

/// Every exercise of @p catalogue by name, sorted for people.
[[nodiscard]] QList<SorenessForm::LiftChoice> liftChoices(const QList<Exercise> &catalogue);

/// "Health history of Ann: long-term steroids or osteoporosis." ("nothing recorded" when empty).
[[nodiscard]] QString healthSummary(const Athlete &athlete);

} // namespace spotter
