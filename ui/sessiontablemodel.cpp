// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontablemodel.h"

#include "model/weight.h"

namespace spotter {

SessionTableModel::SessionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void SessionTableModel::setSessions(QList<Session> sessions)
{
    beginResetModel();
    m_sessions = std::move(sessions);
    endResetModel();
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sessions.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session &s = m_sessions.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date: return s.start.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Title: return s.title;
        case Sets: return static_cast<int>(s.sets.size());
        case Duration: return s.durationMin ? tr("%1 min").arg(*s.durationMin) : QString();
        case SessionRpe: return s.sessionRpe ? formatNumber(*s.sessionRpe, 1) : QString();
        default: break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Title)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case Title: return tr("Session");
    case Sets: return tr("Sets");
    case Duration: return tr("Duration");
    case SessionRpe: return tr("Session RPE");
    default: return {};
    }
}

} // namespace spotter
