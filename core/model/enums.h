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
    Arms, ///< the upper arms (biceps, triceps); the forearms have their own region
    Core,
    Head,
    Forearms,
    Hands,
    Groin,
    Shins,
    Ankles,
    Feet,
    Other
};
inline constexpr KeyTable<Region, 24> kRegionKeys{
    {u"lower-back", u"upper-back", u"mid-back",  u"neck",   u"glutes", u"hamstrings", u"quads", u"calves",
     u"hips",       u"knees",      u"shoulders", u"elbows", u"wrists", u"chest",      u"arms",  u"core",
     u"head",       u"forearms",   u"hands",     u"groin",  u"shins",  u"ankles",     u"feet",  u"other"}};
using Regions = EnumSet<Region>;

enum class Side { Both, Left, Right };
inline constexpr KeyTable<Side, 3> kSideKeys{{u"both", u"left", u"right"}};

enum class Character { Dull, Ache, Tight, Stiff, Sharp, Stabbing, Shooting, Burning };
inline constexpr KeyTable<Character, 8> kCharacterKeys{
    {u"dull", u"ache", u"tight", u"stiff", u"sharp", u"stabbing", u"shooting", u"burning"}};

enum class Trend { Improving, Stable, Worsening };
inline constexpr KeyTable<Trend, 3> kTrendKeys{{u"improving", u"stable", u"worsening"}};

/// Signs that separate DOMS from an injury (rules reference §1.2, §5.2) and the whole-body
/// patterns (whole-body-triage §3).
enum class Sign {
    Pinpoint,
    Spine,
    Joint,
    AtRest,
    Swelling,
    Bruising,
    Pop,
    DailyActivities,
    ArmNerve,  ///< pain, tingling, numbness or weakness down one arm (W5)
    CannotUse, ///< the muscle or joint cannot do its job (W7, W8)
    Deformity, ///< a visible bulge, gap or changed shape (W7)
    Locking,   ///< the joint locks, catches or gives way (W8)
    Tense,     ///< a tense, hard compartment, or stretching it hurts (W10)
    Knock,     ///< a minor impact: a dropped plate, a bar bumped against a joint (W15)
    GroinLump, ///< a new lump or bulge in the groin or belly (W16)
    BendBack   ///< worse when bending backwards (W14)
};
inline constexpr KeyTable<Sign, 16> kSignKeys{
    {u"pinpoint", u"spine", u"joint", u"at-rest", u"swelling", u"bruising", u"pop", u"daily-activities",
     u"arm-nerve", u"cannot-use", u"deformity", u"locking", u"tense", u"knock", u"groin-lump", u"bend-back"}};
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
    OneLegNerve,
    SuddenHeadache, ///< sudden, worst-ever headache during or right after effort (W1)
    TearingPain,    ///< sudden tearing pain in the chest or between the shoulder blades (W4)
    ClumsyHands,    ///< clumsy hands, unsteady walking, or symptoms in both arms (W6)
    HotJoint,       ///< a hot, red, swollen joint (W9)
    PaleColdLimb,   ///< a pale, cold or numb hand or foot below the pain (W10)
    LittleUrine,    ///< passing little or no urine (W11)
    VeryUnwell      ///< vomiting, confusion, or feeling very unwell (W11, W16)
};
inline constexpr KeyTable<RedFlag, 26> kRedFlagKeys{
    {u"saddle-numbness", u"bladder-bowel",       u"sexual-dysfunction",
     u"both-legs",       u"severe-leg-weakness", u"accident",
     u"chest-pain",      u"dark-urine",          u"fever",
     u"weight-loss",     u"back-lump",           u"night-pain",
     u"sleep-disrupted", u"cough-sneeze",        u"upper-back-spinal",
     u"leg-weakness",    u"walking-change",      u"balance",
     u"one-leg-nerve",   u"sudden-headache",     u"tearing-pain",
     u"clumsy-hands",    u"hot-joint",           u"pale-cold-limb",
     u"little-urine",    u"very-unwell"}};
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

/// The spine from the neck down: where spinal red flags (fracture, cord compression, infection)
/// apply.
[[nodiscard]] constexpr bool isSpinalRegion(Region r)
{
    return isBackRegion(r) || r == Region::Neck;
}

/// Regions that are, or hold, a joint rather than a muscle belly.
[[nodiscard]] constexpr bool isJointRegion(Region r)
{
    switch (r) {
    case Region::Hips:
    case Region::Knees:
    case Region::Shoulders:
    case Region::Elbows:
    case Region::Wrists:
    case Region::Ankles:
    case Region::Hands:
    case Region::Feet: return true;
    default: return false;
    }
}

/// Limb regions: a compartment or the blood supply of an arm or a leg can be at stake (W10).
[[nodiscard]] constexpr bool isLimbRegion(Region r)
{
    switch (r) {
    case Region::Arms:
    case Region::Elbows:
    case Region::Forearms:
    case Region::Wrists:
    case Region::Hands:
    case Region::Quads:
    case Region::Hamstrings:
    case Region::Knees:
    case Region::Shins:
    case Region::Calves:
    case Region::Ankles:
    case Region::Feet: return true;
    default: return false;
    }
}

} // namespace spotter
