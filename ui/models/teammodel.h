// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/teamsummary.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace spotter {

/// One row per athlete for the coach (TeamSummary values computed in core). Sorting and
/// filtering are TeamFilterModel's job; SortRole gives each column a value that sorts right.
class TeamModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Athlete,
        Attention,
        LastSession,
        Sessions,
        Testing,
        OpenItems,
        Acwr,
        Monotony,
        LastSoreness,
        ColumnCount
    };
    enum Role {
        AthleteIdRole = Qt::UserRole + 1,
        SortRole,          ///< a number or string that orders the column
        AttentionRankRole, ///< TeamSummary::attentionRank()
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces every row; @p now is when they were computed (for "3 days ago").
    void setSummaries(QList<TeamSummary> summaries, const QDateTime &now);
    [[nodiscard]] const QList<TeamSummary> &summaries() const { return m_rows; }
    [[nodiscard]] const TeamSummary &summary(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// @p spoken: the soreness classes in full ("See a doctor (soon)") for a screen reader,
    /// where the grid shows a word that fits ("Soon") beside the badge's colour and icon.
    [[nodiscard]] QVariant display(const TeamSummary &s, int column, bool spoken = false) const;
    [[nodiscard]] QVariant toolTip(const TeamSummary &s, int column) const;
    [[nodiscard]] QVariant sortValue(const TeamSummary &s, int column) const;
    [[nodiscard]] QString ago(const QDateTime &t) const;

    QList<TeamSummary> m_rows;
    QDateTime m_now;
};

} // namespace spotter
