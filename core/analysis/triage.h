// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/ruletable.h"
#include "analysis/severity.h"
#include "analysis/triageinput.h"
#include "model/enums.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace spotter {

struct MatchedRule
{
    QString id; ///< "SR-13"
    Severity severity;
    /// What the result shows for this rule, translated: its finding and advice when the rule's
    /// class and urgency decide the result, only its finding when a more severe rule decides.
    QString advice;

    bool operator==(const MatchedRule &) const = default;
};

/// A tip shown with a watch or warning result (TP-02, TP-03); it never changes the class.
struct Tip
{
    QString id; ///< "TP-02"
    QString text;
    QStringList alternatives; ///< what can still be trained while the area settles

    bool operator==(const Tip &) const = default;
};

/// One line of the red-flag checklist every result screen shows.
struct RedFlagItem
{
    RedFlag flag;
    QString ruleId; ///< the rule it triggers ("SR-01")
    Urgency urgency;
    QString question; ///< displayName(flag)
};

struct TriageResult
{
    Severity severity;
    /// Every rule that matched, most severe first; under a warning or see-doctor result the
    /// benign ones (fatigue, DOMS) are left out, since "this looks normal" would contradict it.
    QList<MatchedRule> matched;
    QList<Tip> tips;
    /// The answers the result would need and does not have ("how bad it is"), for SR-27.
    QStringList missing;

    [[nodiscard]] SorenessClass cls() const { return severity.cls; }
    [[nodiscard]] std::optional<Urgency> urgency() const { return severity.urgency; }
    [[nodiscard]] QStringList ruleIds() const;
    /// The advice of each matched rule, in the same order as ruleIds().
    [[nodiscard]] QStringList advice() const;
    /// The red-flag checklist and the "not medical advice" note that go with every result.
    [[nodiscard]] static QList<RedFlagItem> redFlagChecklist();
    [[nodiscard]] static QString checklistHeading();
    [[nodiscard]] static QString note();

    bool operator==(const TriageResult &) const = default;
};

/// Soreness triage (rules reference §5.2, whole-body-triage §1): evaluates every SR rule; the
/// most severe match wins. A pure function of its input, cheap enough to run on every change of
/// a form.
[[nodiscard]] TriageResult triage(const TriageInput &input);

/// What the result shows for rule @p rule when the result is @p result: its finding and advice
/// when @p result is the rule's own class and urgency, only its finding when it is more severe.
/// @p extra fills the rule's own placeholders (SR-27's missing answers).
[[nodiscard]] QString shownFor(const RuleSpec &rule, const Severity &result, const QStringList &extra = {});

/// The answers of @p input the triage needs and does not have, in words ("how bad it is").
[[nodiscard]] QStringList missingAnswers(const TriageInput &input);

} // namespace spotter
