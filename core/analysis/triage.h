// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    QString advice; ///< translated

    bool operator==(const MatchedRule &) const = default;
};

/// A tip shown with a result (TP-02); it never changes the class.
struct Tip
{
    QString id; ///< "TP-02"
    QString text;

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
    QList<MatchedRule> matched; ///< every rule that matched, most severe first
    QList<Tip> tips;

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

/// Soreness triage (rules reference §5.2): evaluates every SR rule; the most severe match wins.
/// A pure function of its input, cheap enough to run on every change of a form.
[[nodiscard]] TriageResult triage(const TriageInput &input);

} // namespace spotter
