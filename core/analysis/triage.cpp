// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/triage.h"

#include "analysis/ruletable.h"
#include "analysis/thresholds.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace spotter {

namespace {

using T = Threshold;

/// Read-only view of an input with the derived facts the rules share. "may…" facts are true
/// when the input does not rule them out (escalating rules use them); "surely…" facts need
/// every input behind them (benign rules use them).
struct Facts
{
    const TriageInput &in;

    [[nodiscard]] bool flag(RedFlag f) const { return in.redFlags.contains(f); }
    [[nodiscard]] bool anyFlag(RedFlags fs) const { return in.redFlags.intersects(fs); }
    [[nodiscard]] bool sign(Sign s) const { return in.signs.contains(s); }
    [[nodiscard]] bool history(HistoryFlag h) const { return in.history.contains(h); }

    [[nodiscard]] bool intensityAtLeast(double t) const { return in.intensity && *in.intensity >= t; }
    [[nodiscard]] bool intensityAtMost(double t) const { return in.intensity && *in.intensity <= t; }
    [[nodiscard]] bool onsetAtMost(double t) const { return in.onsetHours && *in.onsetHours <= t; }
    [[nodiscard]] bool durationAbove(double t) const { return in.durationHours && *in.durationHours > t; }
    [[nodiscard]] bool durationAtMost(double t) const { return in.durationHours && *in.durationHours <= t; }
    /// Hours from the end of the session to now (or to resolution); unknown parts count as 0,
    /// so this never overstates how long it has been.
    [[nodiscard]] double elapsedAtLeast() const
    {
        return in.onsetHours.value_or(0.0) + in.durationHours.value_or(0.0);
    }
    [[nodiscard]] bool improvingOrGone() const { return in.resolved || in.trend == Trend::Improving; }

    [[nodiscard]] bool mayBeBack() const { return !in.region || isBackRegion(*in.region); }
    [[nodiscard]] bool mayBeLowerBack() const { return !in.region || *in.region == Region::LowerBack; }
    [[nodiscard]] bool mayBeJoint() const
    {
        if (sign(Sign::Joint) || !in.region)
            return true;
        switch (*in.region) {
        case Region::Hips:
        case Region::Knees:
        case Region::Shoulders:
        case Region::Elbows:
        case Region::Wrists: return true;
        default: return false;
        }
    }
    [[nodiscard]] bool sharp() const
    {
        return in.character == Character::Sharp || in.character == Character::Stabbing
               || in.character == Character::Shooting;
    }
    [[nodiscard]] bool surelyDull() const { return in.character && isDullCharacter(*in.character); }
    [[nodiscard]] bool oneSided() const { return in.side != Side::Both; }

    /// Signs that place the pain outside "diffuse in the muscle, on movement only" (§5.1).
    [[nodiscard]] bool injuryPattern() const
    {
        return in.signs.intersects(Signs{Sign::Pinpoint, Sign::Spine, Sign::Joint, Sign::AtRest});
    }
    [[nodiscard]] bool onsetInDomsWindow() const
    {
        return in.onsetHours && *in.onsetHours >= th(T::Sr24OnsetMinHours)
               && *in.onsetHours <= th(T::Sr24OnsetMaxHours);
    }
    /// Nothing known contradicts the DOMS pattern; the side is left to SR-21.
    [[nodiscard]] bool mayBeDoms() const
    {
        const bool character = !in.character || isDullCharacter(*in.character);
        return character && !injuryPattern() && (!in.onsetHours || onsetInDomsWindow());
    }
    /// Every feature of the DOMS pattern is known to be there.
    [[nodiscard]] bool surelyDoms() const
    {
        const bool sideOk = !oneSided() || in.bilateralLift == false;
        return surelyDull() && !injuryPattern() && onsetInDomsWindow() && sideOk;
    }
};

using Predicate = bool (*)(const Facts &);

struct RuleCheck
{
    const char16_t *id;
    Predicate matches;
};

constexpr RedFlags kCaudaEquina{RedFlag::SaddleNumbness, RedFlag::BladderBowel, RedFlag::SexualDysfunction};
constexpr RedFlags kBothLegs{RedFlag::BothLegs, RedFlag::SevereLegWeakness};
constexpr RedFlags kTraumaOrChest{RedFlag::Accident, RedFlag::ChestPain};
constexpr RedFlags kUrgentBack{RedFlag::Fever,          RedFlag::WeightLoss,     RedFlag::BackLump,
                               RedFlag::NightPain,      RedFlag::SleepDisrupted, RedFlag::CoughSneeze,
                               RedFlag::UpperBackSpinal};
constexpr RedFlags kNeuro{RedFlag::LegWeakness, RedFlag::WalkingChange, RedFlag::Balance};

// Red flags trigger their rule whatever region was reported: a lifter may call referred back
// pain "glutes" or "hamstrings", and the checklist is asked with every report (bias to safety).
const std::array<RuleCheck, 28> kChecks{{
    {u"SR-01", [](const Facts &f) { return f.anyFlag(kCaudaEquina); }},
    {u"SR-02", [](const Facts &f) { return f.anyFlag(kBothLegs); }},
    {u"SR-03", [](const Facts &f) { return f.anyFlag(kTraumaOrChest); }},
    {u"SR-04",
     [](const Facts &f) {
         const bool weakness = f.flag(RedFlag::LegWeakness) || f.flag(RedFlag::SevereLegWeakness)
                               || f.sign(Sign::DailyActivities);
         return f.flag(RedFlag::DarkUrine)
                || (f.intensityAtLeast(th(T::Sr04Intensity)) && f.sign(Sign::Swelling) && weakness);
     }},
    {u"SR-05", [](const Facts &f) { return f.anyFlag(kUrgentBack); }},
    {u"SR-06",
     [](const Facts &f) {
         const bool atRisk =
             (f.in.age && *f.in.age > th(T::Sr06Age)) || f.history(HistoryFlag::SteroidsOrOsteoporosis);
         const bool suddenSevere = (f.mayBeBack() || f.sign(Sign::Spine))
                                   && f.onsetAtMost(th(T::Sr06OnsetHours))
                                   && f.intensityAtLeast(th(T::Sr06Intensity));
         const bool pointTender = f.sign(Sign::Pinpoint) && f.sign(Sign::Spine);
         return atRisk && (suddenSevere || pointTender);
     }},
    {u"SR-07",
     [](const Facts &f) {
         return f.history(HistoryFlag::Cancer) && (f.mayBeBack() || f.sign(Sign::Spine)) && !f.surelyDoms();
     }},
    {u"SR-08", [](const Facts &f) { return f.anyFlag(kNeuro); }},
    {u"SR-09", [](const Facts &f) { return f.flag(RedFlag::OneLegNerve); }},
    {u"SR-10a",
     [](const Facts &f) {
         const bool worsening = f.in.trend == Trend::Worsening && !f.in.resolved
                                && f.elapsedAtLeast() > th(T::Sr10aWorseningHours);
         return f.intensityAtLeast(th(T::Sr10aIntensity)) || f.sign(Sign::DailyActivities) || worsening;
     }},
    {u"SR-10b", [](const Facts &f) { return f.intensityAtLeast(th(T::Sr10bIntensity)) && !f.surelyDoms(); }},
    {u"SR-11",
     [](const Facts &f) {
         return f.elapsedAtLeast() > th(T::Sr11PresentHours)
                || (f.durationAbove(th(T::Sr11NoImprovementHours)) && !f.improvingOrGone());
     }},
    {u"SR-12",
     [](const Facts &f) {
         const bool during = f.onsetAtMost(th(T::Sr12OnsetHours));
         // A pop is felt during a lift by nature, whatever onset was typed.
         return f.sign(Sign::Pop) || (during && (f.sharp() || f.sign(Sign::DailyActivities)));
     }},
    {u"SR-13", [](const Facts &f) { return f.sharp(); }},
    {u"SR-14",
     [](const Facts &f) { return f.sign(Sign::Pinpoint) || f.sign(Sign::Spine) || f.sign(Sign::Joint); }},
    {u"SR-15",
     [](const Facts &f) {
         return f.sign(Sign::AtRest) && !f.flag(RedFlag::NightPain) && !f.flag(RedFlag::SleepDisrupted);
     }},
    {u"SR-16",
     [](const Facts &f) { return f.sign(Sign::Bruising) || (f.sign(Sign::Swelling) && f.mayBeJoint()); }},
    {u"SR-17",
     [](const Facts &f) {
         return f.mayBeDoms() && f.in.weeksSoreEverySession
                && *f.in.weeksSoreEverySession >= th(T::Sr17Weeks);
     }},
    {u"SR-18",
     [](const Facts &f) {
         return f.durationAbove(th(T::Sr18MinHours)) && f.durationAtMost(th(T::Sr18MaxHours))
                && f.improvingOrGone();
     }},
    {u"SR-19",
     [](const Facts &f) {
         const bool trained = f.in.weeksOnLift && *f.in.weeksOnLift >= th(T::Sr19WeeksOnLift);
         const bool noLayoff = !f.in.layoffWeeks || *f.in.layoffWeeks < th(T::Sr19LayoffWeeks);
         return f.mayBeLowerBack() && f.mayBeDoms() && trained && noLayoff;
     }},
    {u"SR-20",
     [](const Facts &f) {
         return f.mayBeDoms() && f.intensityAtLeast(th(T::Sr20MinIntensity))
                && f.intensityAtMost(th(T::Sr20MaxIntensity));
     }},
    {u"SR-21",
     [](const Facts &f) { return f.mayBeDoms() && f.oneSided() && f.in.bilateralLift.value_or(true); }},
    {u"SR-22", [](const Facts &f) { return f.history(HistoryFlag::PriorInjury) && f.mayBeLowerBack(); }},
    {u"SR-23",
     [](const Facts &f) {
         return f.history(HistoryFlag::AfterTesting) || f.history(HistoryFlag::AfterLoadJump);
     }},
    {u"SR-24",
     [](const Facts &f) {
         const bool courseOk = f.elapsedAtLeast() <= th(T::Sr24ImprovingAfterHours) || f.improvingOrGone();
         return f.surelyDoms() && f.intensityAtMost(th(T::Sr24MaxIntensity))
                && f.durationAtMost(th(T::Sr24MaxDurationHours)) && courseOk && f.in.redFlags.isEmpty()
                && f.in.signs.isEmpty();
     }},
    {u"SR-25", [](const Facts &f) { return f.in.onsetHours && *f.in.onsetHours > th(T::Sr25OnsetHours); }},
    {u"SR-26",
     [](const Facts &f) {
         return f.onsetAtMost(th(T::Sr26MaxOnsetHours)) && f.surelyDull()
                && f.intensityAtMost(th(T::Sr26MaxIntensity)) && f.in.resolved
                && f.durationAtMost(th(T::Sr26MaxDurationHours)) && f.in.redFlags.isEmpty()
                && f.in.signs.isEmpty();
     }},
    {u"SR-27", [](const Facts &) { return false; }}, // the fallback, applied below
}};

MatchedRule matchedRule(QStringView id)
{
    const RuleSpec &spec = RuleTable::rule(id);
    return {spec.id, spec.severity(), RuleTable::advice(spec)};
}

} // namespace

QStringList TriageResult::ruleIds() const
{
    QStringList ids;
    for (const MatchedRule &m : matched)
        ids.append(m.id);
    return ids;
}

QStringList TriageResult::advice() const
{
    QStringList lines;
    for (const MatchedRule &m : matched)
        lines.append(m.advice);
    return lines;
}

QList<RedFlagItem> TriageResult::redFlagChecklist()
{
    QList<RedFlagItem> items;
    for (RedFlag flag : allValues(kRedFlagKeys)) {
        TriageInput probe;
        probe.redFlags.insert(flag);
        const TriageResult r = triage(probe);
        items.append(
            {flag, r.matched.first().id, r.severity.urgency.value_or(Urgency::Soon), displayName(flag)});
    }
    return items;
}

QString TriageResult::checklistHeading()
{
    return QCoreApplication::translate(
        "spotter::Triage",
        "Red flags: if you have back pain with numbness around the genitals or buttocks, new trouble "
        "peeing or controlling your bladder or bowels, or pain, numbness or weakness in both legs, call "
        "your local emergency number now. Tick anything below that applies.");
}

QString TriageResult::note()
{
    return notMedicalAdvice();
}

TriageResult triage(const TriageInput &input)
{
    const Facts facts{input};
    TriageResult result;
    for (const RuleCheck &check : kChecks) {
        if (check.matches(facts))
            result.matched.append(matchedRule(QStringView(check.id)));
    }
    if (result.matched.isEmpty())
        result.matched.append(matchedRule(u"SR-27"));
    std::stable_sort(result.matched.begin(), result.matched.end(),
                     [](const MatchedRule &a, const MatchedRule &b) { return a.severity > b.severity; });
    result.severity = result.matched.first().severity;

    const bool lowerBack = input.region == Region::LowerBack;
    const bool watchOrWarning =
        result.severity.cls == SorenessClass::Watch || result.severity.cls == SorenessClass::Warning;
    if (lowerBack && watchOrWarning)
        result.tips.append({QStringLiteral("TP-02"), RuleTable::advice(u"TP-02")});
    return result;
}

} // namespace spotter
