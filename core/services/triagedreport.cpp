// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/triagedreport.h"

#include "analysis/reporthistory.h"
#include "services/historyservice.h"
#include "store/sorenessrepository.h"

namespace spotter {

std::optional<double> TriagedReport::onsetHours() const
{
    if (!sessionEnd)
        return std::nullopt;
    return report.onsetHours(*sessionEnd);
}

QList<TriagedReport> triagedReports(const Database &db, qint64 athleteId, std::optional<QDate> from,
                                    std::optional<QDate> to, const QDateTime &now)
{
    const HistoryService history(db);
    QList<TriagedReport> out;
    for (const SorenessReport &r : SorenessRepository(db).list(athleteId, from, to)) {
        const ReportHistory h = history.reportHistory(r);
        TriagedReport t{r, triageReport(r, h, now), std::nullopt, std::nullopt};
        if (h.session) {
            t.sessionStart = h.session->start;
            t.sessionEnd = h.session->end();
        }
        out.append(std::move(t));
    }
    return out;
}

QList<SorenessEvent> sorenessEvents(const QList<TriagedReport> &reports)
{
    QList<SorenessEvent> events;
    events.reserve(reports.size());
    for (const TriagedReport &t : reports)
        events.append({t.report.noticedAt, t.report.resolvedAt, t.report.region, t.triage.severity});
    return events;
}

} // namespace spotter
