// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/catalogue.h"

#include "model/builtincatalogue.h"
#include "store/exerciserepository.h"

namespace spotter {

void seedCatalogue(const QSqlDatabase &db)
{
    for (Exercise exercise : builtinCatalogue())
        ExerciseRepository::insert(db, exercise);
}

} // namespace spotter
