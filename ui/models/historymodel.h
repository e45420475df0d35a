// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/intensity.h"
#include "analysis/sessionanalysis.h"
#include "analysis/severity.h"
#include "model/athlete.h"
#include "model/session.h"
#include "model/sessionsummary.h"
#include "store/sessionrepository.h"
#include "widgets/badges.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

#include <functional>
#include <optional>

namespace spotter {

class StoreError;
class Workspace;

/// One athlete's sessions, newest first, read a page at a time (keyset paging) as the view
/// scrolls, so a history of any length opens at once.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Title, Exercises, Sets, Tonnage, TopSet, Intensity, Soreness, ColumnCount };
    enum Role { SessionIdRole = Qt::UserRole + 1 };

    struct Row
    {
        Session session; ///< with its sets
        SessionSummary summary;
        /// Intensity class, its rules and the flags; no PRs (they need the whole history).
        SessionAnalysis analysis;
        std::optional<Severity> soreness; ///< the most severe report attributed to the session
        int sorenessReports = 0;
    };
    /// Extra condition on rows that SQL cannot express; rows failing it are skipped while paging.
    using RowFilter = std::function<bool(const Row &)>;

    static constexpr int kPageSize = 100;

    explicit HistoryModel(Workspace &workspace, QObject *parent = nullptr);

    void setAthlete(qint64 athleteId);
    [[nodiscard]] qint64 athleteId() const { return m_athlete.id; }
    void setFilter(const SessionFilter &filter, RowFilter rowFilter = {});
    /// Reloads from the first page (after an edit elsewhere).
    void reload();
    /// A model nobody looks at (its page hidden) only remembers that it must reload, so that
    /// saving a set on the Log page does not re-read and re-analyse a page of History. Going
    /// live again reloads if anything changed meanwhile. Live by default.
    void setLive(bool live);
    [[nodiscard]] bool isStale() const { return m_stale; }
    /// Why the sessions could not be read (then the model holds none, never part of a page);
    /// empty when they could.
    [[nodiscard]] const QString &readError() const { return m_readError; }

    [[nodiscard]] const Row &row(int index) const { return m_rows.at(index); }
    /// The exercise catalogue the rows are named with, by name; empty when it could not be read.
    [[nodiscard]] const QList<Exercise> &exercises() const { return m_catalogue; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void reloadExercises();
    /// Reads the next page into m_rows; throws StoreError.
    void readMore();
    /// Drops every row and keeps @p error's text for the view.
    void failRead(const StoreError &error);
    [[nodiscard]] QIcon badgeIcon(IntensityClass cls) const;
    [[nodiscard]] const Badge &sorenessBadge(const Severity &severity) const;
    /// Intensity, flags and soreness for one page, from one read of its span and the year before.
    void analyze(QList<Row> &rows) const;

    Workspace &m_ws;
    Athlete m_athlete;
    SessionFilter m_filter;
    RowFilter m_rowFilter;
    QList<Exercise> m_catalogue; ///< as read, by name
    ExerciseIndex m_exercises;   ///< the same, by id
    QList<Row> m_rows;
    std::optional<SessionCursor> m_cursor;
    bool m_exhausted = true;
    bool m_live = true;
    bool m_stale = false;
    QString m_readError;

    mutable QHash<IntensityClass, QIcon> m_intensityIcons;
    mutable QHash<int, Badge> m_sorenessBadges; ///< by Severity::rank()
};

} // namespace spotter
