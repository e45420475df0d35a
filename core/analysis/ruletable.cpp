// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ruletable.h"

#include "model/weight.h"

#include <QCoreApplication>

#include <cmath>

namespace spotter {

namespace {

QList<RuleSpec> buildTable()
{
    QList<RuleSpec> table;
    // Soreness rules first, in id order, then the training rules: the order docs/rules.md uses.
    for (const auto &family : {spineRuleSpecs(), emergencyRuleSpecs(), injuryRuleSpecs(), patternRuleSpecs()})
        table.append(family);
    const auto number = [](const QString &id) {
        // "SR-10a" sorts after "SR-10" and before "SR-11".
        return std::pair(id.mid(3, 2).toInt(), id.mid(5));
    };
    std::stable_sort(table.begin(), table.end(),
                     [&](const RuleSpec &a, const RuleSpec &b) { return number(a.id) < number(b.id); });
    table.append(trainingRuleSpecs());
    return table;
}

QString translated(const char *text)
{
    return text ? QCoreApplication::translate("spotter::Rules", text) : QString();
}

} // namespace

RuleSpec sorenessRule(const char16_t *id, SorenessClass cls, std::optional<Urgency> urgency,
                      const RuleWords &words, QList<AdviceArg> args, const char16_t *sources, bool judgement)
{
    RuleSpec r{QString::fromUtf16(id),
               RuleKind::Soreness,
               toKey(cls),
               cls,
               urgency,
               words.condition,
               words.advice,
               std::move(args),
               QString::fromUtf16(sources).split(u' ', Qt::SkipEmptyParts),
               judgement,
               words.finding,
               words.escalation};
    return r;
}

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

QString RuleTable::advice(const RuleSpec &rule, const QStringList &extra)
{
    if (!rule.advice)
        return {};
    QString text = translated(rule.advice);
    for (const AdviceArg &arg : rule.adviceArgs)
        text = text.arg(formatNumber(th(arg.threshold) / arg.divisor, 1));
    // Placeholders left after the thresholds' are the engine's (the missing answers of SR-27).
    for (const QString &value : extra)
        text = text.arg(value);
    while (text.contains(QStringLiteral("%1")))
        text = text.arg(QStringLiteral("…"));
    if (rule.escalation)
        text += u' ' + translated(rule.escalation);
    return text;
}

QString RuleTable::finding(const RuleSpec &rule)
{
    return translated(rule.finding);
}

QString RuleTable::condition(const RuleSpec &rule)
{
    return translated(rule.condition);
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

bool RuleTable::isAdjustable(Threshold id)
{
    const ThresholdSpec &t = Thresholds::spec(id);
    if (!t.judgement)
        return false;
    if (!contains(t.rule))
        return true; // e1RM definitions
    return rule(t.rule).urgency != Urgency::Emergency;
}

bool RuleTable::adjust(Threshold id, double value, QString *error)
{
    const ThresholdSpec &t = Thresholds::spec(id);
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isAdjustable(id)) {
        return fail(
            QCoreApplication::translate("spotter::Rules", "%1 cannot be changed: %2")
                .arg(t.key.toString(),
                     contains(t.rule) && rule(t.rule).urgency == Urgency::Emergency
                         ? QCoreApplication::translate("spotter::Rules", "it decides an emergency rule")
                         : QCoreApplication::translate("spotter::Rules", "it comes from the sources")));
    }
    if (!std::isfinite(value) || value < 0.0)
        return fail(QCoreApplication::translate("spotter::Rules", "%1 must be a number of 0 or more; got %2")
                        .arg(t.key.toString(), QString::number(value)));
    Thresholds::set(id, value);
    return true;
}

QString notMedicalAdvice()
{
    return QCoreApplication::translate("spotter::Rules",
                                       "This is information, not medical advice or a diagnosis. If you are "
                                       "worried, see a doctor or physio.");
}

} // namespace spotter
