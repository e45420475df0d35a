// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/athlete.h"
#include "model/enums.h"
#include "synthetic/generatorcatalogue.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace spotter {

class SeededRandom;

enum class RpeLogging { All, MainLifts, None };

/// A soreness report a story needs at a fixed place (the demo's lower-back warning), in addition
/// to those drawn at random.
struct ScriptedSoreness
{
    int week = 0;                     ///< weeks from the first week of the history
    GenLift lift = GenLift::Deadlift; ///< attached to that week's first session with this lift
    Region region = Region::LowerBack;
    Side side = Side::Both;
    Character character = Character::Ache;
    int intensity = 4;
    Signs signs;
    RedFlags redFlags;
    double onsetHours = 24.0;
    std::optional<double> durationHours; ///< none: still there at the end of the history
    std::optional<Trend> trend;
    QString notes;
};

/// Who a generated athlete is and how they train. randomProfile() draws one; the demo data
/// spells three out.
struct AthleteProfile
{
    Athlete athlete; ///< name, unit, birth year, health history
    double bodyweightKg = 80.0;
    double bodyweightDriftKg = 0.0;   ///< per week, on average
    QList<int> trainingDays{0, 2, 4}; ///< days of the week, Monday = 0; 3 or 4 of them
    int startMinute = 18 * 60;        ///< usual start, minutes after midnight
    int sessionsPerDay = 1;           ///< 2: a second session on each training day…
    int secondStartMinute = 17 * 60;  ///< …starting about then
    /// True 1RM (kg) of squat, bench press, deadlift and overhead press in the first week.
    std::array<double, 4> startMaxKg{100.0, 70.0, 120.0, 45.0};
    double weeklyGain = 0.006; ///< relative strength gain per week at first; it slows with training
    int workingSets = 4;       ///< per main lift
    int secondarySets = 3;     ///< per secondary lift (a row, an RDL), outside deloads
    int accessorySets = 3;     ///< per accessory, outside deloads
    int testEveryWeeks = 10;   ///< tests the main lifts at the end of the block once this many weeks passed
    bool testsWhenDue = false; ///< tests as soon as that many weeks passed, even mid-block
    bool amrap = false;        ///< the last set of a heavy main lift is a rep-out
    bool dropSets = false;
    RpeLogging rpe = RpeLogging::All;
    bool logsRest = true;
    bool logsSessionRpe = true;
    bool logsBodyweight = true;
    int restMainSeconds = 180; ///< usual rest before heavy sets
    double layoffRate = 0.015; ///< chance a week starts a break of 1–4 weeks
    double missRate = 0.03;    ///< chance a planned session is skipped
    double sorenessRate = 1.0; ///< scales how often soreness is reported
    QList<int> layoffWeeks;    ///< weeks without training, whatever the draws say
    QList<ScriptedSoreness> scripted;
};

/// A distinct name for the @p index-th generated athlete ("Ava Novak").
[[nodiscard]] QString generatedAthleteName(int index);

/// A plausible lifter: kg or lb, birth year, some health history, 3 or 4 days a week, strength
/// from a novice's to an advanced lifter's, and habits (which numbers they log, how long they
/// rest, how often they test). @p currentYear bounds the birth year.
[[nodiscard]] AthleteProfile randomProfile(SeededRandom &rng, int index, int currentYear);

/// @p profile as a full-time lifter: twice a day (morning and evening), six days a week, more
/// sets per lift, as a weightlifter in a training centre logs it. For histories far longer than
/// one lifetime at an amateur's pace; draws nothing, so the seed's other draws stay the same.
[[nodiscard]] AthleteProfile heavyVolumeProfile(AthleteProfile profile);

} // namespace spotter
