// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enumset.h"

#include <QString>

namespace spotter {

enum class WeightUnit { Kg, Lb };
inline constexpr KeyTable<WeightUnit, 2> kWeightUnitKeys{{u"kg", u"lb"}};

/// Kind of a set. Warm-ups never count towards intensity or e1RM.
enum class SetKind { Warmup, Working, Amrap, Drop, Failure };
inline constexpr KeyTable<SetKind, 5> kSetKindKeys{{u"warmup", u"working", u"amrap", u"drop", u"failure"}};

enum class ExerciseKind { Main, Accessory, Isolation, Bodyweight, Timed };
inline constexpr KeyTable<ExerciseKind, 5> kExerciseKindKeys{
    {u"main", u"accessory", u"isolation", u"bodyweight", u"timed"}};

enum class Region {
    LowerBack,
    UpperBack,
    MidBack,
    Neck,
    Glutes,
    Hamstrings,
    Quads,
    Calves,
    Hips,
    Knees,
    Shoulders,
    Elbows,
    Wrists,
    Chest,
    Arms,
    Core,
    Other
};
inline constexpr KeyTable<Region, 17> kRegionKeys{
    {u"lower-back", u"upper-back", u"mid-back", u"neck", u"glutes", u"hamstrings", u"quads", u"calves",
     u"hips", u"knees", u"shoulders", u"elbows", u"wrists", u"chest", u"arms", u"core", u"other"}};
using Regions = EnumSet<Region>;

enum class Side { Both, Left, Right };
inline constexpr KeyTable<Side, 3> kSideKeys{{u"both", u"left", u"right"}};

enum class Character { Dull, Ache, Tight, Stiff, Sharp, Stabbing, Shooting, Burning };
inline constexpr KeyTable<Character, 8> kCharacterKeys{
    {u"dull", u"ache", u"tight", u"stiff", u"sharp", u"stabbing", u"shooting", u"burning"}};

enum class Trend { Improving, Stable, Worsening };
inline constexpr KeyTable<Trend, 3> kTrendKeys{{u"improving", u"stable", u"worsening"}};

/// Signs that separate DOMS from an injury (rules reference §1.2, §5.2).
enum class Sign { Pinpoint, Spine, Joint, AtRest, Swelling, Bruising, Pop, DailyActivities };
inline constexpr KeyTable<Sign, 8> kSignKeys{
    {u"pinpoint", u"spine", u"joint", u"at-rest", u"swelling", u"bruising", u"pop", u"daily-activities"}};
using Signs = EnumSet<Sign>;

/// Red flags (rules reference §1.3, SR-01..SR-09). Any of them means "see a doctor".
enum class RedFlag {
    SaddleNumbness,
    BladderBowel,
    SexualDysfunction,
    BothLegs,
    SevereLegWeakness,
    Accident,
    ChestPain,
    DarkUrine,
    Fever,
    WeightLoss,
    BackLump,
    NightPain,
    SleepDisrupted,
    CoughSneeze,
    UpperBackSpinal,
    LegWeakness,
    WalkingChange,
    Balance,
    OneLegNerve
};
inline constexpr KeyTable<RedFlag, 19> kRedFlagKeys{
    {u"saddle-numbness", u"bladder-bowel", u"sexual-dysfunction", u"both-legs", u"severe-leg-weakness",
     u"accident", u"chest-pain", u"dark-urine", u"fever", u"weight-loss", u"back-lump", u"night-pain",
     u"sleep-disrupted", u"cough-sneeze", u"upper-back-spinal", u"leg-weakness", u"walking-change",
     u"balance", u"one-leg-nerve"}};
using RedFlags = EnumSet<RedFlag>;

/// Where a session came from; imported sessions also carry the file and a row key so that
/// importing the same file twice adds nothing.
enum class SourceKind { Manual, Strong, Hevy, FitNotes, Spotter, Generated };
inline constexpr KeyTable<SourceKind, 6> kSourceKindKeys{
    {u"manual", u"strong", u"hevy", u"fitnotes", u"spotter", u"generated"}};

// Stable keys (storage, CSV, command line).
QString toKey(WeightUnit v);
QString toKey(SetKind v);
QString toKey(ExerciseKind v);
QString toKey(Region v);
QString toKey(Side v);
QString toKey(Character v);
QString toKey(Trend v);
QString toKey(Sign v);
QString toKey(RedFlag v);
QString toKey(SourceKind v);

// Translated names for people.
QString displayName(WeightUnit v);
QString displayName(SetKind v);
QString displayName(ExerciseKind v);
QString displayName(Region v);
QString displayName(Side v);
QString displayName(Character v);
QString displayName(Trend v);
QString displayName(Sign v);
/// A red flag as a plain-language question a lifter can answer ("Numbness around ...").
QString displayName(RedFlag v);
QString displayName(SourceKind v);

/// Characters that describe a dull, muscular soreness (the "DOMS pattern" of §5.1).
[[nodiscard]] constexpr bool isDullCharacter(Character c)
{
    return c == Character::Dull || c == Character::Ache || c == Character::Tight || c == Character::Stiff;
}

[[nodiscard]] constexpr bool isBackRegion(Region r)
{
    return r == Region::LowerBack || r == Region::MidBack || r == Region::UpperBack;
}

} // namespace spotter
