// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    /// Refused (StoreError::Conflict) when the stored report is no longer at report.version;
    /// on success report.version is the new one.
    void update(SorenessReport &report);
    void remove(qint64 id);
    [[nodiscard]] std::optional<SorenessReport> get(qint64 id) const;
    /// Reports of one athlete noticed in [from, to] (local days), oldest first.
    [[nodiscard]] QList<SorenessReport> list(qint64 athleteId, std::optional<QDate> from = {},
                                             std::optional<QDate> to = {}) const;
    [[nodiscard]] QList<SorenessReport> forSession(qint64 sessionId) const;

private:
    const Database &m_db;
};

} // namespace spotter
