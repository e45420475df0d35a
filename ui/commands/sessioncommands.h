// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/storecommand.h"
#include "store/athleterepository.h"
#include "store/sessionrepository.h"

#include <QList>

#include <optional>

namespace spotter {

class AddSessionCommand : public StoreCommand
{
public:
    AddSessionCommand(Workspace &ws, Session session);
    [[nodiscard]] const Session &session() const { return m_session; }

protected:
    void apply() override;
    void revert() override;

private:
    Session m_session;
};

/// Replaces a session's fields and all of its sets.
class EditSessionCommand : public StoreCommand
{
public:
    EditSessionCommand(Workspace &ws, Session before, Session after);

protected:
    void apply() override;
    void revert() override;

private:
    Session m_before;
    Session m_after;
};

/// Deletes a session; undo restores it with its sets and re-attributes its soreness reports.
class DeleteSessionCommand : public StoreCommand
{
public:
    DeleteSessionCommand(Workspace &ws, qint64 sessionId);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_sessionId;
    std::optional<SessionSnapshot> m_snapshot;
};

class AddSetCommand : public StoreCommand
{
public:
    /// Inserts @p set at set.position in its session (set.sessionId).
    AddSetCommand(Workspace &ws, qint64 athleteId, WorkoutSet set);
    [[nodiscard]] const WorkoutSet &set() const { return m_set; }

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_athleteId;
    WorkoutSet m_set;
};

class EditSetCommand : public StoreCommand
{
public:
    EditSetCommand(Workspace &ws, qint64 athleteId, WorkoutSet before, WorkoutSet after);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_athleteId;
    WorkoutSet m_before;
    WorkoutSet m_after;
};

class RemoveSetCommand : public StoreCommand
{
public:
    RemoveSetCommand(Workspace &ws, qint64 athleteId, WorkoutSet set);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_athleteId;
    WorkoutSet m_set;
};

/// Deletes an athlete with every session, set and soreness report; undo restores all of it.
class DeleteAthleteCommand : public StoreCommand
{
public:
    DeleteAthleteCommand(Workspace &ws, Athlete athlete);

protected:
    void apply() override;
    void revert() override;

private:
    Athlete m_athlete;
    std::optional<AthleteSnapshot> m_snapshot;
};

} // namespace spotter
