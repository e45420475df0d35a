// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sorenessreportmodel.h"

#include "model/clock.h"
#include "services/historyservice.h"
#include "shell/appclock.h"
#include "shell/changenotifier.h"
#include "shell/workspace.h"
#include "store/sorenessrepository.h"
#include "store/storeerror.h"
#include "widgets/badges.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>

namespace spotter {

SorenessReportModel::SorenessReportModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ws(workspace)
    , m_loader([this](const SorenessReport &r) { return HistoryService(m_ws.database()).reportHistory(r); })
{
    const auto reloadFor = [this](qint64 athleteId) {
        if (athleteId == m_athleteId)
            reload();
    };
    connect(m_ws.notifier(), &ChangeNotifier::sorenessChanged, this, reloadFor);
    // The class of a report depends on its session and on the athlete (age, health history).
    connect(m_ws.notifier(), &ChangeNotifier::sessionsChanged, this, reloadFor);
    connect(m_ws.notifier(), &ChangeNotifier::athletesChanged, this, &SorenessReportModel::reload);
    connect(m_ws.notifier(), &ChangeNotifier::exercisesChanged, this, &SorenessReportModel::reload);
    // A report's class depends on how long it has lasted: triage again as the clock moves.
    connect(m_ws.clock(), &AppClock::minuteChanged, this, [this](const QDateTime &now) {
        if (m_reports.isEmpty())
            return;
        m_now = now;
        m_severity.clear();
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
}

void SorenessReportModel::setAthlete(qint64 athleteId)
{
    m_athleteId = athleteId;
    reload();
}

void SorenessReportModel::setHistoryLoader(HistoryLoader loader)
{
    m_loader = std::move(loader);
    reload();
}

void SorenessReportModel::reload()
{
    beginResetModel();
    m_readError.clear();
    try {
        m_reports =
            m_athleteId > 0 ? SorenessRepository(m_ws.database()).list(m_athleteId) : QList<SorenessReport>();
    } catch (const StoreError &e) {
        m_reports.clear(); // none rather than some, as if they were all
        m_readError = m_ws.reportReadFailure(tr("The past reports"), e);
    }
    std::reverse(m_reports.begin(), m_reports.end()); // newest first
    m_severity.clear();
    m_history.clear();
    m_errors.clear();
    m_now = Clock::now();
    endResetModel();
}

int SorenessReportModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_reports.size(); ++i) {
        if (m_reports.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<Severity> SorenessReportModel::severity(int row) const
{
    const SorenessReport &r = m_reports.at(row);
    const auto cached = m_severity.constFind(r.id);
    if (cached != m_severity.cend())
        return *cached;
    const qint64 session = r.sessionId.value_or(0);
    std::optional<Severity> result;
    if (!m_errors.contains(session)) {
        auto history = m_history.find(session);
        if (history == m_history.end()) {
            try {
                history = m_history.insert(session, m_loader(r));
            } catch (const StoreError &e) {
                m_errors.insert(session, e.message());
            }
        }
        if (history != m_history.end())
            result = triageReport(r, *history, m_now).severity;
    }
    m_severity.insert(r.id, result);
    return result;
}

int SorenessReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reports.size());
}

int SorenessReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SorenessReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SorenessReport &r = m_reports.at(index.row());
    if (role == ReportIdRole)
        return r.id;
    if (index.column() == Class
        && (role == Qt::DisplayRole || role == Qt::DecorationRole || role == Qt::ToolTipRole
            || role == Qt::ForegroundRole || role == Qt::AccessibleTextRole || role == SeverityKeyRole)) {
        const std::optional<Severity> s = severity(index.row());
        if (!s) {
            if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
                return tr("Unknown");
            if (role == Qt::ToolTipRole)
                return tr("Could not read the history behind this report: %1")
                    .arg(m_errors.value(r.sessionId.value_or(0)));
            return {};
        }
        const Badge badge = badgeFor(*s);
        switch (role) {
        case Qt::DisplayRole: return badge.shortText;
        case Qt::AccessibleTextRole: return badge.text;
        case Qt::DecorationRole: return badge.icon;
        case Qt::ToolTipRole: return badge.toolTip;
        case Qt::ForegroundRole: return QBrush(badge.color);
        case SeverityKeyRole: return s->key();
        default: return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Noticed: return QLocale().toString(r.noticedAt, QStringLiteral("ddd d MMM yyyy  HH:mm"));
        case Where:
            switch (r.side) {
            case Side::Left: return tr("%1, left side").arg(displayName(r.region));
            case Side::Right: return tr("%1, right side").arg(displayName(r.region));
            case Side::Both: break;
            }
            return displayName(r.region);
        case Intensity: return tr("%1/10").arg(r.intensity);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Noticed)
            return r.resolvedAt
                       ? tr("Gone since %1").arg(QLocale().toString(*r.resolvedAt, QLocale::ShortFormat))
                       : tr("Still present");
        if (index.column() == Where && !r.notes.isEmpty())
            return r.notes;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Intensity)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant SorenessReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Noticed: return tr("Noticed");
    case Where: return tr("Where");
    case Intensity: return tr("Intensity");
    case Class: return tr("Looks like");
    default: return {};
    }
}

} // namespace spotter
