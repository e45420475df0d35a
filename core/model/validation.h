// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/athlete.h"
#include "model/exercise.h"
#include "model/session.h"
#include "model/sorenessreport.h"
#include "model/workoutset.h"

#include <QList>
#include <QString>

#include <optional>

namespace spotter {

/// One problem with a value, worded for the person who typed it.
struct ValidationIssue
{
    QString field;   ///< stable field key ("rpe", "reps", ...)
    QString message; ///< "RPE must be between 1 and 10 in steps of 0.5; got 11"

    bool operator==(const ValidationIssue &) const = default;
};
using ValidationIssues = QList<ValidationIssue>;

/// Limits shared by every entry point (GUI, CLI, importers).
namespace limits {
inline constexpr int kMaxNameLength = 1000;
inline constexpr int kMaxNotesLength = 65536;
inline constexpr qint64 kMaxWeightGrams = 1'000'000; // 1000 kg
inline constexpr qint64 kMinBodyweightGrams = 20'000;
inline constexpr qint64 kMaxBodyweightGrams = 400'000;
inline constexpr int kMaxReps = 1000;
inline constexpr int kMaxRestSeconds = 4 * 3600;
inline constexpr int kMaxSetSeconds = 24 * 3600;
inline constexpr int kMaxSessionMinutes = 24 * 60;
inline constexpr qint64 kMaxDistanceCm = 100'000'000; // 1000 km
inline constexpr int kMinBirthYear = 1900;
/// How far ahead of the clock a soreness report may be noticed (a clock a little behind, a time
/// edit nudged a step). Whatever the form accepts counts as noticed now everywhere that asks
/// "which reports are open?".
inline constexpr int kNoticedAheadSeconds = 5 * 60;
} // namespace limits

// Single values: nullopt when valid, otherwise the message.
/// A name refuses control characters (line breaks, tabs, escapes: they break listings and can
/// colour a terminal); NUL, too long or empty as well.
[[nodiscard]] std::optional<QString> checkName(const QString &name, const QString &what);
/// A name as stored: Unicode NFC (an accent typed as a combining mark joins its letter), so the
/// same name typed either way is one name.
[[nodiscard]] QString normalizedName(const QString &name);
[[nodiscard]] std::optional<QString> checkNotes(const QString &notes);
[[nodiscard]] std::optional<QString> checkRpe(double rpe);
[[nodiscard]] std::optional<QString> checkRir(double rir);
[[nodiscard]] std::optional<QString> checkReps(int reps, bool timedOrDistance);
[[nodiscard]] std::optional<QString> checkWeight(Weight weight);
/// The help a machine or band gives on an assisted exercise (stored as a negative load): at most a
/// bodyweight.
[[nodiscard]] std::optional<QString> checkAssistance(Weight help);
[[nodiscard]] std::optional<QString> checkRest(int seconds);
[[nodiscard]] std::optional<QString> checkSetSeconds(int seconds);
[[nodiscard]] std::optional<QString> checkDistance(qint64 cm);
[[nodiscard]] std::optional<QString> checkSessionRpe(double rpe);
[[nodiscard]] std::optional<QString> checkDuration(int minutes);
[[nodiscard]] std::optional<QString> checkBodyweight(Weight weight);
[[nodiscard]] std::optional<QString> checkIntensity(int intensity);
[[nodiscard]] std::optional<QString> checkBirthYear(int year, int currentYear);

// Whole values.
[[nodiscard]] ValidationIssues validate(const Athlete &athlete, int currentYear);
[[nodiscard]] ValidationIssues validate(const Exercise &exercise);
/// A set's values. A failure set may have 0 reps (a missed attempt: the load was tried and not
/// lifted). The weight of a set of an @p assisted exercise is the help taken away, stored
/// negative, and may be at most a bodyweight.
[[nodiscard]] ValidationIssues validate(const WorkoutSet &set, bool assisted = false);
/// Validates the session and each of its sets ("set 3: reps must ...").
[[nodiscard]] ValidationIssues validate(const Session &session);
/// How a message shows a time: ISO 8601 with its offset, as files and the command line write it,
/// or in the locale's short format, as a form shows it to the person who picked it.
enum class TimeText { Iso, Locale };
[[nodiscard]] ValidationIssues validate(const SorenessReport &report, const QDateTime &now,
                                        TimeText times = TimeText::Iso);

/// All messages joined by "; ", for one-line error output.
[[nodiscard]] QString joinMessages(const ValidationIssues &issues);

} // namespace spotter
