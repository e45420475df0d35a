// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rulesmodels.h"

#include "analysis/ruletable.h"
#include "analysis/thresholds.h"
#include "analysis/triage.h"
#include "model/weight.h"
#include "widgets/badges.h"

namespace spotter {

int RulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(RuleTable::all().size());
}

int RulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RuleSpec &rule = RuleTable::all().at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Id: return rule.id;
        case Result: return rule.cls ? rule.severity().displayName() : rule.result;
        case Condition: return RuleTable::condition(rule);
        case Advice: return rule.cls ? shownFor(rule, rule.severity()) : RuleTable::advice(rule);
        case Sources:
            return rule.judgement ? rule.sources.join(QStringLiteral(", ")) + tr(" (product choice)")
                                  : rule.sources.join(QStringLiteral(", "));
        default: break;
        }
    }
    if (role == Qt::DecorationRole && index.column() == Result && rule.cls)
        return badgeFor(rule.severity()).icon;
    return {};
}

QVariant RulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("Rule");
    case Result: return tr("Result");
    case Condition: return tr("When");
    case Advice: return tr("Advice shown");
    case Sources: return tr("Sources");
    default: return {};
    }
}

int ThresholdsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Thresholds::all().size());
}

int ThresholdsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThresholdsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ThresholdSpec &t = Thresholds::all().at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Rule: return t.rule.toString();
        case Value: return QString(formatNumber(t.value, 3) + u' ' + t.unit.toString());

        case Meaning: return Thresholds::meaning(t.id);
        case Basis:
            if (!t.judgement)
                return tr("From the sources");
            return RuleTable::isAdjustable(t.id)
                       ? tr("Product choice (no source gives a number)")
                       : tr("Product choice, fixed: it decides an emergency, so no setting may lower it");
        default: break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ThresholdsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rule: return tr("Rule");
    case Value: return tr("Value");
    case Meaning: return tr("Meaning");
    case Basis: return tr("Basis");
    default: return {};
    }
}

} // namespace spotter
