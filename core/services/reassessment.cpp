// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/reassessment.h"

#include "analysis/reportcontext.h"
#include "analysis/reporthistory.h"
#include "analysis/ruletable.h"
#include "services/historyservice.h"
#include "store/database.h"
#include "store/historyrepository.h"
#include "store/sorenessrepository.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace spotter {

SorenessAssessment assessmentOf(const TriageResult &result, const QDateTime &at)
{
    SorenessAssessment a;
    a.cls = toKey(result.cls());
    if (result.urgency())
        a.urgency = toKey(*result.urgency());
    a.rules = result.ruleIds();
    a.rulesVersion = RuleTable::version();
    a.assessedAt = at;
    return a;
}

void storeAssessment(const Database &db, qint64 reportId, const TriageResult &result, const QDateTime &at)
{
    SorenessRepository(db).setAssessment(reportId, assessmentOf(result, at));
}

ReassessmentSummary assessStoredReports(const Database &db, const QDateTime &now)
{
    ReassessmentSummary summary;
    SorenessRepository soreness(db);
    const QList<PendingAssessment> pending = soreness.pendingAssessments(RuleTable::version());
    if (pending.isEmpty())
        return summary;
    const HistoryService history(db);
    const ExerciseMap catalogue = HistoryRepository(db).exercises();
    // Triage first, then write everything in one short transaction, so that a large history
    // does not hold the write lock while it is read.
    QList<QPair<qint64, SorenessAssessment>> results;
    // One athlete at a time: their history is read once for all of their pending reports.
    for (qsizetype first = 0; first < pending.size();) {
        qsizetype end = first;
        while (end < pending.size() && pending[end].athleteId == pending[first].athleteId)
            ++end;
        QList<SorenessReport> reports;
        QList<const PendingAssessment *> items;
        for (qsizetype i = first; i < end; ++i) {
            if (const auto r = soreness.get(pending[i].reportId)) {
                reports.append(*r);
                items.append(&pending[i]);
            }
        }
        first = end;
        if (reports.isEmpty())
            continue;
        const auto [earliest, latest] = std::minmax_element(
            reports.cbegin(), reports.cend(),
            [](const SorenessReport &a, const SorenessReport &b) { return a.noticedAt < b.noticedAt; });
        const ReportContext context = history.reportContext(
            reports.first().athleteId, earliest->noticedAt.date(), latest->noticedAt.date(), &catalogue);
        const QList<std::optional<ReportHistory>> histories = reportHistories(context, reports);
        for (qsizetype i = 0; i < reports.size(); ++i) {
            const SorenessReport &r = reports[i];
            const TriageResult result =
                triageReport(r, histories[i] ? *histories[i] : history.reportHistory(r), now);
            results.append({r.id, assessmentOf(result, now)});
            const PendingAssessment &p = *items[i];
            if (!p.rulesVersion) {
                ++summary.assessed;
                continue;
            }
            ++summary.reassessed;
            if (!p.previousKey.isEmpty() && p.previousKey != results.last().second.key())
                ++summary.changed;
            if (result.cls() == SorenessClass::SeeDoctor)
                ++summary.seeDoctor;
        }
    }
    WriteTransaction tx(db.connection());
    for (const auto &[id, assessment] : std::as_const(results))
        soreness.setAssessment(id, assessment);
    tx.commit();
    return summary;
}

namespace {

// Holds this function's translation context in a form lupdate can follow.
struct Reassessment
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Reassessment)
};

} // namespace

QString reassessmentNotice(const ReassessmentSummary &s)
{
    if (s.reassessed == 0)
        return {};
    // One whole sentence per count, each with its own plural: a translation can make every word
    // agree with its number, which pieces joined by code cannot.
    QStringList sentences{Reassessment::tr("%n past soreness report(s) were re-assessed with the new rules.",
                                           nullptr, s.reassessed)};
    if (s.changed > 0)
        sentences.append(Reassessment::tr("Of them, %n changed class.", nullptr, s.changed));
    if (s.seeDoctor > 0)
        sentences.append(Reassessment::tr("Of them, %n now suggest seeing a doctor.", nullptr, s.seeDoctor));
    return sentences.join(u' ');
}

} // namespace spotter
