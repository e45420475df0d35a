// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/checkinquestions.h"

namespace spotter {

namespace {

using S = Sign;
using F = RedFlag;

// Asked everywhere: how it behaves, a knock, and the whole-body red flags (a serious accident,
// the urine, feeling very unwell, a fever).
constexpr Signs kEverywhere{S::Pinpoint, S::AtRest,          S::Swelling, S::Bruising,
                            S::Pop,      S::DailyActivities, S::Knock};
constexpr RedFlags kWholeBody{F::Accident, F::DarkUrine, F::LittleUrine, F::VeryUnwell, F::Fever};

constexpr Signs kJointSigns{S::Joint, S::Locking, S::CannotUse, S::Deformity};
constexpr Signs kMuscleSigns{S::CannotUse, S::Deformity};
constexpr RedFlags kBackFlags{F::NightPain, F::SleepDisrupted, F::CoughSneeze, F::WeightLoss, F::BackLump};
constexpr RedFlags kCaudaEquina{F::SaddleNumbness, F::BladderBowel, F::SexualDysfunction};
constexpr RedFlags kLegNerves{F::OneLegNerve, F::LegWeakness, F::SevereLegWeakness, F::BothLegs};
constexpr RedFlags kCord{F::ClumsyHands, F::WalkingChange, F::Balance, F::BothLegs};

CheckinQuestions forRegion(Region r)
{
    switch (r) {
    case Region::Head:
        return {Signs{S::AtRest, S::Knock},
                RedFlags{F::SuddenHeadache, F::ClumsyHands, F::Balance} | kWholeBody};
    case Region::Neck:
        return {kEverywhere | Signs{S::Spine, S::ArmNerve},
                kWholeBody | kCord | RedFlags{F::SuddenHeadache, F::ChestPain} | kBackFlags};
    case Region::Shoulders:
        return {kEverywhere | kJointSigns | S::ArmNerve,
                kWholeBody | RedFlags{F::ChestPain, F::ClumsyHands, F::HotJoint, F::PaleColdLimb}};
    case Region::Chest:
        return {kEverywhere | kMuscleSigns | S::ArmNerve,
                kWholeBody | RedFlags{F::ChestPain, F::TearingPain}};
    case Region::UpperBack:
        return {kEverywhere | Signs{S::Spine, S::ArmNerve},
                kWholeBody | kBackFlags
                    | RedFlags{F::ChestPain, F::TearingPain, F::UpperBackSpinal, F::ClumsyHands,
                               F::WalkingChange}};
    case Region::MidBack:
        return {kEverywhere | Signs{S::Spine, S::BendBack},
                kWholeBody | kBackFlags
                    | RedFlags{F::ChestPain, F::TearingPain, F::UpperBackSpinal, F::BothLegs, F::LegWeakness,
                               F::WalkingChange, F::BladderBowel}};
    case Region::LowerBack: {
        // The most questions of any region (the first rules were the lower back's); a knock to
        // the lower back is rare enough to leave to "other".
        Signs signs = kEverywhere | Signs{S::Spine, S::BendBack};
        signs.remove(S::Knock);
        return {signs,
                kWholeBody | kBackFlags | kCaudaEquina | kLegNerves | RedFlags{F::WalkingChange, F::Balance}};
    }
    case Region::Core:
        return {kEverywhere | kMuscleSigns | S::GroinLump,
                kWholeBody | RedFlags{F::TearingPain, F::ChestPain}};
    case Region::Arms:
        return {kEverywhere | kMuscleSigns | Signs{S::ArmNerve, S::Tense},
                kWholeBody | RedFlags{F::ChestPain, F::PaleColdLimb}};
    case Region::Elbows:
    case Region::Wrists:
        return {kEverywhere | kJointSigns | S::ArmNerve, kWholeBody | RedFlags{F::HotJoint, F::PaleColdLimb}};
    case Region::Forearms:
        return {kEverywhere | kMuscleSigns | Signs{S::ArmNerve, S::Tense}, kWholeBody | F::PaleColdLimb};
    case Region::Hands:
        return {kEverywhere | kJointSigns | Signs{S::ArmNerve, S::Tense},
                kWholeBody | RedFlags{F::HotJoint, F::PaleColdLimb, F::ClumsyHands}};
    case Region::Hips:
        return {kEverywhere | kJointSigns | S::GroinLump,
                kWholeBody | kLegNerves | F::HotJoint | kCaudaEquina};
    case Region::Groin:
        return {kEverywhere | kMuscleSigns | S::GroinLump, kWholeBody | kCaudaEquina | F::OneLegNerve};
    case Region::Glutes:
    case Region::Hamstrings:
        return {kEverywhere | kMuscleSigns | S::Tense, kWholeBody | kCaudaEquina | kLegNerves};
    case Region::Quads:
    case Region::Calves:
    case Region::Shins:
        return {kEverywhere | kMuscleSigns | S::Tense,
                kWholeBody | RedFlags{F::OneLegNerve, F::LegWeakness, F::PaleColdLimb}};
    case Region::Knees:
    case Region::Ankles:
    case Region::Feet:
        return {kEverywhere | kJointSigns | S::Tense,
                kWholeBody | RedFlags{F::OneLegNerve, F::LegWeakness, F::PaleColdLimb, F::HotJoint}};
    case Region::Other: break;
    }
    return {};
}

} // namespace

CheckinQuestions checkinQuestions(std::optional<Region> region)
{
    if (!region || *region == Region::Other) {
        // Not chosen yet, or not on the map: everything may matter.
        CheckinQuestions all;
        for (Sign s : allValues(kSignKeys))
            all.signs.insert(s);
        for (RedFlag f : allValues(kRedFlagKeys))
            all.redFlags.insert(f);
        return all;
    }
    return forRegion(*region);
}

} // namespace spotter
