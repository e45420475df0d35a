// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ruletable.h"

#include "model/weight.h"

#include <QCoreApplication>

namespace spotter {

namespace {

using C = SorenessClass;
using U = Urgency;
using K = RuleKind;
using T = Threshold;

QStringList tags(const char16_t *text)
{
    return QString::fromUtf16(text).split(u' ', Qt::SkipEmptyParts);
}

RuleSpec soreness(const char16_t *id, C cls, std::optional<U> urgency, const char *condition,
                  const char *advice, QList<AdviceArg> args, const char16_t *sources, bool judgement = false)
{
    return {QString::fromUtf16(id), K::Soreness,   toKey(cls), cls, urgency, condition, advice,
            std::move(args),        tags(sources), judgement};
}

RuleSpec other(const char16_t *id, K kind, const char16_t *result, const char *condition, const char *advice,
               QList<AdviceArg> args, const char16_t *sources, bool judgement = false)
{
    return {QString::fromUtf16(id),
            kind,
            QString::fromUtf16(result),
            std::nullopt,
            std::nullopt,
            condition,
            advice,
            std::move(args),
            tags(sources),
            judgement};
}

const char *const kEmergencyCes = QT_TRANSLATE_NOOP(
    "spotter::Rules",
    "Call your local emergency number or go to an emergency department now. These can be signs of "
    "cauda equina syndrome, which needs same-day treatment.");
const char *const kSameDay =
    QT_TRANSLATE_NOOP("spotter::Rules", "Get a same-day appointment with a doctor today.");
const char *const kSeeDoctorSevere = QT_TRANSLATE_NOOP(
    "spotter::Rules", "See a doctor: the pain is severe, getting worse or limiting daily life.");
const char *const kStopExercise = QT_TRANSLATE_NOOP(
    "spotter::Rules",
    "Stop that exercise today; do not push through. Use alternatives (glute bridge, bird dog, hip "
    "hinge); if it is not clearly better in %1 h, see a physio or doctor.");

QList<RuleSpec> buildTable()
{
    const QList<AdviceArg> review{{T::Sr12ReviewHours}};
    return {
        soreness(
            u"SR-01", C::SeeDoctor, U::Emergency,
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "Numbness or tingling around the genitals, buttocks, inner thighs or anus; new difficulty "
                "peeing or loss of bladder or bowel control; or new sexual dysfunction."),
            kEmergencyCes, {}, u"NHS-SHEFF HSCNI CKS-CZ IFOMPT20"),
        soreness(u"SR-02", C::SeeDoctor, U::Emergency,
                 QT_TRANSLATE_NOOP(
                     "spotter::Rules",
                     "Pain, tingling, numbness or weakness in both legs, or leg weakness that is severe or "
                     "getting worse."),
                 kEmergencyCes, {}, u"NHS-SHEFF HSCNI CKS-CZ"),
        soreness(
            u"SR-03", C::SeeDoctor, U::Emergency,
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "It started with a serious accident (a fall, a collision, a bar dropped on the body), or "
                "there is chest pain."),
            QT_TRANSLATE_NOOP("spotter::Rules",
                              "Call your local emergency number or go to an emergency department."),
            {}, u"NHS-SHEFF"),
        soreness(
            u"SR-04", C::SeeDoctor, U::Emergency,
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "Dark, tea- or cola-coloured urine; or pain far beyond usual with swelling and weakness "
                "(a leg-weakness flag or it stops everyday activities)."),
            QT_TRANSLATE_NOOP("spotter::Rules",
                              "Stop exercising, drink water and get medical care now; ask to be checked for "
                              "rhabdomyolysis (CK blood test)."),
            {}, u"CDC-RHABDO", true),
        soreness(
            u"SR-05", C::SeeDoctor, U::Urgent,
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "Fever; weight loss without trying; a lump, swelling or change of shape of the back; pain "
                "not eased by rest or much worse at night; pain that disrupts sleep; pain worse with "
                "coughing, sneezing or straining; or pain at the top of the back, between the shoulders, "
                "that does not feel like muscle soreness."),
            kSameDay, {}, u"NHS-SHEFF NHS-BRIDGWATER CHCP SEED-9"),
        soreness(u"SR-06", C::SeeDoctor, U::Urgent,
                 QT_TRANSLATE_NOOP(
                     "spotter::Rules",
                     "Older than the age threshold, or long-term steroids or osteoporosis; and either sudden "
                     "severe back pain right after lifting, or tenderness at one point of the spine."),
                 QT_TRANSLATE_NOOP(
                     "spotter::Rules",
                     "Lifting can cause a spinal fracture when bones are weaker. Get checked today; do not "
                     "lift."),
                 {}, u"AHCPR HSCNI CKS-CZ DOWNIE13"),
        soreness(
            u"SR-07", C::SeeDoctor, U::Urgent,
            QT_TRANSLATE_NOOP("spotter::Rules",
                              "A history of cancer and new back pain that is not clearly the DOMS pattern."),
            QT_TRANSLATE_NOOP("spotter::Rules", "Tell your doctor promptly about new back pain."), {},
            u"NICE-NG59 DOWNIE13"),
        soreness(
            u"SR-08", C::SeeDoctor, U::Urgent,
            QT_TRANSLATE_NOOP("spotter::Rules",
                              "New weakness in one leg, a change in the way you walk, or balance problems."),
            kSameDay, {}, u"SEED-9 HSCNI SHEFF-UNI CHCP"),
        soreness(u"SR-09", C::SeeDoctor, U::Soon,
                 QT_TRANSLATE_NOOP(
                     "spotter::Rules",
                     "Numbness, tingling, pins and needles or shooting or burning pain down one leg."),
                 QT_TRANSLATE_NOOP(
                     "spotter::Rules",
                     "This may be a nerve problem (sciatica). Book a doctor or physio; get a same-day "
                     "appointment if it spreads to both legs or weakness appears."),
                 {}, u"SEED-9 NHS-BRIDGWATER MAKEITVISIBLE"),
        soreness(u"SR-10a", C::SeeDoctor, U::Soon,
                 QT_TRANSLATE_NOOP(
                     "spotter::Rules",
                     "Intensity at or above the threshold; or it stops everyday activities; or it is still "
                     "getting worse more than the threshold hours after the session."),
                 kSeeDoctorSevere, {}, u"SEED-9 NHS-BRIDGE", true),
        soreness(u"SR-10b", C::SeeDoctor, U::Soon,
                 QT_TRANSLATE_NOOP("spotter::Rules",
                                   "Intensity at or above the threshold and not clearly the DOMS pattern."),
                 kSeeDoctorSevere, {}, u"SEED-9", true),
        soreness(
            u"SR-11", C::SeeDoctor, U::Soon,
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "Still present longer than the first threshold after the session, or present longer than the "
                "second threshold and not improving (an unknown trend counts as not improving)."),
            QT_TRANSLATE_NOOP("spotter::Rules", "Soreness should be gone by now. See a doctor or physio."),
            {}, u"NHS-STRAIN CHCP PLT"),
        soreness(
            u"SR-12", C::Warning, std::nullopt,
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "Noticed during the lift and sharp or sudden, or stops everyday activities; or a pop was "
                "heard or felt."),
            kStopExercise, review, u"SEED-5 DRBIGNESS BIOINS-STRAIN CRUCIAL"),
        soreness(u"SR-13", C::Warning, std::nullopt,
                 QT_TRANSLATE_NOOP("spotter::Rules", "Sharp, stabbing or shooting pain, at any time."),
                 kStopExercise, review, u"SEED-5"),
        soreness(
            u"SR-14", C::Warning, std::nullopt,
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "One spot you can point to, on or beside the spine, or in a joint rather than the muscle."),
            kStopExercise, review, u"SEED-5 RELIEF SANGHAVI PLT-NEWS"),
        soreness(
            u"SR-15", C::Warning, std::nullopt,
            QT_TRANSLATE_NOOP("spotter::Rules",
                              "Pain at rest (and not worse at night or disrupting sleep, which is SR-05)."),
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "DOMS hurts on movement, not at rest. Rest the area; escalate if it wakes you at night."),
            {}, u"WIKI-DOMS DRBIGNESS"),
        soreness(u"SR-16", C::Warning, std::nullopt,
                 QT_TRANSLATE_NOOP(
                     "spotter::Rules",
                     "Visible bruising, or swelling around a joint (a joint sign, or the hips, knees, "
                     "shoulders, elbows or wrists)."),
                 QT_TRANSLATE_NOOP("spotter::Rules",
                                   "This looks like a strain or sprain: protect, rest, ice for 2–3 days."),
                 {}, u"NHS-STRAIN CRUCIAL"),
        soreness(
            u"SR-17", C::Warning, std::nullopt,
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "Soreness that may be the DOMS pattern, in the same region after every session of the "
                "lift for at least the threshold number of consecutive weeks, training it every week."),
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "After %1 weeks of regular training this should not keep happening. Review technique "
                "(lower back rounding, hips rising early, hips too high at the start), warm-up, load "
                "jumps and testing sessions; try a trap-bar deadlift; consider a coach or physio check."),
            {{T::Sr17Weeks}}, u"SEED-1 SEED-2 SEED-6 CLEARY02 HYLDAHL17 SWINTON11"),
        soreness(
            u"SR-18", C::Warning, std::nullopt,
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "Present longer than the first threshold and at most the second, and improving or gone."),
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "Longer than typical DOMS (5–7 days). If it is not gone by day %1, see a doctor."),
            {{T::Sr11PresentHours, 24.0}}, u"WIKI-DOMS CHEUNG03"),
        soreness(u"SR-19", C::Watch, std::nullopt,
                 QT_TRANSLATE_NOOP(
                     "spotter::Rules",
                     "Lower-back soreness that may be the DOMS pattern, after training the lift for at least "
                     "the threshold weeks with no layoff of the threshold length."),
                 QT_TRANSLATE_NOOP(
                     "spotter::Rules",
                     "Some upper-back soreness is normal, but the lower back should stay rigid. Check your "
                     "setup and bracing; lower the load if form breaks."),
                 {}, u"SEED-1 SEED-2 PCE"),
        soreness(
            u"SR-20", C::Watch, std::nullopt,
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "Soreness that may be the DOMS pattern with an intensity between the two thresholds."),
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "Strong DOMS. Keep moving lightly, and do no heavy or testing work on this area until it "
                "is %1/10 or less. See a doctor if it is still %2/10 or more after %3 h or it limits "
                "daily life; get care now if your urine turns dark."),
            {{T::Sr20ResumeIntensity}, {T::Sr20MinIntensity}, {T::Sr20ReviewHours}}, u"CHEUNG03", true),
        soreness(
            u"SR-21", C::Watch, std::nullopt,
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "Soreness that may be the DOMS pattern on one side only after a two-sided lift."),
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "One-sided soreness after a two-sided lift can mean a technique shift or a strain. Watch "
                "it; escalate if it becomes sharp or pinpoint."),
            {}, u"RELIEF KELVARIONO"),
        soreness(u"SR-22", C::Watch, std::nullopt,
                 QT_TRANSLATE_NOOP("spotter::Rules",
                                   "A prior injury or known back condition, and new lower-back soreness."),
                 QT_TRANSLATE_NOOP("spotter::Rules", "With a past back injury, scale back and monitor."), {},
                 u"SEED-6"),
        soreness(u"SR-23", C::Watch, std::nullopt,
                 QT_TRANSLATE_NOOP(
                     "spotter::Rules",
                     "Soreness after a session classed testing, or after a load jump on that lift (IF-03)."),
                 QT_TRANSLATE_NOOP("spotter::Rules", "Likely too heavy too soon: build up gradually."), {},
                 u"SEED-3 SEED-6 ACSM09"),
        soreness(
            u"SR-24", C::Doms, std::nullopt,
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "The DOMS pattern (dull, aching, stiff or tight; diffuse in the muscle; on both sides "
                "after a two-sided lift; on movement only; onset within the window), intensity at most "
                "the threshold, lasting at most the duration threshold, improving or gone after the "
                "improving threshold, and no red flag or sign."),
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "This looks like normal post-exercise soreness (DOMS). Light activity helps; expect it to "
                "fade within a few days and to lessen as you keep training this lift."),
            {}, u"SEED-1 SEED-4 WIKI-DOMS ACSM-DOMS", true),
        soreness(
            u"SR-25", C::Watch, std::nullopt,
            QT_TRANSLATE_NOOP("spotter::Rules", "Noticed more than the threshold hours after the session."),
            QT_TRANSLATE_NOOP("spotter::Rules", "Probably not caused by that session."), {}, u"", true),
        soreness(u"SR-26", C::Fatigue, std::nullopt,
                 QT_TRANSLATE_NOOP(
                     "spotter::Rules",
                     "Noticed during or right after the session, dull, tight or stiff, intensity at most the "
                     "threshold, and gone within the threshold hours, with no red flag or sign."),
                 QT_TRANSLATE_NOOP("spotter::Rules",
                                   "This looks like normal acute fatigue; it fades within hours."),
                 {}, u"SEED-4 AMS LEWIS", true),
        soreness(
            u"SR-27", C::Watch, std::nullopt, QT_TRANSLATE_NOOP("spotter::Rules", "No other rule matched."),
            QT_TRANSLATE_NOOP("spotter::Rules", "Not enough information: answer the follow-up questions."),
            {}, u"", true),

        other(u"IR-01", K::SetIntensity, u"testing",
              QT_TRANSLATE_NOOP("spotter::Rules",
                                "Main-lift set at RPE 10 (0 reps in reserve), or logged as to failure."),
              QT_TRANSLATE_NOOP("spotter::Rules", "That set was a max effort."), {}, u"ZOURDOS16 SEED-3"),
        other(
            u"IR-02", K::SetIntensity, u"testing",
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "Main-lift set of 1 to 3 reps at or above the threshold share of the best e1RM, or a single "
                "rated at or above the single threshold."),
            QT_TRANSLATE_NOOP("spotter::Rules", "Maximal single or triple: this is testing, not training."),
            {}, u"SEED-3 FITWITHEIK HELMS-THESIS", true),
        other(u"IR-03", K::SetIntensity, u"testing",
              QT_TRANSLATE_NOOP("spotter::Rules", "Main-lift load above the best e1RM (a PR attempt)."),
              QT_TRANSLATE_NOOP("spotter::Rules", "PR attempt."), {}, u"", true),
        other(u"IR-04", K::SetIntensity, u"testing",
              QT_TRANSLATE_NOOP(
                  "spotter::Rules",
                  "A rep-out (AMRAP) set: testing if it ends at or above the testing threshold or its effort "
                  "is unknown, otherwise hard."),
              QT_TRANSLATE_NOOP("spotter::Rules", "Rep-outs are fine if you stop 1 rep short."), {},
              u"SEED-3 531", true),
        other(u"IR-05", K::SetIntensity, u"hard",
              QT_TRANSLATE_NOOP("spotter::Rules", "Main-lift set rated at or above the RPE threshold, or at "
                                                  "or above the threshold share of the "
                                                  "best e1RM."),
              nullptr, {}, u"PRILEPIN FITWITHEIK", true),
        other(u"IR-06", K::SetIntensity, u"training",
              QT_TRANSLATE_NOOP("spotter::Rules", "Main-lift set rated below the IR-05 RPE threshold and "
                                                  "below the IR-05 share of the best e1RM."),
              nullptr, {}, u"FITWITHEIK"),
        other(
            u"IR-07", K::SetIntensity, u"hard",
            QT_TRANSLATE_NOOP(
                "spotter::Rules",
                "Set of an exercise that is not a main lift, at RPE 10 or to failure: hard, never testing."),
            nullptr, {}, u"BIOLAYNE", true),
        other(u"IS-01", K::SessionIntensity, u"testing",
              QT_TRANSLATE_NOOP(
                  "spotter::Rules",
                  "The top set of any main lift is testing, or at least the threshold share of main-lift "
                  "working sets is rated at or above the RPE threshold."),
              QT_TRANSLATE_NOOP(
                  "spotter::Rules",
                  "This session was testing, not training. Most progress comes from sub-maximal work; keep "
                  "max tests to the end of a block."),
              {}, u"SEED-3 WILLPOWER", true),
        other(u"IS-02", K::SessionIntensity, u"hard",
              QT_TRANSLATE_NOOP("spotter::Rules", "Not testing, and any main-lift working set is hard."),
              nullptr, {}, u"", true),
        other(u"IS-03", K::SessionIntensity, u"training", QT_TRANSLATE_NOOP("spotter::Rules", "Otherwise."),
              nullptr, {}, u""),
        other(u"IF-01", K::Flag, u"testing_too_often",
              QT_TRANSLATE_NOOP("spotter::Rules",
                                "More than one testing session of the same lift within the window."),
              QT_TRANSLATE_NOOP(
                  "spotter::Rules",
                  "You tested this lift more than once in %1 weeks. Failure and max work slow recovery for "
                  "24–48 h or more; test every 8–12 weeks."),
              {{T::If01Days, 7.0}}, u"MORAN17 GONZALEZ16 TESTFREQ RIVERWALK", true),
        other(u"IF-02", K::Flag, u"no_easy_days",
              QT_TRANSLATE_NOOP(
                  "spotter::Rules",
                  "At least the threshold number of consecutive sessions of the same lift classed hard or "
                  "testing."),
              QT_TRANSLATE_NOOP("spotter::Rules", "Add lighter sessions."), {}, u"FOSTER98", true),
        other(u"IF-03", K::Flag, u"load_jump",
              QT_TRANSLATE_NOOP(
                  "spotter::Rules",
                  "Top working load of a lift above the heaviest of the previous week by more than the week "
                  "threshold (caution), or above the heaviest of the previous two weeks by more than the "
                  "two-week threshold (high)."),
              QT_TRANSLATE_NOOP("spotter::Rules", "Increase gradually (2–10% steps)."), {},
              u"SEED-6 ACSM09 2FOR2 BUIST-NIELSEN"),
        other(u"IF-04", K::Flag, u"postpone_test",
              QT_TRANSLATE_NOOP(
                  "spotter::Rules",
                  "Soreness classed DOMS or higher, in a region the tested lift loads, within the threshold "
                  "hours before a testing session."),
              QT_TRANSLATE_NOOP("spotter::Rules", "You are still sore; test another day."), {}, u"", true),
        other(u"LM-01", K::Metric, u"metric",
              QT_TRANSLATE_NOOP(
                  "spotter::Rules",
                  "Session load = session RPE (CR-10) × minutes, asked about 30 minutes after the session."),
              nullptr, {}, u"FOSTER01 FOSTER21"),
        other(u"LM-02", K::Metric, u"monotony_high",
              QT_TRANSLATE_NOOP(
                  "spotter::Rules",
                  "Monotony = mean / population SD of the 7 daily loads of a week (rest days 0, capped); "
                  "strain = weekly load × monotony, compared with the athlete's own history only."),
              QT_TRANSLATE_NOOP("spotter::Rules", "Your days are all alike; vary hard and easy days."), {},
              u"FOSTER98 FELLRNR CODE-MONO"),
        other(u"LM-03", K::Metric, u"load_spike",
              QT_TRANSLATE_NOOP(
                  "spotter::Rules",
                  "ACWR = acute EWMA / chronic EWMA of daily loads (lambda = 2/(N+1)), shown only after the "
                  "minimum days of data: low, typical, caution (flagged), spike (flagged)."),
              QT_TRANSLATE_NOOP("spotter::Rules", "This week is much heavier than your recent average."), {},
              u"GABBETT16 WILLIAMS17 IMPELLIZZERI20 LOLLI19", true),
        other(u"LM-04", K::Metric, u"weekly_spike",
              QT_TRANSLATE_NOOP("spotter::Rules",
                                "Weekly session-RPE load more than the threshold above the previous week's."),
              QT_TRANSLATE_NOOP("spotter::Rules", "This week is much heavier than your recent average."), {},
              u"HARRISON17"),
        other(u"TP-01", K::Tip, u"tip",
              QT_TRANSLATE_NOOP(
                  "spotter::Rules",
                  "Main-lift working sets at or above the threshold share of the best e1RM, or of at most "
                  "the threshold reps, with a logged rest shorter than the threshold."),
              QT_TRANSLATE_NOOP("spotter::Rules", "Rest 3–5 min between heavy sets."), {},
              u"SEED-7 ACSM09 DESALLES09", true),
        other(u"TP-02", K::Tip, u"tip",
              QT_TRANSLATE_NOOP("spotter::Rules", "Soreness classed watch or warning on the lower back."),
              QT_TRANSLATE_NOOP("spotter::Rules", "Alternatives while scaling back: glute bridge, bird dog, "
                                                  "mini hip hinge, trap-bar deadlift."),
              {}, u"SEED-8 SWINTON11 MCGILL"),
        other(u"SG-01", K::Suggestion, u"back_off",
              QT_TRANSLATE_NOOP(
                  "spotter::Rules",
                  "The lift loads a region with an open warning or see-doctor report: no load is suggested "
                  "while the report is unresolved, and the chart's load is lowered by the threshold in the "
                  "days after it resolved."),
              QT_TRANSLATE_NOOP("spotter::Rules",
                                "Do not load this area while the report is open; when it has settled, "
                                "start %1% lighter."),
              {{T::Sg01BackoffPct}}, u"SEED-5 SEED-9", true),
        other(u"SG-02", K::Suggestion, u"back_off",
              QT_TRANSLATE_NOOP("spotter::Rules",
                                "A session in which this lift was testing (IS-01) within the threshold days: "
                                "the chart's load is lowered by the threshold."),
              QT_TRANSLATE_NOOP("spotter::Rules",
                                "You tested this lift in the last %1 days; max work slows recovery for 24–48 "
                                "h or more, so train lighter today."),
              {{T::Sg02Days}}, u"MORAN17 GONZALEZ16", true),
        other(u"SG-03", K::Suggestion, u"hold",
              QT_TRANSLATE_NOOP(
                  "spotter::Rules",
                  "The chart's load would be a load jump over the lift's recent top loads (IF-03), or this "
                  "week's session load already jumped (LM-04): the load is held at what the rules allow, "
                  "or at last time's top load."),
              QT_TRANSLATE_NOOP("spotter::Rules", "Increase gradually (2–10% steps): the load is held."), {},
              u"SEED-6 ACSM09 HARRISON17"),
    };
}

} // namespace

const QList<RuleSpec> &RuleTable::all()
{
    static const QList<RuleSpec> table = buildTable();
    return table;
}

bool RuleTable::contains(QStringView id)
{
    for (const RuleSpec &r : all()) {
        if (r.id == id)
            return true;
    }
    return false;
}

const RuleSpec &RuleTable::rule(QStringView id)
{
    for (const RuleSpec &r : all()) {
        if (r.id == id)
            return r;
    }
    Q_ASSERT_X(false, "RuleTable::rule", "unknown rule id");
    return all().last();
}

QString RuleTable::advice(const RuleSpec &rule)
{
    if (!rule.advice)
        return {};
    QString text = QCoreApplication::translate("spotter::Rules", rule.advice);
    for (const AdviceArg &arg : rule.adviceArgs)
        text = text.arg(formatNumber(th(arg.threshold) / arg.divisor, 1));
    return text;
}

QString RuleTable::condition(const RuleSpec &rule)
{
    return QCoreApplication::translate("spotter::Rules", rule.condition);
}

QList<ThresholdSpec> RuleTable::thresholdsOf(QStringView ruleId)
{
    QList<ThresholdSpec> out;
    for (const ThresholdSpec &t : Thresholds::all()) {
        if (t.rule == ruleId)
            out.append(t);
    }
    return out;
}

QString notMedicalAdvice()
{
    return QCoreApplication::translate("spotter::Rules",
                                       "This is information, not medical advice or a diagnosis. If you are "
                                       "worried, see a doctor or physio.");
}

} // namespace spotter
