// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonout.h"
#include "model/personalrecord.h"
#include "model/routine.h"
#include "services/suggestionservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace spotter {
class Database;
}

namespace spotter::cli {

class Context;

/// Every exercise's name by id; every athlete's name by id.
[[nodiscard]] ExerciseNames catalogueNames(Database &db);
[[nodiscard]] QHash<qint64, QString> athleteNames(Database &db);

[[nodiscard]] QJsonObject toJson(const Routine &routine, const ExerciseNames &exercises,
                                 const QHash<qint64, QString> &athletes, WeightUnit unit);
/// The routine as lines that `routine add --item` reads back, and who it is assigned to.
void printRoutine(QTextStream &out, const Routine &routine, const ExerciseNames &exercises,
                  const QHash<qint64, QString> &athletes, WeightUnit unit);

/// Today's plan of a routine: each item with its suggested load, plates, why, and last time.
void printPlan(QTextStream &out, const QList<PlannedItem> &plan, const ExerciseNames &exercises,
               const PlateSet &plates, WeightUnit unit);
[[nodiscard]] QJsonArray toJson(const QList<PlannedItem> &plan, const ExerciseNames &exercises,
                                WeightUnit unit);

/// "New record: Back Squat e1RM 160.5 kg (was 148 kg), set 2 [test]" per record.
void printRecords(QTextStream &out, const QList<PersonalRecord> &records, const ExerciseNames &exercises,
                  WeightUnit unit);
[[nodiscard]] QJsonArray toJson(const QList<PersonalRecord> &records, const ExerciseNames &exercises);

/// After an import: the workouts the athlete's history repeats most, each with the command that
/// makes it a routine. Prints nothing when there are none.
void printWorkoutSuggestions(Context &ctx, const Athlete &athlete);

/// @p text quoted for a POSIX shell when it needs quotes.
[[nodiscard]] QString shellQuote(const QString &text);

} // namespace spotter::cli
