// SPDX-License-Identifier: GPL-3.0-or-later
// The intensity, flag, load-metric, tip and load-suggestion rules of the rule table (rules reference §5.4).
#include "analysis/ruletable.h"

namespace spotter {

namespace {

using K = RuleKind;
using T = Threshold;

RuleSpec other(const char16_t *id, K kind, const char16_t *result, const char *condition, const char *advice,
               QList<AdviceArg> args, const char16_t *sources, bool judgement = false)
{
    RuleSpec r{QString::fromUtf16(id),
               kind,
               QString::fromUtf16(result),
               std::nullopt,
               std::nullopt,
               condition,
               advice,
               std::move(args),
               {},
               judgement};
    r.sources = QString::fromUtf16(sources).split(u' ', Qt::SkipEmptyParts);
    return r;
}

} // namespace

QList<RuleSpec> trainingRuleSpecs()
{
    return {
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
        other(
            u"TP-03", K::Tip, u"tip",
            QT_TRANSLATE_NOOP("spotter::Rules",
                              "Soreness classed watch or warning anywhere but the lower back: what to leave "
                              "out and what can still be trained, for that region (none for the head)."),
            QT_TRANSLATE_NOOP("spotter::Rules",
                              "While it settles, leave out the movements that load the area and train "
                              "the rest; the alternatives shown depend on the region."),
            {}, u"", true),
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

} // namespace spotter
