// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/historyrows.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace spotter {

/// ACWR bands (LM-03). Never worded as injury risk: the evidence is disputed ([IMPELLIZZERI20]).
enum class AcwrBand { Low, Typical, Caution, Spike };

struct Monotony
{
    double mean = 0.0;
    double sd = 0.0;                ///< population SD
    std::optional<double> monotony; ///< mean / SD, capped; none for a week without load
    double strain = 0.0;            ///< weekly load × monotony
};

/// One calendar week (Monday to Sunday) of LM-02..04.
struct WeekLoad
{
    QDate weekStart; ///< a Monday
    double load = 0.0;
    Monotony monotony;
    /// Mean of the daily ACWR (acute / chronic EWMA) over the week's days that have 28 days of
    /// data behind them; none before that.
    std::optional<double> acwr;
    std::optional<AcwrBand> band;
    std::optional<double> changePct; ///< against the previous week's load
    QStringList flags;               ///< "monotony_high", "load_spike", "weekly_spike"

    [[nodiscard]] bool hasFlag(QStringView key) const { return flags.contains(key); }
};

/// EWMA smoothing factor for a span of @p n days: 2 / (n + 1).
[[nodiscard]] double ewmaLambda(int n);

/// EWMA of daily loads (one value per day, rest days 0), started at the first day's load.
[[nodiscard]] QList<double> ewma(const QList<double> &daily, int n);

/// Monotony and strain of one week of daily loads (LM-02); rest days must be included as 0.
[[nodiscard]] Monotony monotonyOf(const QList<double> &weekDaily);

[[nodiscard]] AcwrBand acwrBand(double acwr);
[[nodiscard]] QString toKey(AcwrBand band);

/// The rolling-average ratios the product does *not* use, kept to document the difference
/// (rules reference §6.11): last week over the mean of the last four weeks (coupled) or of
/// the three before it (uncoupled). @p weekly is oldest first and needs at least four weeks.
[[nodiscard]] std::optional<double> rollingAcwrCoupled(const QList<double> &weekly);
[[nodiscard]] std::optional<double> rollingAcwrUncoupled(const QList<double> &weekly);

/// Weekly metrics for the weeks touching [from, to]. @p daily is every day with load of the
/// athlete (any order, days without load may be missing); the EWMAs start at the first one.
[[nodiscard]] QList<WeekLoad> weeklyLoads(const QList<DailyLoad> &daily, QDate from, QDate to);

} // namespace spotter
