// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/workspace.h"

#include "commands/batchcommand.h"
#include "commands/storecommand.h"
#include "shell/appclock.h"
#include "shell/backgroundrunner.h"
#include "shell/changenotifier.h"
#include "store/athleterepository.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QUndoStack>

namespace spotter {

Workspace::Workspace(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_undo(new QUndoStack(this))
    , m_notifier(new ChangeNotifier(this))
    , m_clock(new AppClock(this))
    , m_checkRunner(new BackgroundRunner(*this, this))
{
    // First of all the catalogue's listeners, so that every view after it reads the new one.
    connect(m_notifier, &ChangeNotifier::exercisesChanged, this, [this] { m_exercises.reset(); });
    connect(m_notifier, &ChangeNotifier::athletesChanged, this, [this] { m_current.reset(); });
    connect(m_checkRunner, &BackgroundRunner::failed, this, [this](const QString &message) {
        // Not damage: the check could not run (storage). The next write runs it again.
        emit readFailed(tr("The integrity check of the database could not run: %1").arg(message), false);
    });
    m_opened = !m_db->opensAside();
    watchServer();
    startDeferredCheck();
}

void Workspace::awaitDatabase()
{
    if (m_opened)
        return;
    m_db->awaitOpen();
    m_opened = true;
    emit databaseOpened();
}

void Workspace::whenOpen(QObject *context, const std::function<void()> &read)
{
    if (m_opened) {
        read();
        return;
    }
    connect(this, &Workspace::databaseOpened, context, read, Qt::SingleShotConnection);
}

void Workspace::allowBackgroundWork()
{
    if (std::exchange(m_backgroundAllowed, true))
        return;
    if (m_feed)
        m_feed->start();
    emit backgroundWorkAllowed();
}

Workspace::~Workspace()
{
    // The check reads the database on another thread: it ends before the database goes.
    m_checkRunner->stop();
    // Commands refer to the workspace; they go before the database does.
    m_undo->clear();
    m_feed.reset();
}

void Workspace::startDeferredCheck()
{
    if (!m_db->checkPending())
        return;
    m_checkRunner->start<QStringList>(
        [](const Database &db, const BackgroundRunner::Control &) {
            // Only on a core that nothing else wants: the first page is read meanwhile, and a
            // write that has to wait for the check speeds it up again (CheckGate).
            QThread::currentThread()->setPriority(QThread::IdlePriority);
            return db.runDeferredCheck();
        },
        [this](const QStringList &problems) { onCheckVerdict(problems); });
}

void Workspace::onCheckVerdict(const QStringList &problems)
{
    if (problems == QStringList{QStringLiteral("ok")}) {
        emit databaseChecked();
        return;
    }
    // The store refuses every write into the file from now on; the window goes read-only the
    // way it does for damage found at open. Not inside the runner's delivery, which the
    // replacement would stop.
    QMetaObject::invokeMethod(
        this,
        [this, problems, path = m_db->path()] {
            if (!m_db->damage().isEmpty() || m_db->path() != path)
                return; // a read found the damage first, or another file is open now
            Database::Options options;
            options.create = false;
            options.knownDamage = problems;
            try {
                replaceDatabase(std::make_unique<Database>(path, options));
            } catch (const StoreError &e) {
                emit readFailed(e.message(), true);
                return;
            }
            emit damageFound(m_db->damageMessage());
        },
        Qt::QueuedConnection);
}

void Workspace::watchServer()
{
    m_feed.reset();
    if (!m_db->isServer())
        return;
    // Started with the rest of the background work, from the snapshot taken at the open.
    m_feed = std::make_unique<ChangeFeed>(*m_db);
    if (m_backgroundAllowed)
        m_feed->start();
    m_feed->watchAthlete(m_athleteId);
    connect(
        m_feed.get(), &ChangeFeed::changed, m_notifier, [this](const QSet<QString> &tables, bool watched) {
            emit m_notifier->othersChanged(tables);
            const bool any = tables.contains(QString());
            if (tables.contains(QStringLiteral("athlete")) || any)
                emit m_notifier->athletesChanged();
            if (tables.contains(QStringLiteral("routine")) || tables.contains(QStringLiteral("routine_item"))
                || tables.contains(QStringLiteral("routine_assignment")) || any)
                emit m_notifier->routinesChanged();
            if ((tables.contains(QStringLiteral("plate_set")) || any) && m_athleteId != 0)
                emit m_notifier->platesChanged(m_athleteId);
            // Before the sessions: a session may name an exercise another login has just added. A
            // server not yet upgraded to announce the catalogue's writes leaves only that guess.
            const bool sets =
                tables.contains(QStringLiteral("session")) || tables.contains(QStringLiteral("workout_set"));
            const std::optional<ServerIdentity> &identity = m_db->serverIdentity();
            const bool announced = identity && identity->announcesExercises;
            if (tables.contains(QStringLiteral("exercise"))
                || tables.contains(QStringLiteral("exercise_alias")) || any || (sets && !announced))
                emit m_notifier->exercisesChanged();
            // The feed names tables, not athletes; it tells whether the athlete on screen may be
            // among them (History, Soreness, Progress and the Log page follow that athlete). Another
            // athlete's change is the Team page's alone: on a busy team, re-reading the athlete on
            // screen for each was a dozen round trips on the UI thread several times a second.
            if (m_athleteId != 0 && watched) {
                if (sets || any)
                    emit m_notifier->sessionsChanged(m_athleteId);
                if (tables.contains(QStringLiteral("soreness")) || any)
                    emit m_notifier->sorenessChanged(m_athleteId);
            }
        });
}

void Workspace::reloadAfterConflict()
{
    emit m_notifier->reloadRequested();
    emit m_notifier->athletesChanged();
    emit m_notifier->routinesChanged();
    if (m_athleteId != 0) {
        emit m_notifier->sessionsChanged(m_athleteId);
        emit m_notifier->sorenessChanged(m_athleteId);
    }
}

QString Workspace::failed(const std::exception &error)
{
    const auto *e = dynamic_cast<const StoreError *>(&error);
    if (e && e->kind() == StoreError::Kind::Conflict)
        reloadAfterConflict();
    return e ? e->message() : QString::fromLocal8Bit(error.what());
}

void Workspace::setCurrentAthlete(qint64 athleteId)
{
    if (athleteId == m_athleteId)
        return;
    m_athleteId = athleteId;
    m_current.reset();
    if (m_feed)
        m_feed->watchAthlete(athleteId);
    emit currentAthleteChanged(athleteId);
}

std::optional<QString> Workspace::execute(StoreCommand *command)
{
    std::unique_ptr<StoreCommand> owned(command);
    try {
        owned->apply();
    } catch (const StoreError &e) {
        return failed(e);
    }
    owned->m_skipNextRedo = true;
    m_undo->push(owned.release());
    return std::nullopt;
}

std::optional<QString> Workspace::executeBatch(const QString &text, const QList<BatchStep> &steps)
{
    auto batch = std::make_unique<BatchCommand>(*this, text);
    for (const BatchStep &step : steps) {
        std::unique_ptr<StoreCommand> command(step());
        if (!command)
            continue;
        try {
            batch->applyAndAdd(std::move(command));
        } catch (const StoreError &e) {
            try {
                batch->revertApplied();
            } catch (const StoreError &undoError) {
                // The store changed under us: the history no longer matches it.
                reportFailure(tr("Undo %1").arg(text), undoError.message());
            }
            return failed(e);
        }
    }
    if (batch->isEmpty())
        return std::nullopt;
    batch->m_skipNextRedo = true;
    m_undo->push(batch.release());
    return std::nullopt;
}

QList<Exercise> Workspace::exercises() const
{
    if (!m_exercises)
        m_exercises = ExerciseRepository(*m_db).list();
    return *m_exercises;
}

std::optional<Athlete> Workspace::athlete(qint64 athleteId) const
{
    if (athleteId <= 0)
        return std::nullopt;
    if (athleteId != m_athleteId)
        return AthleteRepository(*m_db).get(athleteId);
    if (!m_current)
        m_current = AthleteRepository(*m_db).get(athleteId);
    return *m_current;
}

void Workspace::replaceDatabase(std::unique_ptr<Database> db)
{
    db->awaitOpen();
    emit databaseAboutToBeReplaced();
    m_undo->clear();
    m_feed.reset(); // it listens on the old database
    m_db = std::move(db);
    m_opened = true; // awaited above
    m_exercises.reset();
    m_current.reset();
    watchServer();
    startDeferredCheck();
    // "No athlete" first: the views that react to databaseReplaced pick the new database's
    // athlete, and that choice must be the last word.
    if (m_athleteId != 0) {
        m_athleteId = 0;
        if (m_feed)
            m_feed->watchAthlete(0);
        emit currentAthleteChanged(0);
    }
    emit databaseReplaced();
}

QString Workspace::reportReadFailure(const QString &what, const StoreError &error)
{
    const bool damaged = error.kind() == StoreError::Kind::Corrupt;
    const QString text = damaged ? tr("%1 cannot be read: the database is damaged there (%2). Nothing "
                                      "of it is shown, rather than part of it.")
                                       .arg(what, error.message())
                                 : tr("%1 cannot be read: %2").arg(what, error.message());
    emit readFailed(text, damaged);
    if (damaged && m_db->damage().isEmpty() && !m_reopening) {
        // Not inside whatever read failed (a model in the middle of a reset, a job's delivery).
        m_reopening = true;
        QMetaObject::invokeMethod(
            this,
            [this, problem = error.message()] {
                m_reopening = false;
                if (!m_db->damage().isEmpty())
                    return;
                Database::Options options;
                options.create = false;
                options.knownDamage = {problem};
                try {
                    replaceDatabase(std::make_unique<Database>(m_db->path(), options));
                } catch (const StoreError &e) {
                    emit readFailed(e.message(), true);
                }
            },
            Qt::QueuedConnection);
    }
    return text;
}

void Workspace::reportFailure(const QString &action, const QString &message)
{
    emit commandFailed(action, message);
    // An undo refused because someone else changed the row: show the row as it now is.
    reloadAfterConflict();
    // Clearing inside QUndoStack::undo()/redo() is not allowed; do it once they return.
    QMetaObject::invokeMethod(m_undo, &QUndoStack::clear, Qt::QueuedConnection);
}

} // namespace spotter
