// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace spotter {

class Database;

/// "ok", or what PRAGMA quick_check (at most @p limit problems) says about @p db; a check that
/// cannot even run because the file is damaged gives that error as its problem. The one check
/// behind opening a damaged file read-only, and behind backup's and export's salvage.
[[nodiscard]] QStringList quickCheck(const Database &db, int limit = 5);
/// The same on a connection of the caller's.
[[nodiscard]] QStringList quickCheck(const QSqlDatabase &db, int limit = 5);

} // namespace spotter
