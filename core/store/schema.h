// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/location.h"

#include <QString>

#include <span>

class QSqlDatabase;

namespace spotter::schema {

/// The one schema description both backends share: migrations write their statements once,
/// in portable SQL with three column types — INTEGER (whole numbers; `INTEGER PRIMARY KEY` for
/// a row id), REAL and TEXT. SQLite runs them exactly as written (so the released migrations
/// and the files they made stay byte-for-byte the same); PostgreSQL gets BIGINT (SQLite's
/// integers are 64-bit: `weight_g * reps` must not overflow), an identity column for the row
/// id, DOUBLE PRECISION (PostgreSQL's REAL is single precision) and TEXT COLLATE "C" (SQLite
/// compares and orders text by bytes; so does this). Everything else — CHECKs, foreign keys,
/// indexes, ALTER TABLE … ADD COLUMN, RENAME — is written so that both accept it
/// (docs/architecture.md, "How to add a migration").
[[nodiscard]] QString render(Backend backend, const QString &statement);

/// Runs @p statements in order on @p db, rendered for its backend.
void run(const QSqlDatabase &db, std::span<const char16_t *const> statements);

/// Runs @p statement on SQLite only (PRAGMAs, SQLite's own workarounds); the one escape hatch
/// for a step that has no meaning on the other backend.
void runOnSqlite(const QSqlDatabase &db, const QString &statement);

[[nodiscard]] Backend backendOf(const QSqlDatabase &db);

} // namespace spotter::schema
