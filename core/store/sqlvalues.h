// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Conversions between value types and bound SQL values, shared by the repositories.

#include "model/enums.h"
#include "model/validation.h"
#include "model/weight.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
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

/// First second (UTC) of @p date in the machine's local time.
inline qint64 localDayStartUtc(QDate date)
{
    return QDateTime(date, QTime(0, 0)).toSecsSinceEpoch();
}

} // namespace spotter::sql
