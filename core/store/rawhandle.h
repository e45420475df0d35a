// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct sqlite3;
class QSqlDatabase;

namespace spotter {

/// The sqlite3 handle under a QSQLITE connection, for bulk work and the backup API. Safe on
/// Debian because Qt's plugin uses the same system libsqlite3 that spotter_core links.
/// Throws StoreError if the connection is not a SQLite one.
[[nodiscard]] sqlite3 *rawHandle(const QSqlDatabase &db);

} // namespace spotter
