// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/enums.h"

#include <QCoreApplication>

namespace spotter {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("spotter::Enums", text);
}
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
    case WeightUnit::Kg: return tr("kg");
    case WeightUnit::Lb: return tr("lb");
    }
    return {};
}

QString displayName(SetKind v)
{
    switch (v) {
    case SetKind::Warmup: return tr("Warm-up");
    case SetKind::Working: return tr("Working");
    case SetKind::Amrap: return tr("AMRAP");
    case SetKind::Drop: return tr("Drop set");
    case SetKind::Failure: return tr("To failure");
    }
    return {};
}

QString displayName(ExerciseKind v)
{
    switch (v) {
    case ExerciseKind::Main: return tr("Main lift");
    case ExerciseKind::Accessory: return tr("Accessory");
    case ExerciseKind::Isolation: return tr("Isolation");
    case ExerciseKind::Bodyweight: return tr("Bodyweight");
    case ExerciseKind::Timed: return tr("Timed");
    }
    return {};
}

QString displayName(Region v)
{
    switch (v) {
    case Region::LowerBack: return tr("Lower back");
    case Region::UpperBack: return tr("Upper back");
    case Region::MidBack: return tr("Mid back");
    case Region::Neck: return tr("Neck");
    case Region::Glutes: return tr("Glutes");
    case Region::Hamstrings: return tr("Hamstrings");
    case Region::Quads: return tr("Quads");
    case Region::Calves: return tr("Calves");
    case Region::Hips: return tr("Hips");
    case Region::Knees: return tr("Knees");
    case Region::Shoulders: return tr("Shoulders");
    case Region::Elbows: return tr("Elbows");
    case Region::Wrists: return tr("Wrists");
    case Region::Chest: return tr("Chest");
    case Region::Arms: return tr("Upper arms");
    case Region::Core: return tr("Core");
    case Region::Head: return tr("Head");
    case Region::Forearms: return tr("Forearms");
    case Region::Hands: return tr("Hands");
    case Region::Groin: return tr("Groin");
    case Region::Shins: return tr("Shins");
    case Region::Ankles: return tr("Ankles");
    case Region::Feet: return tr("Feet");
    case Region::Other: return tr("Other");
    }
    return {};
}

QString displayName(Side v)
{
    switch (v) {
    case Side::Both: return tr("Both sides");
    case Side::Left: return tr("Left");
    case Side::Right: return tr("Right");
    }
    return {};
}

QString displayName(Character v)
{
    switch (v) {
    case Character::Dull: return tr("Dull");
    case Character::Ache: return tr("Aching");
    case Character::Tight: return tr("Tight");
    case Character::Stiff: return tr("Stiff");
    case Character::Sharp: return tr("Sharp");
    case Character::Stabbing: return tr("Stabbing");
    case Character::Shooting: return tr("Shooting");
    case Character::Burning: return tr("Burning in the muscle (the “burn” of a hard set)");
    }
    return {};
}

QString displayName(Trend v)
{
    switch (v) {
    case Trend::Improving: return tr("Getting better");
    case Trend::Stable: return tr("About the same");
    case Trend::Worsening: return tr("Getting worse");
    }
    return {};
}

QString displayName(Sign v)
{
    switch (v) {
    case Sign::Pinpoint: return tr("I can point to one spot");
    case Sign::Spine: return tr("It is on or right beside the spine");
    case Sign::Joint: return tr("It is in a joint rather than the muscle");
    case Sign::AtRest: return tr("It hurts at rest, not only when I move");
    case Sign::Swelling: return tr("There is visible swelling");
    case Sign::Bruising: return tr("There is bruising");
    case Sign::Pop: return tr("I heard or felt a pop");
    case Sign::DailyActivities: return tr("It stops me doing everyday things");
    case Sign::ArmNerve:
        return tr("Pain, tingling, numbness, a burning feeling or weakness going down one arm");
    case Sign::CannotUse:
        return tr("It cannot do its job: I cannot put weight on it, straighten the knee, bend or turn the "
                  "forearm, or push off the foot");
    case Sign::Deformity: return tr("A visible bulge, gap or changed shape of the muscle or joint");
    case Sign::Locking: return tr("The joint locks, catches or gives way");
    case Sign::Tense:
        return tr("The muscle feels tense or hard all the time (not just pumped), or moving the fingers or "
                  "toes stretches it painfully");
    case Sign::Knock:
        return tr("A minor knock: a plate or dumbbell dropped on a foot or hand, or a bar bumped against a "
                  "joint");
    case Sign::GroinLump: return tr("A new lump or bulge in the groin or belly");
    case Sign::BendBack: return tr("It hurts more when I bend backwards");
    }
    return {};
}

QString displayName(RedFlag v)
{
    switch (v) {
    case RedFlag::SaddleNumbness:
        return tr("Numbness or tingling around the genitals, buttocks, inner thighs or anus");
    case RedFlag::BladderBowel: return tr("New difficulty peeing, or loss of bladder or bowel control");
    case RedFlag::SexualDysfunction:
        return tr("New problems getting or keeping an erection, or other new sexual dysfunction");
    case RedFlag::BothLegs: return tr("Pain, tingling, numbness or weakness in both legs");
    case RedFlag::SevereLegWeakness: return tr("Leg weakness that is severe or getting worse");
    case RedFlag::Accident:
        return tr("It started with a serious accident: a fall from height, a collision, or a bar dropped on "
                  "the neck, chest or head (a dropped plate on a toe is a minor knock)");
    case RedFlag::ChestPain:
        return tr("Chest pain or pressure that is not sore muscle: it spreads to the arm, jaw or back, or "
                  "comes with breathlessness, sweating, feeling sick or faint (sore chest muscles that hurt "
                  "when stretched or pressed are not this)");
    case RedFlag::DarkUrine: return tr("Dark, tea- or cola-coloured urine");
    case RedFlag::Fever: return tr("A fever of 38 °C (100.4 °F) or more");
    case RedFlag::WeightLoss: return tr("Weight loss without trying");
    case RedFlag::BackLump: return tr("A lump or swelling in the back, or the back has changed shape");
    case RedFlag::NightPain: return tr("The pain does not ease with rest, or is much worse at night");
    case RedFlag::SleepDisrupted: return tr("The pain is so bad it disrupts sleep");
    case RedFlag::CoughSneeze: return tr("It is worse when coughing, sneezing or straining");
    case RedFlag::UpperBackSpinal:
        return tr("The pain is at the top of the back, between the shoulders, and does not feel like "
                  "muscle soreness");
    case RedFlag::LegWeakness: return tr("New weakness in one leg");
    case RedFlag::WalkingChange: return tr("A change in the way you walk");
    case RedFlag::Balance: return tr("Balance problems or unsteadiness");
    case RedFlag::OneLegNerve:
        return tr("Numbness, tingling, pins and needles, a burning or shooting pain going down one leg");
    case RedFlag::SuddenHeadache:
        return tr("A sudden, severe headache, the worst ever, during or right after a lift");
    case RedFlag::TearingPain:
        return tr("A sudden tearing or ripping pain in the chest or between the shoulder blades");
    case RedFlag::ClumsyHands:
        return tr("Clumsy hands, unsteady walking, or pain, tingling or weakness in both arms");
    case RedFlag::HotJoint: return tr("A hot, red, swollen joint");
    case RedFlag::PaleColdLimb: return tr("The hand or foot below the pain is pale, cold or numb");
    case RedFlag::LittleUrine: return tr("Passing little or no urine");
    case RedFlag::VeryUnwell: return tr("Vomiting, confusion, or feeling very unwell");
    }
    return {};
}

QString displayName(SourceKind v)
{
    switch (v) {
    case SourceKind::Manual: return tr("Logged by hand");
    case SourceKind::Strong: return tr("Imported from Strong");
    case SourceKind::Hevy: return tr("Imported from Hevy");
    case SourceKind::FitNotes: return tr("Imported from FitNotes");
    case SourceKind::Spotter: return tr("Imported from a Spotter export");
    case SourceKind::Generated: return tr("Generated demo data");
    }
    return {};
}

} // namespace spotter
