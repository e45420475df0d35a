// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/triage.h"

#include "analysis/alternatives.h"
#include "analysis/ruletable.h"
#include "analysis/thresholds.h"
#include "analysis/triagefacts.h"

#include <QCoreApplication>

#include <algorithm>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Triage
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Triage)
};

bool isBenign(const Severity &s)
{
    return s.cls == SorenessClass::Fatigue || s.cls == SorenessClass::Doms;
}

/// TP-02 on the lower back, TP-03 elsewhere: what to leave out while a watch or warning stands.
QList<Tip> tipsFor(const TriageInput &input, const Severity &severity)
{
    const bool watchOrWarning =
        severity.cls == SorenessClass::Watch || severity.cls == SorenessClass::Warning;
    if (!watchOrWarning || !input.region)
        return {};
    const auto alternatives = alternativesFor(*input.region);
    if (!alternatives)
        return {};
    if (*input.region == Region::LowerBack)
        return {{QStringLiteral("TP-02"), RuleTable::advice(u"TP-02"), alternatives->train}};
    QString text =
        input.lift.isEmpty()
            ? Triage::tr("While it settles, leave out %1. You can still train:").arg(alternatives->leaveOut)
            : Triage::tr("While it settles, leave out %1 (the lift before it) and %2. You can still train:")
                  .arg(input.lift, alternatives->leaveOut);
    return {{QStringLiteral("TP-03"), text, alternatives->train}};
}

} // namespace

QString shownFor(const RuleSpec &rule, const Severity &result, const QStringList &extra)
{
    const QString finding = RuleTable::finding(rule);
    if (rule.severity() != result)
        return finding;
    const QString advice = RuleTable::advice(rule, extra);
    return finding.isEmpty() ? advice : finding + u' ' + advice;
}

QStringList missingAnswers(const TriageInput &in)
{
    QStringList out;
    if (!in.region)
        out.append(Triage::tr("where it is sore"));
    if (!in.onsetHours)
        out.append(Triage::tr("how many hours after the session you noticed it"));
    if (!in.durationHours)
        out.append(Triage::tr("how long it has lasted"));
    if (!in.intensity)
        out.append(Triage::tr("how bad it is (0–10)"));
    if (!in.character)
        out.append(Triage::tr("what it feels like"));
    // The course only matters once DOMS should be easing.
    const double elapsed = in.onsetHours.value_or(0.0) + in.durationHours.value_or(0.0);
    if (!in.trend && !in.resolved && elapsed > th(Threshold::Sr24ImprovingAfterHours))
        out.append(Triage::tr("whether it is getting better"));
    return out;
}

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
        // The rule that decides for this flag alone: the first of the most severe matches.
        items.append(
            {flag, r.matched.first().id, r.severity.urgency.value_or(Urgency::Soon), displayName(flag)});
    }
    return items;
}

QString TriageResult::checklistHeading()
{
    return QCoreApplication::translate(
        "spotter::Triage",
        "Red flags: a sudden severe headache, chest pain or pressure that is not sore muscle, a tearing "
        "pain in the chest or back, numbness around the genitals or buttocks, new trouble peeing, or "
        "weakness in both legs mean: call your local emergency number now, whatever hurts. Tick anything "
        "below that applies.");
}

QString TriageResult::note()
{
    return notMedicalAdvice();
}

TriageResult triage(const TriageInput &input)
{
    const Facts facts{input};
    QList<const RuleSpec *> hits;
    for (const auto &family :
         {spineRuleChecks(), emergencyRuleChecks(), injuryRuleChecks(), patternRuleChecks()}) {
        for (const RuleCheck &check : family) {
            if (check.matches(facts))
                hits.append(&RuleTable::rule(QStringView(check.id)));
        }
    }
    TriageResult result;
    result.missing = missingAnswers(input);
    if (hits.isEmpty()) {
        // "Not enough information" only when an answer is missing, naming it; otherwise the
        // cautious default (whole-body-triage §2).
        hits.append(&RuleTable::rule(result.missing.isEmpty() ? u"SR-53" : u"SR-27"));
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const RuleSpec *a, const RuleSpec *b) { return a->severity() > b->severity(); });
    result.severity = hits.first()->severity();

    // One voice: a benign finding never stands beside a warning or a doctor, lower rules give
    // their finding without their instructions, and the same advice is not said twice.
    const bool dropBenign = result.severity > Severity{SorenessClass::Watch, std::nullopt};
    QStringList said;
    for (const RuleSpec *rule : std::as_const(hits)) {
        if (dropBenign && isBenign(rule->severity()))
            continue;
        QString text = shownFor(*rule, result.severity,
                                rule->id == u"SR-27" ? QStringList{result.missing.join(Triage::tr(", "))}
                                                     : QStringList{});
        if (rule->severity() == result.severity) {
            const QString advice = RuleTable::advice(*rule);
            if (said.contains(advice))
                text = RuleTable::finding(*rule);
            said.append(advice);
        }
        result.matched.append({rule->id, rule->severity(), text});
    }
    result.tips = tipsFor(input, result.severity);
    return result;
}

} // namespace spotter
