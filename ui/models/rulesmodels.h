// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace spotter {

/// The analysis rules (RuleTable) as a read-only table: id, result, condition, advice, sources.
class RulesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Result, Condition, Advice, Sources, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

/// The thresholds (Thresholds) as a read-only table, product choices marked.
class ThresholdsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rule, Value, Meaning, Basis, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace spotter
