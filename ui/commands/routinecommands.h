// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Undoable edits of routines (the value commands over RoutineRepository) and of an athlete's
// plates.

#include "commands/storecommand.h"
#include "commands/valuecommands.h"
#include "model/plateset.h"
#include "model/routine.h"
#include "store/platerepository.h"
#include "store/routinerepository.h"

#include <optional>

namespace spotter {

struct RoutineTraits
{
    using Value = Routine;
    using Repository = RoutineRepository;
    static void notify(Workspace &ws, const Routine &) { emit ws.notifier()->routinesChanged(); }
};

using AddRoutineCommand = AddValueCommand<RoutineTraits>;
/// Renames, changes the items, or assigns: a routine is replaced whole.
using EditRoutineCommand = EditValueCommand<RoutineTraits>;
using DeleteRoutineCommand = DeleteValueCommand<RoutineTraits>;

/// Sets (or, with none, forgets) an athlete's plate set; undo puts the previous one back.
class EditPlatesCommand : public StoreCommand
{
public:
    EditPlatesCommand(Workspace &ws, qint64 athleteId, std::optional<PlateSet> before,
                      std::optional<PlateSet> after)
        : StoreCommand(ws, QCoreApplication::translate("spotter::Commands", "change the plates"))
        , m_athleteId(athleteId)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

protected:
    void apply() override { write(m_after); }
    void revert() override { write(m_before); }

private:
    void write(const std::optional<PlateSet> &plates)
    {
        PlateRepository repository(m_ws.database());
        if (plates)
            repository.set(m_athleteId, *plates);
        else
            repository.remove(m_athleteId);
        emit m_ws.notifier()->platesChanged(m_athleteId);
    }

    qint64 m_athleteId;
    std::optional<PlateSet> m_before;
    std::optional<PlateSet> m_after;
};

} // namespace spotter
