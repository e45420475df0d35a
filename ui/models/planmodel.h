// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plateset.h"
#include "services/suggestionservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace spotter {

class ExerciseCatalogue;

/// Today's plan of a routine on the Log page: each item with its target, the suggested load (the
/// lifter may type another), the plates, why the load was changed, last time, and how many of
/// its sets the session already holds. Logging goes through the page; the model only tells
/// what a row would log.
class PlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Exercise, Target, Load, Plates, Done, Why, LastTime, ColumnCount };

    explicit PlanModel(const ExerciseCatalogue &catalogue, QObject *parent = nullptr);

    void setPlan(QList<PlannedItem> plan, PlateSet plates, WeightUnit unit);
    void clear();
    [[nodiscard]] bool isEmpty() const { return m_items.isEmpty(); }
    [[nodiscard]] const PlannedItem &item(int row) const { return m_items.at(row); }

    /// Counts the session's sets against the plan, in order: an item is done once the session
    /// holds its number of sets of its exercise and kind (however they were logged).
    void setLogged(const QList<WorkoutSet> &sessionSets);
    [[nodiscard]] int logged(int row) const { return m_logged.value(row); }
    [[nodiscard]] bool isDone(int row) const { return m_logged.value(row) >= m_items.at(row).item.sets; }

    /// The load row @p row logs: the one typed over the suggestion, else the suggestion.
    [[nodiscard]] std::optional<Weight> load(int row) const;
    /// The sets still to log for @p row, or the message why they cannot be (no load yet).
    [[nodiscard]] std::optional<QList<WorkoutSet>> remainingSets(int row, QString *why) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// A typed load was refused; @p message says why.
    void editRejected(const QString &message);

private:
    [[nodiscard]] bool needsLoad(int row) const;
    [[nodiscard]] QString display(int row, int column) const;

    const ExerciseCatalogue &m_catalogue;
    QList<PlannedItem> m_items;
    QHash<int, Weight> m_override; ///< loads typed over the suggestion, by row
    QList<int> m_logged;
    PlateSet m_plates;
    WeightUnit m_unit = WeightUnit::Kg;
};

/// "3 × 5 @8", "3 × 8 @70%", "2 × 5 (warm-up)", "3 × 45 s".
[[nodiscard]] QString targetText(const RoutineItem &item);

} // namespace spotter
