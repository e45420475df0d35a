// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/reporthistory.h"
#include "analysis/severity.h"
#include "model/sorenessreport.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace spotter {

class Workspace;

/// One athlete's soreness reports, newest first, with the class each looks like now. The class
/// is worked out when a row is first shown and kept until the reports or sessions change; the
/// history behind it is read once per attributed session, not once per report.
class SorenessReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Noticed, Where, Intensity, Class, ColumnCount };
    enum Role { ReportIdRole = Qt::UserRole + 1, SeverityKeyRole };

    /// Reads what the triage of a report needs (HistoryService::reportHistory by default).
    using HistoryLoader = std::function<ReportHistory(const SorenessReport &)>;

    explicit SorenessReportModel(Workspace &workspace, QObject *parent = nullptr);

    void setAthlete(qint64 athleteId);
    [[nodiscard]] qint64 athleteId() const { return m_athleteId; }
    void reload();
    void setHistoryLoader(HistoryLoader loader);

    [[nodiscard]] const SorenessReport &report(int row) const { return m_reports.at(row); }
    /// The row of report @p id, or -1.
    [[nodiscard]] int rowOf(qint64 id) const;
    /// Why the reports could not be read (then none are listed); empty when they could.
    [[nodiscard]] const QString &readError() const { return m_readError; }
    /// The class report @p row looks like; none when its history could not be read.
    [[nodiscard]] std::optional<Severity> severity(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Workspace &m_ws;
    qint64 m_athleteId = 0;
    QList<SorenessReport> m_reports;
    HistoryLoader m_loader;
    QDateTime m_now; ///< one instant for every row of a load, so rows agree with each other
    mutable QHash<qint64, std::optional<Severity>> m_severity; ///< by report id
    mutable QHash<qint64, ReportHistory> m_history;            ///< by session id (0: none)
    QString m_readError;                     ///< why the reports could not be read (then none are listed)
    mutable QHash<qint64, QString> m_errors; ///< by session id
};

} // namespace spotter
