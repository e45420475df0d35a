// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/reporthistory.h"
#include "analysis/triage.h"
#include "model/sorenessreport.h"
#include "model/validation.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace spotter {

class SorenessForm;

/// What the soreness page's result panel says about the form as it stands.
struct SorenessVerdict
{
    TriageResult result;    ///< the triage of what is answered (unknowns never make it milder)
    QStringList unanswered; ///< "where it is sore", …: the form's questions not answered yet
    QStringList problems;   ///< what the form refuses, in words ("… cannot be noticed in the future …")
    /// No class to show: it would only be a guess (see judgeForm()).
    bool pending = false;
};

/// Triages @p report (the values of @p form) against @p history. No class is given (pending) while
/// it would only be a guess: the form holds something it refuses, or it says so little that no
/// rule but "not enough information" has anything to say. A see-doctor result always shows: a
/// ticked red flag stands whatever else is wrong or missing.
[[nodiscard]] SorenessVerdict judgeForm(const SorenessForm &form, const SorenessReport &report,
                                        const ReportHistory &history, const QDateTime &now);

/// What the form holds that cannot be saved as it is (not the questions left unanswered): the
/// checks of every entry point, with times in the locale's words, and a noticed time before the
/// attributed session began.
[[nodiscard]] ValidationIssues formRefusals(const SorenessReport &report, const ReportHistory &history,
                                            const QDateTime &now);

/// A noticed time before the attributed session of @p history began; none when it is not.
[[nodiscard]] std::optional<ValidationIssue> noticedBeforeSession(const SorenessReport &report,
                                                                  const ReportHistory &history);

} // namespace spotter
