// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/thresholds.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

namespace spotter {

namespace {

using T = Threshold;

// The order of this table is the order of the enum, which spec() relies on (checked in all()).
const QList<ThresholdSpec> kTable{
    {T::Sr04Intensity, u"sr04.intensity", u"SR-04", 9, u"/10",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "pain far beyond usual, with swelling and weakness"), true},
    {T::Sr05FeverC, u"sr05.fever_c", u"SR-05", 38, u"°C", QT_TRANSLATE_NOOP("spotter::Thresholds", "fever"),
     false},
    {T::Sr06Age, u"sr06.age", u"SR-06", 50, u"years",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "older than this (fracture risk)"), false},
    {T::Sr06Intensity, u"sr06.intensity", u"SR-06", 7, u"/10",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "severe pain, at least"), true},
    {T::Sr06OnsetHours, u"sr06.onset_h", u"SR-06", 1, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "sudden: noticed at most this long after the session"), true},
    {T::Sr10aIntensity, u"sr10a.intensity", u"SR-10a", 9, u"/10",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "severe pain, at least"), true},
    {T::Sr10aWorseningHours, u"sr10a.worsening_h", u"SR-10a", 72, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "still getting worse this long after the session"), true},
    {T::Sr10bIntensity, u"sr10b.intensity", u"SR-10b", 7, u"/10",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "pain without the DOMS pattern, at least"), true},
    {T::Sr11PresentHours, u"sr11.present_h", u"SR-11", 336, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "still present more than this long after the session"), false},
    {T::Sr11NoImprovementHours, u"sr11.no_improvement_h", u"SR-11", 168, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "present more than this long without improving"), false},
    {T::Sr12OnsetHours, u"sr12.onset_h", u"SR-12", 0, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "during the lift: noticed at most this long after"), false},
    {T::Sr12ReviewHours, u"sr12.review_h", u"SR-12", 72, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "see a physio or doctor if not clearly better after"), true},
    {T::Sr14BriefHours, u"sr14.brief_h", u"SR-14", 24, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "mild and gone within this long: not persistent"), true},
    {T::Sr17Weeks, u"sr17.weeks", u"SR-17", 4, u"weeks",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "consecutive weeks sore after every session of the lift"),
     false},
    {T::Sr17SessionsPerWeek, u"sr17.sessions_per_week", u"SR-17", 1, u"sessions",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "sessions of the lift in each of those weeks, at least"),
     false},
    {T::Sr17LookbackWeeks, u"sr17.lookback_weeks", u"SR-17", 52, u"weeks",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "history read back from the session (counts stop there)"),
     true},
    {T::Sr18MinHours, u"sr18.min_h", u"SR-18", 168, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "present longer than"), false},
    {T::Sr18MaxHours, u"sr18.max_h", u"SR-18", 336, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "and at most"), false},
    {T::Sr19WeeksOnLift, u"sr19.weeks_on_lift", u"SR-19", 4, u"weeks",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "weeks of training the lift, at least"), false},
    {T::Sr19LayoffWeeks, u"sr19.layoff_weeks", u"SR-19", 2, u"weeks",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "a layoff this long or longer brings DOMS back"), false},
    {T::Sr20MinIntensity, u"sr20.min_intensity", u"SR-20", 7, u"/10",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "strong DOMS from"), true},
    {T::Sr20MaxIntensity, u"sr20.max_intensity", u"SR-20", 8, u"/10",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "strong DOMS up to"), true},
    {T::Sr20ResumeIntensity, u"sr20.resume_intensity", u"SR-20", 3, u"/10",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "no heavy work on the area until at most"), true},
    {T::Sr20ReviewHours, u"sr20.review_h", u"SR-20", 72, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "see a doctor if still strong after"), true},
    {T::Sr24OnsetMinHours, u"sr24.onset_min_h", u"SR-24", 6, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "DOMS onset after the session, from"), true},
    {T::Sr24OnsetMaxHours, u"sr24.onset_max_h", u"SR-24", 48, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "DOMS onset after the session, up to"), true},
    {T::Sr24MaxIntensity, u"sr24.max_intensity", u"SR-24", 6, u"/10",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "DOMS intensity, at most"), true},
    {T::Sr24MaxDurationHours, u"sr24.max_duration_h", u"SR-24", 168, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "DOMS lasts at most"), false},
    {T::Sr24ImprovingAfterHours, u"sr24.improving_after_h", u"SR-24", 72, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "must be improving this long after the session"), false},
    {T::Sr25OnsetHours, u"sr25.onset_h", u"SR-25", 72, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "noticed later than this after the session"), true},
    {T::Sr26MaxOnsetHours, u"sr26.max_onset_h", u"SR-26", 1, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "acute fatigue: noticed at most this long after"), false},
    {T::Sr26MaxIntensity, u"sr26.max_intensity", u"SR-26", 4, u"/10",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "acute fatigue intensity, at most"), true},
    {T::Sr26MaxDurationHours, u"sr26.max_duration_h", u"SR-26", 6, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "gone within"), true},
    {T::Sr28OnsetHours, u"sr28.onset_h", u"SR-28", 1, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds",
                       "sudden: head pain noticed at most this long after the session"),
     true},
    {T::Sr28Intensity, u"sr28.intensity", u"SR-28", 7, u"/10",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "severe head pain, at least"), true},
    {T::Sr29OnsetHours, u"sr29.onset_h", u"SR-29", 1, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds",
                       "chest pain at rest noticed at most this long after the session"),
     true},
    {T::Sr34Age, u"sr34.age", u"SR-34", 70, u"years",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "older than this (fragility fracture)"), true},
    {T::Sr34Intensity, u"sr34.intensity", u"SR-34", 4, u"/10",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "moderate back pain, at least"), true},
    {T::Sr35MaxAge, u"sr35.max_age", u"SR-35", 20, u"years",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "younger than this (growing spine)"), false},
    {T::Sr35RecurringWeeks, u"sr35.recurring_weeks", u"SR-35", 2, u"weeks",
     QT_TRANSLATE_NOOP("spotter::Thresholds",
                       "sore after every session this many weeks: it keeps coming back"),
     true},
    {T::Sr40Intensity, u"sr40.intensity", u"SR-40", 7, u"/10",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "extreme muscle pain, from"), true},
    {T::Sr42Intensity, u"sr42.intensity", u"SR-42", 4, u"/10",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "a painful lump: pain from"), true},
    {T::Sr43Intensity, u"sr43.intensity", u"SR-43", 7, u"/10",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "severe pain with a lump: from"), true},
    {T::Sr48Intensity, u"sr48.intensity", u"SR-48", 7, u"/10",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "severe pain after a knock: from"), true},
    {T::Sr54RecurringWeeks, u"sr54.recurring_weeks", u"SR-54", 2, u"weeks",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "headaches after every session for this many weeks"), true},
    {T::Sr56Intensity, u"sr56.intensity", u"SR-56", 7, u"/10",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "severe belly or groin pain, from"), true},
    {T::E1rmMaxReps, u"e1rm.max_reps", u"e1RM", 10, u"reps",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "no e1RM from sets of more reps"), false},
    {T::E1rmMinRpe, u"e1rm.min_rpe", u"e1RM", 6, u"RPE",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "no e1RM from sets rated below"), true},
    {T::E1rmBestWeeks, u"e1rm.best_weeks", u"e1RM", 12, u"weeks",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "best e1RM is taken over the previous"), true},
    {T::E1rmRepsOnlyPrPct, u"e1rm.reps_only_pr_pct", u"e1RM", 15, u"%",
     QT_TRANSLATE_NOOP("spotter::Thresholds",
                       "an e1RM from reps alone beats a best from a rated set only by more than"),
     true},
    {T::Ir01Rpe, u"ir01.rpe", u"IR-01", 10, u"RPE",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "max effort (0 reps in reserve)"), false},
    {T::Ir02MaxReps, u"ir02.max_reps", u"IR-02", 3, u"reps",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "maximal sets of at most"), false},
    {T::Ir02Pct, u"ir02.pct", u"IR-02", 95, u"%",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "of best e1RM, at least"), true},
    {T::Ir02SingleRpe, u"ir02.single_rpe", u"IR-02", 9.5, u"RPE",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "a single rated at least"), false},
    {T::Ir04TestingRpe, u"ir04.testing_rpe", u"IR-04", 9.5, u"RPE",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "a rep-out ending at least here is testing"), true},
    {T::Ir04HardRir, u"ir04.hard_rir", u"IR-04", 1, u"RIR",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "a rep-out stopped with this many reps left is hard"), true},
    {T::Ir05MinRpe, u"ir05.min_rpe", u"IR-05", 8.5, u"RPE",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "hard from"), true},
    {T::Ir05Pct, u"ir05.pct", u"IR-05", 90, u"%",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "of best e1RM: hard from"), true},
    {T::Is01Pct, u"is01.pct", u"IS-01", 50, u"%",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "share of main-lift working sets near failure, at least"),
     true},
    {T::Is01Rpe, u"is01.rpe", u"IS-01", 9.5, u"RPE",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "near failure: rated at least"), true},
    {T::If01Days, u"if01.days", u"IF-01", 28, u"days",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "window for counting tests of one lift"), true},
    {T::If01MaxTests, u"if01.max_tests", u"IF-01", 1, u"sessions",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "testing sessions allowed in the window"), true},
    {T::If02Sessions, u"if02.sessions", u"IF-02", 3, u"sessions",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "consecutive hard or testing sessions of one lift"), true},
    {T::If03WeekPct, u"if03.week_pct", u"IF-03", 10, u"%",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "top load above the previous week's by more than (caution)"),
     false},
    {T::If03WeekDays, u"if03.week_days", u"IF-03", 7, u"days",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "the previous week: sessions in the days before"), false},
    {T::If03TwoWeekPct, u"if03.two_week_pct", u"IF-03", 30, u"%",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "top load above the last two weeks' by more than (high)"),
     false},
    {T::If03TwoWeekDays, u"if03.two_week_days", u"IF-03", 14, u"days",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "the last two weeks: sessions in the days before"), false},
    {T::If04Hours, u"if04.hours", u"IF-04", 48, u"h",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "soreness this recent before a test"), true},
    {T::Lm02Days, u"lm02.days", u"LM-02", 7, u"days",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "daily loads per week (rest days count as 0)"), false},
    {T::Lm02Monotony, u"lm02.monotony", u"LM-02", 2.0, u"ratio",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "monotony above this is flagged"), false},
    {T::Lm02MonotonyCap, u"lm02.monotony_cap", u"LM-02", 10, u"ratio",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "monotony is capped here (identical days)"), false},
    {T::Lm03AcuteDays, u"lm03.acute_days", u"LM-03", 7, u"days",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "acute EWMA span N (lambda = 2/(N+1))"), false},
    {T::Lm03ChronicDays, u"lm03.chronic_days", u"LM-03", 28, u"days",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "chronic EWMA span N (lambda = 2/(N+1))"), false},
    {T::Lm03MinDays, u"lm03.min_days", u"LM-03", 28, u"days",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "days of data before ACWR is shown"), true},
    {T::Lm03Low, u"lm03.low", u"LM-03", 0.8, u"ratio", QT_TRANSLATE_NOOP("spotter::Thresholds", "low below"),
     false},
    {T::Lm03Caution, u"lm03.caution", u"LM-03", 1.3, u"ratio",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "caution above"), false},
    {T::Lm03Spike, u"lm03.spike", u"LM-03", 1.5, u"ratio",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "spike from"), false},
    {T::Lm04Pct, u"lm04.pct", u"LM-04", 15, u"%",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "weekly load above the previous week's by more than"), false},
    {T::Tp01Pct, u"tp01.pct", u"TP-01", 85, u"%",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "heavy set: of best e1RM, at least"), true},
    {T::Tp01MaxReps, u"tp01.max_reps", u"TP-01", 6, u"reps",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "heavy set: or at most"), false},
    {T::Tp01RestSeconds, u"tp01.rest_s", u"TP-01", 180, u"s",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "rest before a heavy set, at least"), false},
    {T::Sg01BackoffPct, u"sg01.backoff_pct", u"SG-01", 20, u"%",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "lighter than the chart after such a report has resolved"),
     true},
    {T::Sg02Days, u"sg02.days", u"SG-02", 3, u"days",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "a testing session of the lift this recent"), true},
    {T::Sg02BackoffPct, u"sg02.backoff_pct", u"SG-02", 10, u"%",
     QT_TRANSLATE_NOOP("spotter::Thresholds", "lighter than the chart after such a test"), true},
};

bool inEnumOrder()
{
    for (qsizetype i = 0; i < kTable.size(); ++i) {
        if (static_cast<qsizetype>(kTable[i].id) != i)
            return false;
    }
    return true;
}

/// The values in force, read by every rule without a lock (triage runs on worker threads too).
std::atomic<double> *current()
{
    static const std::unique_ptr<std::atomic<double>[]> values = [] {
        auto v = std::make_unique<std::atomic<double>[]>(static_cast<std::size_t>(kTable.size()));
        for (qsizetype i = 0; i < kTable.size(); ++i)
            v[static_cast<std::size_t>(i)].store(kTable[i].value);
        return v;
    }();
    return values.get();
}

} // namespace

double Thresholds::value(Threshold id)
{
    return current()[static_cast<std::size_t>(id)].load(std::memory_order_relaxed);
}

void Thresholds::set(Threshold id, double value)
{
    current()[static_cast<std::size_t>(id)].store(value, std::memory_order_relaxed);
}

void Thresholds::reset()
{
    for (const ThresholdSpec &t : all())
        set(t.id, t.value);
}

const QList<ThresholdSpec> &Thresholds::all()
{
    static const bool ordered = inEnumOrder();
    Q_ASSERT_X(ordered, "Thresholds", "kTable must list thresholds in enum order");
    Q_UNUSED(ordered);
    return kTable;
}

const ThresholdSpec &Thresholds::spec(Threshold id)
{
    return all()[static_cast<qsizetype>(id)];
}

QString Thresholds::meaning(Threshold id)
{
    return QCoreApplication::translate("spotter::Thresholds", spec(id).meaning);
}

} // namespace spotter
