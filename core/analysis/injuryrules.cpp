// SPDX-License-Identifier: GPL-3.0-or-later
// Strains, tears, joints and knocks, and a course that is not the course of DOMS (rules reference
// SR-10a to SR-16, SR-18; whole-body-triage W7, W8, W15, W17).
#include "analysis/ruletable.h"
#include "analysis/rulewords.h"
#include "analysis/triagefacts.h"

#include <array>

namespace spotter {

namespace {

using C = SorenessClass;
using U = Urgency;
using T = Threshold;
using namespace rulewords;

/// Where a knock can break a bone (W15): joints, the spine, the chest, the shins, hands and feet.
bool knockOnBone(const Facts &f)
{
    if (!f.in.region)
        return true;
    switch (*f.in.region) {
    case Region::Quads:
    case Region::Hamstrings:
    case Region::Calves:
    case Region::Glutes:
    case Region::Arms:
    case Region::Forearms:
    case Region::Core:
    case Region::Groin:
    case Region::Head: return false;
    default: return true;
    }
}

/// The muscle burn of a hard set: felt during it, gone within the fatigue window. It is not
/// "severe pain" whatever number it was given in the moment.
bool setBurnGone(const Facts &f)
{
    return f.burning() && f.onsetAtMost(th(T::Sr26MaxOnsetHours)) && f.in.resolved
           && f.durationAtMost(th(T::Sr26MaxDurationHours));
}

const std::array kChecks{
    RuleCheck{u"SR-10a",
              [](const Facts &f) {
                  const bool worsening = f.in.trend == Trend::Worsening && !f.in.resolved
                                         && f.elapsedAtLeast() > th(T::Sr10aWorseningHours);
                  const bool severe = f.intensityAtLeast(th(T::Sr10aIntensity)) && !setBurnGone(f);
                  return severe || f.sign(Sign::DailyActivities) || worsening;
              }},
    RuleCheck{u"SR-10b",
              [](const Facts &f) {
                  return f.intensityAtLeast(th(T::Sr10bIntensity)) && !f.surelyDoms() && !setBurnGone(f);
              }},
    RuleCheck{u"SR-11",
              [](const Facts &f) {
                  return f.elapsedAtLeast() > th(T::Sr11PresentHours)
                         || (f.durationAbove(th(T::Sr11NoImprovementHours)) && !f.improvingOrGone());
              }},
    RuleCheck{u"SR-12",
              [](const Facts &f) {
                  const bool during = f.onsetAtMost(th(T::Sr12OnsetHours));
                  // A pop is felt during a lift by nature, whatever onset was typed.
                  return f.sign(Sign::Pop) || (during && (f.sharp() || f.sign(Sign::DailyActivities)));
              }},
    RuleCheck{u"SR-13", [](const Facts &f) { return f.sharp(); }},
    // Persistent or pinpointed pain (SEED-5); a mild stiffness gone within the fatigue window (a
    // wrist after the front-squat rack) is neither.
    RuleCheck{u"SR-14",
              [](const Facts &f) {
                  const bool brief = f.in.resolved && f.durationAtMost(th(T::Sr14BriefHours))
                                     && f.intensityAtMost(th(T::Sr26MaxIntensity));
                  return f.anySign({Sign::Pinpoint, Sign::Spine, Sign::Joint, Sign::BendBack}) && !brief;
              }},
    RuleCheck{u"SR-15",
              [](const Facts &f) {
                  return f.sign(Sign::AtRest) && !f.flag(RedFlag::NightPain)
                         && !f.flag(RedFlag::SleepDisrupted);
              }},
    RuleCheck{
        u"SR-16",
        [](const Facts &f) { return f.sign(Sign::Bruising) || (f.sign(Sign::Swelling) && f.mayBeJoint()); }},
    RuleCheck{u"SR-18",
              [](const Facts &f) {
                  return f.durationAbove(th(T::Sr18MinHours)) && f.durationAtMost(th(T::Sr18MaxHours))
                         && f.improvingOrGone();
              }},
    // W7: a pop or tearing feeling with bruising or swelling, or a bulge or gap.
    RuleCheck{u"SR-44",
              [](const Facts &f) {
                  const bool tear = f.sign(Sign::Pop) || (f.sharp() && f.onsetAtMost(th(T::Sr12OnsetHours)));
                  return f.sign(Sign::Deformity) || (tear && f.anySign({Sign::Bruising, Sign::Swelling}));
              }},
    // W7 and W8: the muscle or joint cannot do its job; some repairs cannot wait.
    RuleCheck{u"SR-45", [](const Facts &f) { return f.sign(Sign::CannotUse); }},
    RuleCheck{u"SR-46",
              [](const Facts &f) {
                  return f.sign(Sign::Locking)
                         || (f.mayBeJoint() && f.sign(Sign::Pop) && f.sign(Sign::Swelling));
              }},
    // W15 is a knock to a joint, the spine, or a bone under the skin; a knock to a muscle belly
    // is a bruise (SR-16), and a bump on the head is read by SR-52's advice.
    RuleCheck{u"SR-47", [](const Facts &f) { return f.sign(Sign::Knock) && knockOnBone(f); }},
    // W15, minor trauma: what would need an X-ray (the Ottawa rules' spirit: cannot bear weight,
    // bony tenderness), the spine, or weaker bones.
    RuleCheck{u"SR-48",
              [](const Facts &f) {
                  const bool fragile = (f.in.age && *f.in.age > th(T::Sr34Age))
                                       || f.history(HistoryFlag::SteroidsOrOsteoporosis);
                  const bool fracture = f.anySign({Sign::CannotUse, Sign::Deformity})
                                        || f.intensityAtLeast(th(T::Sr48Intensity));
                  return f.sign(Sign::Knock) && (fracture || f.mayBeSpinal() || fragile);
              }},
    // A fracture at a joint after an injury or a fall: swelling and one tender spot on the bone
    // (the Ottawa rules' bony tenderness; independent review IR-070).
    RuleCheck{u"SR-59",
              [](const Facts &f) {
                  const bool injured = f.onsetAtMost(th(T::Sr12OnsetHours)) || f.sign(Sign::Knock);
                  return injured && f.mayBeJoint() && f.sign(Sign::Pinpoint) && f.sign(Sign::Swelling);
              }},
    // W17: days 3 to 7 without improving. An unknown trend is "not improving".
    RuleCheck{u"SR-49",
              [](const Facts &f) {
                  return !f.in.resolved && f.in.trend != Trend::Improving
                         && f.elapsedAtLeast() > th(T::Sr24ImprovingAfterHours)
                         && !f.durationAbove(th(T::Sr11NoImprovementHours));
              }},
    // A burning pain that is not the burn of the set (a nerve "burning", an irritated tendon).
    RuleCheck{u"SR-50", [](const Facts &f) { return f.burning() && !setBurnGone(f); }},
};

} // namespace

std::span<const RuleCheck> injuryRuleChecks()
{
    return kChecks;
}

QList<RuleSpec> injuryRuleSpecs()
{
    const QList<AdviceArg> review{{T::Sr12ReviewHours}};
    return {
        sorenessRule(
            u"SR-10a", C::SeeDoctor, U::Soon,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Intensity at or above the threshold (not the burn of a set that is gone); or it stops "
                 "everyday activities; or it is still getting worse more than the threshold hours after "
                 "the session."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Severe pain, pain that limits daily life, or pain still getting worse "
                               "days after the session is more than training soreness."),
             kBookSoon, kSevereEscalation},
            {}, u"SEED-9 NHS-BRIDGE", true),
        sorenessRule(
            u"SR-10b", C::SeeDoctor, U::Soon,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "Intensity at or above the threshold and not clearly the DOMS pattern (not "
                               "the burn of a set that is gone)."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Strong pain without the pattern of training soreness is more than DOMS."),
             kBookSoon, kSevereEscalation},
            {}, u"SEED-9", true),
        sorenessRule(u"SR-11", C::SeeDoctor, U::Soon,
                     {QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "Still present longer than the first threshold after the session, or present "
                          "longer than the second threshold and not improving (an unknown trend counts as "
                          "not improving)."),
                      QT_TRANSLATE_NOOP("spotter::Rules", "Soreness from training should be gone by now."),
                      kBookSoon,
                      QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "Get a same-day appointment if it gets worse, or numbness or weakness appears.")},
                     {}, u"NHS-STRAIN CHCP PLT"),
        sorenessRule(
            u"SR-12", C::Warning, std::nullopt,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Noticed during the lift and sharp or sudden, or stops everyday activities; or a "
                 "pop was heard or felt."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Pain that started during the lift, sharp or with a pop, points to a strain "
                               "rather than training soreness."),
             kStopExercise},
            review, u"SEED-5 DRBIGNESS BIOINS-STRAIN CRUCIAL"),
        sorenessRule(
            u"SR-13", C::Warning, std::nullopt,
            {QT_TRANSLATE_NOOP("spotter::Rules", "Sharp, stabbing or shooting pain, at any time."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Sharp, stabbing or shooting pain is not typical of training soreness."),
             kStopExercise},
            review, u"SEED-5"),
        sorenessRule(
            u"SR-14", C::Warning, std::nullopt,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "One spot you can point to, on or beside the spine, in a joint rather than the "
                 "muscle, or worse when bending backwards."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Pain at one spot, on the spine, in a joint or on bending backwards is not "
                               "typical of training soreness."),
             kStopExercise},
            review, u"SEED-5 RELIEF SANGHAVI PLT-NEWS"),
        sorenessRule(
            u"SR-15", C::Warning, std::nullopt,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "Pain at rest (and not worse at night or disrupting sleep, which is SR-05)."),
             QT_TRANSLATE_NOOP("spotter::Rules", "Training soreness hurts on movement, not at rest."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Rest the area and skip exercises that load it. See a physio or doctor if it is "
                 "not clearly better in %1 h; get a same-day appointment if it wakes you at "
                 "night.")},
            review, u"WIKI-DOMS DRBIGNESS"),
        sorenessRule(
            u"SR-16", C::Warning, std::nullopt,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Visible bruising, or swelling around a joint (a joint sign, or a joint region)."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Bruising, or swelling around a joint, points to a strain or "
                               "sprain."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Protect and rest it; ice for 2–3 days helps. See a physio or doctor if you "
                               "cannot use it normally, or it is not clearly better in %1 h.")},
            review, u"NHS-STRAIN CRUCIAL"),
        sorenessRule(
            u"SR-18", C::Warning, std::nullopt,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Present longer than the first threshold and at most the second, and improving or gone."),
             QT_TRANSLATE_NOOP("spotter::Rules", "It has lasted longer than typical DOMS (5–7 days)."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Keep the load on the area light. If it is not gone by day %1, see a doctor.")},
            {{T::Sr11PresentHours, 24.0}}, u"WIKI-DOMS CHEUNG03"),
        sorenessRule(
            u"SR-44", C::SeeDoctor, U::Soon,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "A visible bulge, gap or changed shape; or a pop, or sharp pain at onset, with "
                 "bruising or swelling."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "A pop or tearing feeling with bruising, swelling, a bulge or a gap can be a torn "
                 "muscle or tendon."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Stop training the area and book a doctor or physio within a few days: some "
                 "tendon tears (the biceps at the elbow, the pec, the quad or patellar tendon, the "
                 "Achilles) are best repaired within days."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Get a same-day appointment if you cannot use the muscle (bend or turn the "
                               "forearm, straighten the knee, push off the foot); call your local emergency "
                               "number if the limb below turns pale, cold or numb.")},
            {}, u"NHS-STRAIN NHS-ACHILLES BIOINS-STRAIN"),
        sorenessRule(
            u"SR-45", C::SeeDoctor, U::Urgent,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "The muscle or joint cannot do its job: it cannot bear weight, straighten the "
                               "knee, bend or turn the forearm, or push off the foot."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "When a muscle or joint cannot do its job, a tendon may be torn or a bone broken; "
                 "some repairs cannot wait."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "See a doctor or urgent care today; do not try to train it, and keep weight off "
                 "it."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Call your local emergency number now if the limb below turns pale, cold or "
                               "numb, or the pain becomes extreme.")},
            {}, u"NHS-ACHILLES CKS-KNEE OTTAWA"),
        sorenessRule(
            u"SR-46", C::SeeDoctor, U::Urgent,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "The joint locks, catches or gives way; or a pop with swelling in or around a "
                               "joint."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "A joint that locks or gives way, or swells fast after a pop, can have a torn "
                               "ligament or cartilage."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "See a doctor or urgent care today, and do not load the joint until it has been "
                 "checked."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Call your local emergency number now if it turns hot and red with a fever, or "
                 "the limb below turns pale, cold or numb.")},
            {}, u"CKS-KNEE OTTAWA"),
        sorenessRule(u"SR-47", C::SeeDoctor, U::Soon,
                     {QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "A minor knock: a plate or dumbbell dropped on a foot or hand, or a bar bumped "
                          "against a joint."),
                      QT_TRANSLATE_NOOP("spotter::Rules",
                                        "A knock from a dropped plate or a bar can bruise or break a "
                                        "small bone."),
                      QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "Have it checked by a doctor or a minor injuries unit within a few days; an X-ray "
                          "may be needed."),
                      QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "Get it checked today if you cannot put weight on it or use it, it changes shape, "
                          "or one spot on the bone is very tender.")},
                     {}, u"OTTAWA NHS-BROKEN-TOE"),
        sorenessRule(
            u"SR-48", C::SeeDoctor, U::Urgent,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "A minor knock, and: it cannot be used, it changed shape, one tender spot, pain "
                 "at or above the threshold, on the back or neck; or weaker bones (older than the "
                 "SR-34 age, long-term steroids or osteoporosis)."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "After a knock, not being able to use it, a changed shape or one tender spot on "
                 "the bone can mean a fracture."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Get it checked and X-rayed today (urgent care or a minor injuries unit), and do "
                 "not train on it."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Call your local emergency number now if the limb below turns pale, cold or "
                               "numb, or a knock to the neck or back is followed by numbness or weakness.")},
            {}, u"OTTAWA NHS-BROKEN-TOE HSCNI"),
        sorenessRule(
            u"SR-59", C::SeeDoctor, U::Urgent,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Noticed during the lift (or after a knock), in or at a joint, with swelling and "
                 "one tender spot."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Swelling and one tender spot on the bone at a joint after an injury can be a "
                               "fracture (the wrist after a fall on the hand, the ankle after a roll)."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Get it X-rayed today (urgent care or a minor injuries unit), and keep it still "
                 "until then."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Call your local emergency number now if it changes shape, or the hand or foot "
                 "below turns pale, cold or numb.")},
            {}, u"OTTAWA NHS-STRAIN"),
        sorenessRule(
            u"SR-49", C::Warning, std::nullopt,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Still there more than the SR-24 improving hours after the session, for at most "
                 "the SR-11 no-improvement hours, and not improving (an unknown trend counts as "
                 "not improving)."),
             QT_TRANSLATE_NOOP("spotter::Rules", "Training soreness should be easing after 3 days; this is "
                                                 "not."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Keep the load on the area light and skip what hurts. See a physio if it is not "
                 "clearly better by day %1; check again sooner if it gets worse.")},
            {{T::Sr11NoImprovementHours, 24.0}}, u"WIKI-DOMS PLT-NEWS PLT"),
        sorenessRule(
            u"SR-50", C::Warning, std::nullopt,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "A burning pain that is not the burn of a hard set: noticed later than the "
                               "SR-26 onset hours, or not gone within the SR-26 hours."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "A burning pain that is not the muscle burn of a hard set can come from a nerve "
                 "or an irritated tendon."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Stop the exercise that set it off, and see a physio or doctor if it is not "
                 "clearly better in %1 h. Pain, tingling or numbness going down an arm or a leg "
                 "is a nerve sign: check again if it appears.")},
            review, u"SEED-5 BIOINS-DL", true),
    };
}

} // namespace spotter
