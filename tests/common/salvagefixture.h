// SPDX-License-Identifier: GPL-3.0-or-later
// A database for the salvage and damaged-window tests: big enough that the sessions and sets tables span
// several pages, with soreness reports that belong to sessions (rows that lose their parent when a session
// page is damaged).
#pragma once

#include "benchathlete.h"
#include "store/database.h"

#include <QString>

namespace spotter::test {

/// Ann and Bob with @p sessions each (five sets apiece) and a soreness report per ten sessions;
/// the file is closed (and its -wal folded in) when this returns.
inline void makeSalvageFixture(const QString &path, int sessions)
{
    Database db(path);
    for (const QString &name : {QStringLiteral("Ann"), QStringLiteral("Bob")})
        addBenchAthlete(db, name, sessions, 10);
}

} // namespace spotter::test
