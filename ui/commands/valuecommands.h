// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Add / edit / delete of the simple aggregates (athletes, exercises, soreness reports): the same
// three commands over a repository, parameterised by a traits type.

#include "commands/storecommand.h"
#include "model/athlete.h"
#include "model/exercise.h"
#include "model/sorenessreport.h"
#include "shell/changenotifier.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/exerciserepository.h"
#include "store/sorenessrepository.h"

#include <QCoreApplication>

namespace spotter {

struct AthleteTraits
{
    using Value = Athlete;
    using Repository = AthleteRepository;
    static void notify(Workspace &ws, const Athlete &) { emit ws.notifier()->athletesChanged(); }
};

struct ExerciseTraits
{
    using Value = Exercise;
    using Repository = ExerciseRepository;
    static void notify(Workspace &ws, const Exercise &) { emit ws.notifier()->exercisesChanged(); }
};

struct SorenessTraits
{
    using Value = SorenessReport;
    using Repository = SorenessRepository;
    static void notify(Workspace &ws, const SorenessReport &r)
    {
        emit ws.notifier()->sorenessChanged(r.athleteId);
    }
};

/// @p value with every row version set to 0, to compare contents.
template <typename Value>
Value withoutVersions(Value value)
{
    if constexpr (requires { value.version; })
        value.version = 0;
    if constexpr (requires { value.sets; }) {
        for (auto &set : value.sets)
            set.version = 0;
    }
    return value;
}

/// Before an update that turns @p expected into @p value: when the stored row holds exactly
/// @p expected (whatever its version — this command's own undo and redo, and the edits after
/// it, move the version on), @p value takes the stored version, so the update goes through.
/// When someone else changed the row since, @p value keeps its version and the store refuses
/// the update (StoreError::Conflict): nothing of theirs is overwritten.
template <typename Value, typename Stored>
void adoptVersion(Value &value, const Value &expected, const Stored &stored)
{
    if constexpr (requires { value.version; }) {
        if (stored && withoutVersions(*stored) == withoutVersions(expected))
            value.version = stored->version;
    }
}

template <typename Traits>
class AddValueCommand : public StoreCommand
{
public:
    AddValueCommand(Workspace &ws, typename Traits::Value value, const QString &text)
        : StoreCommand(ws, text), m_value(std::move(value))
    {}
    /// The value as stored (with its id once applied).
    [[nodiscard]] const typename Traits::Value &value() const { return m_value; }

protected:
    void apply() override
    {
        typename Traits::Repository(m_ws.database()).add(m_value); // keeps the id on redo
        Traits::notify(m_ws, m_value);
    }
    void revert() override
    {
        typename Traits::Repository(m_ws.database()).remove(m_value.id);
        Traits::notify(m_ws, m_value);
    }

private:
    typename Traits::Value m_value;
};

template <typename Traits>
class EditValueCommand : public StoreCommand
{
public:
    EditValueCommand(Workspace &ws, typename Traits::Value before, typename Traits::Value after,
                     const QString &text)
        : StoreCommand(ws, text), m_before(std::move(before)), m_after(std::move(after))
    {}

protected:
    void apply() override
    {
        typename Traits::Repository repository(m_ws.database());
        adoptVersion(m_after, m_before, repository.get(m_after.id));
        repository.update(m_after);
        Traits::notify(m_ws, m_after);
    }
    void revert() override
    {
        typename Traits::Repository repository(m_ws.database());
        adoptVersion(m_before, m_after, repository.get(m_before.id));
        repository.update(m_before);
        Traits::notify(m_ws, m_before);
    }

private:
    typename Traits::Value m_before;
    typename Traits::Value m_after;
};

/// Deleting a value that nothing else depends on (exercises refuse while in use).
template <typename Traits>
class DeleteValueCommand : public StoreCommand
{
public:
    DeleteValueCommand(Workspace &ws, typename Traits::Value value, const QString &text)
        : StoreCommand(ws, text), m_value(std::move(value))
    {}

protected:
    void apply() override
    {
        typename Traits::Repository(m_ws.database()).remove(m_value.id);
        Traits::notify(m_ws, m_value);
    }
    void revert() override
    {
        typename Traits::Repository(m_ws.database()).add(m_value);
        Traits::notify(m_ws, m_value);
    }

private:
    typename Traits::Value m_value;
};

using AddAthleteCommand = AddValueCommand<AthleteTraits>;
using EditAthleteCommand = EditValueCommand<AthleteTraits>;
using AddExerciseCommand = AddValueCommand<ExerciseTraits>;
using EditExerciseCommand = EditValueCommand<ExerciseTraits>;
using DeleteExerciseCommand = DeleteValueCommand<ExerciseTraits>;
using AddSorenessCommand = AddValueCommand<SorenessTraits>;
using EditSorenessCommand = EditValueCommand<SorenessTraits>;
using DeleteSorenessCommand = DeleteValueCommand<SorenessTraits>;

} // namespace spotter
