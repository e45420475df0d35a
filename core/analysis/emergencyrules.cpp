// SPDX-License-Identifier: GPL-3.0-or-later
// Whole-body patterns that need care whatever region was reported: serious accidents, muscle
// breakdown, the head, the heart and the aorta, infected joints, compartments, hernias
// (rules reference SR-03, SR-04; whole-body-triage W1, W2, W4, W9 to W11, W15, W16).
#include "analysis/ruletable.h"
#include "analysis/rulewords.h"
#include "analysis/triagefacts.h"

#include <array>

namespace spotter {

namespace {

using C = SorenessClass;
using U = Urgency;
using T = Threshold;

/// The leg from the hip down, where a deep-vein clot shows.
bool isLegRegion(Region r)
{
    switch (r) {
    case Region::Quads:
    case Region::Hamstrings:
    case Region::Knees:
    case Region::Calves:
    case Region::Shins:
    case Region::Ankles:
    case Region::Feet: return true;
    default: return false;
    }
}

/// Not a joint, not the head: where muscle breakdown can hide.
bool mayBeMuscle(const Facts &f)
{
    return !f.in.region || (!isJointRegion(*f.in.region) && *f.in.region != Region::Head);
}

const std::array kChecks{
    RuleCheck{u"SR-03", [](const Facts &f) { return f.flag(RedFlag::Accident); }},
    RuleCheck{u"SR-04",
              [](const Facts &f) {
                  const bool weakness = f.weakness() || f.sign(Sign::DailyActivities);
                  return f.flag(RedFlag::DarkUrine) || f.flag(RedFlag::LittleUrine)
                         || (f.intensityAtLeast(th(T::Sr04Intensity)) && f.sign(Sign::Swelling) && weakness);
              }},
    // A sudden severe headache at effort, or sudden severe pain reported in the head (W1).
    RuleCheck{u"SR-28",
              [](const Facts &f) {
                  const bool suddenSevere = f.isRegion(Region::Head)
                                            && f.mayOnsetBeAtMost(th(T::Sr28OnsetHours))
                                            && f.mayIntensityBeAtLeast(th(T::Sr28Intensity));
                  return f.flag(RedFlag::SuddenHeadache) || suddenSevere;
              }},
    // Chest pain that is not sore muscle (W2), told apart from pressing soreness (W3): sore
    // chest muscles hurt on movement and pressure a day or two later, not at rest right after.
    RuleCheck{u"SR-29",
              [](const Facts &f) {
                  const bool chest = f.isRegion(Region::Chest);
                  const bool spreadsToArm = chest && f.sign(Sign::ArmNerve);
                  const bool atRestAfterEffort =
                      chest && f.sign(Sign::AtRest) && f.mayOnsetBeAtMost(th(T::Sr29OnsetHours));
                  return f.flag(RedFlag::ChestPain) || spreadsToArm || atRestAfterEffort;
              }},
    RuleCheck{u"SR-30", [](const Facts &f) { return f.flag(RedFlag::TearingPain); }},
    RuleCheck{u"SR-38",
              [](const Facts &f) {
                  return f.flag(RedFlag::HotJoint)
                         || (f.flag(RedFlag::Fever) && f.sign(Sign::Swelling) && f.mayBeJoint());
              }},
    // A compartment still tense now is acute; one that settled with rest is exertional (SR-58).
    RuleCheck{u"SR-39",
              [](const Facts &f) {
                  return f.flag(RedFlag::PaleColdLimb) || (f.sign(Sign::Tense) && !f.in.resolved);
              }},
    // W11: extreme pain, swelling or weakness after hard or new work, from 7/10, not only at 9.
    RuleCheck{u"SR-40",
              [](const Facts &f) {
                  const bool extreme = f.intensityAtLeast(th(T::Sr40Intensity));
                  const bool swollenOrWeak = extreme && (f.sign(Sign::Swelling) || f.weakness());
                  // Muscle breakdown aches; a sharp pain after new work is a strain (SR-12, SR-13).
                  const bool afterHardWork = extreme && f.newOrHardWork() && mayBeMuscle(f) && !f.sharp();
                  return f.flag(RedFlag::VeryUnwell) || swollenOrWeak || afterHardWork;
              }},
    RuleCheck{u"SR-41", [](const Facts &f) { return f.sign(Sign::GroinLump); }},
    RuleCheck{u"SR-42",
              [](const Facts &f) {
                  return f.sign(Sign::GroinLump) && f.mayIntensityBeAtLeast(th(T::Sr42Intensity));
              }},
    RuleCheck{u"SR-43",
              [](const Facts &f) {
                  return f.sign(Sign::GroinLump)
                         && (f.flag(RedFlag::VeryUnwell) || f.intensityAtLeast(th(T::Sr43Intensity)));
              }},
    // A joint out of shape: dislocated or broken (independent review IR-051, IR-063).
    RuleCheck{u"SR-55", [](const Facts &f) { return f.sign(Sign::Deformity) && f.sign(Sign::Joint); }},
    // Severe belly or groin pain with vomiting: an acute abdomen or a twisted testicle, not a
    // strained muscle (independent review IR-075, IR-082).
    RuleCheck{u"SR-56",
              [](const Facts &f) {
                  const bool bellyOrGroin = f.mayBeRegion(Region::Core) || f.mayBeRegion(Region::Groin);
                  return bellyOrGroin && f.flag(RedFlag::VeryUnwell)
                         && f.intensityAtLeast(th(T::Sr56Intensity));
              }},
    // A blood clot: one leg swollen, aching at rest or getting worse (independent review IR-116).
    RuleCheck{u"SR-57",
              [](const Facts &f) {
                  const bool leg = !f.in.region || isLegRegion(*f.in.region);
                  const bool restOrWorse = f.sign(Sign::AtRest) || f.in.trend == Trend::Worsening;
                  return leg && f.oneSided() && f.sign(Sign::Swelling) && restOrWorse;
              }},
    RuleCheck{u"SR-58", [](const Facts &f) { return f.sign(Sign::Tense) && f.in.resolved; }},
};

} // namespace

std::span<const RuleCheck> emergencyRuleChecks()
{
    return kChecks;
}

QList<RuleSpec> emergencyRuleSpecs()
{
    return {
        sorenessRule(u"SR-03", C::SeeDoctor, U::Emergency,
                     {QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "It started with a serious accident: a fall from height, a collision, or a bar "
                          "dropped on the neck, chest or head."),
                      QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "A serious accident can break bones or injure the spine or organs even when the "
                          "pain seems manageable."),
                      QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "Call your local emergency number or go to an emergency department now. If the "
                          "neck or back was hit, keep still until help arrives.")},
                     {}, u"NHS-SHEFF NHS-999"),
        sorenessRule(u"SR-04", C::SeeDoctor, U::Emergency,
                     {QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "Dark, tea- or cola-coloured urine, or passing little or no urine; or pain far "
                          "beyond usual with swelling and weakness (it cannot be used, a leg-weakness "
                          "flag, or it stops everyday activities)."),
                      QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "Dark urine or little urine after hard exercise can mean muscle breakdown that "
                          "harms the kidneys (rhabdomyolysis)."),
                      QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "Stop exercising and get medical care now: call your local emergency number or "
                          "go to an emergency department, and ask to be checked for rhabdomyolysis (CK "
                          "blood test). Sip water on the way.")},
                     {}, u"CDC-RHABDO", true),
        sorenessRule(
            u"SR-28", C::SeeDoctor, U::Emergency,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "A sudden, severe, worst-ever headache during or right after effort; or pain in "
                 "the head noticed within the threshold hours of the session (or at an unknown "
                 "time) at or above the intensity threshold (or unknown)."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "A sudden, severe headache at effort can be bleeding around the brain "
                               "(subarachnoid haemorrhage)."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Call your local emergency number now. Do not drive yourself, and do not lift "
                               "again until a doctor has checked you.")},
            {}, u"NICE-NG228 NHS-SAH HEADACHE-RF"),
        sorenessRule(
            u"SR-29", C::SeeDoctor, U::Emergency,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Chest pain or pressure that is not sore muscle (spreading to the arm, jaw or "
                 "back, or with breathlessness, sweating, nausea or faintness); chest pain with "
                 "pain or tingling down an arm; or chest pain at rest that began within the "
                 "threshold hours of the session (or at an unknown time)."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Chest pain or pressure that is not sore muscle can come from "
                               "the heart."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Call your local emergency number now. Stop exercising, sit down, and do not "
                               "drive yourself.")},
            {}, u"NHS-HEART-ATTACK AHA-HEART-ATTACK"),
        sorenessRule(u"SR-30", C::SeeDoctor, U::Emergency,
                     {QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "A sudden tearing or ripping pain in the chest or between the shoulder blades."),
                      QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "A sudden tearing pain in the chest or back at effort can be a tear in the main "
                          "artery (aortic dissection)."),
                      QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "Call your local emergency number now. Stop, sit or lie down, and do not drive "
                          "yourself.")},
                     {}, u"NHS-AORTIC AHA-HEART-ATTACK"),
        sorenessRule(
            u"SR-38", C::SeeDoctor, U::Emergency,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "A hot, red, swollen joint; or a fever with swelling in or around a joint."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "A hot, red, swollen joint, especially with a fever, can be an infection inside "
                 "the joint (septic arthritis), which can damage it within days."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Go to an emergency department now, or call your local emergency number. Do not "
                 "train until it has been checked.")},
            {}, u"CKS-SEPTIC BSR-HOTJOINT"),
        sorenessRule(u"SR-39", C::SeeDoctor, U::Emergency,
                     {QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "The muscle is tense or hard, or stretching it hurts (moving the fingers or toes), "
                          "and it has not settled; or the hand or foot below the pain is pale, cold or "
                          "numb."),
                      QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "A tense, hard muscle that hurts when stretched, or a pale, cold or numb hand or "
                          "foot, can mean the pressure in the muscle is cutting off its blood supply "
                          "(compartment syndrome)."),
                      QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "Call your local emergency number or go to an emergency department now: this can "
                          "need surgery within hours. Loosen anything tight around the limb and keep it at "
                          "the level of your heart.")},
                     {}, u"BOAST-10 NHS-COMPARTMENT"),
        sorenessRule(
            u"SR-40", C::SeeDoctor, U::Urgent,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Vomiting, confusion or feeling very unwell; or pain at or above the threshold "
                 "with swelling or weakness; or muscle pain (not sharp) at or above the threshold after "
                 "new or unusually hard work (first time on the lift, a testing session, a load jump)."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Extreme muscle pain, swelling or weakness after hard or new work, or feeling "
                               "very unwell, can be muscle breakdown (rhabdomyolysis)."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Stop exercising, drink water, and see a doctor today (urgent care if your own "
                 "doctor cannot see you today); ask for a CK blood test."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Call your local emergency number now if your urine turns dark (tea or cola), you "
                 "pass little urine, or you become confused.")},
            {}, u"CDC-RHABDO", true),
        sorenessRule(
            u"SR-41", C::SeeDoctor, U::Soon,
            {QT_TRANSLATE_NOOP("spotter::Rules", "A new lump or bulge in the groin or belly."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "A new lump or bulge in the groin or belly after lifting is often a hernia."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Book a doctor within a few days, and avoid heavy lifting and straining until "
                               "then."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Go to an emergency department now if it becomes very painful, firm or tender, "
                 "cannot be pushed back, or you vomit or cannot poo or pass wind.")},
            {}, u"NHS-HERNIA"),
        sorenessRule(
            u"SR-42", C::SeeDoctor, U::Urgent,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "A new lump in the groin or belly with pain at or above the threshold (or unknown)."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "A painful new lump in the groin or belly can be a hernia that is getting "
                               "trapped."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "See a doctor today (urgent care if your own doctor cannot see you today), and do "
                 "not lift."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Call your local emergency number now if the pain gets severe, the lump turns "
                               "firm or tender or will not go back, or you vomit.")},
            {}, u"NHS-HERNIA", true),
        sorenessRule(
            u"SR-43", C::SeeDoctor, U::Emergency,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "A new lump in the groin or belly with vomiting or feeling very unwell, or with "
                 "pain at or above the threshold."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "A lump in the groin or belly with severe pain or vomiting can be a trapped "
                               "(strangulated) hernia."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Go to an emergency department now, or call your local emergency number: a "
                               "trapped hernia needs surgery within hours.")},
            {}, u"NHS-HERNIA", true),
        sorenessRule(
            u"SR-55", C::SeeDoctor, U::Emergency,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "A joint that has changed shape (the deformity and joint signs)."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "A joint out of shape after a lift or a fall can be dislocated or broken."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Go to an emergency department now, or call your local emergency number. Do not "
                 "try to put it back; keep it still in the least painful position.")},
            {}, u"NHS-DISLOCATION NHS-999"),
        sorenessRule(
            u"SR-56", C::SeeDoctor, U::Emergency,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "Pain in the belly or groin (or an unknown region) at or above the threshold "
                               "with vomiting or feeling very unwell."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Severe belly or groin pain with vomiting can be a surgical emergency (a twisted "
                 "testicle, a trapped hernia, an inflamed organ), not a strained muscle."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Go to an emergency department now, or call your local emergency number. Do not "
                 "eat or drink until you have been seen.")},
            {}, u"NHS-STOMACH NHS-TESTICLE", true),
        sorenessRule(
            u"SR-57", C::SeeDoctor, U::Urgent,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "One leg (or an unknown region) swollen on one side, and aching at rest or "
                               "getting worse."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "One calf or leg that is swollen and throbs at rest, or keeps getting worse, can "
                 "be a blood clot (deep vein thrombosis)."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Get a same-day appointment with a doctor today (urgent care if your own doctor "
                 "cannot see you today), and say you are worried about a clot."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Call your local emergency number now if you get short of breath, chest pain, or "
                 "cough up blood.")},
            {}, u"NHS-DVT"),
        sorenessRule(
            u"SR-58", C::SeeDoctor, U::Soon,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "The muscle went tense or hard during the exercise and has settled since (the "
                               "tense sign on a report that is gone)."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "A compartment that tightens with exercise and settles with rest can be exertional "
                 "compartment syndrome."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Book a doctor or sports physio within a few days, and stop the set when it starts "
                 "to tighten."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Call your local emergency number now if it stays hard after you stop, or the hand "
                 "or foot goes pale, cold or numb.")},
            {}, u"NHS-COMPARTMENT BOAST-10"),
    };
}

} // namespace spotter
