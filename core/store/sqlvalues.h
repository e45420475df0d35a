// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Conversions between value types and bound SQL values, shared by the repositories.

#include "model/enums.h"
#include "model/session.h"
#include "model/validation.h"
#include "model/weight.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QTimeZone>
#include <QVariant>

#include <optional>

namespace spotter::sql {

inline QVariant opt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}
inline QVariant opt(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}
inline QVariant opt(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}
inline QVariant opt(const std::optional<bool> &v)
{
    return v ? QVariant(*v ? 1 : 0) : QVariant();
}
inline QVariant opt(const std::optional<Weight> &v)
{
    return v ? QVariant(v->grams()) : QVariant();
}

/// The load a set moved, as model/liftedload.h defines it, over the aliases `s` (its session)
/// and `w` (the set): its weight, or for an assisted exercise the session's bodyweight less the
/// help (the whole bodyweight without help; NULL when the bodyweight is unknown). The assisted
/// exercises are few: SQLite reads them once per statement.
inline const QString kLiftedLoad =
    QStringLiteral("(CASE WHEN w.exercise_id IN (SELECT id FROM exercise WHERE assisted = 1)"
                   " THEN MAX(0, s.bodyweight_g - ABS(COALESCE(w.weight_g, 0))) ELSE w.weight_g END)");

/// Over the alias `w`: true unless the set is a failed attempt (WorkoutSet::isMissedAttempt()),
/// which lifted nothing and so is in no volume.
inline const QString kNotMissed =
    QStringLiteral("NOT (w.kind = 'failure' AND w.reps = 0 AND COALESCE(w.seconds, 0) <= 0"
                   " AND COALESCE(w.distance_cm, 0) <= 0)");

inline std::optional<Weight> weightOf(const std::optional<qint64> &grams)
{
    return grams ? std::optional<Weight>(Weight::fromGrams(*grams)) : std::nullopt;
}

/// Reads a stored enum key; a key this version does not know means the file was edited by
/// something else, which is reported rather than guessed at.
template <typename E, std::size_t N>
E enumOf(const KeyTable<E, N> &table, const QString &key, const char *column)
{
    const auto v = fromKey(table, key);
    if (!v)
        throw StoreError(StoreError::Kind::Corrupt,
                         QCoreApplication::translate("spotter::Store", "Unknown value '%1' in column %2")
                             .arg(key, QLatin1String(column)));
    return *v;
}

template <typename E, std::size_t N>
EnumSet<E> enumSetOf(const KeyTable<E, N> &table, const QString &keys, const char *column)
{
    QString unknown;
    const auto v = setFromKeys(table, keys, &unknown);
    if (!v)
        throw StoreError(StoreError::Kind::Corrupt,
                         QCoreApplication::translate("spotter::Store", "Unknown value '%1' in column %2")
                             .arg(unknown, QLatin1String(column)));
    return *v;
}

/// Throws StoreError(Invalid) with every message when @p issues is not empty.
inline void requireValid(const ValidationIssues &issues)
{
    if (!issues.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, joinMessages(issues));
}

/// Midnight starting @p date on a wall clock, in seconds counted as if that clock were UTC. A
/// stored time's own wall clock is "<time>_utc + <its offset>", so comparing the two puts a
/// session (or report) on the calendar day of the offset it was logged with, wherever it is read.
using spotter::wallClockDayStart;

/// The widest UTC offset a time can carry (ISO 8601 allows ±18:00; zones use up to +14:00).
inline constexpr qint64 kMaxOffsetSecs = 18 * 3600;

/// One end of a range of calendar days, as SQL and its bound values: the wall-clock test decides,
/// and a wider one on the UTC column alone keeps SQLite on the (athlete, time) index.
struct DayBound
{
    QString sql;
    QList<QPair<QString, qint64>> values;

    /// Times whose wall clock is at or after @p wallClock (wallClockSeconds()).
    static DayBound atOrAfter(const QString &utc, const QString &offset, const QString &name,
                              qint64 wallClock)
    {
        return {QStringLiteral(" AND %1 >= %3_w AND %1 + %2 >= %3").arg(utc, offset, name),
                {{name + QStringLiteral("_w"), wallClock - kMaxOffsetSecs}, {name, wallClock}}};
    }
    /// Times whose wall clock is before @p wallClock.
    static DayBound before(const QString &utc, const QString &offset, const QString &name, qint64 wallClock)
    {
        return {QStringLiteral(" AND %1 < %3_w AND %1 + %2 < %3").arg(utc, offset, name),
                {{name + QStringLiteral("_w"), wallClock + kMaxOffsetSecs}, {name, wallClock}}};
    }
    /// Times on or after @p day.
    static DayBound from(const QString &utc, const QString &offset, const QString &name, QDate day)
    {
        return atOrAfter(utc, offset, name, wallClockDayStart(day));
    }
    /// Times on or before @p day (before the start of the day after it).
    static DayBound through(const QString &utc, const QString &offset, const QString &name, QDate day)
    {
        return before(utc, offset, name, wallClockDayStart(day.addDays(1)));
    }
    /// Sessions (table alias @p alias) on or after @p day.
    static DayBound sessionsFrom(QDate day, const QString &alias = QStringLiteral("s"),
                                 const QString &name = QStringLiteral(":from"))
    {
        return from(alias + QStringLiteral(".start_utc"), alias + QStringLiteral(".utc_offset_s"), name, day);
    }
    /// Sessions (table alias @p alias) on or before @p day.
    static DayBound sessionsThrough(QDate day, const QString &alias = QStringLiteral("s"),
                                    const QString &name = QStringLiteral(":to"))
    {
        return through(alias + QStringLiteral(".start_utc"), alias + QStringLiteral(".utc_offset_s"), name,
                       day);
    }
    /// Sessions (alias s) whose wall clock is at or after @p wallClock.
    static DayBound sessionsAtOrAfter(qint64 wallClock, const QString &name)
    {
        return atOrAfter(QStringLiteral("s.start_utc"), QStringLiteral("s.utc_offset_s"), name, wallClock);
    }
    /// Sessions (alias s) whose wall clock is before @p wallClock.
    static DayBound sessionsBefore(qint64 wallClock, const QString &name)
    {
        return before(QStringLiteral("s.start_utc"), QStringLiteral("s.utc_offset_s"), name, wallClock);
    }

    template <typename Q>
    void bindTo(Q &query) const
    {
        for (const auto &[placeholder, value] : values)
            query.bind(placeholder, value);
    }
};

} // namespace spotter::sql
