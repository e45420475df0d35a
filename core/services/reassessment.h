// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/triage.h"
#include "model/sorenessassessment.h"

#include <QDateTime>
#include <QString>

namespace spotter {

class Database;

/// What assessStoredReports() did.
struct ReassessmentSummary
{
    /// Reports that had been judged under an older rule set and were assessed again.
    int reassessed = 0;
    /// Of those, the ones whose stored class is now different (only where one was stored).
    int changed = 0;
    /// Of those, the ones that now say "see a doctor".
    int seeDoctor = 0;
    /// Reports that had never been assessed (new, imported, or edited since) and now are.
    int assessed = 0;
};

/// The stored form of @p result, assessed at @p at under RuleTable::version().
[[nodiscard]] SorenessAssessment assessmentOf(const TriageResult &result, const QDateTime &at);

/// Stores the triage of report @p reportId as assessed now (after it was added or edited).
void storeAssessment(const Database &db, qint64 reportId, const TriageResult &result, const QDateTime &at);

/// Triages every stored report that was never assessed or was assessed under an older rule set,
/// as it stands at @p now with its history, and stores the result. Cheap when there is nothing
/// to do (one indexed query), so it runs whenever a database is opened. Throws StoreError.
ReassessmentSummary assessStoredReports(const Database &db, const QDateTime &now);

/// "3 past soreness reports were re-assessed with the new rules; 1 of them now suggests seeing
/// a doctor." for people; empty when nothing was re-assessed (new reports assessed for the first
/// time are not news).
[[nodiscard]] QString reassessmentNotice(const ReassessmentSummary &summary);

} // namespace spotter
