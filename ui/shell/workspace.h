// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/athlete.h"
#include "model/exercise.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace spotter {

class AppClock;
class BackgroundRunner;
class ChangeFeed;
class StoreError;
class ChangeNotifier;
class Database;
class StoreCommand;

/// What the windows share: the open database, the undo stack every edit goes through, the
/// change notifier and the athlete being looked at.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(std::unique_ptr<Database> db, QObject *parent = nullptr);
    ~Workspace() override;

    [[nodiscard]] Database &database() const { return *m_db; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    [[nodiscard]] ChangeNotifier *notifier() const { return m_notifier; }
    /// A team server's change feed (null on a file), for tests to tune.
    [[nodiscard]] ChangeFeed *changeFeed() const { return m_feed.get(); }
    /// The one clock every time-dependent view follows (open warnings, "2 days ago").
    [[nodiscard]] AppClock *clock() const { return m_clock; }

    /// Whether work that can wait for the window's first page may start: the change feed's
    /// subscription, re-assessing stored soreness reports. The window allows it once it has
    /// painted (allowBackgroundWork()), so that on a team server the first page does not share a
    /// laptop's two cores with two more logins and a scan of every report (docs/performance.md,
    /// benchmark 7).
    [[nodiscard]] bool isBackgroundWorkAllowed() const { return m_backgroundAllowed; }
    /// Lets that work start now (backgroundWorkAllowed()); later calls do nothing.
    void allowBackgroundWork();

    /// Waits for a team server's open begun aside (Database::Options::connectAside: the app
    /// builds its window while the server answers), then runs what waited for it (whenOpen()).
    /// Throws the StoreError the open failed with; nothing waiting runs then.
    void awaitDatabase();
    /// Runs @p read now, or, while a server's open is still going on, once awaitDatabase() has
    /// it (and while @p context lives): what a view reads when it is made.
    void whenOpen(QObject *context, const std::function<void()> &read);

    /// The exercise catalogue, read once and shared by the views until it changes
    /// (ChangeNotifier::exercisesChanged, another database): on a team server each view's own
    /// read was a round trip more before the first page. UI thread only. Throws StoreError when
    /// it cannot be read; nothing is kept then, so the next call reads again.
    [[nodiscard]] QList<Exercise> exercises() const;

    /// Athlete @p athleteId, none for 0 or one that is gone. The current athlete is read once and
    /// shared by the views until it changes (ChangeNotifier::athletesChanged, another choice,
    /// another database); any other is read anew. UI thread only; throws StoreError.
    [[nodiscard]] std::optional<Athlete> athlete(qint64 athleteId) const;

    [[nodiscard]] qint64 currentAthleteId() const { return m_athleteId; }
    void setCurrentAthlete(qint64 athleteId);

    /// Runs @p command once and, if that worked, pushes it so it can be undone. On failure the
    /// command is discarded and the message returned, for the caller to show where the user is.
    std::optional<QString> execute(StoreCommand *command);

    /// Makes one step of a batch; called after the steps before it ran, so it can use what
    /// they stored (a new session's id). Returns nullptr to add nothing.
    using BatchStep = std::function<StoreCommand *()>;
    /// Runs the commands of @p steps in order as one undoable step named @p text. The one
    /// rollback rule of every batch edit: if a command fails, the ones before it are taken back
    /// (newest first), nothing is pushed, and the message is returned; a batch lands whole or
    /// not at all.
    std::optional<QString> executeBatch(const QString &text, const QList<BatchStep> &steps);

    /// Switches to another database (the demo data, a file, a team server); the undo history is
    /// cleared. A server opened aside (ServerConnector's) is waited for first: its refusal is
    /// thrown with the workspace left as it was, and the views read the new one at once.
    void replaceDatabase(std::unique_ptr<Database> db);
    /// Reports an undo or redo that could not be carried out; the history is then cleared,
    /// since it no longer matches the database.
    void reportFailure(const QString &action, const QString &message);
    /// After an edit refused because someone else changed the row: every view reloads what it
    /// shows (ChangeNotifier::reloadRequested and the change signals of the current athlete).
    void reloadAfterConflict();

    /// A read of @p what (a page's sessions, a report's history) failed with @p error. Says so
    /// once through readFailed(); a damaged file (SQLite's "malformed") that was opened for
    /// writing is opened again read-only with that damage, so nothing more is written into it.
    /// Returns the text the page shows in place of what it could not read (never part of it).
    QString reportReadFailure(const QString &what, const StoreError &error);

signals:
    /// The integrity check the database's open left for later (Database::Options::deferCheck)
    /// passed: writes go ahead from now on without waiting.
    void databaseChecked();
    /// That check found damage: the file was opened again read-only with it (databaseReplaced()
    /// came first), and @p message says so with the way out.
    void damageFound(const QString &message);
    /// What reportReadFailure() said, for the window to show with the way out; @p damaged when
    /// the file itself is damaged (rather than busy or unreadable storage).
    void readFailed(const QString &message, bool damaged);
    void currentAthleteChanged(qint64 athleteId);
    /// The database is about to go: work still reading it on another thread must stop now.
    void databaseAboutToBeReplaced();
    /// Background work may start now (isBackgroundWorkAllowed()); once.
    void backgroundWorkAllowed();
    void databaseReplaced();
    /// awaitDatabase() has the server's open: what waited for it (whenOpen()) runs now.
    void databaseOpened();
    void commandFailed(const QString &action, const QString &message);

private:
    void watchServer();
    /// Runs the integrity check the database's open left for later, off the UI thread.
    void startDeferredCheck();
    void onCheckVerdict(const QStringList &problems);
    /// Turns a refused edit into its message, reloading the views after a conflict.
    QString failed(const std::exception &error);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeFeed> m_feed;
    QUndoStack *m_undo;
    ChangeNotifier *m_notifier;
    AppClock *m_clock;
    BackgroundRunner *m_checkRunner;                    ///< the deferred integrity check
    mutable std::optional<QList<Exercise>> m_exercises; ///< exercises(), until it changes
    /// athlete() of the current athlete, once read (none when it is gone), until it changes.
    mutable std::optional<std::optional<Athlete>> m_current;
    qint64 m_athleteId = 0;
    bool m_reopening = false; ///< a read-only reopen of a damaged file is queued
    bool m_backgroundAllowed = false;
    bool m_opened = true; ///< false until awaitDatabase() has an open begun aside
};

} // namespace spotter
