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
///
/// A soreness rule speaks in two voices. Its advice (with its escalation) is what to do, and is
/// shown only when the rule's own class and urgency decide the result; its finding is a neutral
/// statement of what was noticed, shown when a more severe rule decides, so that one result
/// never says two things (no "wait 72 h" under "call the emergency number now").
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
    const char *finding = nullptr; ///< soreness rules: what was noticed, without instructions
    /// See-doctor rules short of an emergency: what would make it more urgent ("Call … if …").
    const char *escalation = nullptr;

    [[nodiscard]] Severity severity() const { return {cls.value_or(SorenessClass::Watch), urgency}; }
};

/// The texts of a soreness rule, for the rule families' tables.
struct RuleWords
{
    const char *condition;
    const char *finding;
    const char *advice;
    const char *escalation = nullptr;
};

/// The rule table, read-only data shared by the engines, the docs test and the settings page.
class RuleTable
{
public:
    [[nodiscard]] static const QList<RuleSpec> &all();
    /// The rule with this id; asserts that it exists.
    [[nodiscard]] static const RuleSpec &rule(QStringView id);
    [[nodiscard]] static bool contains(QStringView id);
    /// Version of the soreness rules. A stored report assessed under an older version is
    /// assessed again (and the user told so) when a database is opened. 1 was the lower-back rule
    /// set of the first release; 2 added the whole-body patterns.
    [[nodiscard]] static constexpr int version() { return 2; }

    /// The translated advice with its threshold numbers filled in, and the escalation after it;
    /// empty if the rule has none. @p extra fills the placeholders after the thresholds' (the
    /// missing answers of SR-27); without it they read "…".
    [[nodiscard]] static QString advice(const RuleSpec &rule, const QStringList &extra = {});
    [[nodiscard]] static QString advice(QStringView id) { return advice(rule(id)); }
    [[nodiscard]] static QString finding(const RuleSpec &rule);
    [[nodiscard]] static QString condition(const RuleSpec &rule);
    /// The thresholds that belong to @p ruleId, in table order.
    [[nodiscard]] static QList<ThresholdSpec> thresholdsOf(QStringView ruleId);

    /// Whether a coach may change @p id: product choices ("judgement") may be adjusted, except
    /// those of an emergency rule, so that no setting can take an emergency below emergency.
    [[nodiscard]] static bool isAdjustable(Threshold id);
    /// Sets an adjusted value of @p id for the whole process; false (with a reason) when @p id
    /// is not adjustable or @p value is not a finite number of 0 or more. Thresholds::reset()
    /// restores the defaults.
    static bool adjust(Threshold id, double value, QString *error = nullptr);
};

// The rule families' words (one file each, beside their checks).
[[nodiscard]] QList<RuleSpec> spineRuleSpecs();
[[nodiscard]] QList<RuleSpec> emergencyRuleSpecs();
[[nodiscard]] QList<RuleSpec> injuryRuleSpecs();
[[nodiscard]] QList<RuleSpec> patternRuleSpecs();
[[nodiscard]] QList<RuleSpec> trainingRuleSpecs(); ///< IR, IS, IF, LM, TP and SG rules

/// A soreness rule of a family's table.
[[nodiscard]] RuleSpec sorenessRule(const char16_t *id, SorenessClass cls, std::optional<Urgency> urgency,
                                    const RuleWords &words, QList<AdviceArg> args, const char16_t *sources,
                                    bool judgement = false);

/// The one-line note every triage result and report carries.
[[nodiscard]] QString notMedicalAdvice();

} // namespace spotter
