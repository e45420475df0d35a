// SPDX-License-Identifier: GPL-3.0-or-later
// The back and neck: cauda equina, nerve roots and the spinal cord, fracture, cancer, infection,
// the growing spine (rules reference §5.2 SR-01 to SR-09; whole-body-triage W5, W6, W12 to W14).
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

constexpr RedFlags kCaudaEquina{RedFlag::SaddleNumbness, RedFlag::BladderBowel, RedFlag::SexualDysfunction};
constexpr RedFlags kBothLegs{RedFlag::BothLegs, RedFlag::SevereLegWeakness};
constexpr RedFlags kUrgentBack{RedFlag::Fever,          RedFlag::WeightLoss,     RedFlag::BackLump,
                               RedFlag::NightPain,      RedFlag::SleepDisrupted, RedFlag::CoughSneeze,
                               RedFlag::UpperBackSpinal};
constexpr RedFlags kNeuro{RedFlag::LegWeakness, RedFlag::WalkingChange, RedFlag::Balance};
/// New neurological symptoms that, with cancer, suggest cord compression (NICE NG234).
constexpr RedFlags kCordSymptoms{RedFlag::LegWeakness,      RedFlag::SevereLegWeakness, RedFlag::BothLegs,
                                 RedFlag::OneLegNerve,      RedFlag::SaddleNumbness,    RedFlag::BladderBowel,
                                 RedFlag::WalkingChange,    RedFlag::Balance,           RedFlag::ClumsyHands,
                                 RedFlag::SexualDysfunction};

bool fragile(const Facts &f, Threshold age)
{
    return (f.in.age && *f.in.age > th(age)) || f.history(HistoryFlag::SteroidsOrOsteoporosis);
}

// Red flags trigger their rule whatever region was reported: a lifter may call referred back
// pain "glutes" or "hamstrings", and the checklist is asked with every report (bias to safety).
const std::array kChecks{
    RuleCheck{u"SR-01", [](const Facts &f) { return f.anyFlag(kCaudaEquina); }},
    RuleCheck{u"SR-02", [](const Facts &f) { return f.anyFlag(kBothLegs); }},
    RuleCheck{u"SR-05", [](const Facts &f) { return f.anyFlag(kUrgentBack); }},
    RuleCheck{u"SR-06",
              [](const Facts &f) {
                  const bool suddenSevere = (f.mayBeBack() || f.sign(Sign::Spine))
                                            && f.onsetAtMost(th(T::Sr06OnsetHours))
                                            && f.intensityAtLeast(th(T::Sr06Intensity));
                  const bool pointTender = f.sign(Sign::Pinpoint) && f.sign(Sign::Spine);
                  return fragile(f, T::Sr06Age) && (suddenSevere || pointTender);
              }},
    RuleCheck{
        u"SR-07",
        [](const Facts &f) { return f.history(HistoryFlag::Cancer) && f.mayBeSpinal() && !f.surelyDoms(); }},
    RuleCheck{u"SR-08", [](const Facts &f) { return f.anyFlag(kNeuro); }},
    RuleCheck{u"SR-09", [](const Facts &f) { return f.flag(RedFlag::OneLegNerve); }},
    RuleCheck{u"SR-31", [](const Facts &f) { return f.sign(Sign::ArmNerve); }},
    RuleCheck{u"SR-32", [](const Facts &f) { return f.flag(RedFlag::ClumsyHands); }},
    RuleCheck{u"SR-33",
              [](const Facts &f) {
                  const bool cord =
                      f.anyFlag(kCordSymptoms) || f.sign(Sign::ArmNerve) || f.sign(Sign::CannotUse);
                  return f.history(HistoryFlag::Cancer) && f.mayBeSpinal() && cord;
              }},
    // Whatever the onset hour: a fracture noticed later the same day is still a fracture (W13).
    RuleCheck{u"SR-34",
              [](const Facts &f) {
                  return fragile(f, T::Sr34Age) && f.mayBeSpinal()
                         && f.mayIntensityBeAtLeast(th(T::Sr34Intensity));
              }},
    RuleCheck{u"SR-35",
              [](const Facts &f) {
                  const bool young = f.in.age && *f.in.age < th(T::Sr35MaxAge);
                  const bool recurring = f.history(HistoryFlag::PriorInjury)
                                         || (f.in.weeksSoreEverySession
                                             && *f.in.weeksSoreEverySession >= th(T::Sr35RecurringWeeks));
                  const bool spinal = f.sign(Sign::Pinpoint) || f.sign(Sign::Spine) || f.sign(Sign::BendBack);
                  return young && f.mayBeSpinal() && (spinal || recurring);
              }},
    RuleCheck{u"SR-36",
              [](const Facts &f) {
                  const bool spine = f.mayBeSpinal() && !f.surelyDoms();
                  const bool joint = f.mayBeJoint() && f.sign(Sign::Swelling);
                  return f.history(HistoryFlag::Immunosuppressed) && (spine || joint);
              }},
    RuleCheck{
        u"SR-37",
        [](const Facts &f) { return f.history(HistoryFlag::Immunosuppressed) && f.flag(RedFlag::Fever); }},
};

} // namespace

std::span<const RuleCheck> spineRuleChecks()
{
    return kChecks;
}

QList<RuleSpec> spineRuleSpecs()
{
    return {
        sorenessRule(
            u"SR-01", C::SeeDoctor, U::Emergency,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Numbness or tingling around the genitals, buttocks, inner thighs or anus; new difficulty "
                 "peeing or loss of bladder or bowel control; or new sexual dysfunction."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Numbness around the genitals or buttocks, or a new bladder, bowel or sexual "
                               "problem, can mean the nerves at the bottom of the spine are squeezed."),
             kEmergencyCes},
            {}, u"NHS-SHEFF HSCNI CKS-CZ IFOMPT20"),
        sorenessRule(
            u"SR-02", C::SeeDoctor, U::Emergency,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Pain, tingling, numbness or weakness in both legs, or leg weakness that is severe or "
                 "getting worse."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Symptoms in both legs, or leg weakness that is severe or getting worse, "
                               "can mean pressure on the nerves in the spine."),
             kEmergencyCes},
            {}, u"NHS-SHEFF HSCNI CKS-CZ"),
        sorenessRule(
            u"SR-05", C::SeeDoctor, U::Urgent,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Fever; weight loss without trying; a lump, swelling or change of shape of the back; pain "
                 "not eased by rest or much worse at night; pain that disrupts sleep; pain worse with "
                 "coughing, sneezing or straining; or pain at the top of the back, between the shoulders, "
                 "that does not feel like muscle soreness."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Pain with a fever, weight loss, a lump, pain at night or on coughing, or pain "
                 "between the shoulders that is not muscular, needs a doctor's check for an "
                 "infection, a fracture or another cause."),
             kSameDay,
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Call your local emergency number now if numbness around the genitals or "
                               "buttocks, trouble peeing or weakness in your legs appears, or you feel very "
                               "unwell.")},
            {}, u"NHS-SHEFF NHS-BRIDGWATER CHCP SEED-9"),
        sorenessRule(
            u"SR-06", C::SeeDoctor, U::Urgent,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Older than the age threshold, or long-term steroids or osteoporosis; and either sudden "
                 "severe back pain right after lifting, or tenderness at one point of the spine."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "With older age, long-term steroids or osteoporosis, sudden severe back pain or "
                 "one tender point on the spine can be a fracture."),
             QT_TRANSLATE_NOOP("spotter::Rules", "Get checked by a doctor today; do not lift until then."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Call your local emergency number now if numbness, weakness or trouble peeing "
                               "appears.")},
            {}, u"AHCPR HSCNI CKS-CZ DOWNIE13"),
        sorenessRule(
            u"SR-07", C::SeeDoctor, U::Urgent,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "A history of cancer and new pain in the back or neck that is not clearly the "
                               "DOMS pattern."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "After cancer, new spinal pain that is not clearly training soreness needs a "
                               "doctor's check."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Contact your cancer team or a doctor today about the new pain."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Call your local emergency number now if weakness, numbness, trouble walking, "
                               "or bladder or bowel changes appear.")},
            {}, u"NICE-NG59 NICE-NG234 DOWNIE13"),
        sorenessRule(
            u"SR-08", C::SeeDoctor, U::Urgent,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "New weakness in one leg, a change in the way you walk, or balance problems."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "New weakness in one leg, a change in walking or balance problems can "
                               "come from a nerve or the spinal cord."),
             kSameDay,
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Call your local emergency number now if it spreads to both legs, gets "
                               "worse quickly, or you lose control of your bladder or bowels.")},
            {}, u"SEED-9 HSCNI SHEFF-UNI CHCP"),
        sorenessRule(u"SR-09", C::SeeDoctor, U::Soon,
                     {QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "Numbness, tingling, pins and needles or shooting or burning pain down one leg."),
                      QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "Numbness, tingling or shooting pain down one leg can come from a nerve in the "
                          "back (sciatica)."),
                      kBookSoon,
                      QT_TRANSLATE_NOOP(
                          "spotter::Rules",
                          "Get a same-day appointment if weakness appears or it keeps getting worse; call "
                          "your local emergency number if it spreads to both legs, or numbness around the "
                          "genitals or trouble peeing appears.")},
                     {}, u"SEED-9 NHS-BRIDGWATER MAKEITVISIBLE"),
        sorenessRule(
            u"SR-31", C::SeeDoctor, U::Soon,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "Pain, tingling, numbness, burning or weakness going down one arm."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Pain, tingling, numbness or weakness going down one arm can come from a nerve "
                 "in the neck (cervical radiculopathy)."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Book a doctor or physio within a few days, and until then leave out what loads "
                 "the neck (overhead work, shrugs, a bar on the back)."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Get a same-day appointment if the arm gets weaker or the pain keeps getting "
                               "worse; call your local emergency number if both arms or both legs are "
                               "affected, or walking becomes unsteady.")},
            {}, u"CKS-RADICULOPATHY NHS-DEVON-CSPINE"),
        sorenessRule(
            u"SR-32", C::SeeDoctor, U::Urgent,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "Clumsy hands, unsteady walking, or pain, tingling or weakness in both arms."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Clumsy hands, unsteady walking or symptoms in both arms can mean pressure on the "
                 "spinal cord in the neck (cervical myelopathy)."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Get a same-day appointment with a doctor today (urgent care if your own doctor "
                 "cannot see you today), and do not lift until you have been checked."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Call your local emergency number now if it gets worse quickly, your legs get "
                               "weak, or you lose control of your bladder or bowels.")},
            {}, u"CKS-RADICULOPATHY NHS-DEVON-CSPINE"),
        sorenessRule(
            u"SR-33", C::SeeDoctor, U::Emergency,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "A history of cancer, pain in the back or neck, and new weakness, numbness, "
                               "nerve pain down a limb, trouble walking, or bladder or bowel changes."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "After cancer, spinal pain with new weakness, numbness, or walking, bladder or "
                 "bowel changes can mean pressure on the spinal cord."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Call your local emergency number or your cancer team's emergency line now: "
                               "pressure on the spinal cord needs treatment within hours.")},
            {}, u"NICE-NG234"),
        sorenessRule(
            u"SR-34", C::SeeDoctor, U::Urgent,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Older than the age threshold, or long-term steroids or osteoporosis; pain in the "
                 "back or neck at or above the intensity threshold (or unknown), whenever it was "
                 "noticed after the session."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "With older age, long-term steroids or osteoporosis, back pain after a lift can "
                 "be a fragility fracture, even when it is noticed hours later."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Get checked by a doctor today (urgent care if your own doctor cannot see you "
                               "today), and do not lift until then."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Call your local emergency number now if numbness, weakness or trouble peeing "
                               "appears, or the pain becomes severe.")},
            {}, u"NICE-NG59 HSCNI DOWNIE13 AHCPR", true),
        sorenessRule(
            u"SR-35", C::SeeDoctor, U::Soon,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Younger than the age threshold, pain in the back or neck, and: one spot, on the "
                 "spine, worse bending backwards, a past back problem, or sore after every "
                 "session for at least the threshold weeks."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "In a growing spine, pain at one spot on or beside the spine, pain that is worse "
                 "bending backwards, or back pain that keeps coming back can be a stress fracture "
                 "(spondylolysis)."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Book a doctor or sports physio within a few days, and until then stop the "
                               "lifting and jumping that hurts the back."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "Get a same-day appointment if the pain spreads into a leg or keeps getting "
                               "worse; call your local emergency number if numbness, weakness or bladder "
                               "changes appear.")},
            {}, u"AHCPR ADOLESCENT-LBP"),
        sorenessRule(
            u"SR-36", C::SeeDoctor, U::Urgent,
            {QT_TRANSLATE_NOOP("spotter::Rules",
                               "A weakened immune system, a recent serious infection or injected drugs, and "
                               "either spinal pain that is not clearly the DOMS pattern or a swollen joint."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "With a weakened immune system, a recent infection or injected drugs, new spinal "
                 "pain or a swollen joint can be an infection."),
             kSameDay,
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Call your local emergency number now if you get a fever, feel very unwell, or "
                 "the joint turns hot and red.")},
            {}, u"AHCPR NICE-NG59 CKS-SEPTIC"),
        sorenessRule(
            u"SR-37", C::SeeDoctor, U::Emergency,
            {QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "A weakened immune system, a recent serious infection or injected drugs, and a "
                 "fever."),
             QT_TRANSLATE_NOOP("spotter::Rules",
                               "A fever with a weakened immune system can be a serious infection (sepsis)."),
             QT_TRANSLATE_NOOP(
                 "spotter::Rules",
                 "Call your local emergency number or go to an emergency department now, and say "
                 "that your immune system is weakened.")},
            {}, u"NICE-NG51"),
    };
}

} // namespace spotter
