// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/sessioncommands.h"

#include "commands/valuecommands.h"
#include "shell/changenotifier.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/sessionrepository.h"
#include "store/sorenessrepository.h"

#include <QCoreApplication>

namespace spotter {

namespace {
// Holds this file's translation context in a form lupdate can follow.
struct SessionCommands
{
    Q_DECLARE_TR_FUNCTIONS(spotter::SessionCommands)
};

} // namespace

AddSessionCommand::AddSessionCommand(Workspace &ws, Session session)
    : StoreCommand(ws, SessionCommands::tr("log session")), m_session(std::move(session))
{}

void AddSessionCommand::apply()
{
    SessionRepository(m_ws.database()).add(m_session);
    emit m_ws.notifier()->sessionsChanged(m_session.athleteId);
}

void AddSessionCommand::revert()
{
    SessionRepository(m_ws.database()).remove(m_session.id);
    emit m_ws.notifier()->sessionsChanged(m_session.athleteId);
}

EditSessionCommand::EditSessionCommand(Workspace &ws, Session before, Session after)
    : StoreCommand(ws, SessionCommands::tr("edit session"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditSessionCommand::apply()
{
    SessionRepository sessions(m_ws.database());
    adoptVersion(m_after, m_before, sessions.get(m_after.id));
    sessions.update(m_after);
    emit m_ws.notifier()->sessionsChanged(m_after.athleteId, m_after.id);
}

void EditSessionCommand::revert()
{
    SessionRepository sessions(m_ws.database());
    adoptVersion(m_before, m_after, sessions.get(m_before.id));
    sessions.update(m_before);
    emit m_ws.notifier()->sessionsChanged(m_before.athleteId, m_before.id);
}

DeleteSessionCommand::DeleteSessionCommand(Workspace &ws, qint64 sessionId)
    : StoreCommand(ws, SessionCommands::tr("delete session")), m_sessionId(sessionId)
{}

void DeleteSessionCommand::apply()
{
    m_snapshot = SessionRepository(m_ws.database()).removeWithSnapshot(m_sessionId);
    if (!m_snapshot)
        return;
    emit m_ws.notifier()->sessionsChanged(m_snapshot->session.athleteId);
    if (!m_snapshot->reports.isEmpty())
        emit m_ws.notifier()->sorenessChanged(m_snapshot->session.athleteId);
}

void DeleteSessionCommand::revert()
{
    if (!m_snapshot)
        return;
    SessionRepository(m_ws.database()).restore(*m_snapshot);
    emit m_ws.notifier()->sessionsChanged(m_snapshot->session.athleteId);
    if (!m_snapshot->reports.isEmpty())
        emit m_ws.notifier()->sorenessChanged(m_snapshot->session.athleteId);
}

AddSetCommand::AddSetCommand(Workspace &ws, qint64 athleteId, WorkoutSet set)
    : StoreCommand(ws, SessionCommands::tr("add set")), m_athleteId(athleteId), m_set(std::move(set))
{}

void AddSetCommand::apply()
{
    SessionRepository(m_ws.database()).insertSet(m_set);
    emit m_ws.notifier()->sessionsChanged(m_athleteId, m_set.sessionId);
}

void AddSetCommand::revert()
{
    SessionRepository(m_ws.database()).removeSet(m_set.id);
    emit m_ws.notifier()->sessionsChanged(m_athleteId, m_set.sessionId);
}

EditSetCommand::EditSetCommand(Workspace &ws, qint64 athleteId, WorkoutSet before, WorkoutSet after)
    : StoreCommand(ws, SessionCommands::tr("edit set"))
    , m_athleteId(athleteId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditSetCommand::apply()
{
    SessionRepository sessions(m_ws.database());
    adoptVersion(m_after, m_before, sessions.getSet(m_after.id));
    sessions.updateSet(m_after);
    emit m_ws.notifier()->sessionsChanged(m_athleteId, m_after.sessionId);
}

void EditSetCommand::revert()
{
    SessionRepository sessions(m_ws.database());
    adoptVersion(m_before, m_after, sessions.getSet(m_before.id));
    sessions.updateSet(m_before);
    emit m_ws.notifier()->sessionsChanged(m_athleteId, m_before.sessionId);
}

RemoveSetCommand::RemoveSetCommand(Workspace &ws, qint64 athleteId, WorkoutSet set)
    : StoreCommand(ws, SessionCommands::tr("delete set")), m_athleteId(athleteId), m_set(std::move(set))
{}

void RemoveSetCommand::apply()
{
    SessionRepository(m_ws.database()).removeSet(m_set.id);
    emit m_ws.notifier()->sessionsChanged(m_athleteId, m_set.sessionId);
}

void RemoveSetCommand::revert()
{
    SessionRepository(m_ws.database()).insertSet(m_set); // same id, same position
    emit m_ws.notifier()->sessionsChanged(m_athleteId, m_set.sessionId);
}

DeleteAthleteCommand::DeleteAthleteCommand(Workspace &ws, Athlete athlete)
    : StoreCommand(ws, SessionCommands::tr("delete athlete %1").arg(athlete.name))
    , m_athlete(std::move(athlete))
{}

void DeleteAthleteCommand::apply()
{
    m_snapshot = AthleteRepository(m_ws.database()).removeWithSnapshot(m_athlete.id);
    emit m_ws.notifier()->athletesChanged();
}

void DeleteAthleteCommand::revert()
{
    if (!m_snapshot)
        return;
    AthleteRepository(m_ws.database()).restore(*m_snapshot);
    emit m_ws.notifier()->athletesChanged();
    emit m_ws.notifier()->sessionsChanged(m_athlete.id);
    emit m_ws.notifier()->sorenessChanged(m_athlete.id);
}

} // namespace spotter
