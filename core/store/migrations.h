// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

#include <vector>

namespace spotter {

/// One step of the schema. Steps run in order, each inside its own write transaction, and
/// the last thing each does is set PRAGMA user_version to its version (done by Database).
struct Migration
{
    int version;
    const char *description;
    void (*apply)(const QSqlDatabase &db);
};

[[nodiscard]] const std::vector<Migration> &migrations();

} // namespace spotter
