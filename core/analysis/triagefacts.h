// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/thresholds.h"
#include "analysis/triageinput.h"

#include <array>
#include <span>

namespace spotter {

/// Read-only view of a triage input with the derived facts the rule families share. "may…"
/// facts are true when the input does not rule them out (escalating rules use them); "surely…"
/// facts need every input behind them (benign rules use them).
struct Facts
{
    const TriageInput &in;

    [[nodiscard]] bool flag(RedFlag f) const { return in.redFlags.contains(f); }
    [[nodiscard]] bool anyFlag(RedFlags fs) const { return in.redFlags.intersects(fs); }
    [[nodiscard]] bool sign(Sign s) const { return in.signs.contains(s); }
    [[nodiscard]] bool anySign(Signs ss) const { return in.signs.intersects(ss); }
    [[nodiscard]] bool history(HistoryFlag h) const { return in.history.contains(h); }

    [[nodiscard]] bool intensityAtLeast(double t) const { return in.intensity && *in.intensity >= t; }
    /// Unknown counts as "at least": for rules that escalate on a high intensity.
    [[nodiscard]] bool mayIntensityBeAtLeast(double t) const { return !in.intensity || *in.intensity >= t; }
    [[nodiscard]] bool intensityAtMost(double t) const { return in.intensity && *in.intensity <= t; }
    [[nodiscard]] bool onsetAtMost(double t) const { return in.onsetHours && *in.onsetHours <= t; }
    [[nodiscard]] bool mayOnsetBeAtMost(double t) const { return !in.onsetHours || *in.onsetHours <= t; }
    [[nodiscard]] bool durationAbove(double t) const { return in.durationHours && *in.durationHours > t; }
    [[nodiscard]] bool durationAtMost(double t) const { return in.durationHours && *in.durationHours <= t; }
    /// Hours from the end of the session to now (or to resolution); unknown parts count as 0,
    /// so this never overstates how long it has been.
    [[nodiscard]] double elapsedAtLeast() const
    {
        return in.onsetHours.value_or(0.0) + in.durationHours.value_or(0.0);
    }
    [[nodiscard]] bool improvingOrGone() const { return in.resolved || in.trend == Trend::Improving; }

    [[nodiscard]] bool isRegion(Region r) const { return in.region == r; }
    [[nodiscard]] bool mayBeRegion(Region r) const { return !in.region || *in.region == r; }
    [[nodiscard]] bool mayBeBack() const { return !in.region || isBackRegion(*in.region); }
    [[nodiscard]] bool mayBeLowerBack() const { return mayBeRegion(Region::LowerBack); }
    /// On the spine from the neck down, by region or by the spine sign.
    [[nodiscard]] bool mayBeSpinal() const
    {
        return !in.region || isSpinalRegion(*in.region) || sign(Sign::Spine);
    }
    [[nodiscard]] bool mayBeJoint() const
    {
        return sign(Sign::Joint) || !in.region || isJointRegion(*in.region);
    }
    [[nodiscard]] bool mayBeLimb() const { return !in.region || isLimbRegion(*in.region); }
    /// The head is not a muscle: no benign class describes pain there.
    [[nodiscard]] bool surelyNotHead() const { return in.region && *in.region != Region::Head; }

    [[nodiscard]] bool sharp() const
    {
        return in.character == Character::Sharp || in.character == Character::Stabbing
               || in.character == Character::Shooting;
    }
    [[nodiscard]] bool surelyDull() const { return in.character && isDullCharacter(*in.character); }
    [[nodiscard]] bool burning() const { return in.character == Character::Burning; }
    [[nodiscard]] bool oneSided() const { return in.side != Side::Both; }

    /// Signs that place the pain outside "diffuse in the muscle, on movement only" (§5.1), and
    /// the signs of an injury or another cause (whole-body-triage §3). Swelling and bruising
    /// are left out on purpose: mild swelling can come with DOMS (rules reference §6.3).
    [[nodiscard]] bool injuryPattern() const
    {
        return in.signs.intersects(Signs{Sign::Pinpoint, Sign::Spine, Sign::Joint, Sign::AtRest, Sign::Pop,
                                         Sign::ArmNerve, Sign::CannotUse, Sign::Deformity, Sign::Locking,
                                         Sign::Tense, Sign::Knock, Sign::GroinLump, Sign::BendBack});
    }
    /// Weakness of the limb or the muscle, as the whole-body patterns mean it (W7, W11).
    [[nodiscard]] bool weakness() const
    {
        return sign(Sign::CannotUse) || flag(RedFlag::LegWeakness) || flag(RedFlag::SevereLegWeakness);
    }
    /// Unusually hard or new work before it (W11).
    [[nodiscard]] bool newOrHardWork() const
    {
        return history(HistoryFlag::FirstTimeLift) || history(HistoryFlag::AfterTesting)
               || history(HistoryFlag::AfterLoadJump);
    }
    [[nodiscard]] bool onsetInDomsWindow() const
    {
        return in.onsetHours && *in.onsetHours >= th(Threshold::Sr24OnsetMinHours)
               && *in.onsetHours <= th(Threshold::Sr24OnsetMaxHours);
    }
    /// Nothing known contradicts the DOMS pattern, early onset included (SR-51); the side is
    /// left to SR-21.
    [[nodiscard]] bool mayBeDoms() const
    {
        const bool character = !in.character || isDullCharacter(*in.character);
        const bool onset = !in.onsetHours || *in.onsetHours <= th(Threshold::Sr24OnsetMaxHours);
        return character && !injuryPattern() && onset;
    }
    /// The side fits the lift: both sides, or one side after a one-sided lift.
    [[nodiscard]] bool sideFitsLift() const { return !oneSided() || in.bilateralLift == false; }
    /// Every feature of the DOMS pattern is known to be there.
    [[nodiscard]] bool surelyDoms() const
    {
        return surelyDull() && !injuryPattern() && onsetInDomsWindow() && sideFitsLift() && surelyNotHead();
    }
    /// Nothing ticked at all: the benign classes need a clean report.
    [[nodiscard]] bool clean() const { return in.redFlags.isEmpty() && in.signs.isEmpty(); }
};

using Predicate = bool (*)(const Facts &);

/// The test of one soreness rule of the rule table (RuleTable holds its words).
struct RuleCheck
{
    const char16_t *id;
    Predicate matches;
};

// The soreness rules by family; triage() evaluates every one of them.
[[nodiscard]] std::span<const RuleCheck> spineRuleChecks();     ///< back and neck (spinerules.cpp)
[[nodiscard]] std::span<const RuleCheck> emergencyRuleChecks(); ///< whole-body patterns (bodyrules.cpp)
[[nodiscard]] std::span<const RuleCheck> injuryRuleChecks();    ///< strains, joints, course (injuryrules.cpp)
[[nodiscard]] std::span<const RuleCheck> patternRuleChecks();   ///< training and benign (patternrules.cpp)

} // namespace spotter
