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
        typename Traits::Repository(m_ws.database()).update(m_after);
        Traits::notify(m_ws, m_after);
    }
    void revert() override
    {
        typename Traits::Repository(m_ws.database()).update(m_before);
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
