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

} // namespace spotter
