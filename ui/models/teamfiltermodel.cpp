// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/teamfiltermodel.h"

#include "models/teammodel.h"

namespace spotter {

TeamFilterModel::TeamFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TeamModel::SortRole);
    setDynamicSortFilter(true);
}

void TeamFilterModel::setNameFilter(const QString &text)
{
    if (text == m_name)
        return;
    m_name = text;
    invalidateRowsFilter();
}

void TeamFilterModel::setOnlyNeedingAttention(bool only)
{
    if (only == m_onlyAttention)
        return;
    m_onlyAttention = only;
    invalidateRowsFilter();
}

void TeamFilterModel::setAttentionFirst(bool first)
{
    if (first == m_attentionFirst)
        return;
    m_attentionFirst = first;
    invalidate();
}

bool TeamFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, TeamModel::Athlete, sourceParent);
    if (!m_name.isEmpty() && !name.data().toString().contains(m_name.trimmed(), Qt::CaseInsensitive))
        return false;
    return !m_onlyAttention || name.data(TeamModel::AttentionRankRole).toInt() > 0;
}

bool TeamFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_attentionFirst) {
        const int l = left.data(TeamModel::AttentionRankRole).toInt();
        const int r = right.data(TeamModel::AttentionRankRole).toInt();
        if (l != r) {
            // Descending order reverses lessThan; answer so that the more urgent row still
            // comes first.
            const bool leftFirst = l > r;
            return sortOrder() == Qt::AscendingOrder ? leftFirst : !leftFirst;
        }
    }
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        const int c = a.toString().localeAwareCompare(b.toString());
        if (c != 0)
            return c < 0;
    } else if (a.toDouble() != b.toDouble()) {
        return a.toDouble() < b.toDouble();
    }
    // Equal values: by name, so the order never depends on where a row happened to be.
    const QString ln = left.siblingAtColumn(TeamModel::Athlete).data().toString();
    const QString rn = right.siblingAtColumn(TeamModel::Athlete).data().toString();
    const int byName = ln.localeAwareCompare(rn);
    return sortOrder() == Qt::AscendingOrder ? byName < 0 : byName > 0;
}

} // namespace spotter
