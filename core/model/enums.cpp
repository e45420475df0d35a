// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/enums.h"

#include <QCoreApplication>

namespace spotter {

namespace {
// Holds this file's translation context in a form lupdate can follow.
struct Enums
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Enums)
};

} // namespace

QString toKey(WeightUnit v)
{
    return keyOf(kWeightUnitKeys, v);
}
QString toKey(SetKind v)
{
    return keyOf(kSetKindKeys, v);
}
QString toKey(ExerciseKind v)
{
    return keyOf(kExerciseKindKeys, v);
}
QString toKey(Region v)
{
    return keyOf(kRegionKeys, v);
}
QString toKey(Side v)
{
    return keyOf(kSideKeys, v);
}
QString toKey(Character v)
{
    return keyOf(kCharacterKeys, v);
}
QString toKey(Trend v)
{
    return keyOf(kTrendKeys, v);
}
QString toKey(Sign v)
{
    return keyOf(kSignKeys, v);
}
QString toKey(RedFlag v)
{
    return keyOf(kRedFlagKeys, v);
}
QString toKey(SourceKind v)
{
    return keyOf(kSourceKindKeys, v);
}

QString displayName(WeightUnit v)
{
    switch (v) {
    case WeightUnit::Kg: return Enums::tr("kg");
    case WeightUnit::Lb: return Enums::tr("lb");
    }
    return {};
}

QString displayName(SetKind v)
{
    switch (v) {
    case SetKind::Warmup: return Enums::tr("Warm-up");
    case SetKind::Working: return Enums::tr("Working");
    case SetKind::Amrap: return Enums::tr("AMRAP");
    case SetKind::Drop: return Enums::tr("Drop set");
    case SetKind::Failure: return Enums::tr("To failure");
    }
    return {};
}

QString displayName(ExerciseKind v)
{
    switch (v) {
    case ExerciseKind::Main: return Enums::tr("Main lift");
    case ExerciseKind::Accessory: return Enums::tr("Accessory");
    case ExerciseKind::Isolation: return Enums::tr("Isolation");
    case ExerciseKind::Bodyweight: return Enums::tr("Bodyweight");
    case ExerciseKind::Timed: return Enums::tr("Timed");
    }
    return {};
}

QString displayName(Region v)
{
    switch (v) {
    case Region::LowerBack: return Enums::tr("Lower back");
    case Region::UpperBack: return Enums::tr("Upper back");
    case Region::MidBack: return Enums::tr("Mid back");
    case Region::Neck: return Enums::tr("Neck");
    case Region::Glutes: return Enums::tr("Glutes");
    case Region::Hamstrings: return Enums::tr("Hamstrings");
    case Region::Quads: return Enums::tr("Quads");
    case Region::Calves: return Enums::tr("Calves");
    case Region::Hips: return Enums::tr("Hips");
    case Region::Knees: return Enums::tr("Knees");
    case Region::Shoulders: return Enums::tr("Shoulders");
    case Region::Elbows: return Enums::tr("Elbows");
    case Region::Wrists: return Enums::tr("Wrists");
    case Region::Chest: return Enums::tr("Chest");
    case Region::Arms: return Enums::tr("Upper arms");
    case Region::Core: return Enums::tr("Core");
    case Region::Head: return Enums::tr("Head");
    case Region::Forearms: return Enums::tr("Forearms");
    case Region::Hands: return Enums::tr("Hands");
    case Region::Groin: return Enums::tr("Groin");
    case Region::Shins: return Enums::tr("Shins");
    case Region::Ankles: return Enums::tr("Ankles");
    case Region::Feet: return Enums::tr("Feet");
    case Region::Other: return Enums::tr("Other");
    }
    return {};
}

QString displayName(Side v)
{
    switch (v) {
    case Side::Both: return Enums::tr("Both sides");
    case Side::Left: return Enums::tr("Left");
    case Side::Right: return Enums::tr("Right");
    }
    return {};
}

QString displayName(Character v)
{
    switch (v) {
    case Character::Dull: return Enums::tr("Dull");
    case Character::Ache: return Enums::tr("Aching");
    case Character::Tight: return Enums::tr("Tight");
    case Character::Stiff: return Enums::tr("Stiff");
    case Character::Sharp: return Enums::tr("Sharp");
    case Character::Stabbing: return Enums::tr("Stabbing");
    case Character::Shooting: return Enums::tr("Shooting");
    case Character::Burning: return Enums::tr("Burning in the muscle (the “burn” of a hard set)");
    }
    return {};
}

QString displayName(Trend v)
{
    switch (v) {
    case Trend::Improving: return Enums::tr("Getting better");
    case Trend::Stable: return Enums::tr("About the same");
    case Trend::Worsening: return Enums::tr("Getting worse");
    }
    return {};
}

QString displayName(Sign v)
{
    switch (v) {
    case Sign::Pinpoint: return Enums::tr("I can point to one spot");
    case Sign::Spine: return Enums::tr("It is on or right beside the spine");
    case Sign::Joint: return Enums::tr("It is in a joint rather than the muscle");
    case Sign::AtRest: return Enums::tr("It hurts at rest, not only when I move");
    case Sign::Swelling: return Enums::tr("There is visible swelling");
    case Sign::Bruising: return Enums::tr("There is bruising");
    case Sign::Pop: return Enums::tr("I heard or felt a pop");
    case Sign::DailyActivities: return Enums::tr("It stops me doing everyday things");
    case Sign::ArmNerve:
        return Enums::tr("Pain, tingling, numbness, a burning feeling or weakness going down one arm");
    case Sign::CannotUse:
        return Enums::tr(
            "It cannot do its job: I cannot put weight on it, straighten the knee, bend or turn the "
            "forearm, or push off the foot");
    case Sign::Deformity: return Enums::tr("A visible bulge, gap or changed shape of the muscle or joint");
    case Sign::Locking: return Enums::tr("The joint locks, catches or gives way");
    case Sign::Tense:
        return Enums::tr(
            "The muscle feels tense or hard all the time (not just pumped), or moving the fingers or "
            "toes stretches it painfully");
    case Sign::Knock:
        return Enums::tr(
            "A minor knock: a plate or dumbbell dropped on a foot or hand, or a bar bumped against a "
            "joint");
    case Sign::GroinLump: return Enums::tr("A new lump or bulge in the groin or belly");
    case Sign::BendBack: return Enums::tr("It hurts more when I bend backwards");
    }
    return {};
}

QString displayName(RedFlag v)
{
    switch (v) {
    case RedFlag::SaddleNumbness:
        return Enums::tr("Numbness or tingling around the genitals, buttocks, inner thighs or anus");
    case RedFlag::BladderBowel:
        return Enums::tr("New difficulty peeing, or loss of bladder or bowel control");
    case RedFlag::SexualDysfunction:
        return Enums::tr("New problems getting or keeping an erection, or other new sexual dysfunction");
    case RedFlag::BothLegs: return Enums::tr("Pain, tingling, numbness or weakness in both legs");
    case RedFlag::SevereLegWeakness: return Enums::tr("Leg weakness that is severe or getting worse");
    case RedFlag::Accident:
        return Enums::tr(
            "It started with a serious accident: a fall from height, a collision, or a bar dropped on "
            "the neck, chest or head (a dropped plate on a toe is a minor knock)");
    case RedFlag::ChestPain:
        return Enums::tr(
            "Chest pain or pressure that is not sore muscle: it spreads to the arm, jaw or back, or "
            "comes with breathlessness, sweating, feeling sick or faint (sore chest muscles that hurt "
            "when stretched or pressed are not this)");
    case RedFlag::DarkUrine: return Enums::tr("Dark, tea- or cola-coloured urine");
    case RedFlag::Fever: return Enums::tr("A fever of 38 °C (100.4 °F) or more");
    case RedFlag::WeightLoss: return Enums::tr("Weight loss without trying");
    case RedFlag::BackLump: return Enums::tr("A lump or swelling in the back, or the back has changed shape");
    case RedFlag::NightPain: return Enums::tr("The pain does not ease with rest, or is much worse at night");
    case RedFlag::SleepDisrupted: return Enums::tr("The pain is so bad it disrupts sleep");
    case RedFlag::CoughSneeze: return Enums::tr("It is worse when coughing, sneezing or straining");
    case RedFlag::UpperBackSpinal:
        return Enums::tr("The pain is at the top of the back, between the shoulders, and does not feel like "
                         "muscle soreness");
    case RedFlag::LegWeakness: return Enums::tr("New weakness in one leg");
    case RedFlag::WalkingChange: return Enums::tr("A change in the way you walk");
    case RedFlag::Balance: return Enums::tr("Balance problems or unsteadiness");
    case RedFlag::OneLegNerve:
        return Enums::tr(
            "Numbness, tingling, pins and needles, a burning or shooting pain going down one leg");
    case RedFlag::SuddenHeadache:
        return Enums::tr("A sudden, severe headache, the worst ever, during or right after a lift");
    case RedFlag::TearingPain:
        return Enums::tr("A sudden tearing or ripping pain in the chest or between the shoulder blades");
    case RedFlag::ClumsyHands:
        return Enums::tr("Clumsy hands, unsteady walking, or pain, tingling or weakness in both arms");
    case RedFlag::HotJoint: return Enums::tr("A hot, red, swollen joint");
    case RedFlag::PaleColdLimb: return Enums::tr("The hand or foot below the pain is pale, cold or numb");
    case RedFlag::LittleUrine: return Enums::tr("Passing little or no urine");
    case RedFlag::VeryUnwell: return Enums::tr("Vomiting, confusion, or feeling very unwell");
    }
    return {};
}

QString displayName(SourceKind v)
{
    switch (v) {
    case SourceKind::Manual: return Enums::tr("Logged by hand");
    case SourceKind::Strong: return Enums::tr("Imported from Strong");
    case SourceKind::Hevy: return Enums::tr("Imported from Hevy");
    case SourceKind::FitNotes: return Enums::tr("Imported from FitNotes");
    case SourceKind::Spotter: return Enums::tr("Imported from a Spotter export");
    case SourceKind::Generated: return Enums::tr("Generated demo data");
    }
    return {};
}

} // namespace spotter
