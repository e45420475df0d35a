// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/intensity.h"
#include "analysis/plates.h"
#include "model/enums.h"
#include "model/lasttime.h"
#include "model/workoutset.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace spotter {

class ExerciseCatalogue;

/// The sets of one session for the Log grid, with each set's e1RM and intensity. The model never
/// writes: an edit is parsed and validated here, then handed to the committer (the page, which
/// runs an undoable command); the store's change comes back through setSets().
class SetsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The set's number is the vertical header, so that column 0 moves with its row.
    enum Column { Exercise, Kind, Weight, Plates, Reps, Rpe, Rest, E1rm, Intensity, LastTime, ColumnCount };
    enum Role {
        SetIdRole = Qt::UserRole + 1,
        /// The intensity class of the set (an int of IntensityClass); invalid when unknown.
        IntensityClassRole,
    };
    /// Applies an edit of @p row; returns the message when it was refused.
    using Committer = std::function<std::optional<QString>(int row, const WorkoutSet &after)>;

    explicit SetsModel(const ExerciseCatalogue &catalogue, QObject *parent = nullptr);

    /// Replaces the rows, keeping rows whose set id is unchanged (so the view keeps its place):
    /// @p intensity is parallel to @p sets; @p prRows mark a lift's new best e1RM.
    void setSets(const QList<WorkoutSet> &sets, const QList<SetIntensity> &intensity,
                 const QList<int> &prRows = {});
    void setUnit(WeightUnit unit);
    /// The session's bodyweight: an assisted set lifts it less the help, and without it has no
    /// e1RM (the column says so).
    void setBodyweight(std::optional<spotter::Weight> bodyweight);
    /// What each exercise did the last time it was trained and its recent best e1RM, shown
    /// beside the exercise's first set (the Last time column).
    void setHistory(QHash<qint64, spotter::LastTime> last, QHash<qint64, spotter::Weight> recentBest);
    /// The athlete's plates: each barbell set (a main lift's loaded set) shows how its load is
    /// made, per side (the Plates column).
    void setPlates(const spotter::PlateSet &plates);
    [[nodiscard]] WeightUnit unit() const { return m_unit; }
    void setCommitter(Committer committer) { m_commit = std::move(committer); }
    /// False while the database is read-only: no cell offers an editor.
    void setEditable(bool editable);
    [[nodiscard]] bool editable() const { return m_editable; }

    [[nodiscard]] const QList<WorkoutSet> &sets() const { return m_sets; }
    [[nodiscard]] const WorkoutSet &set(int row) const { return m_sets.at(row); }
    /// Why the last edit was refused (empty after one that worked).
    [[nodiscard]] const QString &lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// An edit was refused; @p message says why, worded for the lifter.
    void editRejected(const QString &message);
    /// The exercise cell was given a name the catalogue does not know.
    void unknownExercise(int row, const QString &name);

private:
    [[nodiscard]] QVariant display(int row, int column) const;
    [[nodiscard]] QVariant toolTip(int row, int column) const;
    /// "3×5 @ 120 kg RPE 8 · best 140 kg" on the exercise's first row; empty on the others.
    [[nodiscard]] QString lastTimeText(int row) const;
    /// How the set's load is made on the bar; none for sets that load no barbell (bodyweight,
    /// assisted, timed or distance work, accessories).
    [[nodiscard]] std::optional<PlateLoadout> loadout(int row) const;
    /// The set with @p value applied to @p column, or the message why not.
    [[nodiscard]] std::optional<QString> apply(WorkoutSet &set, int row, int column, const QVariant &value);
    bool reject(const QString &message);

    const ExerciseCatalogue &m_catalogue;
    WeightUnit m_unit = WeightUnit::Kg;
    std::optional<spotter::Weight> m_bodyweight;
    std::optional<PlateCalculator> m_plates;
    QList<WorkoutSet> m_sets;
    QList<SetIntensity> m_intensity;
    QList<int> m_prRows;
    QHash<qint64, spotter::LastTime> m_last;
    QHash<qint64, spotter::Weight> m_recentBest;
    Committer m_commit;
    QString m_lastError;
    bool m_editable = true;
};

} // namespace spotter
