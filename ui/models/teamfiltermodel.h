// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace spotter {

/// Sorts and filters TeamModel: athletes who need attention stay on top whatever the column
/// and direction (most urgent first), then the chosen column decides; filters by name and,
/// optionally, to those who need attention.
class TeamFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TeamFilterModel(QObject *parent = nullptr);

    void setNameFilter(const QString &text);
    [[nodiscard]] const QString &nameFilter() const { return m_name; }
    void setOnlyNeedingAttention(bool only);
    [[nodiscard]] bool onlyNeedingAttention() const { return m_onlyAttention; }
    void setAttentionFirst(bool first);
    [[nodiscard]] bool attentionFirst() const { return m_attentionFirst; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_name;
    bool m_onlyAttention = false;
    bool m_attentionFirst = true;
};

} // namespace spotter
