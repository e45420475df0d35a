// SPDX-License-Identifier: GPL-3.0-or-later
// What a Strong export's header looks like in every version and language seen, kept apart from
// the parser so that adding a language never touches how rows are read.
#pragma once

#include "interchange/columnmap.h"

#include <QStringView>

namespace spotter::strongcolumns {

enum Column {
    WorkoutNo,
    Date,
    WorkoutName,
    Duration,
    DurationSec,
    WorkoutDuration,
    ExerciseName,
    SetOrder,
    WeightPlain,
    WeightKg,
    WeightLb,
    WeightUnitColumn,
    Reps,
    Distance,
    DistanceMeters,
    DistanceKm,
    DistanceMiles,
    DistanceUnit,
    Seconds,
    Notes,
    WorkoutNotes,
    Rpe,
    ColumnCount
};

// Strong writes its header in the phone's language. Each name below was read in a real export
// (docs/csv-format.md lists where): English (V1, V2, V4, V5), 2016's unit-named columns, French,
// German, Portuguese and Simplified Chinese.
inline constexpr ColumnName kNames[] = {
    {WorkoutNo, u"Workout #"},
    {Date, u"Date"},
    {WorkoutName, u"Workout Name"},
    {Duration, u"Duration"},
    {DurationSec, u"Duration (sec)"},
    {WorkoutDuration, u"Workout Duration"},
    {ExerciseName, u"Exercise Name"},
    {SetOrder, u"Set Order"},
    {WeightPlain, u"Weight"},
    {WeightKg, u"Weight (kg)"},
    {WeightLb, u"Weight (lbs)"},
    {WeightLb, u"Weight (lb)"},
    {WeightUnitColumn, u"Weight Unit"},
    {Reps, u"Reps"},
    {Distance, u"Distance"},
    {DistanceMeters, u"Distance (meters)"},
    {DistanceMeters, u"Distance (m)"},
    {DistanceUnit, u"Distance Unit"},
    {Seconds, u"Seconds"},
    {Notes, u"Notes"},
    {WorkoutNotes, u"Workout Notes"},
    {Rpe, u"RPE"},
    // 2016: the weight and distance columns are named by the app's unit.
    {WeightKg, u"kg"},
    {WeightLb, u"lb"},
    {WeightLb, u"lbs"},
    {DistanceKm, u"km"},
    {DistanceMiles, u"mi"},
    {DistanceMiles, u"miles"},
    // French.
    {WorkoutName, u"Nom de l'entraînement"},
    {Duration, u"Durée"},
    {ExerciseName, u"Nom de l'exercice"},
    {SetOrder, u"Ordre de la série"},
    {WeightPlain, u"Poids"},
    {WeightKg, u"Poids (kg)"},
    {WeightLb, u"Poids (lbs)"},
    {Reps, u"Réps"},
    {Seconds, u"Secondes"},
    {WorkoutNotes, u"Notes d'entraînement"},
    {WorkoutNotes, u"Notes de l'entraînement"},
    // German.
    {Date, u"Datum"},
    {WorkoutName, u"Workout-Name"},
    {Duration, u"Dauer"},
    {ExerciseName, u"Name der Übung"},
    {SetOrder, u"Reihenfolge festlegen"},
    {WeightPlain, u"Gewicht"},
    {Reps, u"Wiederh."},
    {Distance, u"Entfernung"},
    {Seconds, u"Sekunden"},
    {Notes, u"Notizen"},
    {WorkoutNotes, u"Workout-Notizen"},
    // Portuguese.
    {Date, u"Data"},
    {WorkoutName, u"Nome do treino"},
    {Duration, u"Duração"},
    {ExerciseName, u"Nome do exercício"},
    {SetOrder, u"Ordem da série"},
    {WeightPlain, u"Peso"},
    {Distance, u"Distância"},
    {Seconds, u"Segundos"},
    {Notes, u"Notas"},
    {WorkoutNotes, u"Notas do treino"},
    // Simplified Chinese.
    {Date, u"日期"},
    {WorkoutName, u"锻炼名称"},
    {Duration, u"时长"},
    {ExerciseName, u"运动名称"},
    {SetOrder, u"设置顺序"},
    {WeightPlain, u"重量"},
    {Reps, u"次"},
    {Distance, u"距离"},
    {Seconds, u"秒"},
    {Notes, u"备注"},
    {WorkoutNotes, u"锻炼备注"},
};

// The order of Strong's comma exports, the same in every language seen: a header in another
// language is read by position when it has exactly this shape.
inline constexpr int kOrderV1[] = {Date, WorkoutName, Duration, ExerciseName, SetOrder,     WeightPlain,
                                   Reps, Distance,    Seconds,  Notes,        WorkoutNotes, Rpe};
inline constexpr int kOrderV2[] = {Date,        WorkoutName, Duration, ExerciseName, SetOrder,
                                   WeightPlain, Reps,        Distance, Seconds,      Rpe};

/// The words Strong writes in Set Order for a rest-timer row, in the languages seen.
inline bool isRestWord(QStringView order)
{
    return order.compare(u"Rest Timer", Qt::CaseInsensitive) == 0
           || order.compare(u"Ruhezeit", Qt::CaseInsensitive) == 0;
}

} // namespace spotter::strongcolumns
