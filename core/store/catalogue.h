// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace spotter {

/// Inserts the built-in exercise catalogue (used by the first migration).
void seedCatalogue(const QSqlDatabase &db);

} // namespace spotter
