// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/workspace.h"

#include "commands/batchcommand.h"
#include "commands/storecommand.h"
#include "shell/appclock.h"
#include "shell/changenotifier.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoStack>

namespace spotter {

Workspace::Workspace(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_undo(new QUndoStack(this))
    , m_notifier(new ChangeNotifier(this))
    , m_clock(new AppClock(this))
{}

Workspace::~Workspace()
{
    // Commands refer to the workspace; they go before the database does.
    m_undo->clear();
}

void Workspace::setCurrentAthlete(qint64 athleteId)
{
    if (athleteId == m_athleteId)
        return;
    m_athleteId = athleteId;
    emit currentAthleteChanged(athleteId);
}

std::optional<QString> Workspace::execute(StoreCommand *command)
{
    std::unique_ptr<StoreCommand> owned(command);
    try {
        owned->apply();
    } catch (const StoreError &e) {
        return e.message();
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
            return e.message();
        }
    }
    if (batch->isEmpty())
        return std::nullopt;
    batch->m_skipNextRedo = true;
    m_undo->push(batch.release());
    return std::nullopt;
}

void Workspace::replaceDatabase(std::unique_ptr<Database> db)
{
    emit databaseAboutToBeReplaced();
    m_undo->clear();
    m_db = std::move(db);
    // "No athlete" first: the views that react to databaseReplaced pick the new database's
    // athlete, and that choice must be the last word.
    if (m_athleteId != 0) {
        m_athleteId = 0;
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
    // Clearing inside QUndoStack::undo()/redo() is not allowed; do it once they return.
    QMetaObject::invokeMethod(m_undo, &QUndoStack::clear, Qt::QueuedConnection);
}

} // namespace spotter
