// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace spotter {

/// Every number the analysis rules use (rules reference §5). Rule code reads them through
/// Thresholds::value(); docs/rules.md lists the same table, and a test keeps the two equal.
enum class Threshold {
    Sr04Intensity,
    Sr05FeverC,
    Sr06Age,
    Sr06Intensity,
    Sr06OnsetHours,
    Sr10aIntensity,
    Sr10aWorseningHours,
    Sr10bIntensity,
    Sr11PresentHours,
    Sr11NoImprovementHours,
    Sr12OnsetHours,
    Sr12ReviewHours,
    Sr14BriefHours,
    Sr17Weeks,
    Sr17SessionsPerWeek,
    Sr17LookbackWeeks,
    Sr18MinHours,
    Sr18MaxHours,
    Sr19WeeksOnLift,
    Sr19LayoffWeeks,
    Sr20MinIntensity,
    Sr20MaxIntensity,
    Sr20ResumeIntensity,
    Sr20ReviewHours,
    Sr24OnsetMinHours,
    Sr24OnsetMaxHours,
    Sr24MaxIntensity,
    Sr24MaxDurationHours,
    Sr24ImprovingAfterHours,
    Sr25OnsetHours,
    Sr26MaxOnsetHours,
    Sr26MaxIntensity,
    Sr26MaxDurationHours,
    Sr28OnsetHours,
    Sr28Intensity,
    Sr29OnsetHours,
    Sr34Age,
    Sr34Intensity,
    Sr35MaxAge,
    Sr35RecurringWeeks,
    Sr40Intensity,
    Sr42Intensity,
    Sr43Intensity,
    Sr48Intensity,
    Sr54RecurringWeeks,
    Sr56Intensity,
    E1rmMaxReps,
    E1rmMinRpe,
    E1rmBestWeeks,
    E1rmRepsOnlyPrPct,
    Ir01Rpe,
    Ir02MaxReps,
    Ir02Pct,
    Ir02SingleRpe,
    Ir04TestingRpe,
    Ir04HardRir,
    Ir05MinRpe,
    Ir05Pct,
    Is01Pct,
    Is01Rpe,
    If01Days,
    If01MaxTests,
    If02Sessions,
    If03WeekPct,
    If03WeekDays,
    If03TwoWeekPct,
    If03TwoWeekDays,
    If04Hours,
    Lm02Days,
    Lm02Monotony,
    Lm02MonotonyCap,
    Lm03AcuteDays,
    Lm03ChronicDays,
    Lm03MinDays,
    Lm03Low,
    Lm03Caution,
    Lm03Spike,
    Lm04Pct,
    Tp01Pct,
    Tp01MaxReps,
    Tp01RestSeconds,
    Sg01BackoffPct,
    Sg02Days,
    Sg02BackoffPct,
};

struct ThresholdSpec
{
    Threshold id;
    QStringView key;  ///< stable: "sr24.onset_min_h"
    QStringView rule; ///< the rule it belongs to ("SR-24"), or "e1RM" for the e1RM definition
    double value;
    QStringView unit;    ///< "h", "/10", "%", ...
    const char *meaning; ///< translatable, through QCoreApplication::translate("spotter::Thresholds")
    bool judgement;      ///< a product choice where no source gives the number
};

/// The threshold table (data; a settings page shows it). The values in it are the defaults;
/// the product choices among them can be adjusted for the whole process through
/// RuleTable::adjust(), which refuses those of an emergency rule.
class Thresholds
{
public:
    [[nodiscard]] static const QList<ThresholdSpec> &all();
    [[nodiscard]] static const ThresholdSpec &spec(Threshold id);
    /// The value in force: the default, or the adjusted value.
    [[nodiscard]] static double value(Threshold id);
    /// Restores every default.
    static void reset();
    /// The translated meaning of a threshold.
    [[nodiscard]] static QString meaning(Threshold id);

private:
    friend class RuleTable; // the only way in applies the safety policy
    static void set(Threshold id, double value);
};

/// Shorthand for rule code.
[[nodiscard]] inline double th(Threshold id)
{
    return Thresholds::value(id);
}

} // namespace spotter
