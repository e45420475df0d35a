// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace spotter {

/// The triage of a stored soreness report as it was last assessed: the class, urgency and rules
/// under which rule set (RuleTable::version()), and when. Derived data kept beside the report so
/// that a change of the rules can be detected and counted; the report itself is the record.
struct SorenessAssessment
{
    QString cls;     ///< a soreness class key ("see-doctor")
    QString urgency; ///< an urgency key; empty unless see-doctor
    QStringList rules;
    int rulesVersion = 0;
    QDateTime assessedAt;

    /// "see-doctor/urgent", "doms": the same compact form as Severity::key().
    [[nodiscard]] QString key() const { return urgency.isEmpty() ? cls : cls + u'/' + urgency; }

    bool operator==(const SorenessAssessment &) const = default;
};

/// A stored report whose assessment is missing (never assessed) or older than the rules in use.
struct PendingAssessment
{
    qint64 reportId = 0;
    qint64 athleteId = 0;
    /// The rule set it was last assessed under; none when it never was.
    std::optional<int> rulesVersion;
    /// The class it was given then ("doms", "see-doctor/soon"); empty when not stored (reports
    /// from before schema 3 were judged but their class was never stored).
    QString previousKey;
};

} // namespace spotter
