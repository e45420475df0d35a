// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace spotter {

/// Soreness a lifter noticed, optionally attributed to the session that caused it.
struct SorenessReport
{
    qint64 id = 0;
    qint64 athleteId = 0;
    std::optional<qint64> sessionId;
    Region region = Region::Other;
    Side side = Side::Both;
    QDateTime noticedAt;
    std::optional<QDateTime> resolvedAt; ///< none while still present
    int intensity = 0;                   ///< worst in the last 24 h, 0–10
    Character character = Character::Ache;
    std::optional<Trend> trend;
    Signs signs;
    RedFlags redFlags;
    QString notes;
    /// The lifter says the lift before it was one-sided (a split squat, a one-arm row), so
    /// soreness on one side is expected.
    bool oneSided = false;
    /// The lift before it, by its catalogue name, when the lifter named it; empty otherwise
    /// (then the session's lifts are used).
    QString lift;

    [[nodiscard]] bool isResolved() const { return resolvedAt.has_value(); }

    /// Hours from the end of the attributed session to onset; 0 when noticed during it.
    [[nodiscard]] double onsetHours(const QDateTime &sessionEnd) const
    {
        const qint64 secs = sessionEnd.secsTo(noticedAt);
        return secs <= 0 ? 0.0 : static_cast<double>(secs) / 3600.0;
    }
    /// Hours from onset until resolved, or until @p now while still present.
    [[nodiscard]] double durationHours(const QDateTime &now) const
    {
        const QDateTime until = resolvedAt.value_or(now);
        const qint64 secs = noticedAt.secsTo(until);
        return secs <= 0 ? 0.0 : static_cast<double>(secs) / 3600.0;
    }

    bool operator==(const SorenessReport &) const = default;
};

} // namespace spotter
