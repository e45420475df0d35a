// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/athlete.h"
#include "model/exercise.h"
#include "model/session.h"
#include "model/sorenessreport.h"

#include <QHash>
#include <QJsonObject>
#include <QTextStream>

namespace spotter::cli {

/// Exercise names by id, for printing sets.
using ExerciseNames = QHash<qint64, QString>;

[[nodiscard]] QJsonObject toJson(const Athlete &athlete);
[[nodiscard]] QJsonObject toJson(const WorkoutSet &set, const ExerciseNames &names);
/// The session; its sets too when it has any loaded.
[[nodiscard]] QJsonObject toJson(const Session &session, const ExerciseNames &names);
[[nodiscard]] QJsonObject toJson(const SorenessReport &report);

/// Writes one JSON document (an object or an array) and a newline.
void printJson(QTextStream &out, const QJsonValue &value);

/// "Back Squat 120 kg × 5 @8 (rest 3 min)" for people.
[[nodiscard]] QString describeSet(const WorkoutSet &set, const QString &exercise, WeightUnit unit);

} // namespace spotter::cli
