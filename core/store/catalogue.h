// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace spotter {

/// Inserts the built-in exercise catalogue (used by the first migration), with the columns the
/// exercise table had then.
void seedCatalogue(const QSqlDatabase &db);

/// Migration 3: marks the built-in assisted exercises (assisted pull-up, chin-up, dip) as such,
/// adding those a database lacks, and takes their names away from the unassisted lifts that had
/// them as aliases ("Pull Up (Assisted)" used to name Pull Up, so the help counted as load). A
/// name the person already uses for an exercise of their own is left to it.
void addAssistedCatalogue(const QSqlDatabase &db);

/// Migration 6: the short and plural names lifters type for built-in lifts ("Bench", "DL",
/// "Pullups"), as aliases of those lifts. A name already in use, as an exercise of the person's own
/// or as an alias they gave, stays theirs; a built-in lift that is no longer there gets none.
void addCommonAliases(const QSqlDatabase &db);

} // namespace spotter
