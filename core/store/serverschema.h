// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Names a team server's objects share between Database (which checks them when connecting),
// ServerAdmin (which creates them) and the change feed.

#include <QSqlDatabase>
#include <QStringList>

#include <span>

namespace spotter::server {

/// The schema holding Spotter's tables in the server's database (connections set search_path).
inline constexpr char kSchema[] = "spotter";
/// NOLOGIN role that owns every table; nobody works as it (Database refuses its members).
inline constexpr char kOwnerRole[] = "spotter_owner";
/// Group roles of the logins.
inline constexpr char kCoachRole[] = "spotter_coach";
inline constexpr char kAthleteRole[] = "spotter_athlete";
/// The one-row table that stands in for SQLite's user_version and application_id.
inline constexpr char kVersionTable[] = "spotter_schema";
inline constexpr char kApplication[] = "spotter";
/// LISTEN/NOTIFY channel: a statement changed sessions, sets or soreness reports.
inline constexpr char kChangeChannel[] = "spotter_changes";

/// "ok", or each table of the schema that row-level security does not guard (enabled and
/// forced), each of Spotter's tables that is missing.
[[nodiscard]] QStringList integrityCheck(const QSqlDatabase &db);

/// A trigger of Spotter's schema on the server: its table and its name.
struct TriggerName
{
    const char *table;
    const char *name;
};

/// Whether each of @p triggers exists and is not disabled.
[[nodiscard]] bool triggersEnabled(const QSqlDatabase &db, std::span<const TriggerName> triggers);

} // namespace spotter::server
