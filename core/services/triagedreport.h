// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/sessionanalysis.h"
#include "analysis/triage.h"
#include "model/sorenessreport.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace spotter {

class Database;

/// A stored soreness report with its triage at a given time, and the session it is attributed to.
struct TriagedReport
{
    SorenessReport report;
    TriageResult triage;
    std::optional<QDateTime> sessionStart;
    std::optional<QDateTime> sessionEnd;

    /// Hours from the end of the session to when it was noticed; none without a session.
    [[nodiscard]] std::optional<double> onsetHours() const;
};

/// The reports of @p athleteId noticed in [@p from, @p to] (local days, both optional), oldest
/// first, each triaged as it stands at @p now with its history from the store.
[[nodiscard]] QList<TriagedReport> triagedReports(const Database &db, qint64 athleteId,
                                                  std::optional<QDate> from, std::optional<QDate> to,
                                                  const QDateTime &now);

/// What IF-04 needs of them.
[[nodiscard]] QList<SorenessEvent> sorenessEvents(const QList<TriagedReport> &reports);

} // namespace spotter
