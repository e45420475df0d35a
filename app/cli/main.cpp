// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "model/clock.h"
#include "model/session.h"
#include "store/database.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    spotter::initApplicationIdentity();
    // A fixed "now" for scripts and tests whose examples must not age (docs/architecture.md).
    if (const QString now = qEnvironmentVariable("SPOTTER_NOW"); !now.isEmpty()) {
        const auto fixed = spotter::parseDateTime(now);
        if (!fixed) {
            const QString message = QCoreApplication::translate(
                "spotter::cli", "SPOTTER_NOW must be an ISO 8601 time such as 2026-11-20T18:00; got '%1'");
            std::fprintf(stderr, "%s\n", qUtf8Printable(message.arg(now)));
            return 2;
        }
        spotter::Clock::set(*fixed);
    }
    return spotter::cli::run(QCoreApplication::arguments());
}
