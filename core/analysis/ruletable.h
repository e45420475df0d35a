// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/severity.h"
#include "analysis/thresholds.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace spotter {

/// What a rule decides (rules reference §5).
enum class RuleKind { Soreness, SetIntensity, SessionIntensity, Flag, Metric, Tip, Suggestion };

/// A number in a rule's advice, taken from the threshold table ("in %1 h").
struct AdviceArg
{
    Threshold threshold;
    double divisor = 1.0; ///< 24 to say hours as days, 7 to say days as weeks
};

/// One rule of the reference: its id, what it yields, its advice and its sources. The class
/// and urgency here are what the triage engine assigns; the docs test compares them with
/// docs/rules.md.
struct RuleSpec
{
    QString id; ///< "SR-10a", "IR-02", "LM-03", ...
    RuleKind kind;
    QString result; ///< stable key: a soreness class, an intensity class, a flag, "metric" or "tip"
    std::optional<SorenessClass> cls;
    std::optional<Urgency> urgency;
    const char *condition; ///< translatable one-line condition, as implemented
    const char *advice;    ///< translatable advice template, or nullptr when the rule shows none
    QList<AdviceArg> adviceArgs;
    QStringList sources; ///< tags of the reference's §9 ("NHS-SHEFF", "SEED-3", ...)
    bool judgement = false;

    [[nodiscard]] Severity severity() const { return {cls.value_or(SorenessClass::Watch), urgency}; }
};

/// The rule table, read-only data shared by the engines, the docs test and the settings page.
class RuleTable
{
public:
    [[nodiscard]] static const QList<RuleSpec> &all();
    /// The rule with this id; asserts that it exists.
    [[nodiscard]] static const RuleSpec &rule(QStringView id);
    [[nodiscard]] static bool contains(QStringView id);
    /// The translated advice with its threshold numbers filled in; empty if the rule has none.
    [[nodiscard]] static QString advice(const RuleSpec &rule);
    [[nodiscard]] static QString advice(QStringView id) { return advice(rule(id)); }
    [[nodiscard]] static QString condition(const RuleSpec &rule);
    /// The thresholds that belong to @p ruleId, in table order.
    [[nodiscard]] static QList<ThresholdSpec> thresholdsOf(QStringView ruleId);
};

/// The one-line note every triage result and report carries.
[[nodiscard]] QString notMedicalAdvice();

} // namespace spotter
