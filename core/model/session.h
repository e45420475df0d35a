// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/weight.h"
#include "model/workoutset.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace spotter {

struct SessionSource
{
    SourceKind kind = SourceKind::Manual;
    QString file; ///< imported file name, for people
    QString key;  ///< row key within that source (e.g. "strong:2024-01-02 18:00:00|Push")

    bool operator==(const SessionSource &) const = default;
};

/// A training session. @c start is a local date-time that keeps its UTC offset.
struct Session
{
    qint64 id = 0;
    qint64 athleteId = 0;
    QDateTime start;
    QString title;
    std::optional<int> durationMin;
    std::optional<Weight> bodyweight;
    std::optional<bool> warmupDone;
    std::optional<double> sessionRpe; ///< Foster CR-10, 0–10
    QString notes;
    SessionSource source;
    QList<WorkoutSet> sets;
    /// The version of the row this value was read at; an update names it and is refused when
    /// someone else changed the row since (StoreError::Conflict).
    qint64 version = 0;

    /// When the session ended; the start when the duration is unknown.
    [[nodiscard]] QDateTime end() const
    {
        return start.addSecs(static_cast<qint64>(durationMin.value_or(0)) * 60);
    }
    /// Session-RPE load (LM-01): CR-10 × minutes, when both are known.
    [[nodiscard]] std::optional<double> srpeLoad() const
    {
        if (!sessionRpe || !durationMin)
            return std::nullopt;
        return *sessionRpe * *durationMin;
    }

    bool operator==(const Session &) const = default;
};

/// Builds a date-time that keeps @p offsetSeconds (the way sessions are stored).
[[nodiscard]] QDateTime dateTimeWithOffset(qint64 utcSeconds, int offsetSeconds);
/// The same instant with the machine's current UTC offset fixed into it.
[[nodiscard]] QDateTime withLocalOffset(const QDateTime &dt);
/// ISO 8601 with the offset: "2026-11-21T18:30:00+01:00".
[[nodiscard]] QString isoWithOffset(const QDateTime &dt);

/// @p dt's own wall clock in seconds counted as if it were UTC (its offset added). Days, weeks
/// and ranges compare these, so that a session belongs to the calendar day and ISO week of the
/// offset it was logged with, whoever reads it and wherever.
[[nodiscard]] qint64 wallClockSeconds(const QDateTime &dt);
/// Midnight starting @p date, on the same scale as wallClockSeconds().
[[nodiscard]] qint64 wallClockDayStart(QDate date);
/// Parses "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS]" (local time) or with "Z"/"±HH:MM".
[[nodiscard]] std::optional<QDateTime> parseDateTime(QStringView text);
/// The one check of a date and time typed or imported (log --date, Spotter CSV files, ...):
/// YYYY-MM-DD[THH:MM[:SS]][Z|±HH:MM], a year from kMinYear to kMaxYear, a real calendar day, a
/// time before 24:00 and an offset any place uses (−12:00 to +14:00). Without an offset the time
/// is this computer's local time, which must exist (not skipped by a change to summer time) and
/// be unambiguous (not repeated when the clocks go back). On failure, @p problem says which.
[[nodiscard]] std::optional<QDateTime> parseDateTime(QStringView text, QString *problem);
/// The checks every date and time goes through, whatever its format (log, SPOTTER_NOW, Spotter
/// CSV, Strong, Hevy, FitNotes): the year from kMinYear to kMaxYear, a real calendar day (a
/// missing 29 February said as such), a time of day (24:00 refused). Why not, for people; none
/// when it is a valid date and time.
[[nodiscard]] std::optional<QString> dateTimeProblem(int year, int month, int day, int hour = 0,
                                                     int minute = 0, int second = 0);
/// "…does not exist in this computer's time zone…" when the clocks skipped @p time on @p date
/// (a summer-time change); none when it exists.
[[nodiscard]] std::optional<QString> localGapProblem(QDate date, QTime time);
inline constexpr int kMinYear = 1900;
inline constexpr int kMaxYear = 2100;

} // namespace spotter
