// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/sorenessverdict.h"

#include "forms/sorenessform.h"

#include <QCoreApplication>
#include <QLocale>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct SorenessVerdictText
{
    Q_DECLARE_TR_FUNCTIONS(spotter::SorenessVerdictText)
};

} // namespace

SorenessVerdict judgeForm(const SorenessForm &form, const SorenessReport &report,
                          const ReportHistory &history, const QDateTime &now)
{
    SorenessVerdict verdict;
    TriageInput input = triageInput(report, history, now);
    // Answers not given yet stay unknown for the triage: never a milder result for a blank.
    if (!form.region()) {
        input.region.reset();
        verdict.unanswered.append(SorenessVerdictText::tr("where it is sore"));
    }
    if (!form.intensity()) {
        input.intensity.reset();
        verdict.unanswered.append(SorenessVerdictText::tr("how bad it is"));
    }
    if (!form.character()) {
        input.character.reset();
        verdict.unanswered.append(SorenessVerdictText::tr("what it feels like"));
    }
    // A refused time (in the future, gone before it began) says nothing about the timing.
    const ValidationIssues refused = formRefusals(report, history, now);
    for (const ValidationIssue &issue : refused) {
        verdict.problems.append(issue.message);
        if (issue.field == u"noticed" || issue.field == u"resolved") {
            input.onsetHours.reset();
            input.durationHours.reset();
        }
    }
    verdict.result = triage(input);
    // SR-27 ("not enough information") matches only when no other rule does.
    const bool guess = !refused.isEmpty()
                       || (!verdict.unanswered.isEmpty()
                           && verdict.result.ruleIds() == QStringList{QStringLiteral("SR-27")});
    verdict.pending = guess && verdict.result.cls() != SorenessClass::SeeDoctor;
    return verdict;
}

ValidationIssues formRefusals(const SorenessReport &report, const ReportHistory &history,
                              const QDateTime &now)
{
    ValidationIssues issues = validate(report, now, TimeText::Locale);
    if (const auto early = noticedBeforeSession(report, history))
        issues.append(*early);
    return issues;
}

std::optional<ValidationIssue> noticedBeforeSession(const SorenessReport &report,
                                                    const ReportHistory &history)
{
    if (!history.session || !report.noticedAt.isValid() || report.noticedAt >= history.session->start)
        return std::nullopt;
    return ValidationIssue{
        QStringLiteral("noticed"),
        SorenessVerdictText::tr("It was noticed (%1) before the session it is put down to began (%2). Choose "
                                "another session, or “Not after a session”.")
            .arg(QLocale().toString(report.noticedAt, QLocale::ShortFormat),
                 QLocale().toString(history.session->start, QLocale::ShortFormat))};
}

} // namespace spotter
