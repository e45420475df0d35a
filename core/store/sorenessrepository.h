// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sorenessassessment.h"
#include "model/sorenessreport.h"

#include <QDate>
#include <QList>

#include <optional>

namespace spotter {

class Database;

class SorenessRepository
{
public:
    explicit SorenessRepository(const Database &db) : m_db(db) {}

    qint64 add(SorenessReport &report);
    /// Saves the edit; the stored assessment no longer describes the report and is cleared.
    void update(const SorenessReport &report);
    void remove(qint64 id);
    [[nodiscard]] std::optional<SorenessReport> get(qint64 id) const;
    /// Reports of one athlete noticed in [from, to] (local days), oldest first.
    [[nodiscard]] QList<SorenessReport> list(qint64 athleteId, std::optional<QDate> from = {},
                                             std::optional<QDate> to = {}) const;
    [[nodiscard]] QList<SorenessReport> forSession(qint64 sessionId) const;

    /// Stores the triage of report @p id (services/reassessment computes it); a report that is
    /// gone is left alone.
    void setAssessment(qint64 id, const SorenessAssessment &assessment);
    /// The stored triage of report @p id; none when it was never assessed (or is gone).
    [[nodiscard]] std::optional<SorenessAssessment> assessment(qint64 id) const;
    /// Reports never assessed, or assessed under a rule set older than @p rulesVersion, by
    /// athlete and then as noticed.
    [[nodiscard]] QList<PendingAssessment> pendingAssessments(int rulesVersion) const;

private:
    const Database &m_db;
};

} // namespace spotter
