// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/intensity.h"
#include "model/athlete.h"
#include "model/lasttime.h"
#include "model/personalrecord.h"
#include "model/plateset.h"
#include "model/session.h"
#include "models/exercisecatalogue.h"

#include <QObject>

#include <optional>

namespace spotter {

class StoreError;
class Workspace;

/// The session the Log page works on, kept in step with the store. A new session is a draft
/// (id 0) until its first set or header edit; from then on every change is one undoable
/// command, so nothing is lost if the app closes. The session is read back from the store
/// whenever ChangeNotifier reports a change, so undo and redo show up here like any other edit.
class SessionEditor : public QObject
{
    Q_OBJECT

public:
    explicit SessionEditor(Workspace &workspace, QObject *parent = nullptr);

    /// A fresh draft for the workspace's current athlete, dated @p start (now when invalid).
    void startNew(const QDateTime &start = {});
    /// Loads a stored session; false (and nothing changes) when there is none.
    bool load(qint64 sessionId);

    [[nodiscard]] const Session &session() const { return m_session; }
    [[nodiscard]] bool isDraft() const { return m_session.id <= 0; }
    [[nodiscard]] const Athlete &athlete() const { return m_athlete; }
    [[nodiscard]] WeightUnit unit() const { return m_athlete.unit; }
    /// The athlete's bar, plates and collars (the defaults of their unit until they set theirs).
    [[nodiscard]] const PlateSet &plates() const { return m_plates; }
    [[nodiscard]] const ExerciseCatalogue &catalogue() const { return m_catalogue; }
    /// Per-set e1RM and class, and the session's class (rules IR/IS), for the sets as they are.
    [[nodiscard]] const SessionIntensity &intensity() const { return m_intensity; }
    /// Rows that hold a lift's best e1RM when it beats the best ever before this session.
    [[nodiscard]] QList<int> prRows() const;
    /// What each exercise of the session did the last time it was trained before it.
    [[nodiscard]] const QHash<qint64, LastTime> &lastTimes() const { return m_lastTimes; }
    /// The sets of the exercise named @p name the last time it was trained before this session
    /// (quick entry's "same" and "last +5kg").
    [[nodiscard]] std::optional<QList<WorkoutSet>> lastSets(const QString &name) const;
    /// Each lift's best e1RM of the weeks before the session (the %e1RM baseline).
    [[nodiscard]] QHash<qint64, Weight> recentBests() const;
    /// The personal records the last change of the stored session set ("New record: …"),
    /// then forgotten; "" when none.
    QString takeRecordNews() { return std::exchange(m_recordNews, {}); }

    // Each returns the message to show when the store refused the change.
    /// Inserts @p sets at @p position as one undo step named @p undoText.
    std::optional<QString> addSets(QList<WorkoutSet> sets, int position, const QString &undoText);
    std::optional<QString> editSet(int row, const WorkoutSet &after);
    std::optional<QString> removeSets(QList<int> rows);
    /// Applies the header fields of @p header (not its sets or id).
    std::optional<QString> editHeader(const Session &header);
    std::optional<QString> addExercise(const Exercise &exercise);

    /// What could not be read for the session shown (its athlete, the last times, the
    /// baselines): those parts are left out rather than shown in part. Empty when all was read.
    [[nodiscard]] const QString &readError() const { return m_readError; }

signals:
    /// Something could not be read (readError() says what).
    void readFailed(const QString &message);
    /// Another session or a new draft is shown.
    void sessionReplaced();
    /// Header fields changed in the store (an edit, an undo or a redo), or the session was
    /// saved or went back to being a draft.
    void headerChanged();
    /// The sets, their intensity or the unit they are shown in changed.
    void setsChanged();

private:
    void failRead(const QString &what, const StoreError &error);
    /// The e1RM baselines and last times of the session's lifts, when stale; throws StoreError.
    void readBaselines(bool force);
    void onSessionsChanged(qint64 athleteId);
    void reload();
    void reloadAthlete(qint64 athleteId);
    void reloadCatalogue();
    void refreshIntensity(bool force);
    std::optional<QString> ensureStored();
    /// Decides and keeps the stored session's records (RecordService), so History and undo see
    /// them as the session is; the lines for the ones that are new.
    QString refreshRecords();

    Workspace &m_ws;
    Athlete m_athlete;
    PlateSet m_plates;
    Session m_session;
    qint64 m_detachedId = 0; ///< the session an undo removed; a redo brings it back here
    bool m_batch = false;    ///< inside a macro: read back once at its end
    ExerciseCatalogue m_catalogue;
    Baselines m_baselines;
    QList<qint64> m_baselineIds; ///< what m_baselines were read for
    QDateTime m_baselineStart;
    qint64 m_baselineAthlete = -1;
    SessionIntensity m_intensity;
    QHash<qint64, LastTime> m_lastTimes;
    QList<qint64> m_lastTimeIds;     ///< what m_lastTimes were read for
    QList<PersonalRecord> m_records; ///< the stored session's records as last refreshed
    mutable QString m_readError;     ///< lastSets() too, which only reads
    QString m_recordNews;
};

} // namespace spotter
