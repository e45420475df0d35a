// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/session.h"
#include "model/sorenessreport.h"
#include "model/workoutset.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace spotter {

// The format-neutral result of reading one import file: what each format parser produces and
// the import pipeline consumes. Exercises are still names; every item keeps the line it came
// from so that a problem found later can still be reported as FILE:LINE.

/// What a file says about an exercise beyond its name, used only when the importer has to
/// create it (FitNotes' Category, the exercise columns of Spotter's own format).
struct ExerciseHint
{
    std::optional<ExerciseKind> kind;
    Regions regions;
    bool loadsLowerBack = false;
    bool unilateral = false;
    QString category;      ///< the app's category, kept as written (FitNotes)
    bool assisted = false; ///< its load is help taken away (Spotter's exercise_assisted)

    bool operator==(const ExerciseHint &) const = default;
};

struct ImportedSet
{
    qint64 line = 0;
    QString exercise; ///< as the file writes it
    std::optional<ExerciseHint> hint;
    WorkoutSet set; ///< exerciseId and position are filled in by the importer
};

/// A session, or the part of one that a stretch of consecutive rows describes: a file may
/// describe one session in several places, and parts with the same (athlete, groupKey) are one
/// session.
struct ImportedSession
{
    qint64 line = 0;  ///< first row
    QString athlete;  ///< from the file (Spotter's format); empty: the athlete being imported into
    QString groupKey; ///< identifies the session within the file
    std::optional<qint64> fileId; ///< session_id in Spotter's format, kept when free
    /// Parts of the session must repeat the same session values (Spotter's format), rather
    /// than fill in what an earlier part left empty (the apps' formats).
    bool exactHeader = false;
    Session session; ///< start, title, notes, source...; its sets list stays empty
    QList<ImportedSet> sets;
};

/// A soreness report from Spotter's own format.
struct ImportedSoreness
{
    qint64 line = 0;
    QString athlete;
    std::optional<qint64> fileId;        ///< report_id, kept when free
    std::optional<qint64> fileSessionId; ///< session_id in the exporting database
    std::optional<QDateTime> sessionStart;
    SorenessReport report; ///< athleteId and sessionId are filled in by the importer
};

} // namespace spotter
