// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "context.h"
#include "jsonout.h"
#include "store/database.h"

#include <QJsonArray>

namespace spotter::cli {

namespace {
// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

} // namespace

int checkCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), Cli::tr("Print the result as JSON.")});
    p.addOption({QStringLiteral("upgrade"),
                 Cli::tr("Upgrade a database of an older Spotter to this version's schema first (after a "
                         "backup beside it). Without it the database is only read.")});
    if (!ctx.parse(p, QStringLiteral("check"),
                   Cli::tr("Run SQLite's integrity check and report the schema version."), args))
        return 0;
    if (!p.positionalArguments().isEmpty())
        throw UsageError(Cli::tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
    ctx.setAccess(p.isSet(QStringLiteral("upgrade")) ? Context::Access::Write : Context::Access::Read);
    Database &db = ctx.database();
    const QStringList problems = db.integrityCheck();
    const bool ok = problems == QStringList{QStringLiteral("ok")};
    if (p.isSet(QStringLiteral("json"))) {
        printJson(ctx.out(), QJsonObject{{QStringLiteral("path"), db.path()},
                                         {QStringLiteral("schema_version"), db.schemaVersion()},
                                         {QStringLiteral("integrity"),
                                          ok ? QStringLiteral("ok") : problems.join(u'\n')}});
    } else {
        ctx.out() << Cli::tr("Database: %1").arg(db.path()) << '\n'
                  << Cli::tr("Schema version: %1").arg(db.schemaVersion()) << '\n'
                  << Cli::tr("Integrity: %1").arg(ok ? Cli::tr("ok") : problems.join(QStringLiteral("; ")))
                  << '\n';
    }
    if (!db.migrationBackup().isEmpty())
        ctx.err() << Cli::tr("Upgraded from schema %1; a backup was written to %2")
                         .arg(db.originalVersion())
                         .arg(db.migrationBackup())
                  << '\n';
    return ok ? 0 : 1;
}

} // namespace spotter::cli
