// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/planmodel.h"

#include "analysis/plates.h"
#include "model/validation.h"
#include "models/exercisecatalogue.h"
#include "quickentry/quickentry.h"
#include "shell/themecolors.h"

#include <QFont>
#include <QPalette>

namespace spotter {

QString targetText(const RoutineItem &item)
{
    QString text = item.seconds && !item.reps
                       ? PlanModel::tr("%1 × %2 s").arg(item.sets).arg(*item.seconds)
                       : PlanModel::tr("%1 × %2").arg(item.sets).arg(item.reps.value_or(1));
    if (item.rpe)
        text += QStringLiteral(" @") + formatNumber(*item.rpe, 1);
    if (item.pctE1rm)
        text += QStringLiteral(" @") + formatNumber(*item.pctE1rm, 2) + u'%';
    if (item.kind != SetKind::Working)
        text += QStringLiteral(" (%1)").arg(displayName(item.kind).toLower());
    return text;
}

PlanModel::PlanModel(const ExerciseCatalogue &catalogue, QObject *parent)
    : QAbstractTableModel(parent), m_catalogue(catalogue)
{}

void PlanModel::setPlan(QList<PlannedItem> plan, PlateSet plates, WeightUnit unit)
{
    beginResetModel();
    m_items = std::move(plan);
    m_override.clear();
    m_logged = QList<int>(m_items.size(), 0);
    m_plates = std::move(plates);
    m_unit = unit;
    endResetModel();
}

void PlanModel::clear()
{
    setPlan({}, m_plates, m_unit);
}

void PlanModel::setLogged(const QList<WorkoutSet> &sessionSets)
{
    QHash<std::pair<qint64, int>, int> available;
    for (const WorkoutSet &s : sessionSets)
        ++available[{s.exerciseId, static_cast<int>(s.isWarmup())}];
    QList<int> logged;
    for (const PlannedItem &p : std::as_const(m_items)) {
        int &left = available[{p.item.exerciseId, static_cast<int>(p.item.kind == SetKind::Warmup)}];
        const int take = std::min(left, p.item.sets);
        left -= take;
        logged.append(take);
    }
    if (logged == m_logged)
        return;
    m_logged = logged;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool PlanModel::needsLoad(int row) const
{
    const RoutineItem &item = m_items.at(row).item;
    const spotter::Exercise *e = m_catalogue.get(item.exerciseId);
    const bool unloaded = e && (e->kind == ExerciseKind::Bodyweight || e->kind == ExerciseKind::Timed);
    return !unloaded && (item.weight || item.rpe || item.pctE1rm);
}

std::optional<Weight> PlanModel::load(int row) const
{
    if (const auto it = m_override.constFind(row); it != m_override.cend())
        return *it;
    return m_items.at(row).suggestion.weight;
}

std::optional<QList<WorkoutSet>> PlanModel::remainingSets(int row, QString *why) const
{
    const PlannedItem &p = m_items.at(row);
    const int left = p.item.sets - m_logged.value(row);
    if (left <= 0) {
        if (why)
            *why = tr("Every set of %1 is logged.").arg(m_catalogue.name(p.item.exerciseId));
        return std::nullopt;
    }
    const auto weight = load(row);
    if (!weight && needsLoad(row)) {
        if (why)
            *why =
                p.suggestion.action == SuggestionAction::Skip
                    ? tr("No load is suggested for %1 today; type one in the Load column to log it anyway.")
                          .arg(m_catalogue.name(p.item.exerciseId))
                    : tr("Type a load for %1 in the Load column first.")
                          .arg(m_catalogue.name(p.item.exerciseId));
        return std::nullopt;
    }
    WorkoutSet set = p.item.plannedSet();
    set.weight = weight;
    return QList<WorkoutSet>(left, set);
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int PlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags PlanModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Load)
        f |= Qt::ItemIsEditable;
    return f;
}

QString PlanModel::display(int row, int column) const
{
    const PlannedItem &p = m_items.at(row);
    switch (column) {
    case Exercise: return m_catalogue.name(p.item.exerciseId);
    case Target: return targetText(p.item);
    case Load: {
        if (const auto w = load(row))
            return w->format(m_unit);
        if (p.suggestion.action == SuggestionAction::Skip)
            return tr("skip today");
        return needsLoad(row) ? tr("type a load") : tr("bodyweight");
    }
    case Plates: {
        const auto w = load(row);
        const spotter::Exercise *e = m_catalogue.get(p.item.exerciseId);
        if (!w || !e || !e->isMainLift())
            return {};
        return describeLoadout(loadPlates(*w, m_plates), m_plates);
    }
    case Done: return tr("%1/%2").arg(m_logged.value(row)).arg(p.item.sets);
    case Why: return p.suggestion.reasons.join(u' ');
    case LastTime: return p.last ? p.last->summary(m_unit) : QString();
    default: return {};
    }
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const PlannedItem &p = m_items.at(row);
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::EditRole:
        if (index.column() == Load)
            return load(row) ? load(row)->number(m_unit, 3) : QString();
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Load && p.suggestion.chart && p.suggestion.e1rm)
            return tr("%1% of the recent best e1RM %2 on the RTS chart: %3, made with the plates as %4.")
                .arg(formatNumber(*p.suggestion.pct, 1), p.suggestion.e1rm->format(m_unit, 1),
                     p.suggestion.chart->format(m_unit, 1), display(row, Load));
        if (index.column() == Why || index.column() == LastTime || index.column() == Plates)
            return display(row, index.column());
        return {};
    case Qt::FontRole:
        if (isDone(row)) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        if (index.column() == Load && m_override.contains(row)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (isDone(row) || (index.column() == Why || index.column() == LastTime))
            return ThemeColors::hint(QPalette(), {QPalette::Base, QPalette::AlternateBase});
        if (index.column() == Load && p.suggestion.action != SuggestionAction::Chart
            && p.suggestion.action != SuggestionAction::Unknown)
            return QPalette().brush(QPalette::Link);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Load || index.column() == Done)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

bool PlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Load)
        return false;
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        m_override.remove(index.row());
    } else {
        const auto w = QuickEntry::parseLoad(text, m_unit);
        if (!w) {
            emit editRejected(tr("Expected a load such as 102.5, 102.5kg or 225lb; got '%1'").arg(text));
            return false;
        }
        if (const auto message = checkWeight(*w)) {
            emit editRejected(*message);
            return false;
        }
        m_override.insert(index.row(), *w);
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Exercise: return tr("Exercise");
    case Target: return tr("Target");
    case Load: return tr("Load (%1)").arg(toKey(m_unit));
    case Plates: return tr("Plates");
    case Done: return tr("Logged");
    case Why: return tr("Why this load");
    case LastTime: return tr("Last time");
    default: return {};
    }
}

} // namespace spotter
