// SPDX-License-Identifier: GPL-3.0-or-later
// Training patterns and the benign classes: recurring soreness, strong or one-sided DOMS, DOMS,
// fatigue, and the two answers when no rule fits (rules reference SR-17, SR-19 to SR-27).
#include "analysis/ruletable.h"
#include "analysis/rulewords.h"
#include "analysis/triagefacts.h"

#include <array>

namespace spotter {

namespace {

using C = SorenessClass;
using T = Threshold;
using namespace rulewords;

bool courseFitsDoms(const Facts &f)
{
    return f.elapsedAtLeast() <= th(T::Sr24ImprovingAfterHours) || f.improvingOrGone();
}

/// Acute fatigue: noticed during or right after the session and gone (or only just there)
/// within hours; dull and mild, or the burn of a hard set that is gone.
bool fatigueFits(const Facts &f)
{
    if (!f.onsetAtMost(th(T::Sr26MaxOnsetHours)) || !f.durationAtMost(th(T::Sr26MaxDurationHours))
        || !f.in.intensity || !f.clean() || !f.surelyNotHead())
        return false;
    const bool dullAndMild = f.surelyDull() && f.intensityAtMost(th(T::Sr26MaxIntensity));
    const bool burnGone = f.burning() && f.in.resolved;
    return dullAndMild || burnGone;
}

const std::array kChecks{
    // Whether or not it looks like DOMS: soreness that comes back after every session for a month
    // is not the expected course, and a sign that it is not DOMS must not take the warning away.
    RuleCheck{u"SR-17",
              [](const Facts &f) {
                  return f.in.weeksSoreEverySession && *f.in.weeksSoreEverySession >= th(T::Sr17Weeks);
              }},
    RuleCheck{u"SR-19",
              [](const Facts &f) {
                  const bool trained = f.in.weeksOnLift && *f.in.weeksOnLift >= th(T::Sr19WeeksOnLift);
                  const bool noLayoff = !f.in.layoffWeeks || *f.in.layoffWeeks < th(T::Sr19LayoffWeeks);
                  return f.mayBeLowerBack() && f.mayBeDoms() && trained && noLayoff;
              }},
    RuleCheck{u"SR-20",
              [](const Facts &f) {
                  return f.mayBeDoms() && f.intensityAtLeast(th(T::Sr20MinIntensity))
                         && f.intensityAtMost(th(T::Sr20MaxIntensity));
              }},
    RuleCheck{
        u"SR-21",
        [](const Facts &f) { return f.mayBeDoms() && f.oneSided() && f.in.bilateralLift.value_or(true); }},
    RuleCheck{u"SR-22",
              [](const Facts &f) { return f.history(HistoryFlag::PriorInjury) && f.mayBeLowerBack(); }},
    RuleCheck{u"SR-23",
              [](const Facts &f) {
                  return f.history(HistoryFlag::AfterTesting) || f.history(HistoryFlag::AfterLoadJump);
              }},
    RuleCheck{u"SR-24",
              [](const Facts &f) {
                  return f.surelyDoms() && f.intensityAtMost(th(T::Sr24MaxIntensity))
                         && f.durationAtMost(th(T::Sr24MaxDurationHours)) && courseFitsDoms(f) && f.clean();
              }},
    RuleCheck{u"SR-25",
              [](const Facts &f) { return f.in.onsetHours && *f.in.onsetHours > th(T::Sr25OnsetHours); }},
    RuleCheck{u"SR-26", fatigueFits},
    // Between the fatigue and DOMS windows: DOMS that began early, or fatigue slow to fade.
    RuleCheck{u"SR-51",
              [](const Facts &f) {
                  const bool early = f.in.onsetHours && *f.in.onsetHours < th(T::Sr24OnsetMinHours);
                  return early && f.surelyDull() && f.sideFitsLift() && f.surelyNotHead() && f.clean()
                         && f.intensityAtMost(th(T::Sr24MaxIntensity))
                         && f.durationAtMost(th(T::Sr24MaxDurationHours)) && courseFitsDoms(f)
                         && !fatigueFits(f);
              }},
    RuleCheck{u"SR-52", [](const Facts &f) { return f.isRegion(Region::Head); }},
    // Headaches that come back with effort need a check for their cause (NICE CG150).
    RuleCheck{u"SR-54",
              [](const Facts &f) {
                  return f.isRegion(Region::Head) && f.in.weeksSoreEverySession
                         && *f.in.weeksSoreEverySession >= th(T::Sr54RecurringWeeks);
              }},
};

} // namespace

std::span<const RuleCheck> patternRuleChecks()
{
    return kChecks;
}

QList<RuleSpec> patternRuleSpecs()
{
    return {
        sorenessRule(
            u"SR-17", C::Warning, std::nullopt,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Soreness in the same region after every session of the lift for at least the threshold "
                 "number of consecutive weeks, training it every week."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Soreness after every session of a lift for weeks is not the expected course: "
                               "it should lessen as you keep training."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "After %1 weeks of regular training this should not keep happening. Review "
                 "technique, warm-up, load jumps and testing sessions; consider a coach or physio "
                 "check.")},
            {{T::Sr17Weeks}}, u"SEED-1 SEED-6 CLEARY02 HYLDAHL17"),
        sorenessRule(u"SR-19", C::Watch, std::nullopt,
                     {QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "Lower-back soreness that may be the DOMS pattern, after training the lift for "
                          "at least the threshold weeks with no layoff of the threshold length."),
                      QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "Lower-back soreness after weeks on the lift suggests the back is doing work the "
                          "hips and legs should do."),
                      QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "Some upper-back soreness is normal, but the lower back should stay rigid. Check "
                          "your setup and bracing (lower back rounding, hips rising early, hips too high at "
                          "the start); lower the load if form breaks.")},
                     {}, u"SEED-1 SEED-2 PCE"),
        sorenessRule(
            u"SR-20", C::Watch, std::nullopt,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Soreness that may be the DOMS pattern with an intensity between the two thresholds."),
             QT_TRANSLATE_NOOP("spotter::Rules", "This is strong training soreness."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Keep moving lightly, and do no heavy or testing work on this area until it is "
                 "%1/10 or less. See a doctor if it is still %2/10 or more after %3 h or it limits daily "
                 "life; "
                 "get care now if your urine turns dark.")},
            {{T::Sr20ResumeIntensity}, {T::Sr20MinIntensity}, {T::Sr20ReviewHours}}, u"CHEUNG03", true),
        sorenessRule(
            u"SR-21", C::Watch, std::nullopt,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Soreness that may be the DOMS pattern on one side only after a two-sided lift (a lift "
                 "given as one-sided does not count)."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Soreness on one side only after a two-sided lift can mean a technique shift or "
                 "a strain."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Watch it, and check your setup for a shift to one side; check again if it "
                               "becomes sharp or pinpoint.")},
            {}, u"RELIEF KELVARIONO"),
        sorenessRule(
            u"SR-22", C::Watch, std::nullopt,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "A prior injury or known back condition, and new lower-back soreness."),
             QT_TRANSLATE_NOOP("spotter::Rules", "There is a past back injury or a known back condition."),
             QT_TRANSLATE_NOOP("spotter::Rules", "With a past back injury, scale back and monitor.")},
            {}, u"SEED-6"),
        sorenessRule(
            u"SR-23", C::Watch, std::nullopt,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "Soreness after a session classed testing, or after a load jump on that lift "
                               "(IF-03)."),
             QT_TRANSLATE_NOOP("spotter::Rules", "It followed a testing session or a jump in load."),
             QT_TRANSLATE_NOOP("spotter::Rules", "Likely too heavy too soon: build up gradually.")},
            {}, u"SEED-3 SEED-6 ACSM09"),
        sorenessRule(
            u"SR-24", C::Doms, std::nullopt,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "The DOMS pattern (dull, aching, stiff or tight; diffuse in the muscle; on both sides after "
                 "a "
                 "two-sided lift, or one side after a one-sided lift; on movement only; onset within the "
                 "window; not the head), intensity at most the threshold, lasting at most the duration "
                 "threshold, improving or gone after the improving threshold, and no red flag or sign."),
             QT_TRANSLATE_NOOP("spotter::Rules", "This looks like normal post-exercise soreness (DOMS)."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Light activity helps; expect it to fade within a few days and to lessen as you "
                 "keep training this lift."),
             kSafetyNet},
            {}, u"SEED-1 SEED-4 WIKI-DOMS ACSM-DOMS", true),
        sorenessRule(
            u"SR-25", C::Watch, std::nullopt,
            {QT_TRANSLATE_NOOP("spotter::Rules", "Noticed more than the threshold hours after the session."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "It started days after the session, so that session is probably not the cause."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Probably not caused by that session: think about what else you did in the days "
                 "before."),
             kSafetyNet},
            {}, u"", true),
        sorenessRule(
            u"SR-26", C::Fatigue, std::nullopt,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Noticed during or right after the session, and gone (or there so far) for at most "
                 "the threshold hours: dull, tight or stiff at most the intensity threshold, or the "
                 "burn of a hard set that is gone; no red flag or sign; not the head."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "This looks like normal acute fatigue, or the burn of a hard set."),
             QT_TRANSLATE_NOOP("spotter::Rules", "It fades within hours; cool down and move lightly."),
             kSafetyNet},
            {}, u"SEED-4 AMS LEWIS", true),
        sorenessRule(
            u"SR-27", C::Watch, std::nullopt,
            {QT_TRANSLATE_NOOP("spotter::Rules", "No other rule matched, and an answer it needs is missing."),
             QT_TRANSLATE_NOOP("spotter::Rules", "Some answers are missing."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Not enough information to say more: tell Spotter %1. Until then, go easy on the "
                 "area.")},
            {}, u"", true),
        sorenessRule(
            u"SR-51", C::Doms, std::nullopt,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "Like SR-24, but noticed earlier than the DOMS window (and not acute "
                               "fatigue): dull, at most "
                               "the SR-24 intensity, on a side that fits the lift, no red flag or sign."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "This looks like normal post-exercise soreness that began early, or fatigue that "
                 "is slow to fade."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Light activity helps; expect it to peak within a day or two and then fade."),
             kSafetyNet},
            {}, u"ACSM-DOMS WIKI-DOMS AMS", true),
        sorenessRule(
            u"SR-52", C::Watch, std::nullopt,
            {QT_TRANSLATE_NOOP("spotter::Rules", "Pain in the head (not sudden and severe, which is SR-28)."),
             QT_TRANSLATE_NOOP("spotter::Rules", "Pain in the head is not muscle soreness."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Stop training for today, rest and drink water; see a doctor if the headache is "
                 "not gone by tomorrow or keeps coming back with effort. Call your local "
                 "emergency number now if a headache comes on suddenly and severely, or with a "
                 "stiff neck, vomiting, confusion or changes in vision.")},
            {}, u"NHS-SAH HEADACHE-RF", true),
        sorenessRule(
            u"SR-54", C::SeeDoctor, Urgency::Soon,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "Pain in the head after every session of the lift for at least the threshold "
                               "weeks."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Headaches that keep coming back with effort need a check for "
                               "their cause."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Book a doctor within a few days; until then leave out maximal lifts and long "
                               "breath-holds."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Call your local emergency number now if a headache comes on suddenly and "
                               "severely, or with a stiff neck, vomiting, confusion, weakness or changes in "
                               "vision.")},
            {}, u"NICE-CG150 NHS-HEADACHES", true),
        sorenessRule(
            u"SR-53", C::Watch, std::nullopt,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "No other rule matched, and every answer it needs was given."),
             QT_TRANSLATE_NOOP("spotter::Rules", "It does not fit a clear pattern."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Go easy on the area and skip what hurts; see a physio if it is not clearly "
                               "better by day %1."),
             kSafetyNet},
            {{T::Sr11NoImprovementHours, 24.0}}, u"", true),
    };
}

} // namespace spotter
