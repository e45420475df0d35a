// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "i18n/translator.h"
#include "model/clock.h"
#include "model/session.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    spotter::initApplicationIdentity();
    spotter::installTranslations();
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
    // A write that waits on another program's lock says so instead of looking hung.
    spotter::WriteTransaction::setWaitNotice([](const QString &file) {
        const QString message = QCoreApplication::translate(
            "spotter::cli", "spotter-cli: waiting for another program that is writing to '%1'…");
        std::fprintf(stderr, "%s\n", qUtf8Printable(message.arg(file)));
        std::fflush(stderr);
    });
    const int code = spotter::cli::run(QCoreApplication::arguments());
    // Everything printed went through stdio's stdout, whose errors are sticky: a full disk or a
    // closed pipe must not end in a success (the reader would get a cut-off listing or JSON).
    errno = 0;
    const bool flushed = std::fflush(stdout) == 0;
    if (!flushed || std::ferror(stdout)) {
        const QString reason = !flushed && errno != 0
                                   ? QString::fromLocal8Bit(std::strerror(errno))
                                   : QCoreApplication::translate("spotter::cli", "a write failed");
        const QString message =
            QCoreApplication::translate("spotter::cli",
                                        "spotter-cli: error: standard output cannot be written: %1")
                .arg(reason);
        // A command that failed has said why already (an export or report to standard output
        // says that standard output cannot be written): once is enough.
        if (code != 1)
            std::fprintf(stderr, "%s\n", qUtf8Printable(message));
        return code == 0 || code == 2 ? 1 : code;
    }
    return code;
}
